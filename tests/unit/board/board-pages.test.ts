import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { listNudges } from '../../../electron/core/calendar/nudges';
import { schemaVersion } from '../../../electron/core/migrations';
import { seedDemoData } from '../../../electron/core/seed';
import { listApplications } from '../../../electron/core/store/applications';
import { openDatabase, type Db } from '../../../electron/core/store/db';
import { addApp, coreClient, tempDir } from '../helpers';
import { appendPage, dropAnchor } from '../../../renderer/src/board/layout';

const NOW = new Date('2027-03-10T09:00:00.000Z');

function setup() {
  const core = createCore({ now: () => NOW });
  const { call } = coreClient(core);
  return { core, db: core.db, call };
}

const stageId = (db: Db, name: string) => (db.prepare('SELECT id FROM stages WHERE name = ?').get(name) as { id: number }).id;

/** `n` applications in Saved, created so that the column reads "Job 1", "Job 2", ... top to bottom. */
function column(db: Db, n: number, company = 'Initech') {
  for (let i = n; i >= 1; i--) addApp(db, { title: `Job ${i}`, company });
}

/** Counts the application rows a piece of work writes, with a trigger (as the board index would see them). */
async function countWrites(db: Db, work: () => Promise<unknown>): Promise<number> {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS writes (n INTEGER); DELETE FROM writes; INSERT INTO writes VALUES (0);
    CREATE TEMP TRIGGER IF NOT EXISTS count_writes AFTER UPDATE ON applications BEGIN UPDATE writes SET n = n + 1; END;`);
  await work();
  return (db.prepare('SELECT n FROM temp.writes').get() as { n: number }).n;
}

describe('a board that pages', () => {
  it("board.list sends each column's first page and every column's total; board.column the next pages to the end", async () => {
    const { db, call, core } = setup();
    column(db, 120);
    addApp(db, { title: 'Elsewhere', company: 'Globex' }, '', { stageId: stageId(db, 'Applied') });

    const board = await call('board.list', {});
    const saved = stageId(db, 'Saved');
    expect(board.columns).toEqual(board.stages.map((s) => ({ stageId: s.id, total: { Saved: 120, Applied: 1 }[s.name] ?? 0 })));
    const first = board.cards.filter((c) => c.stageId === saved);
    expect(first.map((c) => c.title)).toEqual(Array.from({ length: 50 }, (_, i) => `Job ${i + 1}`));
    expect(board.cards.filter((c) => c.stageId !== saved).map((c) => c.title)).toEqual(['Elsewhere']);

    const second = await call('board.column', { stageId: saved, offset: 50, limit: 50 });
    const third = await call('board.column', { stageId: saved, offset: 100, limit: 50 });
    expect(second).toMatchObject({ stageId: saved, total: 120, offset: 50 });
    expect([...first, ...second.items, ...third.items].map((c) => c.title)).toEqual(
      Array.from({ length: 120 }, (_, i) => `Job ${i + 1}`),
    );
    expect(third.items).toHaveLength(20);
    expect((await call('board.column', { stageId: saved, offset: 120 })).items).toEqual([]);
    core.close();
  });

  it('searches and filters in SQL: counts per column and pages of the matches only', async () => {
    const { db, call, core } = setup();
    column(db, 80, 'Globex');
    column(db, 70, 'Initech');
    const saved = stageId(db, 'Saved');
    const board = await call('board.list', { search: 'globex', limit: 30 });
    expect(board.columns.find((c) => c.stageId === saved)!.total).toBe(80);
    expect(board.cards).toHaveLength(30);
    expect(board.cards.every((c) => c.company === 'Globex')).toBe(true);
    const rest = await call('board.column', { stageId: saved, filter: { search: 'globex' }, offset: 30, limit: 100 });
    expect(rest.total).toBe(80);
    expect(new Set([...board.cards, ...rest.items].map((c) => c.id)).size).toBe(80);
    expect(rest.items.every((c) => c.company === 'Globex')).toBe(true);

    // A search asked again after a write sees the write (the hits kept for the last search are not stale).
    const one = board.cards[0]!;
    await call('applications.update', { id: one.id, patch: { company: 'Hooli' } });
    expect((await call('board.list', { search: 'globex' })).columns.find((c) => c.stageId === saved)!.total).toBe(79);
    expect((await call('board.list', { search: 'hooli' })).cards.map((c) => c.id)).toEqual([one.id]);

    // Other filters page the same way, and agree with the unpaged list.
    const tagged = listApplications(db, { workplace: 'remote' }).length;
    expect((await call('board.list', { workplace: 'remote' })).columns.reduce((n, c) => n + c.total, 0)).toBe(tagged);
    core.close();
  });

  it('reads a column in another order when asked (last activity, newest first), still a page at a time', async () => {
    const { db, call, core } = setup();
    column(db, 30);
    const ids = (db.prepare('SELECT id FROM applications ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    ids.forEach((id, i) =>
      db
        .prepare('UPDATE applications SET last_activity_at = ? WHERE id = ?')
        .run(`2027-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00.000Z`, id),
    );
    const saved = stageId(db, 'Saved');
    const a = await call('board.column', { stageId: saved, sort: 'lastActivity', offset: 0, limit: 10 });
    const b = await call('board.column', { stageId: saved, sort: 'lastActivity', offset: 10, limit: 30 });
    const got = [...a.items, ...b.items].map((c) => c.lastActivityAt);
    expect(got).toEqual([...got].sort().reverse());
    expect(got).toHaveLength(30);
    core.close();
  });

  it('a move writes only the moved card, even in a column of 1,000, and lands where the board put it', async () => {
    const { db, call, core } = setup();
    column(db, 1000);
    const saved = stageId(db, 'Saved');
    const applied = stageId(db, 'Applied');
    const page = (await call('board.column', { stageId: saved, offset: 0, limit: 200 })).items;
    const card = page[150]!;
    let writes = await countWrites(db, () => call('applications.place', { id: card.id, stageId: saved, beforeId: page[3]!.id }));
    expect(writes).toBe(1);
    expect((await call('board.column', { stageId: saved, offset: 0, limit: 5 })).items.map((c) => c.title)).toEqual([
      'Job 1',
      'Job 2',
      'Job 3',
      'Job 151',
      'Job 4',
    ]);
    // Just after a card: what the board sends for a drop below the last card it has loaded.
    writes = await countWrites(db, () =>
      call('applications.place', { id: page[10]!.id, stageId: saved, beforeId: null, afterId: page[199]!.id }),
    );
    expect(writes).toBe(1);
    const around = (await call('board.column', { stageId: saved, offset: 198, limit: 3 })).items.map((c) => c.title);
    expect(around).toEqual(['Job 200', 'Job 11', 'Job 201']);
    // Into another column and to the end of one: still one row.
    expect(await countWrites(db, () => call('applications.place', { id: page[0]!.id, stageId: applied, beforeId: null }))).toBe(
      1,
    );
    expect(await countWrites(db, () => call('applications.move', { id: page[1]!.id, stageId: saved, index: 500 }))).toBe(1);
    core.close();
  });

  it('postings.list pages with a total, searched or not', async () => {
    const { db, call, core } = setup();
    column(db, 60, 'Globex');
    column(db, 15, 'Initech');
    const all = await call('postings.list', { offset: 0, limit: 50 });
    expect(all.total).toBe(75);
    expect(all.items).toHaveLength(50);
    const last = await call('postings.list', { offset: 50, limit: 50 });
    expect(new Set([...all.items, ...last.items].map((a) => a.id)).size).toBe(75);
    const found = await call('postings.list', { search: 'initech', offset: 10, limit: 50 });
    expect(found).toMatchObject({ total: 15, offset: 10 });
    expect(found.items.map((a) => a.company)).toEqual(Array(5).fill('Initech'));
    core.close();
  });

  it('nudges.page gives the same suggestions as the full list, a page at a time, with the count', async () => {
    const { db, call, core } = setup();
    seedDemoData(db, { count: 400, seed: 3, now: new Date('2027-02-20T09:00:00.000Z') });
    const applied = db
      .prepare("SELECT a.id FROM applications a JOIN stages s ON s.id = a.stage_id WHERE s.name = 'Applied' LIMIT 3")
      .all() as { id: number }[];
    // One of each kind dismissed, so the page must leave them out as the list does.
    const full = listNudges(db, NOW);
    const ghosted = full.find((n) => n.kind === 'ghosted');
    const follow = full.find((n) => n.kind === 'follow-up');
    if (ghosted) await call('nudges.dismiss', { applicationId: ghosted.applicationId, kind: 'ghosted' });
    if (follow) await call('nudges.dismiss', { applicationId: follow.applicationId, kind: 'follow-up' });
    expect(applied.length).toBeGreaterThan(0);
    const expected = listNudges(db, NOW);
    expect(expected.length).toBeGreaterThan(20);
    const pages = [];
    for (let offset = 0; offset < expected.length; offset += 20) {
      const p = await call('nudges.page', { offset, limit: 20 });
      expect(p.total).toBe(expected.length);
      pages.push(...p.items);
    }
    expect(pages).toEqual(expected);
    core.close();
  });

  it('migration 5 (v4 -> v5) keeps the applications and reads a sorted column through an index', () => {
    const file = path.join(tempDir(), 'pursuit.db');
    const v4 = openDatabase(file, { targetVersion: 4 });
    seedDemoData(v4, { count: 30, seed: 5 });
    const before = listApplications(v4).map((a) => a.id);
    v4.close();
    const db = openDatabase(file, { targetVersion: 5 });
    expect(schemaVersion(db)).toBe(5);
    expect(listApplications(db).map((a) => a.id)).toEqual(before);
    const plan = (
      db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT a.id FROM applications a WHERE a.archived = 0 AND a.stage_id = 1 ORDER BY a.last_activity_at DESC, a.id DESC LIMIT 50',
        )
        .all() as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toContain('applications_board_activity');
    expect(plan).not.toContain('TEMP B-TREE');
    db.close();
  });
});

describe('the board keeping its pages in step', () => {
  it('appends a page without repeating a card the column shifted onto it', () => {
    const c = (id: number) => ({ id });
    expect(appendPage([c(1), c(2), c(3)], [c(3), c(4)]).map((x) => x.id)).toEqual([1, 2, 3, 4]);
  });

  it('names the card above for a drop below the last loaded card of a column with more, the card below otherwise', () => {
    const layout = new Map([
      [1, [10, 11, 12]],
      [2, [20]],
    ]);
    const more = (stageId: number) => stageId === 1;
    expect(dropAnchor(layout, 11, more)).toEqual({ stageId: 1, beforeId: 12 });
    expect(dropAnchor(layout, 12, more)).toEqual({ stageId: 1, beforeId: null, afterId: 11 });
    expect(dropAnchor(layout, 20, more)).toEqual({ stageId: 2, beforeId: null });
    expect(dropAnchor(layout, 99, more)).toBeNull();
  });
});
