import { useRef, useState } from 'react';
import { OriginalPosting } from '../components/OriginalPosting';
import { Dialog } from '../components/Dialog';
import { useApi } from '../query';
import { ActivityTimeline } from './ActivityTimeline';
import { ContactsSection } from './ContactsSection';
import { DetailActions } from './DetailActions';
import { DocumentsSection } from './DocumentsSection';
import { EventsSection } from './EventsSection';
import { formatDay } from './format';
import { NotesSection } from './NotesSection';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { PostingFieldsForm, type UnsavedGuard } from './PostingFieldsForm';

/** Only a web address becomes a link; the shell opens it in the browser (window.open is denied in the app). */
const isWebAddress = (url: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

function PostingLink({ url }: { url: string | null }) {
  if (!url || !isWebAddress(url)) return null;
  return (
    <p className="detail-posting-link">
      Posting:{' '}
      <a href={url} target="_blank" rel="noreferrer noopener">
        {url}
      </a>
    </p>
  );
}

/** The application's detail: posting fields, history, notes, contacts, documents, events. */
export function ApplicationDetailDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const detail = useApi('applications.get', { id });
  const stages = useApi('stages.list', {});
  const d = detail.data;
  const unsaved = useRef<UnsavedGuard | null>(null);
  const [asking, setAsking] = useState(false);
  const [saving, setSaving] = useState(false);
  // Escape and × close at once when nothing is changed; with unsaved edits they ask first.
  const requestClose = () => (unsaved.current?.dirty() ? setAsking(true) : onClose());
  async function saveAndClose() {
    setSaving(true);
    const ok = (await unsaved.current?.save()) ?? true;
    setSaving(false);
    setAsking(false);
    if (ok) onClose();
  }
  return (
    <Dialog title={d ? `${d.title} at ${d.company}` : 'Application'} open onClose={requestClose} wide>
      {detail.error && <p role="alert">{detail.error}</p>}
      {d && (
        <div className="detail">
          <DetailActions detail={d} stages={stages.data ?? []} onClose={onClose} />
          <p className="muted detail-dates">
            Saved {formatDay(d.dateSaved)}
            {d.dateApplied && <> · applied {formatDay(d.dateApplied)}</>}
            {d.archived && <> · archived</>}
          </p>
          <PostingLink url={d.posting.url} />
          <div className="detail-columns">
            <div>
              <PostingFieldsForm key={`${d.id}:${d.postingId}`} detail={d} guard={unsaved} />
              <section aria-labelledby="detail-posting" className="detail-section">
                <h3 id="detail-posting">Original posting</h3>
                <OriginalPosting posting={d.posting} />
              </section>
            </div>
            <div>
              <ActivityTimeline applicationId={d.id} />
              <NotesSection applicationId={d.id} notes={d.notes} />
              <EventsSection applicationId={d.id} events={d.events} />
              <ContactsSection applicationId={d.id} contacts={d.contacts} />
              <DocumentsSection applicationId={d.id} attachments={d.attachments} />
            </div>
          </div>
        </div>
      )}
      <DiscardChangesDialog
        open={asking}
        saving={saving}
        onSave={() => void saveAndClose()}
        onDiscard={onClose}
        onKeepEditing={() => setAsking(false)}
      />
    </Dialog>
  );
}
