import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * better-sqlite3's compiled addon, found directly where `npm install` builds or downloads it. Without it,
 * better-sqlite3 asks the `bindings` package, which tries a dozen folders and reads the caller's stack: about
 * 8 ms of a cold command's start. Undefined (better-sqlite3 searches as usual) when the addon is elsewhere or
 * PURSUIT_SQLITE_BINDING names one (the Electron build of the addon, for tests).
 */
export function sqliteBinding(): string | undefined {
  if (process.env.PURSUIT_SQLITE_BINDING) return undefined;
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
    const addon = path.join(root, 'build', 'Release', 'better_sqlite3.node');
    return fs.existsSync(addon) ? addon : undefined;
  } catch {
    return undefined;
  }
}
