import { call } from '../api-client';
import { Dialog } from '../components/Dialog';
import { useLoad } from '../hooks';

/** The application's detail: posting fields, history, notes, contacts, documents, events. */
export function ApplicationDetailDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const detail = useLoad(() => call('applications.get', { id }), [id], ['applications', 'postings', 'events']);
  const d = detail.data;
  return (
    <Dialog title={d ? `${d.title} at ${d.company}` : 'Application'} open onClose={onClose} wide>
      {detail.error && <p role="alert">{detail.error}</p>}
      {d && (
        <dl>
          <dt>Location</dt>
          <dd>{d.location ?? '—'}</dd>
          <dt>Saved</dt>
          <dd>{d.dateSaved}</dd>
          <dt>Deadline</dt>
          <dd>{d.deadline ?? '—'}</dd>
        </dl>
      )}
    </Dialog>
  );
}
