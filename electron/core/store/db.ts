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

export const nowIso = (): string => new Date().toISOString();

const statements = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, compiled once per connection: for queries on hot paths (imports, board moves). */
export function cached(db: Db, sql: string): Statement {
  let perDb = statements.get(db);
  if (!perDb) statements.set(db, (perDb = new Map()));
  let stmt = perDb.get(sql);
  if (!stmt) perDb.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
