import type { ContactFields } from '../../../shared/api-details';
import type { Contact } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { assertApplicationExists } from './application-exists';
import { cached, type Db } from './db';
import { column, columnValues, insertSql, updateRow, type FieldColumns } from './field-columns';

const SELECT = `SELECT id, application_id AS applicationId, name, role, email, phone, profile_url AS profileUrl FROM contacts`;

export type ContactPatch = Partial<Omit<Contact, 'id' | 'applicationId'>>;

/** Each contact field of the contract (shared/api-details.ts) and its column: INSERT and UPDATE come from it. */
export const CONTACT_COLUMNS: FieldColumns<ContactFields> = {
  name: column('name'),
  role: column('role'),
  email: column('email'),
  phone: column('phone'),
  profileUrl: column('profile_url'),
};
export const CONTACT_OWN_COLUMNS = ['application_id', 'created_at'] as const;
const INSERT_CONTACT = insertSql('contacts', CONTACT_OWN_COLUMNS, CONTACT_COLUMNS);

export function getContact(db: Db, id: number): Contact {
  const c = cached(db, `${SELECT} WHERE id = ?`).get(id) as Contact | undefined;
  if (!c) throw new ApiError('NOT_FOUND', `There is no contact #${id}; it may have been deleted.`);
  return c;
}

/** `at`: when it is added (the core's clock). */
export function addContact(db: Db, c: Omit<Contact, 'id'>, at: string): Contact {
  assertApplicationExists(db, c.applicationId);
  const info = cached(db, INSERT_CONTACT).run(c.applicationId, at, ...columnValues(CONTACT_COLUMNS, c));
  return getContact(db, Number(info.lastInsertRowid));
}

export function updateContact(db: Db, id: number, patch: ContactPatch): Contact {
  getContact(db, id);
  updateRow(db, 'contacts', CONTACT_COLUMNS, id, patch);
  return getContact(db, id);
}

export function deleteContact(db: Db, id: number): void {
  const info = cached(db, 'DELETE FROM contacts WHERE id = ?').run(id);
  if (info.changes === 0) throw new ApiError('NOT_FOUND', `There is no contact #${id}; it may have been deleted.`);
}

export function listContacts(db: Db, applicationId: number): Contact[] {
  return cached(db, `${SELECT} WHERE application_id = ? ORDER BY id`).all(applicationId) as Contact[];
}
