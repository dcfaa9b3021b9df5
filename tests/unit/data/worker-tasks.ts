import type * as RunInWorker from '../../../electron/core/worker/run-in-worker';

/**
 * The worker module with `runInWorker` still running the real worker, but first recording each job's task in
 * `ran`: for a `vi.mock` factory, so a test can check which work went to a worker thread.
 */
export function recordingWorker(real: typeof RunInWorker, ran: string[]): typeof RunInWorker {
  return {
    ...real,
    runInWorker: (job) => {
      ran.push(job.task);
      return real.runInWorker(job);
    },
  };
}
