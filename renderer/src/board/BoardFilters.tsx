import { useEffect, useState, type ReactNode } from 'react';
import { useResetWhen } from '../hooks';
import type { BoardFilter } from '../../../shared/api';
import { WORKPLACES, type Stage, type Workplace } from '../../../shared/domain';
import { useApi } from '../query';
import { ChoiceSelect, STAGE_CHOICES } from '../components/ChoiceSelect';

export const isFiltered = (f: BoardFilter): boolean =>
  Boolean(
    f.search?.trim() || f.tag || f.workplace || f.stageId || f.hasDeadline !== undefined || f.archived || f.includeArchived,
  );

/** Search box and filters over the board. The search waits for a short pause in typing before it asks. */
export function BoardFilters({
  filter,
  onChange,
  stages,
  children,
}: {
  filter: BoardFilter;
  onChange: (f: BoardFilter) => void;
  stages: Stage[];
  /** More controls for the same row (the board's sort). */
  children?: ReactNode;
}) {
  const tags = useApi('tags.list', {});
  const [text, setText] = useState(filter.search ?? '');
  useEffect(() => {
    if ((filter.search ?? '') === text) return;
    const t = window.setTimeout(() => onChange({ ...filter, search: text || undefined }), 150);
    return () => window.clearTimeout(t);
    // Only typing starts the timer; a filter change from elsewhere must not re-send the old text.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see the line above
  }, [text]);
  // The filter cleared from elsewhere (Clear filters) clears the box too.
  useResetWhen([filter.search], () => {
    if (!filter.search) setText('');
  });

  const set = (patch: Partial<BoardFilter>) => {
    // An emptied control (no tag, any workplace) leaves the filter rather than filtering on ''.
    const merged: Record<string, unknown> = { ...filter, ...patch };
    onChange(Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined && v !== '')));
  };

  return (
    <div className="board-filters" role="search" aria-label="Search and filter applications">
      <label className="board-filter board-search">
        <span>Search</span>
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Title, company, posting text, notes"
          maxLength={200}
        />
      </label>
      <label className="board-filter">
        <span>Tag</span>
        <ChoiceSelect
          options={tags.data ?? []}
          emptyLabel="Any tag"
          value={filter.tag ?? ''}
          onChange={(e) => set({ tag: e.target.value || undefined })}
        />
      </label>
      <label className="board-filter">
        <span>Workplace</span>
        <ChoiceSelect
          options={WORKPLACES}
          optionLabel={(w) => w[0]!.toUpperCase() + w.slice(1)}
          emptyLabel="Any workplace"
          value={filter.workplace ?? ''}
          onChange={(e) => set({ workplace: (e.target.value || undefined) as Workplace | undefined })}
        />
      </label>
      <label className="board-filter">
        <span>Stage</span>
        <ChoiceSelect
          options={stages}
          {...STAGE_CHOICES}
          emptyLabel="All stages"
          value={filter.stageId ?? ''}
          onChange={(e) => set({ stageId: e.target.value ? Number(e.target.value) : undefined })}
        />
      </label>
      <label className="board-filter">
        <span>Deadline</span>
        <select
          value={filter.hasDeadline === undefined ? '' : filter.hasDeadline ? 'yes' : 'no'}
          onChange={(e) => set({ hasDeadline: e.target.value === '' ? undefined : e.target.value === 'yes' })}
        >
          <option value="">With or without</option>
          <option value="yes">Has a deadline</option>
          <option value="no">No deadline</option>
        </select>
      </label>
      <label className="board-filter board-filter-check">
        <input
          type="checkbox"
          checked={filter.includeArchived ?? false}
          onChange={(e) => set({ includeArchived: e.target.checked || undefined })}
        />
        <span>Show archived</span>
      </label>
      {children}
      {isFiltered(filter) && (
        <button type="button" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
