/**
 * The worker thread's program: runs the one task named in `workerData` (see tasks.ts) with its own
 * connection to the database file, and posts progress, then the result or the error. Bundles build this file
 * as `pursuit-worker.cjs` beside their main file (run-in-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type Db } from '../store/db';
import { serializeError, type WorkerMessage } from './run-in-worker';
import { tasks, type TaskName } from './tasks';

interface Job {
  task: TaskName;
  input: unknown;
  dbFile: string | null;
  nativeBinding?: string;
}

async function run(job: Job): Promise<WorkerMessage> {
  let db: Db | null = null;
  try {
    db = job.dbFile ? openDatabase(job.dbFile, { nativeBinding: job.nativeBinding }) : null;
    const progress = (done: number, total: number) => parentPort?.postMessage({ type: 'progress', done, total });
    const value: unknown = await (tasks[job.task] as (ctx: unknown, input: unknown) => unknown)({ db, progress }, job.input);
    return { type: 'result', value };
  } catch (err) {
    return { type: 'error', error: serializeError(err) };
  } finally {
    db?.close();
  }
}

void run(workerData as Job).then((message) => parentPort?.postMessage(message));
