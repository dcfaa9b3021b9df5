import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { LATEST_VERSION, migrations } from '../../../electron/core/migrations';
import type { ApplicationDetail, ApplicationSummary } from '../../../shared/domain';
import { FIXTURE } from '../../fixtures/db-versions/fixture-data';
import { tempDir } from '../helpers';

/** Databases saved by each schema version (tests/fixtures/db-versions, made by make-fixtures.ts), upgraded by today's code. */
const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/db-versions');
const fixtures = fs
  .readdirSync(FIXTURE_DIR)
  .map((f) => /^v(\d+)\.sqlite$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ version: Number(m[1]), file: path.join(FIXTURE_DIR, m[0]) }))
  .sort((a, b) => a.version - b.version);

const cores: Core[] = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function value<T>(core: Core, method: string, input: unknown): Promise<T> {
  const env = await core.call(method, input);
  if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
  return env.value as T;
}

describe('saved databases from every schema version', () => {
  it('exist for every migration (run make-fixtures.ts after adding one)', () => {
    expect(fixtures.map((f) => f.version)).toEqual(migrations.map((m) => m.version));
  });

  it.each(fixtures)('v$version upgrades to the latest schema with every row intact', async ({ version, file }) => {
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(version);
    raw.close();

    const dir = tempDir();
    fs.copyFileSync(file, path.join(dir, 'pursuit.db'));
    const core = createCore({ dataDir: dir });
    cores.push(core);
    expect(core.recovered).toBeNull();
    expect(core.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.pragma('foreign_key_check')).toEqual([]);

    const active = await value<ApplicationSummary[]>(core, 'applications.list', {});
    expect(active.map((a) => `${a.title} at ${a.company}`).sort()).toEqual([
      'Baker at Boulangerie Éclair',
      'Data Engineer at Ünïcode GmbH',
    ]);
    const archived = await value<ApplicationSummary[]>(core, 'applications.list', { archived: true });
    expect(archived.map((a) => a.title)).toEqual(['Old role']);

    const baker = await value<ApplicationDetail>(core, 'applications.get', { id: 1 });
    expect(baker).toMatchObject({
      location: 'Lyon',
      deadline: FIXTURE.deadline,
      dateApplied: '2027-03-02',
      excitement: 5,
      stageId: 3,
    });
    expect(baker.tags.sort()).toEqual(['dream', 'early-start']);
    expect(baker.posting.originalText).toBe(FIXTURE.apps[0].text);
    expect(baker.notes.map((n) => n.body)).toEqual([FIXTURE.note]);
    expect(baker.contacts).toEqual([expect.objectContaining({ name: FIXTURE.contact.name, email: FIXTURE.contact.email })]);
    expect(baker.history).toEqual([expect.objectContaining({ fromStageId: 1, toStageId: 3 })]);
    expect(baker.events.map((e) => e.title).sort()).toEqual(['Apply by', 'Second interview']);

    const engineer = await value<ApplicationDetail>(core, 'applications.get', { id: 2 });
    expect(engineer.posting).toMatchObject({
      salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
      skills: ['Rust', 'SQL'],
    });

    // Search covers rows written before the index existed, and accents fold.
    expect((await value<ApplicationSummary[]>(core, 'applications.list', { search: 'croissants' })).map((a) => a.id)).toEqual([
      1,
    ]);
    expect((await value<ApplicationSummary[]>(core, 'applications.list', { search: 'unicode' })).map((a) => a.id)).toEqual([2]);

    // The reminder on the interview is still there, and the upgraded file takes new writes.
    expect(core.db.prepare('SELECT count(*) AS n FROM reminders').get()).toEqual({ n: 1 });
    const created = await core.call('applications.create', { title: 'After upgrade', company: 'Acme', tags: ['dream'] });
    expect(created.ok).toBe(true);
    expect(core.db.prepare("SELECT value FROM settings WHERE key = 'fixture.savedAtVersion'").get()).toEqual({
      value: String(version),
    });
  });
});
