import type { Note } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { nowIso, type Db } from './db';

const SELECT = 'SELECT id, application_id AS applicationId, body, created_at AS createdAt, updated_at AS updatedAt FROM notes';

export function addNote(db: Db, applicationId: number, body: string, at = nowIso()): Note {
  const info = db.prepare('INSERT INTO notes (application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    applicationId,
    body,
    at,
    at,
  );
  db.prepare('UPDATE applications SET last_activity_at = ? WHERE id = ?').run(at, applicationId);
  return db.prepare(`${SELECT} WHERE id = ?`).get(Number(info.lastInsertRowid)) as Note;
}

export function listNotes(db: Db, applicationId: number): Note[] {
  return db.prepare(`${SELECT} WHERE application_id = ? ORDER BY created_at, id`).all(applicationId) as Note[];
}

export function deleteNote(db: Db, id: number): void {
  const info = db.prepare('DELETE FROM notes WHERE id = ?').run(id);
  if (info.changes === 0) throw new ApiError('NOT_FOUND', `There is no note #${id}.`);
}
