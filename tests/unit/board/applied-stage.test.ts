import { describe, expect, it } from 'vitest';
import { getApplicationSummary, moveApplication } from '../../../electron/core/store/applications';
import { createStage, findStageByName, listStages, updateStage } from '../../../electron/core/store/stages';
import { appliedPosition, isBeforeApplied } from '../../../shared/stage-order';
import { addApp, memoryDb } from '../helpers';

const stage = (db: ReturnType<typeof memoryDb>, name: string) => findStageByName(db, name)!;

describe('the applied stage', () => {
  it('is the stage named Applied, or else the second stage', () => {
    const db = memoryDb();
    const stages = listStages(db);
    expect(appliedPosition(stages)).toBe(stage(db, 'Applied').position);
    updateStage(db, stage(db, 'Applied').id, { name: 'Sent' });
    const renamed = listStages(db);
    expect(appliedPosition(renamed)).toBe(renamed[1]!.position);
    expect(isBeforeApplied(renamed[0]!, renamed)).toBe(true);
    expect(isBeforeApplied(stage(db, 'Interviewing'), renamed)).toBe(false);
  });

  it('the first move past the first stage fills Date applied, also straight to Interviewing; earlier stages do not', () => {
    const db = memoryDb();
    const at = '2027-02-03T10:00:00.000Z';
    const skipped = addApp(db, { title: 'A', company: 'X' });
    expect(moveApplication(db, skipped.id, stage(db, 'Interviewing').id, 0, at).dateApplied).toBe('2027-02-03');
    // Already dated: a later move keeps the date.
    expect(moveApplication(db, skipped.id, stage(db, 'Offer').id, 0, '2027-03-01T10:00:00.000Z').dateApplied).toBe('2027-02-03');

    const wishlist = createStage(db, 'Wishlist', false, at);
    const listed = listStages(db);
    // Put Wishlist second, before Applied: moving there is not applying.
    db.prepare('UPDATE stages SET position = position + 1 WHERE position >= 1').run();
    db.prepare('UPDATE stages SET position = 1 WHERE id = ?').run(wishlist.id);
    expect(listed).toHaveLength(6);
    const waiting = addApp(db, { title: 'B', company: 'Y' });
    expect(moveApplication(db, waiting.id, wishlist.id, 0, at).dateApplied).toBeNull();
    expect(getApplicationSummary(db, waiting.id).dateApplied).toBeNull();
  });
});
