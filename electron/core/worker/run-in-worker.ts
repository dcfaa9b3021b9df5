import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError, type ErrorCode } from '../../../shared/envelope';
import { PostingInputError, type PostingInputErrorCode } from '../importer/input';
import type { TaskInput, TaskName, TaskResult } from './tasks';

/**
 * Heavy work off the main thread (issue 10, item 5): CSV analysis and commit, large postings. The host's and
 * the window's main thread keep answering while a worker thread runs the task with its own connection to
 * the same database file (WAL lets readers and one writer share it; writes commit in chunks, store/db.ts).
 *
 * One mechanism for both ways Pursuit runs:
 * - from the TypeScript sources (`bin/pursuit.mjs` through tsx, the tests): the worker starts at
 *   `tsx-bootstrap.mjs`, which registers tsx in the worker and loads `worker-entry.ts`;
 * - bundled by esbuild (dist/electron/main.cjs, a bundled CLI): the bundle runs `pursuit-worker.cjs` from the
 *   bundle's own folder. A bundle MUST build `electron/core/worker/worker-entry.ts` as a second entry point
 *   to `<bundle folder>/pursuit-worker.cjs` (see scripts/build-electron.mjs).
 */

export const WORKER_BUNDLE_NAME = 'pursuit-worker.cjs';

/** This module's own file: `__filename` in a CommonJS bundle, `import.meta.url` from the sources. */
function thisFile(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/**
 * Where the worker's code is: the one place that knows both layouts. From the sources, `file` is a small
 * bootstrap that registers tsx in the worker and then loads `entry` (worker-entry.ts).
 */
export function workerEntry(): { file: string; entry: string | null } {
  const here = thisFile();
  if (here.endsWith('.ts'))
    return { file: path.join(path.dirname(here), 'tsx-bootstrap.mjs'), entry: path.join(path.dirname(here), 'worker-entry.ts') };
  return { file: path.join(path.dirname(here), WORKER_BUNDLE_NAME), entry: null };
}

export interface WorkerJob<K extends TaskName> {
  task: K;
  input: TaskInput<K>;
  /** The database file the worker opens (its own connection); null for tasks that need none. */
  dbFile: string | null;
  nativeBinding?: string;
  onProgress?: (done: number, total: number) => void;
}

/** What crosses back from the worker when a task fails: enough to rebuild the error the API maps. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

export function serializeError(err: unknown): SerializedError {
  const e = err as { name?: unknown; message?: unknown; code?: unknown } | null;
  return {
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(err),
    code: typeof e?.code === 'string' ? e.code : undefined,
  };
}

function reviveError(e: SerializedError): Error {
  if (e.name === 'ApiError') return new ApiError(e.code as ErrorCode, e.message);
  if (e.name === 'PostingInputError') return new PostingInputError(e.code as PostingInputErrorCode, e.message);
  return Object.assign(new Error(e.message), { name: e.name, code: e.code });
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: SerializedError };

/** Runs one task in a new worker thread; resolves with its result, rejects with its error as thrown there. */
export function runInWorker<K extends TaskName>(job: WorkerJob<K>): Promise<TaskResult<K>> {
  const entry = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.file, {
      workerData: { entry: entry.entry, task: job.task, input: job.input, dbFile: job.dbFile, nativeBinding: job.nativeBinding },
    });
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') job.onProgress?.(m.done, m.total);
      else {
        settled = true;
        if (m.type === 'result') resolve(m.value as TaskResult<K>);
        else reject(reviveError(m.error));
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The worker for ${job.task} stopped (exit code ${code}) before it finished.`));
      settled = true;
    });
  });
}
