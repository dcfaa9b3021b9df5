import type { NoteFields } from '../../../shared/api-details';
import type { Note } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { assertApplicationExists } from './application-exists';
import { cached, type Db, writeTransaction } from './db';
import { column, columnValues, insertSql, setClause, type FieldColumns } from './field-columns';

/** Each note field of the contract (shared/api-details.ts) and its column: INSERT and UPDATE come from it. */
export const NOTE_COLUMNS: FieldColumns<NoteFields> = {
  body: column('body'),
};
export const NOTE_OWN_COLUMNS = ['application_id', 'created_at', 'updated_at'] as const;
const INSERT_NOTE = insertSql('notes', NOTE_OWN_COLUMNS, NOTE_COLUMNS);

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
    const info = cached(db, INSERT_NOTE).run(applicationId, at, at, ...columnValues(NOTE_COLUMNS, { body }));
    touch(db, applicationId, at);
    return getNote(db, Number(info.lastInsertRowid));
  });
}

export function updateNote(db: Db, id: number, body: string, at: string): Note {
  return writeTransaction(db, () => {
    const note = getNote(db, id);
    const set = setClause(NOTE_COLUMNS, { body }, ['updated_at']);
    cached(db, `UPDATE notes ${set.sql} WHERE id = ?`).run(...set.values, at, id);
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
