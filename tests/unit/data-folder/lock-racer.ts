/**
 * One of several processes racing for the data-folder lock (lock-race.test.ts). For each round the test
 * makes a folder and writes `go` holding an instant; every racer waits for it, spins until that
 * millisecond, tries to take the lock in `round/data`, writes what happened to `round/<pid>`, and lets go
 * of the lock once the test writes `round/done`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { acquireDataDirLock, DataDirLockedError, type DataDirLock } from '../../../electron/core/lock';

const [base, roundsArg] = process.argv.slice(2) as [string, string];
const rounds = Number(roundsArg);
const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

function waitFor(file: string): string {
  for (;;) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      sleep(1);
    }
  }
}

for (let r = 0; r < rounds; r++) {
  const dir = path.join(base, `round-${r}`);
  const at = Number(waitFor(path.join(dir, 'go')));
  while (Date.now() < at) {
    // spin: every racer tries in the same millisecond
  }
  let lock: DataDirLock | null = null;
  let outcome: string;
  try {
    lock = acquireDataDirLock(path.join(dir, 'data'), `racer ${process.pid}`);
    outcome = 'held';
  } catch (err) {
    outcome = err instanceof DataDirLockedError ? 'refused' : `error: ${(err as Error).message}`;
  }
  fs.writeFileSync(path.join(dir, `${process.pid}.tmp`), outcome);
  fs.renameSync(path.join(dir, `${process.pid}.tmp`), path.join(dir, `${process.pid}.result`));
  waitFor(path.join(dir, 'done'));
  lock?.release();
}
