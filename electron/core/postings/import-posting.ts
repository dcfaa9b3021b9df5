import type { DuplicateRef, PostingPreview, SaveOutcome } from '../../../shared/api-postings';
import type { PostingFields, PostingFormat } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { parsePosting, PostingInputError } from '../importer';
import { createApplication, getApplicationSummary } from '../store/applications';
import type { Db } from '../store/db';
import { findDuplicatePosting } from '../store/postings';

export interface PostingToSave {
  fields: PostingFields;
  originalText: string;
  cleanText: string;
  format: PostingFormat;
  sourceName: string | null;
}

type Saved = Exclude<SaveOutcome, { status: 'error' }>;

/** The earlier application for the same job, if any (same URL, or same company and title with near-identical text). */
export function findDuplicate(db: Db, fields: PostingFields, cleanText: string): DuplicateRef | null {
  const found = findDuplicatePosting(db, fields, cleanText);
  if (!found?.applicationId) return null;
  const app = getApplicationSummary(db, found.applicationId);
  return { applicationId: app.id, title: app.title, company: app.company };
}

/** Reads a posting (text, HTML page, e-mail, JSON) and says whether it is already saved; saves nothing. */
export async function previewPosting(db: Db, source: { name?: string; bytes?: Uint8Array; text?: string }): Promise<PostingPreview> {
  try {
    const parsed = await parsePosting(source);
    return { ...parsed, duplicate: findDuplicate(db, parsed.fields, parsed.cleanText) };
  } catch (err) {
    if (err instanceof PostingInputError) throw new ApiError(err.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'BAD_INPUT', err.message);
    throw err;
  }
}

/**
 * Saves a (reviewed) posting as an application in the first stage with its deadline event, unless it is
 * a duplicate and `force` is not set. The original text is kept exactly as it came.
 */
export function savePosting(db: Db, posting: PostingToSave, options: { force?: boolean; stageId?: number } = {}): Saved {
  return db.transaction((): Saved => {
    const duplicate = options.force ? null : findDuplicate(db, posting.fields, posting.cleanText);
    if (duplicate) return { status: 'duplicate', duplicate };
    const application = createApplication(db, posting, { stageId: options.stageId });
    return { status: 'saved', application };
  })();
}

export type FileImportOutcome = { name: string } & SaveOutcome;

/** One file of a batch: parsed and saved, or reported as a duplicate or an error; never throws. */
export async function importPostingFile(
  db: Db,
  file: { name: string; bytes: Uint8Array },
  options: { force?: boolean } = {},
): Promise<FileImportOutcome> {
  try {
    const parsed = await parsePosting(file);
    const fields = { ...parsed.fields, title: parsed.fields.title ?? untitled(file.name) };
    const outcome = savePosting(
      db,
      { fields, originalText: parsed.originalText, cleanText: parsed.cleanText, format: parsed.format, sourceName: file.name },
      options,
    );
    return { name: file.name, ...outcome };
  } catch (err) {
    const message = err instanceof PostingInputError || err instanceof ApiError ? err.message : `could not be read (${(err as Error).message})`;
    return { name: file.name, status: 'error', message };
  }
}

const untitled = (fileName: string): string => `Untitled posting (${fileName.split(/[\\/]/).pop()})`;
