import type { Contact } from '../../../shared/domain';
import { nowIso, type Db } from './db';

const SELECT = `SELECT id, application_id AS applicationId, name, role, email, phone, profile_url AS profileUrl FROM contacts`;

export function addContact(db: Db, c: Omit<Contact, 'id'>): Contact {
  const info = db
    .prepare('INSERT INTO contacts (application_id, name, role, email, phone, profile_url, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(c.applicationId, c.name, c.role, c.email, c.phone, c.profileUrl, nowIso());
  return db.prepare(`${SELECT} WHERE id = ?`).get(Number(info.lastInsertRowid)) as Contact;
}

export function listContacts(db: Db, applicationId: number): Contact[] {
  return db.prepare(`${SELECT} WHERE application_id = ? ORDER BY id`).all(applicationId) as Contact[];
}
