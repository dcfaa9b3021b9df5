import { useState } from 'react';
import { call } from '../api-client';
import { AddPostingButton } from '../components/AddPostingButton';
import { formatDay } from '../detail/format';
import { useLoad } from '../hooks';
import { useNavigation } from '../navigation';
import { FormError } from '../components/FormError';

/** Every saved posting with the fields read from it; a row opens its application. */
export function PostingsView() {
  const [search, setSearch] = useState('');
  const apps = useLoad(() => call('applications.list', search.trim() ? { search } : {}), [search], ['applications', 'postings']);
  const nav = useNavigation();
  const rows = apps.data ?? [];
  return (
    <div>
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
      <FormError message={apps.error} />
      {apps.data && rows.length === 0 && (
        <p className="empty-state">
          {search.trim()
            ? `No posting matches “${search}”.`
            : 'No postings saved yet. Use “Add posting” to paste one, or drop posting files onto this window.'}
        </p>
      )}
      {rows.length > 0 && (
        <table className="table">
          <caption className="muted">{rows.length === 1 ? '1 posting' : `${rows.length} postings`}</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Company</th>
              <th scope="col">Location</th>
              <th scope="col">Workplace</th>
              <th scope="col">Deadline</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => nav.openApplication(a.id)}>
                    {a.title || 'Untitled posting'}
                  </button>
                </td>
                <td>{a.company || '—'}</td>
                <td>{a.location ?? '—'}</td>
                <td>{a.workplace ?? '—'}</td>
                <td>{a.deadline ? formatDay(a.deadline) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
