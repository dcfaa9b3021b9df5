import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ApplicationSummary } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';

/** How many matches the list shows; typing more narrows it (the API is asked for one page, never for all). */
const SHOWN = 20;
/** Typing pauses this long before the search is sent, so each key press does not start a request. */
const TYPING_MS = 120;

const nameOf = (a: Pick<ApplicationSummary, 'title' | 'company'>) => `${a.title} at ${a.company}`;

/**
 * Picks an application by typing part of its title or company (the ARIA combobox pattern: a text box with a
 * list box of matches). Down and Up walk the matches, Enter picks, Escape closes the list. Matches come a page
 * at a time from `postings.list`, searched in the core, so a search with thousands of applications stays quick.
 */
export function ApplicationCombobox({ onPick }: { onPick: (id: number | '') => void }) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [found, setFound] = useState<{ total: number; items: ApplicationSummary[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      const search = text.trim();
      call('postings.list', { ...(search ? { search } : {}), offset: 0, limit: SHOWN }).then(
        (page) => {
          if (!current) return;
          setFound({ total: page.total, items: page.items });
          setActive((i) => Math.min(i, page.items.length - 1));
          setError(null);
        },
        (err: unknown) => current && setError(errorMessage(err)),
      );
    }, TYPING_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, open]);

  const items = found?.items ?? [];
  const pick = (a: ApplicationSummary) => {
    setText(nameOf(a));
    setOpen(false);
    setActive(-1);
    onPick(a.id);
  };

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const n = items.length;
      if (n) setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i <= 0 ? n : i) - 1));
    } else if (e.key === 'Enter' && open) {
      // Enter picks the highlighted match; it does not submit the form meanwhile.
      e.preventDefault();
      const a = items[active];
      if (a) pick(a);
    } else if (e.key === 'Escape' && open) {
      // Closes the list only, not the dialog around it.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  }

  const status = error
    ? error
    : !found
      ? 'Searching…'
      : found.total === 0
        ? `No application matches “${text.trim()}”.`
        : found.total > items.length
          ? `${items.length} of ${found.total} shown: type more of the title or company to narrow.`
          : `${found.total} match${found.total === 1 ? '' : 'es'}.`;

  return (
    <div className="combo">
      <label htmlFor={id}>Application</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 && items[active] ? `${id}-opt-${items[active].id}` : undefined}
        autoComplete="off"
        placeholder="Type a title or company…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          onPick('');
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Applications" className="combo-list" hidden={!open || items.length === 0}>
        {items.map((a, i) => (
          <li
            key={a.id}
            id={`${id}-opt-${a.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combo-option combo-active' : 'combo-option'}
            // The input keeps focus (and the list stays open) while the pointer picks.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(a)}
          >
            {nameOf(a)}
          </li>
        ))}
      </ul>
      {open && (
        <p className="combo-status muted" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
