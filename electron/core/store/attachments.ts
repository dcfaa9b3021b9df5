import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES, type AttachmentFields } from '../../../shared/api-details';
import type { Attachment } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { assertApplicationExists } from './application-exists';
import { cached, type Db } from './db';
import { column, columnValues, insertSql, updateRow, type FieldColumns } from './field-columns';

const SELECT = `SELECT id, application_id AS applicationId, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes,
  kind, version_label AS versionLabel, created_at AS createdAt FROM attachments`;

export const ATTACHMENTS_FOLDER = 'attachments';

/** Each attachment field of the contract (shared/api-details.ts) and its column: INSERT and UPDATE come from it. */
export const ATTACHMENT_COLUMNS: FieldColumns<AttachmentFields> = {
  kind: column('kind'),
  versionLabel: column('version_label'),
};
/** The columns the store fills from the file itself and the clock. */
export const ATTACHMENT_OWN_COLUMNS = [
  'application_id',
  'file_name',
  'stored_name',
  'mime_type',
  'size_bytes',
  'created_at',
] as const;
const INSERT_ATTACHMENT = insertSql('attachments', ATTACHMENT_OWN_COLUMNS, ATTACHMENT_COLUMNS);

/** Records a file already copied into the data folder under `storedName`. */
export function addAttachment(db: Db, a: Omit<Attachment, 'id' | 'createdAt'> & { storedName: string }, at: string): Attachment {
  assertApplicationExists(db, a.applicationId);
  const fields = columnValues(ATTACHMENT_COLUMNS, { kind: a.kind, versionLabel: a.versionLabel });
  const info = cached(db, INSERT_ATTACHMENT).run(
    a.applicationId,
    a.fileName,
    a.storedName,
    a.mimeType,
    a.sizeBytes,
    at,
    ...fields,
  );
  return getAttachment(db, Number(info.lastInsertRowid));
}

export function getAttachment(db: Db, id: number): Attachment {
  const a = cached(db, `${SELECT} WHERE id = ?`).get(id) as Attachment | undefined;
  if (!a) throw new ApiError('NOT_FOUND', `There is no document #${id}; it may have been deleted.`);
  return a;
}

export function storedNameOf(db: Db, id: number): string {
  getAttachment(db, id);
  return (cached(db, 'SELECT stored_name AS s FROM attachments WHERE id = ?').get(id) as { s: string }).s;
}

export function listAttachments(db: Db, applicationId: number): Attachment[] {
  return cached(db, `${SELECT} WHERE application_id = ? ORDER BY created_at, id`).all(applicationId) as Attachment[];
}

export function updateAttachment(db: Db, id: number, patch: AttachmentFields): Attachment {
  getAttachment(db, id);
  updateRow(db, 'attachments', ATTACHMENT_COLUMNS, id, patch);
  return getAttachment(db, id);
}

/** Deletes the row and returns the stored file's name, for the caller to remove once the write committed. */
export function deleteAttachment(db: Db, id: number): string {
  const stored = storedNameOf(db, id);
  cached(db, 'DELETE FROM attachments WHERE id = ?').run(id);
  return stored;
}

// --- Files in the data folder ---------------------------------------------------------------------------

export function requireDataDir(dataDir: string | null): string {
  if (!dataDir) throw new ApiError('CONFLICT', 'Documents need a data folder; this Pursuit was started without one.');
  return dataDir;
}

/** The name Pursuit gives a stored file: a random UUID and, when the original had a plain one, its extension. */
export const GENERATED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z0-9]{1,10})?$/;

/** A fresh stored name for a file called `fileName` (only a short, plain extension is kept). */
export function generatedName(fileName: string): string {
  const ext = path.extname(fileName).toLowerCase();
  return `${randomUUID()}${/^\.[a-z0-9]{1,10}$/.test(ext) ? ext : ''}`;
}

/** Where a newly generated name is written; never used with a name read from the database (see resolveStoredFile). */
export function storedFilePath(dataDir: string, storedName: string): string {
  if (!GENERATED_NAME.test(storedName)) throw new Error(`not a generated attachment name: ${JSON.stringify(storedName)}`);
  return path.join(dataDir, ATTACHMENTS_FOLDER, storedName);
}

const outside = () =>
  new ApiError(
    'BAD_INPUT',
    "This document's file is not inside Pursuit's attachments folder (a restored backup or a link may point elsewhere), so Pursuit will not read, open or delete it. Attach the file again.",
  );
const missing = () => new ApiError('NOT_FOUND', 'The file of this document is missing from the data folder; attach it again.');

/**
 * The real path of a stored file, refused unless it is a regular file directly inside the attachments folder
 * once every symlink is followed (fs.realpathSync on both). A name read from the database is input: an older
 * backup could hold "../../etc/passwd", and a link placed in the folder could point anywhere.
 */
export function resolveStoredFile(dataDir: string, storedName: string): string {
  if (
    !storedName ||
    storedName.includes('\0') ||
    storedName !== path.basename(storedName) ||
    storedName === '..' ||
    storedName === '.'
  )
    throw outside();
  let folder: string;
  let real: string;
  try {
    folder = fs.realpathSync(path.join(dataDir, ATTACHMENTS_FOLDER));
  } catch {
    throw missing();
  }
  try {
    real = fs.realpathSync(path.join(folder, storedName));
  } catch {
    // A dangling link is as good as missing; a link elsewhere is caught below.
    throw missing();
  }
  if (path.dirname(real) !== folder) throw outside();
  if (!fs.statSync(real).isFile()) throw outside();
  return real;
}

const tooBig = (bytes: number) =>
  new ApiError(
    'TOO_LARGE',
    `That file is ${(bytes / 1024 / 1024).toFixed(1)} MB; documents can be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
  );

/**
 * Copies a file (from a path, or given as bytes) into `<dataDir>/attachments` under a fresh random name that
 * keeps only a safe extension, so the original name can never point outside the folder.
 */
export function storeAttachmentFile(
  dataDir: string,
  fileName: string,
  source: { path: string } | { bytes: Buffer },
): { storedName: string; sizeBytes: number } {
  const storedName = generatedName(fileName);
  const target = storedFilePath(dataDir, storedName);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if ('bytes' in source) {
    if (source.bytes.length > MAX_ATTACHMENT_BYTES) throw tooBig(source.bytes.length);
    fs.writeFileSync(target, source.bytes, { flag: 'wx' });
    return { storedName, sizeBytes: source.bytes.length };
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(source.path);
  } catch {
    throw new ApiError('NOT_FOUND', `Pursuit cannot read "${source.path}"; check that the file exists.`);
  }
  if (!stat.isFile()) throw new ApiError('BAD_INPUT', `"${source.path}" is a folder, not a file.`);
  if (stat.size > MAX_ATTACHMENT_BYTES) throw tooBig(stat.size);
  fs.copyFileSync(source.path, target, fs.constants.COPYFILE_EXCL);
  return { storedName, sizeBytes: stat.size };
}

export function decodeBase64File(base64: string): Buffer {
  const clean = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean))
    throw new ApiError('BAD_INPUT', 'The file did not arrive intact; try attaching it again.');
  return Buffer.from(clean, 'base64');
}

/** Removes a stored file, only ever inside the attachments folder (a link is removed, never what it points to). */
export function removeStoredFile(dataDir: string | null, storedName: string): void {
  if (!dataDir) return;
  if (!storedName || storedName.includes('\0') || storedName !== path.basename(storedName) || storedName.startsWith('.')) {
    console.warn(`[pursuit] did not remove ${JSON.stringify(storedName)}: not a file name inside the attachments folder`);
    return;
  }
  fs.rmSync(path.join(dataDir, ATTACHMENTS_FOLDER, storedName), { force: true });
}
