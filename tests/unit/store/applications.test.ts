import { describe, expect, it } from 'vitest';
import {
  deleteApplication,
  getApplicationDetail,
  listApplications,
  moveApplication,
  setArchived,
  updateApplication,
} from '../../../electron/core/store/applications';
import { addNote } from '../../../electron/core/store/notes';
import { listStages } from '../../../electron/core/store/stages';
import { listStageChanges } from '../../../electron/core/store/stage-changes';
import { addApp, nowIso, memoryDb } from '../helpers';

describe('applications store', () => {
  it('creates an application in the first stage with its history, tags and deadline event', () => {
    const db = memoryDb();
    const app = addApp(db, { title: 'Engineer', company: 'Acme', deadline: '2027-03-15' }, '', {
      tags: ['Remote', 'remote', 'dream'],
    });
    const detail = getApplicationDetail(db, app.id);
    expect(detail.stageId).toBe(listStages(db)[0]!.id);
    expect(detail.tags).toEqual(['dream', 'Remote']);
    expect(detail.history).toHaveLength(1);
    expect(detail.events).toMatchObject([{ kind: 'deadline', allDay: true, day: '2027-03-15' }]);
  });

  it('moves within and between columns, keeping order, and fills the applied date once', () => {
    const db = memoryDb();
    const [saved, applied] = listStages(db);
    const a = addApp(db, { title: 'A', company: 'X' });
    const b = addApp(db, { title: 'B', company: 'X' });
    const c = addApp(db, { title: 'C', company: 'X' });
    // New cards go on top: C, B, A.
    expect(listApplications(db).map((x) => x.title)).toEqual(['C', 'B', 'A']);
    moveApplication(db, a.id, saved!.id, 0, nowIso());
    expect(listApplications(db).map((x) => x.title)).toEqual(['A', 'C', 'B']);
    const moved = moveApplication(db, c.id, applied!.id, 0, '2099-05-04T10:00:00.000Z');
    expect(moved.dateApplied).toBe('2099-05-04');
    moveApplication(db, b.id, applied!.id, 1, nowIso());
    expect(listApplications(db, { stageId: applied!.id }).map((x) => x.title)).toEqual(['C', 'B']);
    expect(listStageChanges(db, c.id).map((h) => h.toStageId)).toEqual([saved!.id, applied!.id]);
    // Back-dated by hand, it stays when the card moves again.
    updateApplication(db, c.id, { dateApplied: '2026-04-01' }, nowIso());
    moveApplication(db, c.id, saved!.id, 0, nowIso());
    moveApplication(db, c.id, applied!.id, 0, nowIso());
    expect(getApplicationDetail(db, c.id).dateApplied).toBe('2026-04-01');
  });

  it('renumbers a column when repeated moves exhaust the space between two cards', () => {
    const db = memoryDb();
    const [saved] = listStages(db);
    const apps = ['A', 'B', 'C'].map((t) => addApp(db, { title: t, company: 'X' }));
    for (let i = 0; i < 80; i++) moveApplication(db, apps[i % 2 === 0 ? 0 : 2]!.id, saved!.id, 1, nowIso());
    const order = listApplications(db).map((x) => x.title);
    expect(new Set(order).size).toBe(3);
    moveApplication(db, apps[1]!.id, saved!.id, 1, nowIso());
    expect(listApplications(db).map((x) => x.title)[1]).toBe('B');
  });

  it('finds applications by posting text and notes, ignoring accents, by prefix', () => {
    const db = memoryDb();
    const munich = addApp(db, { title: 'Backend', company: 'Zeta', location: 'München' }, 'Office in München, team of six.');
    const other = addApp(db, { title: 'Frontend', company: 'Omega' }, 'Fully remote.');
    addNote(db, other.id, 'Recruiter mentioned Kubernetes migration', nowIso());
    expect(listApplications(db, { search: 'munchen' }).map((a) => a.id)).toEqual([munich.id]);
    expect(listApplications(db, { search: 'kuber' }).map((a) => a.id)).toEqual([other.id]);
    expect(listApplications(db, { search: '"unbalanced' })).toEqual([]);
  });

  it('filters by tag, workplace, deadline and archive state', () => {
    const db = memoryDb();
    const a = addApp(db, { title: 'A', company: 'X', workplace: 'remote', deadline: '2027-01-01' }, '', { tags: ['referral'] });
    const b = addApp(db, { title: 'B', company: 'Y', workplace: 'onsite' });
    expect(listApplications(db, { tag: 'REFERRAL' }).map((x) => x.id)).toEqual([a.id]);
    expect(listApplications(db, { workplace: 'onsite' }).map((x) => x.id)).toEqual([b.id]);
    expect(listApplications(db, { hasDeadline: true }).map((x) => x.id)).toEqual([a.id]);
    setArchived(db, a.id, true, nowIso());
    expect(listApplications(db).map((x) => x.id)).toEqual([b.id]);
    expect(listApplications(db, { archived: true }).map((x) => x.id)).toEqual([a.id]);
  });

  it('updates posting fields and keeps the deadline event in step', () => {
    const db = memoryDb();
    const app = addApp(db, { title: 'A', company: 'X' });
    let d = updateApplication(
      db,
      app.id,
      {
        title: 'Senior A',
        deadline: '2027-02-02',
        salary: { min: 1, max: 2, currency: 'EUR', period: 'year' },
      },
      nowIso(),
    );
    expect(d.title).toBe('Senior A');
    expect(d.posting.salary).toEqual({ min: 1, max: 2, currency: 'EUR', period: 'year' });
    expect(d.events.map((e) => e.day)).toEqual(['2027-02-02']);
    d = updateApplication(db, app.id, { deadline: null }, nowIso());
    expect(d.events).toEqual([]);
  });

  it('deletes an application with its notes, events, history and unshared posting', () => {
    const db = memoryDb();
    const app = addApp(db, { title: 'A', company: 'X', deadline: '2027-01-01' });
    addNote(db, app.id, 'hello', nowIso());
    deleteApplication(db, app.id);
    for (const table of ['applications', 'postings', 'notes', 'events', 'stage_changes', 'search_index']) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    }
    expect(() => getApplicationDetail(db, app.id)).toThrow(/no application/);
  });
});
