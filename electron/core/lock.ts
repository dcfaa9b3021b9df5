import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One writer that delivers reminders per data folder: the desktop app and `pursuit serve` each take
 * `pursuit.lock` before they start, so two of them never run reminders (or autosave timers) twice.
 * One-shot CLI commands (list, import, ...) do not take it; SQLite's busy_timeout serialises their writes.
 *
 * The lock file appears whole or not at all: the owner writes its pid to a temporary file and hard-links it
 * to `pursuit.lock` (link fails if the name exists), so no one ever reads a half-written lock. (Creating
 * the lock with O_EXCL and then writing it let a second process read it empty, take it for stale and take
 * it too: two holders in 58 of 200 rounds of three processes starting in the same millisecond.)
 * A lock whose pid is no longer running (the owner crashed or was killed) is stale and taken over, under a
 * short-lived `pursuit.lock.takeover` guard so that two processes never both remove it. A lock that
 * cannot be read (written by an older build that crashed mid-write) counts as stale only once it is old.
 */

/** A lock file's field as text; anything else (missing, a number, an object) reads as `fallback`. */
const textOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

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
    readonly holder: LockInfo | null,
  ) {
    super(
      holder
        ? `Pursuit is already running on this data folder (${holder.owner}, process ${holder.pid}, since ${holder.since}). ` +
            `Use that one, or close it first. If you are sure it is not running, delete ${lockFile} and try again.`
        : `Another Pursuit is starting on this data folder right now. Use that one, or try again in a moment. ` +
            `If you are sure none is running, delete ${lockFile} and try again.`,
    );
  }
}

/** An unreadable lock younger than this may be one being written by an older build: respected, not taken. */
const UNREADABLE_STALE_MS = 10_000;
/** A takeover guard older than this was left by a process that died mid-takeover (which takes microseconds). */
const GUARD_STALE_MS = 10_000;

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
    return parseLock(fs.readFileSync(file, 'utf8'));
  } catch {
    return null; // missing
  }
}

function parseLock(text: string): LockInfo | null {
  try {
    // Read as written by whichever process held the lock: any field may be missing or of another type.
    const parsed = JSON.parse(text) as Partial<Record<keyof LockInfo, unknown>>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      owner: textOr(parsed.owner, 'Pursuit'),
      host: textOr(parsed.host, ''),
      since: textOr(parsed.since, ''),
    };
  } catch {
    return null; // missing, half-written (by an older build) or garbage
  }
}

const ageMs = (file: string): number => {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** Creates `file` holding `content` in one step: fully written, or not there (EEXIST when it already is). */
function createWhole(file: string, content: string): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, content, { flag: 'wx' });
  try {
    fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Removes a stale lock if it still holds what was judged stale (`seen`), under a guard file so that of
 * several processes judging the same lock stale, only one removes it and none removes a successor's lock.
 */
function removeStale(file: string, seen: string): void {
  const guard = `${file}.takeover`;
  try {
    fs.writeFileSync(guard, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    if (ageMs(guard) > GUARD_STALE_MS) fs.rmSync(guard, { force: true });
    return; // another process is taking over; the caller looks again
  }
  try {
    let now: string | null = null;
    try {
      now = fs.readFileSync(file, 'utf8');
    } catch {
      // already gone
    }
    if (now === seen) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
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

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      createWhole(file, JSON.stringify(info));
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
    let seen: string;
    try {
      seen = fs.readFileSync(file, 'utf8');
    } catch {
      continue; // released meanwhile: try again
    }
    const holder = parseLock(seen);
    if (!holder) {
      if (ageMs(file) < UNREADABLE_STALE_MS) throw new DataDirLockedError(file, null);
    } else {
      // A lock from another machine (a synced folder) cannot be checked by pid: respect it.
      const sameHost = holder.host === '' || holder.host === info.host;
      if (holder.pid === process.pid || !sameHost || isProcessAlive(holder.pid)) throw new DataDirLockedError(file, holder);
    }
    // Stale: its owner is gone.
    removeStale(file, seen);
  }
  throw new DataDirLockedError(file, readLock(file));
}
