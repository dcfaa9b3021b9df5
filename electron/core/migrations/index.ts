import type { Database } from 'better-sqlite3';
import * as m001 from './001-initial';
import * as m002 from './002-search-index';
import * as m003 from './003-deleted-applications';
import * as m004 from './004-reminder-plan';
import * as m005 from './005-board-sort-indexes';
import * as m006 from './006-reminder-tick-indexes';
import * as m007 from './007-search-names-and-samples';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Ordered; a migration's version is its index + 1 and is never reused or edited once released. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial domain model', up: m001.up },
  { version: 2, name: 'full-text search index', up: m002.up },
  { version: 3, name: 'deleted applications for undo', up: m003.up },
  { version: 4, name: 'reminder plan per event, nudge dismissals', up: m004.up },
  { version: 5, name: 'indexes for board columns read in pages', up: m005.up },
  { version: 6, name: 'index for the reminders due now', up: m006.up },
  { version: 7, name: 'search over tags with typo tolerance, sample data marks, postings sort indexes', up: m007.up },
];

export const LATEST_VERSION = Math.max(...migrations.map((m) => m.version));

export class NewerDatabaseError extends Error {
  readonly code = 'DB_TOO_NEW';
  constructor(
    readonly fileVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `This data file was written by a newer version of Pursuit (schema ${fileVersion}; this version knows up to ${codeVersion}). ` +
        'Update Pursuit to open it; the file has not been changed.',
    );
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings `db` up to `target` (default: latest), one transaction per migration so a failure leaves the last good version. */
export function migrate(db: Database, target: number = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw new NewerDatabaseError(current, LATEST_VERSION);
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    // IMMEDIATE, as every write (store/db.ts writeTransaction, not imported here: db.ts imports this file).
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}
