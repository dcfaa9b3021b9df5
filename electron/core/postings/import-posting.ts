import type { DuplicateRef, PostingPreview, SaveOutcome } from '../../../shared/api-postings';
import type { PostingFields, PostingFormat } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { parsePosting, PostingInputError, type ParseResult, type PostingSource } from '../importer';
import { describeMachineFault } from '../machine-faults';
import { isRealDay } from '../../../shared/real-date';
import { createApplication, getApplicationSummary } from '../store/applications';
import type { Db } from '../store/db';
import { writeTransaction } from '../store/db';
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

/**
 * The parser reads days out of free text ("posted 2026-02-30", a JSON `datePosted` of "0000-00-00"): one that
 * is not a real date is dropped here, at the boundary, so the posting still imports and the review form shows
 * an empty field rather than a date that later breaks reminders.
 */
export function withRealDates<T extends Pick<PostingFields, 'postedAt' | 'deadline'>>(fields: T): T {
  return {
    ...fields,
    postedAt: isRealDay(fields.postedAt) ? fields.postedAt : null,
    deadline: isRealDay(fields.deadline) ? fields.deadline : null,
  };
}

/** Reads a posting (text, HTML page, e-mail, JSON) and says whether it is already saved; saves nothing. */
export async function previewPosting(
  db: Db,
  source: PostingSource,
  parse: (source: PostingSource) => Promise<ParseResult> = parsePosting,
): Promise<PostingPreview> {
  try {
    const read = await parse(source);
    const parsed = { ...read, fields: withRealDates(read.fields) };
    return { ...parsed, duplicate: findDuplicate(db, parsed.fields, parsed.cleanText) };
  } catch (err) {
    if (err instanceof PostingInputError) throw new ApiError(err.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'BAD_INPUT', err.message);
    throw err;
  }
}

/** How a save goes: `at` is when it happens (the core's clock), stamped on what it writes. */
export interface SaveOptions {
  force?: boolean;
  stageId?: number;
  at: string;
}

/**
 * Saves a (reviewed) posting as an application in the first stage with its deadline event, unless it is
 * a duplicate and `force` is not set. The original text is kept exactly as it came.
 */
export function savePosting(db: Db, posting: PostingToSave, options: SaveOptions): Saved {
  return writeTransaction(db, (): Saved => {
    const duplicate = options.force ? null : findDuplicate(db, posting.fields, posting.cleanText);
    if (duplicate) return { status: 'duplicate', duplicate };
    const application = createApplication(db, posting, options.at, { stageId: options.stageId });
    return { status: 'saved', application };
  });
}

export type FileImportOutcome = { name: string } & SaveOutcome;

export interface PostingFile {
  name: string;
  /** Reads the file; a throw is reported as that file's error. */
  read(): Uint8Array;
}

const errorMessage = (err: unknown): string =>
  err instanceof PostingInputError || err instanceof ApiError
    ? err.message
    : (describeMachineFault(err, null)?.message ?? `could not be read (${(err as Error).message})`);

const untitled = (fileName: string): string => `Untitled posting (${fileName.split(/[\\/]/).pop()})`;

/** A parsed file, ready to save (or its error). */
async function prepareFile(file: PostingFile): Promise<{ name: string; posting: PostingToSave } | FileImportOutcome> {
  try {
    const parsed = await parsePosting({ name: file.name, bytes: file.read() });
    const fields = withRealDates({ ...parsed.fields, title: parsed.fields.title ?? untitled(file.name) });
    return {
      name: file.name,
      posting: {
        fields,
        originalText: parsed.originalText,
        cleanText: parsed.cleanText,
        format: parsed.format,
        sourceName: file.name,
      },
    };
  } catch (err) {
    return { name: file.name, status: 'error', message: errorMessage(err) };
  }
}

/**
 * Imports files in chunks: each chunk is parsed, then saved in one transaction (one commit per chunk, not
 * per file, is most of the speed of a large batch). A file that fails is reported on its own and does not
 * undo the others. `onResult` sees each file's outcome only after its chunk is committed, so whatever is
 * reported as saved is on disk.
 */
export async function importPostingFiles(
  db: Db,
  files: readonly PostingFile[],
  options: Omit<SaveOptions, 'stageId'> & { chunkSize?: number; onResult?(outcome: FileImportOutcome, done: number): void },
): Promise<FileImportOutcome[]> {
  const chunkSize = options.chunkSize ?? 25;
  const results: FileImportOutcome[] = [];
  for (let start = 0; start < files.length; start += chunkSize) {
    const prepared = await Promise.all(files.slice(start, start + chunkSize).map(prepareFile));
    const saved = writeTransaction(db, () =>
      prepared.map((p): FileImportOutcome => {
        if (!('posting' in p)) return p;
        try {
          // A savepoint per file: a failing one rolls back alone.
          return { name: p.name, ...writeTransaction(db, () => savePosting(db, p.posting, options)) };
        } catch (err) {
          return { name: p.name, status: 'error', message: errorMessage(err) };
        }
      }),
    );
    for (const outcome of saved) {
      results.push(outcome);
      options.onResult?.(outcome, results.length);
    }
  }
  return results;
}

/** One file (the app's batch import sends files one at a time, to show progress). */
export async function importPostingFile(
  db: Db,
  file: { name: string; bytes: Uint8Array },
  options: Omit<SaveOptions, 'stageId'>,
): Promise<FileImportOutcome> {
  const [outcome] = await importPostingFiles(db, [{ name: file.name, read: () => file.bytes }], options);
  return outcome!;
}
