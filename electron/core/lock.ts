import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One writer that delivers reminders per data folder: the desktop app and `pursuit serve` each take
 * `pursuit.lock` before they start, so two of them never run reminders (or autosave timers) twice.
 * One-shot CLI commands (list, import, ...) do not take it; SQLite's busy_timeout serialises their writes.
 *
 * The lock is a file created with O_EXCL holding the owner's pid. A lock whose pid is no longer running
 * (the owner crashed or was killed) is stale and taken over.
 */

export const LOCK_FILE_NAME = 'pursuit.lock';

export interface LockInfo {
  pid: number;
  owner: string;
  host: string;
  since: string;
}

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(
    readonly lockFile: string,
    readonly holder: LockInfo,
  ) {
    super(
      `Pursuit is already running on this data folder (${holder.owner}, process ${holder.pid}, since ${holder.since}). ` +
        `Use that one, or close it first. If you are sure it is not running, delete ${lockFile} and try again.`,
    );
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      owner: String(parsed.owner ?? 'Pursuit'),
      host: String(parsed.host ?? ''),
      since: String(parsed.since ?? ''),
    };
  } catch {
    return null; // half-written or garbage: treated as stale
  }
}

/**
 * Takes the data folder's lock for this process or throws DataDirLockedError naming the holder.
 * Released by `release()` and, as a safety net, when the process exits normally.
 */
export function acquireDataDirLock(dataDir: string, owner: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const info: LockInfo = { pid: process.pid, owner, host: os.hostname(), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeSync(fd, JSON.stringify(info));
      } finally {
        fs.closeSync(fd);
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        // Only remove our own lock (never one a successor took over after we were presumed dead).
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(file);
    // A lock from another machine (a synced folder) cannot be checked by pid: respect it.
    const sameHost = !holder || holder.host === '' || holder.host === info.host;
    if (holder && (holder.pid === process.pid || !sameHost || isProcessAlive(holder.pid)))
      throw new DataDirLockedError(file, holder);
    // Stale: its owner is gone. Re-read right before removing so a lock taken meanwhile is left alone.
    const again = readLock(file);
    if (again && holder && again.pid !== holder.pid) continue;
    fs.rmSync(file, { force: true });
  }
  const holder = readLock(file);
  throw holder
    ? new DataDirLockedError(file, holder)
    : new Error(`Could not create ${file}; check that the data folder is writable.`);
}
