import { describe, expect, it } from 'vitest';
import { createStage, deleteStage, listStages, reorderStages, updateStage } from '../../../electron/core/store/stages';
import { listApplications } from '../../../electron/core/store/applications';
import { listStageChanges } from '../../../electron/core/store/stage-changes';
import { addApp, nowIso, memoryDb } from '../helpers';

describe('stages store', () => {
  it('starts with the five default stages in order, Rejected closed', () => {
    const stages = listStages(memoryDb());
    expect(stages.map((s) => s.name)).toEqual(['Saved', 'Applied', 'Interviewing', 'Offer', 'Rejected']);
    expect(stages.filter((s) => s.isClosed).map((s) => s.name)).toEqual(['Rejected']);
  });

  it('adds a stage at the end and refuses a duplicate name whatever its case', () => {
    const db = memoryDb();
    const ghosted = createStage(db, 'Ghosted', true, nowIso());
    expect(listStages(db).at(-1)).toEqual(ghosted);
    expect(() => createStage(db, 'ghosted', false, nowIso())).toThrow(/already exists/);
  });

  it('renames, closes and reorders', () => {
    const db = memoryDb();
    const [saved, applied] = listStages(db);
    updateStage(db, saved!.id, { name: 'Wishlist', isClosed: false });
    const ids = listStages(db).map((s) => s.id);
    reorderStages(db, [applied!.id, ...ids.filter((i) => i !== applied!.id)]);
    expect(
      listStages(db)
        .slice(0, 2)
        .map((s) => s.name),
    ).toEqual(['Applied', 'Wishlist']);
    expect(() => reorderStages(db, [applied!.id])).toThrow(/every stage/);
  });

  it('deleting a stage with applications needs a target, then moves them and records the change', () => {
    const db = memoryDb();
    const [saved, applied] = listStages(db);
    const app = addApp(db, { title: 'Dev', company: 'Acme' });
    expect(() => deleteStage(db, saved!.id, undefined, nowIso())).toThrow(/choose a stage/);
    expect(listStages(db)).toHaveLength(5);
    expect(deleteStage(db, saved!.id, applied!.id, nowIso())).toEqual({ moved: 1 });
    expect(listApplications(db)[0]!.stageId).toBe(applied!.id);
    expect(listStageChanges(db, app.id).at(-1)).toMatchObject({ fromStageId: null, toStageId: applied!.id }); // the deleted stage is gone from history too
  });
});
