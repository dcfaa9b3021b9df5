import type { Attachment } from '../../../shared/domain';
import { nowIso, type Db } from './db';

const SELECT = `SELECT id, application_id AS applicationId, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes,
  kind, version_label AS versionLabel, created_at AS createdAt FROM attachments`;

/** Records a file already copied into the data folder under `storedName`. */
export function addAttachment(db: Db, a: Omit<Attachment, 'id' | 'createdAt'> & { storedName: string }): Attachment {
  const info = db
    .prepare(
      `INSERT INTO attachments (application_id, file_name, stored_name, mime_type, size_bytes, kind, version_label, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(a.applicationId, a.fileName, a.storedName, a.mimeType, a.sizeBytes, a.kind, a.versionLabel, nowIso());
  return db.prepare(`${SELECT} WHERE id = ?`).get(Number(info.lastInsertRowid)) as Attachment;
}

export function listAttachments(db: Db, applicationId: number): Attachment[] {
  return db.prepare(`${SELECT} WHERE application_id = ? ORDER BY created_at, id`).all(applicationId) as Attachment[];
}
