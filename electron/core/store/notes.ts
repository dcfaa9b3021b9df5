import type { Note } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { assertApplicationExists } from './application-exists';
import { cached, type Db, writeTransaction } from './db';

const SELECT = 'SELECT id, application_id AS applicationId, body, created_at AS createdAt, updated_at AS updatedAt FROM notes';

/** A note counts as activity on its application (the card's "days since last activity"). */
const touch = (db: Db, applicationId: number, at: string) =>
  cached(db, 'UPDATE applications SET last_activity_at = ? WHERE id = ?').run(at, applicationId);

export function getNote(db: Db, id: number): Note {
  const note = cached(db, `${SELECT} WHERE id = ?`).get(id) as Note | undefined;
  if (!note) throw new ApiError('NOT_FOUND', `There is no note #${id}; it may have been deleted.`);
  return note;
}

export function addNote(db: Db, applicationId: number, body: string, at: string): Note {
  return writeTransaction(db, () => {
    assertApplicationExists(db, applicationId);
    const info = cached(db, 'INSERT INTO notes (application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      applicationId,
      body,
      at,
      at,
    );
    touch(db, applicationId, at);
    return getNote(db, Number(info.lastInsertRowid));
  });
}

export function updateNote(db: Db, id: number, body: string, at: string): Note {
  return writeTransaction(db, () => {
    const note = getNote(db, id);
    cached(db, 'UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, at, id);
    touch(db, note.applicationId, at);
    return getNote(db, id);
  });
}

export function listNotes(db: Db, applicationId: number): Note[] {
  return cached(db, `${SELECT} WHERE application_id = ? ORDER BY created_at, id`).all(applicationId) as Note[];
}

export function deleteNote(db: Db, id: number): void {
  const info = cached(db, 'DELETE FROM notes WHERE id = ?').run(id);
  if (info.changes === 0) throw new ApiError('NOT_FOUND', `There is no note #${id}; it may have been deleted.`);
}
