import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { EMPTY_FIELDS } from '../../electron/core/store/postings';
import { createApplication } from '../../electron/core/store/applications';
import { openDatabase, type Db } from '../../electron/core/store/db';
import type { ApiMethod } from '../../shared/api';
import { createClient, type Transport } from '../../shared/client';
import type { PostingFields } from '../../shared/domain';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh, fully migrated in-memory database, closed after the test. */
export function memoryDb(): Db {
  const db = openDatabase(':memory:');
  cleanups.push(() => db.open && db.close());
  return db;
}

/** A temporary data folder, removed after the test. */
export function tempDir(prefix = 'pursuit-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The time a test's direct store call stamps (store functions take it from the caller, like the core's clock). */
export const nowIso = (): string => new Date().toISOString();

export function addApp(db: Db, fields: Partial<PostingFields> & { title: string; company: string }, text = '', extras = {}) {
  return createApplication(
    db,
    { fields: { ...EMPTY_FIELDS, ...fields }, originalText: text, cleanText: text, format: text ? 'text' : 'manual' },
    nowIso(),
    extras,
  );
}

/**
 * A core's API through the shared typed client (`call` returns the value or throws an ApiError), plus
 * `fail`: the error envelope a call gets, for inputs no typed caller could send.
 */
export function coreClient(core: { call: Transport }) {
  const client = createClient(core.call);
  async function fail(method: ApiMethod, input: unknown) {
    const env = await core.call(method, input);
    if (env.ok) throw new Error(`${method} should have failed`);
    return env.error;
  }
  return { ...client, fail };
}
