// Starts a worker thread from the TypeScript sources: tsx's hooks, registered on the main thread by
// bin/pursuit.mjs, do not reach worker threads (nor does `--import` in a worker's execArgv), so the worker
// registers them itself and then loads the real entry. Bundles never use this file (run-in-worker.ts).
import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
await import(pathToFileURL(workerData.entry).href);
