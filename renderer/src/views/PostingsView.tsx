import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { call } from '../api-client';
import { AddPostingButton } from '../components/AddPostingButton';
import { formatDay } from '../detail/format';
import { useNavigation } from '../navigation';
import { FormError } from '../components/FormError';
import { usePagedList } from '../paged-list';

const ROW_HEIGHT = 37;

/**
 * Every saved posting with the fields read from it; a row opens its application. The table is virtualised
 * and read a page at a time, so 100,000 postings put only the rows on screen into the page.
 */
export function PostingsView() {
  const [search, setSearch] = useState('');
  const query = search.trim();
  const list = usePagedList(
    (offset, limit) => call('postings.list', { ...(query ? { search: query } : {}), offset, limit }),
    query,
    ['applications', 'postings'],
  );
  const nav = useNavigation();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const total = list.total ?? 0;
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
          placeholder="Search title, company, text, notes"
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
                <th scope="col">Title</th>
                <th scope="col">Company</th>
                <th scope="col">Location</th>
                <th scope="col">Workplace</th>
                <th scope="col">Deadline</th>
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
