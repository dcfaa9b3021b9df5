import { useState, type SubmitEvent } from 'react';
import type { Note } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { formatInstant } from './format';
import { FormError } from '../components/FormError';

export function NotesSection({ applicationId, notes }: { applicationId: number; notes: Note[] }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(e: SubmitEvent) {
    e.preventDefault();
    setError(null);
    try {
      await call('notes.add', { applicationId, body });
      setBody('');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section aria-labelledby="detail-notes" className="detail-section">
      <h3 id="detail-notes">Notes</h3>
      {notes.length === 0 && <p className="muted">No notes yet.</p>}
      <ul className="detail-list">
        {[...notes].reverse().map((n) => (
          <NoteItem key={n.id} note={n} onError={setError} />
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} className="detail-inline-form">
        <label>
          New note
          <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} maxLength={20000} />
        </label>
        <button type="submit" disabled={!body.trim()}>
          Add note
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}

function NoteItem({ note, onError }: { note: Note; onError: (m: string | null) => void }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const edited = note.updatedAt !== note.createdAt;
  async function save() {
    try {
      await call('notes.update', { id: note.id, body });
      setEditing(false);
      onError(null);
    } catch (err) {
      onError(errorMessage(err));
    }
  }
  async function remove() {
    try {
      await call('notes.delete', { id: note.id });
    } catch (err) {
      onError(errorMessage(err));
    }
  }
  return (
    <li className="detail-note">
      <p className="muted detail-meta">
        <time dateTime={note.createdAt}>{formatInstant(note.createdAt)}</time>
        {edited && <> · edited {formatInstant(note.updatedAt)}</>}
      </p>
      {editing ? (
        <>
          <label>
            Edit note
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
          </label>
          <button type="button" onClick={() => void save()}>
            Save note
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </>
      ) : (
        <>
          <p className="detail-note-body">{note.body}</p>
          <button type="button" onClick={() => setEditing(true)} aria-label={`Edit note from ${formatInstant(note.createdAt)}`}>
            Edit
          </button>
          <button type="button" onClick={() => void remove()} aria-label={`Delete note from ${formatInstant(note.createdAt)}`}>
            Delete
          </button>
        </>
      )}
    </li>
  );
}
