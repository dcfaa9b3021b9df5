import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { PostingsSort, PostingsSortColumn } from '../../../shared/api-pages';
import { AddPostingButton } from '../components/AddPostingButton';
import { formatDay } from '../detail/format';
import { useNavigation } from '../navigation';
import { FormError } from '../components/FormError';
import { usePagedList } from '../paged-list';
import { postingsPage, type PostingsInput } from './postings-list';

const ROW_HEIGHT = 37;

const COLUMNS: { by: PostingsSortColumn; label: string }[] = [
  { by: 'title', label: 'Title' },
  { by: 'company', label: 'Company' },
  { by: 'location', label: 'Location' },
  { by: 'workplace', label: 'Workplace' },
  { by: 'deadline', label: 'Deadline' },
];

/** A header's next sort: the first click sorts up, the next ones turn the direction over. */
const nextSort = (current: PostingsSort | null, by: PostingsSortColumn): PostingsSort =>
  current?.by === by && current.direction === 'asc' ? { by, direction: 'desc' } : { by, direction: 'asc' };

/** A sortable column header: a button (with aria-sort on the cell, as screen readers expect) saying what it does. */
function SortHeader({
  by,
  label,
  sort,
  onSort,
}: {
  by: PostingsSortColumn;
  label: string;
  sort: PostingsSort | null;
  onSort: (s: PostingsSort) => void;
}) {
  const active = sort?.by === by ? sort.direction : null;
  return (
    <th scope="col" aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'}>
      <button
        type="button"
        className="sort-header"
        onClick={() => onSort(nextSort(sort, by))}
        title={`Sort by ${label.toLowerCase()}${active === 'asc' ? ', descending' : ''}`}
      >
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {active === 'asc' ? '▲' : active === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

/**
 * Every saved posting with the fields read from it; a row opens its application. The table is virtualised
 * and read a page at a time, so 100,000 postings put only the rows on screen into the page.
 */
export function PostingsView() {
  const [search, setSearch] = useState('');
  // Null: board order (stage, then the column's order); a search then lists exact matches first.
  const [sort, setSort] = useState<PostingsSort | null>(null);
  const query = search.trim();
  const input: PostingsInput = { ...(query ? { search: query } : {}), ...(sort ? { sort } : {}) };
  const list = usePagedList('postings.list', input, postingsPage(input));
  const nav = useNavigation();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const total = list.total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- the build uses no React Compiler; the virtualizer renders itself
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;
  const { ensure } = list;
  useEffect(() => ensure(first, last), [ensure, first, last]);
  const padTop = rows[0]?.start ?? 0;
  const padBottom = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1]!.end : 0;

  return (
    <div className="postings-view">
      <div className="toolbar">
        <h1>Postings</h1>
        <input
          type="search"
          className="postings-search"
          aria-label="Search postings"
          placeholder="Search title, company, tags, text, notes"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <AddPostingButton />
      </div>
      <FormError message={list.error} />
      {list.total === 0 && (
        <p className="empty-state">
          {query
            ? `No posting matches “${search}”.`
            : 'No postings saved yet. Use “Add posting” to paste one, or drop posting files onto this window.'}
        </p>
      )}
      {total > 0 && (
        <div ref={scrollRef} className="postings-scroll">
          <table className="table" aria-rowcount={total + 1}>
            <caption className="muted">{total === 1 ? '1 posting' : `${total.toLocaleString()} postings`}</caption>
            <thead>
              <tr aria-rowindex={1}>
                {COLUMNS.map((c) => (
                  <SortHeader key={c.by} by={c.by} label={c.label} sort={sort} onSort={setSort} />
                ))}
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={5} style={{ height: padTop, padding: 0, border: 0 }} />
                </tr>
              )}
              {rows.map((row) => {
                const a = list.rowAt(row.index);
                return (
                  <tr key={row.index} aria-rowindex={row.index + 2} style={{ height: ROW_HEIGHT }}>
                    {a ? (
                      <>
                        <td>
                          <button type="button" className="link-button" onClick={() => nav.openApplication(a.id)}>
                            {a.title || 'Untitled posting'}
                          </button>
                        </td>
                        <td>{a.company || '—'}</td>
                        <td>{a.location ?? '—'}</td>
                        <td>{a.workplace ?? '—'}</td>
                        <td>{a.deadline ? formatDay(a.deadline) : '—'}</td>
                      </>
                    ) : (
                      <td colSpan={5} className="muted">
                        Loading…
                      </td>
                    )}
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td colSpan={5} style={{ height: padBottom, padding: 0, border: 0 }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
