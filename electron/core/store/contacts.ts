import type { Contact } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { assertApplicationExists } from './application-exists';
import { cached, type Db } from './db';

const SELECT = `SELECT id, application_id AS applicationId, name, role, email, phone, profile_url AS profileUrl FROM contacts`;

export type ContactPatch = Partial<Omit<Contact, 'id' | 'applicationId'>>;

export function getContact(db: Db, id: number): Contact {
  const c = cached(db, `${SELECT} WHERE id = ?`).get(id) as Contact | undefined;
  if (!c) throw new ApiError('NOT_FOUND', `There is no contact #${id}; it may have been deleted.`);
  return c;
}

/** `at`: when it is added (the core's clock). */
export function addContact(db: Db, c: Omit<Contact, 'id'>, at: string): Contact {
  assertApplicationExists(db, c.applicationId);
  const info = cached(
    db,
    'INSERT INTO contacts (application_id, name, role, email, phone, profile_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(c.applicationId, c.name, c.role, c.email, c.phone, c.profileUrl, at);
  return getContact(db, Number(info.lastInsertRowid));
}

export function updateContact(db: Db, id: number, patch: ContactPatch): Contact {
  const c = { ...getContact(db, id), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as Contact;
  cached(db, 'UPDATE contacts SET name = ?, role = ?, email = ?, phone = ?, profile_url = ? WHERE id = ?').run(
    c.name,
    c.role,
    c.email,
    c.phone,
    c.profileUrl,
    id,
  );
  return getContact(db, id);
}

export function deleteContact(db: Db, id: number): void {
  const info = cached(db, 'DELETE FROM contacts WHERE id = ?').run(id);
  if (info.changes === 0) throw new ApiError('NOT_FOUND', `There is no contact #${id}; it may have been deleted.`);
}

export function listContacts(db: Db, applicationId: number): Contact[] {
  return cached(db, `${SELECT} WHERE application_id = ? ORDER BY id`).all(applicationId) as Contact[];
}
