import type { postingsApi } from '../../../shared/api-postings';
import { importPostingFile, importPostingFiles, previewPosting, savePosting } from '../postings/import-posting';
import { EMPTY_FIELDS } from '../store/postings';
import { runInWorker } from '../worker/run-in-worker';
import type { HandlerMap } from './types';

const bytes = (base64: string): Uint8Array => Buffer.from(base64, 'base64');

/** Above this a posting is parsed off the main thread; below it a worker's start-up would cost more than it saves. */
const LARGE_POSTING_BYTES = 256 * 1024;

export const postingsHandlers: HandlerMap<keyof typeof postingsApi> = {
  'postings.parse': ({ db, dataDir, nativeBinding }, { name, text, base64 }) => {
    const source = base64 !== undefined ? { name, bytes: bytes(base64) } : { name, text };
    // A large file (a whole saved page) is parsed in a worker thread, so the app keeps answering meanwhile.
    const large = (text?.length ?? 0) + (base64?.length ?? 0) * 0.75 > LARGE_POSTING_BYTES;
    return previewPosting(
      db,
      source,
      large && dataDir ? (src) => runInWorker({ task: 'posting.parse', input: src, dbFile: null, nativeBinding }) : undefined,
    );
  },
  'postings.save': ({ db, now }, { fields, originalText, cleanText, format, sourceName, force, stageId }) =>
    savePosting(
      db,
      { fields: { ...EMPTY_FIELDS, ...fields }, originalText, cleanText, format, sourceName },
      { force, stageId, at: now().toISOString() },
    ),
  'postings.importFile': ({ db, now }, { name, base64, force }) =>
    importPostingFile(db, { name, bytes: bytes(base64) }, { force, at: now().toISOString() }),
  // A batch runs in a worker thread when the database is a file (a worker cannot share an in-memory one), so the
  // host and the window keep answering while pages are parsed; progress after each committed chunk.
  'postings.importFiles': (ctx, { files, force }) => {
    const input = { files: files.map((f) => ({ name: f.name, bytes: bytes(f.base64) })), force, at: ctx.now().toISOString() };
    const onProgress = (done: number, total: number) => ctx.progress?.({ method: 'postings.importFiles', done, total });
    if (ctx.dataDir)
      return runInWorker({
        task: 'postings.importFiles',
        input,
        dbFile: ctx.db.name,
        nativeBinding: ctx.nativeBinding,
        onProgress,
      });
    return importPostingFiles(
      ctx.db,
      input.files.map((f) => ({ name: f.name, read: () => f.bytes })),
      { force, at: input.at, onResult: (_outcome, done) => onProgress(done, files.length) },
    );
  },
};
