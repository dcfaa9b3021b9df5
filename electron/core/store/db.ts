import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { DB_FILE_NAME } from '../data-dir';
import { LATEST_VERSION, migrate, NewerDatabaseError, schemaVersion } from '../migrations';

export type { Db };

export interface OpenOptions {
  /** Path to an Electron build of better-sqlite3's addon; the desktop shell passes it, Node uses the default. */
  nativeBinding?: string;
  /** Stop at this schema version (migration tests). */
  targetVersion?: number;
}

/**
 * Pragmas, on purpose:
 * - WAL: readers never block the writer, and a crash mid-write leaves the last committed state.
 * - synchronous=NORMAL: with WAL this is durable against application crashes (the kind we can cause);
 *   only an OS crash or power loss may lose the last transactions, never corrupt the file.
 * - foreign_keys: deleting an application takes its notes, events and history with it.
 * - busy_timeout: the CLI may write while the app is open; wait instead of failing at once.
 */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const binding = options.nativeBinding ?? process.env.PURSUIT_SQLITE_BINDING;
  const db = new Database(file, binding ? { nativeBinding: binding } : {});
  try {
    // Before any pragma that writes (WAL changes the header): a newer file is refused untouched.
    const version = schemaVersion(db);
    if (version > LATEST_VERSION) throw new NewerDatabaseError(version, LATEST_VERSION);
    applyPragmas(db);
    migrate(db, options.targetVersion);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

export function openDataDir(dataDir: string, options: OpenOptions = {}): Db {
  return openDatabase(path.join(dataDir, DB_FILE_NAME), options);
}

/**
 * Every write goes through here. The transaction starts IMMEDIATE: it takes the write lock at BEGIN, where
 * SQLite's busy timeout applies, so a second writer (the CLI beside the app, a worker beside the host)
 * waits its turn. A deferred transaction instead starts as a reader and fails at once with SQLITE_BUSY
 * when it tries to write while another connection is writing. Inside another transaction this is a savepoint.
 */
export function writeTransaction<T>(db: Db, write: () => T): T {
  if (straightThrough.has(db) && db.inTransaction) return write();
  return db.transaction(write).immediate();
}

const straightThrough = new WeakSet<Db>();

/**
 * Runs `write` with every writeTransaction that starts inside an open transaction written straight into it,
 * not as a savepoint of its own. For bulk writers that give up a whole chunk on any error (the seed): a
 * savepoint per store call makes SQLite copy each touched page to a sub-journal and makes the search index
 * (FTS5) flush its pending terms at every one, most of the time of a 100,000-application seed.
 */
export function withoutSavepoints<T>(db: Db, write: () => T): T {
  straightThrough.add(db);
  try {
    return write();
  } finally {
    straightThrough.delete(db);
  }
}

export interface ChunkOptions {
  /** Longest a chunk holds the write lock before committing; writers beside it wait at most about this long. */
  maxMs?: number;
  /** Rest between chunks, longer than SQLite's longest busy-wait poll (100 ms), so every waiting writer gets a turn. */
  pauseMs?: number;
  onProgress?: (done: number, total: number) => void;
}

const pauseCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Long writes (seeding, imports, restores) in chunks of at most `maxMs` (default 750 ms), each its own
 * IMMEDIATE transaction, with a pause between them: no one write holds the database for more than about a
 * second, so the app's saves wait briefly instead of failing. A failure rolls back only the current chunk;
 * the caller decides whether to undo the committed ones. The pause blocks the thread: run long writes
 * where that is harmless (the CLI, a worker thread), never on the host's or the window's main thread.
 */
export function writeInChunks(db: Db, total: number, writeOne: (index: number) => void, options: ChunkOptions = {}): void {
  const maxMs = options.maxMs ?? 750;
  // An in-memory database has no other writer to make room for.
  const pauseMs = db.memory ? 0 : (options.pauseMs ?? 110);
  if (db.inTransaction) {
    // Part of a caller's transaction: chunks would commit nothing early, so write straight through.
    for (let i = 0; i < total; i++) writeOne(i);
    options.onProgress?.(total, total);
    return;
  }
  const chunk = db.transaction((from: number): number => {
    const started = performance.now();
    let i = from;
    while (i < total) {
      writeOne(i++);
      if (performance.now() - started >= maxMs) break;
    }
    return i;
  });
  for (let done = 0; done < total;) {
    done = chunk.immediate(done);
    options.onProgress?.(done, total);
    if (done < total && pauseMs > 0) Atomics.wait(pauseCell, 0, 0, pauseMs);
  }
}

const statements = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, compiled once per connection: for queries on hot paths (imports, board moves). */
export function cached(db: Db, sql: string): Statement {
  let perDb = statements.get(db);
  if (!perDb) statements.set(db, (perDb = new Map<string, Statement>()));
  let stmt = perDb.get(sql);
  if (!stmt) perDb.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
