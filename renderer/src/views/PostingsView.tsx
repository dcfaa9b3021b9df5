import { call } from '../api-client';
import { useLoad } from '../hooks';

/** Every saved posting with the fields read from it. */
export function PostingsView() {
  const apps = useLoad(() => call('applications.list', {}), [], ['applications', 'postings']);
  return (
    <div>
      <div className="toolbar">
        <h1>Postings</h1>
      </div>
      {apps.data && apps.data.length === 0 && <p className="empty-state">No postings saved yet. Add one from the Board.</p>}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Company</th>
            <th scope="col">Location</th>
            <th scope="col">Deadline</th>
          </tr>
        </thead>
        <tbody>
          {(apps.data ?? []).map((a) => (
            <tr key={a.id}>
              <td>{a.title}</td>
              <td>{a.company}</td>
              <td>{a.location ?? '—'}</td>
              <td>{a.deadline ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
