import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIcs } from '../../../electron/core/calendar/ics-export';
import { createReminderScheduler } from '../../../electron/core/calendar/scheduler';
import { createCore } from '../../../electron/core/core';
import { analyzeCsv } from '../../../electron/core/data/csv-import';
import { jsonBackup, type BackupData } from '../../../electron/core/data/json-backup';
import { isSafeUrl } from '../../../electron/core/data/restore-rows';
import { isRealDay, isRealInstant, MAX_YEAR, MIN_YEAR } from '../../../shared/real-date';
import { coreClient, memoryDb, tempDir } from '../helpers';

/**
 * Fuzz pass of issue 10 (runs in `npm test`): impossible dates at the contract, the CSV import and the
 * planner; crafted restore payloads (path traversal, absolute paths, NUL bytes, links, script URLs, long
 * strings). PURSUIT_FUZZ_SEED repeats a run; PURSUIT_FUZZ_RUNS makes it longer.
 */

const seed = Number(process.env.PURSUIT_FUZZ_SEED ?? Date.now() % 1_000_000);
const RUNS = Number(process.env.PURSUIT_FUZZ_RUNS ?? 100);
const params = (numRuns: number) => ({ seed, numRuns });

/** An oracle that does not use date-fns: the written day must survive a round trip through Date.UTC. */
function oracleDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  return y >= MIN_YEAR && y <= MAX_YEAR && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const KNOWN_BAD = ['0000-00-00', '2026-02-30', '2026-13-01', '1899-12-31', '2201-01-01', '2026-1-1', '2100-02-29', '99999-01-01'];
/** Day-shaped strings, mostly close to the edges: year 0..99999, month 0..13, day 0..32, sometimes unpadded. */
const dayLike = fc.oneof(
  fc.constantFrom(...KNOWN_BAD, '2024-02-29', '1900-01-01', '2200-12-31'),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1895, max: 2205 }), fc.integer({ min: 0, max: 99_999 })),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.boolean(),
    )
    .map(([y, m, d, padded]) => (padded ? `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` : `${y}-${m}-${d}`)),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 1000, maxLength: 3000 }).map((s) => `2027-01-01${s}`),
);
const timeLike = fc
  .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('Z', '+02:00', '-05:00', '+14:00', ''))
  .map(([h, m, z]) => `T${pad(h, 2)}:${pad(m, 2)}:00${z}`);

describe('fuzz: calendar days and instants', () => {
  it('isRealDay agrees with an independent oracle on adversarial day strings', () => {
    fc.assert(
      fc.property(dayLike, (s) => isRealDay(s) === oracleDay(s)),
      params(RUNS * 20),
    );
  });

  it('an instant is accepted only on a real day with a real time and a zone', () => {
    fc.assert(
      fc.property(dayLike, timeLike, (d, t) => {
        const s = d + t;
        if (isRealInstant(s)) {
          expect(oracleDay(d)).toBe(true);
          expect(Number.isFinite(Date.parse(s))).toBe(true);
          expect(t.endsWith('00') || t.endsWith('Z')).toBe(true);
        }
      }),
      params(RUNS * 20),
    );
  });

  it('the API accepts a deadline or event start only when real, and the planner and export never throw', async () => {
    const core = createCore({});
    const app = await core.call('applications.create', { title: 'Welder', company: 'Acme' });
    if (!app.ok) throw new Error(app.error.message);
    const appId = (app.value as { id: number }).id;
    const scheduler = createReminderScheduler(core);
    await fc.assert(
      fc.asyncProperty(dayLike, timeLike, async (d, t) => {
        const created = await core.call('applications.create', { title: 'Fuzz', company: 'Co', deadline: d });
        expect(created.ok).toBe(isRealDay(d));
        if (!created.ok) expect(created.error.code).toBe('BAD_INPUT');
        const event = await core.call('events.create', {
          applicationId: appId,
          kind: 'interview',
          allDay: false,
          startsAt: d + t,
        });
        expect(event.ok).toBe(isRealInstant(d + t));
        expect(() => scheduler.tick()).not.toThrow();
      }),
      params(Math.max(20, Math.round(RUNS / 2))),
    );
    // And with the same strings written straight into the database (an older build), nothing throws either.
    await fc.assert(
      fc.asyncProperty(dayLike, timeLike, async (d, t) => {
        core.db
          .prepare('UPDATE events SET day = ? WHERE all_day = 1 AND id = (SELECT max(id) FROM events WHERE all_day = 1)')
          .run(d);
        core.db
          .prepare(
            'UPDATE events SET starts_at = ?, updated_at = ? WHERE all_day = 0 AND id = (SELECT max(id) FROM events WHERE all_day = 0)',
          )
          .run(d + t, d);
        expect(() => scheduler.tick()).not.toThrow();
        expect(() => exportIcs(core.db, { now: new Date() })).not.toThrow();
        const status = await core.call('system.status', {});
        expect(status.ok).toBe(true);
      }),
      params(Math.max(20, Math.round(RUNS / 2))),
    );
    core.close();
  });

  it('a CSV import keeps every real-dated row and names every other one', () => {
    const db = memoryDb();
    fc.assert(
      fc.property(
        fc.array(
          dayLike.filter((d) => !/[\r\n",;\t]/.test(d) && d.trim() === d && d.length < 40),
          { minLength: 1, maxLength: 15 },
        ),
        (days) => {
          const csv = stringify([['Title', 'Company', 'Deadline'], ...days.map((d, i) => [`Role ${i}`, 'Acme', d])]);
          const a = analyzeCsv(db, null, { csv });
          const badRows = a.bad.map((b) => b.row);
          days.forEach((d, i) => {
            // Only ISO-shaped cells are judged by the oracle; other forms (US order, ...) are read by their own rules.
            if (/^\d{4}-\d{2}-\d{2}$/.test(d))
              expect(badRows.includes(i + 2), `row ${i + 2}: ${d}`).toBe(!oracleDay(d) && d !== '');
          });
          for (const b of a.bad) expect(b.reason).toMatch(/Deadline ".*" is not a (real )?date/);
        },
      ),
      params(Math.max(20, Math.round(RUNS / 2))),
    );
  });
});

describe('fuzz: crafted restore payloads', () => {
  const SECRET = 'secret bytes outside the data folder';

  it('no crafted backup makes a document reach outside the attachments folder, or stores a script URL', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'data');
    fs.mkdirSync(dataDir);
    const secret = path.join(root, 'secret.txt');
    fs.writeFileSync(secret, SECRET);
    const core = createCore({ dataDir });
    const { call } = coreClient(core);
    const app = await call('applications.create', { title: 'Welder', company: 'Acme' });
    await call('attachments.add', {
      applicationId: app.id,
      fileName: 'cv.pdf',
      source: { base64: Buffer.from('resume').toString('base64') },
    });
    await call('contacts.add', { applicationId: app.id, name: 'Ana', profileUrl: 'https://example.com/ana' });
    const base = JSON.parse(jsonBackup(core.db, null).json) as BackupData;
    const attachmentsDir = path.join(dataDir, 'attachments');
    // A link with a generated-looking name, planted in the folder, pointing at the secret.
    const planted = '0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a.pdf';
    fs.symlinkSync(secret, path.join(attachmentsDir, planted));

    const storedName = fc.oneof(
      fc.constantFrom(
        '../secret.txt',
        '../../secret.txt',
        '../../../../../../etc/passwd',
        secret,
        '/etc/passwd',
        'C:\\Windows\\win.ini',
        '..\\..\\secret.txt',
        `x\0../../secret.txt`,
        '..',
        '.',
        '',
        planted,
        `./${planted}`,
        'a'.repeat(5000),
      ),
      fc.string({ maxLength: 40 }),
      fc.array(fc.constantFrom('..', '.', 'secret.txt', 'attachments', '', '\0'), { maxLength: 8 }).map((p) => p.join('/')),
    );
    const url = fc.oneof(
      fc.constantFrom(
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'file:///etc/passwd',
        'vbscript:msgbox(1)',
        'https://example.com/ok',
        'mailto:ana@example.com',
        'http://x\0y',
      ),
      fc.webUrl(),
      fc.string({ maxLength: 30 }),
    );
    const fileName = fc.oneof(fc.constantFrom('cv.pdf', 'run.exe', '../../x.pdf', 'a\0b.pdf', ''), fc.string({ maxLength: 300 }));

    let accepted = 0;
    const check = async (docs: [string, string][], profileUrl: string) => {
      const data = structuredClone(base);
      const row = data.tables.attachments![0]!;
      data.tables.attachments = docs.map(([stored_name, file_name], i) => ({ ...row, id: 10 + i, stored_name, file_name }));
      data.tables.contacts = data.tables.contacts!.map((c) => ({ ...c, profile_url: profileUrl }));
      const before = core.db.prepare('SELECT count(*) FROM attachments').pluck().get();
      const r = await core.call('data.restore', { source: { json: JSON.stringify(data) }, replace: true });
      if (!r.ok) {
        expect(r.error.code).toBe('BAD_INPUT');
        expect(core.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(before);
      } else accepted++;
      // Whatever was restored: every stored name is generated, every URL safe, nothing outside reachable.
      for (const n of core.db.prepare('SELECT stored_name FROM attachments').pluck().all() as string[])
        expect(n).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.[a-z0-9]{1,10})?$/);
      for (const u of core.db.prepare('SELECT profile_url FROM contacts WHERE profile_url IS NOT NULL').pluck().all() as string[])
        expect(isSafeUrl(u)).toBe(true);
      const folder = fs.realpathSync(attachmentsDir);
      for (const id of core.db.prepare('SELECT id FROM attachments').pluck().all() as number[]) {
        const read = await core.call('attachments.read', { id });
        if (read.ok) expect(Buffer.from((read.value as { base64: string }).base64, 'base64').toString()).not.toContain(SECRET);
        const open = await core.call('attachments.open', { id });
        if (open.ok) expect(path.dirname(fs.realpathSync((open.value as { path: string }).path))).toBe(folder);
      }
      expect(fs.readFileSync(secret, 'utf8')).toBe(SECRET);
    };
    // Crafted names in an otherwise valid backup: restored, every document under a generated name.
    const crafted = ['../../secret.txt', secret, '/etc/passwd', 'x\0../../secret.txt', planted, '..'];
    await check(
      crafted.map((n): [string, string] => [n, 'cv.pdf']),
      'https://example.com/ana',
    );
    expect(accepted).toBe(1);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(storedName, fileName), { minLength: 1, maxLength: 5 }), url, check),
      params(Math.max(10, Math.round(RUNS / 8))),
    );
    // Deleting every document afterwards removes nothing outside the folder either.
    for (const id of core.db.prepare('SELECT id FROM attachments').pluck().all() as number[])
      await core.call('attachments.delete', { id });
    expect(fs.readFileSync(secret, 'utf8')).toBe(SECRET);
    expect(accepted).toBeGreaterThan(0);
    core.close();
  }, 120_000);
});
