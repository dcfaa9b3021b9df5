import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';

/**
 * Every time the store writes comes from the core's clock, never the machine's: a core whose clock reads
 * years away from today stamps exactly that time on what each call changed (issue 15, item 4).
 */
const CLOCK = '2031-07-04T08:15:00.000Z';

function coreAt(iso: string) {
  const core = createCore({ now: () => new Date(iso) });
  const ok = async (method: Parameters<typeof core.call>[0], input: unknown) => {
    const env = await core.call(method, input);
    if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
  };
  const stamp = (sql: string, id: number) => (core.db.prepare(sql).get(id) as { t: string }).t;
  return { core, ok, stamp };
}

describe('one clock', () => {
  it("stamps the handler's clock on applications, postings, deadline events, stages and undone moves", async () => {
    const { core, ok, stamp } = coreAt(CLOCK);
    await ok('applications.create', { title: 'Engineer', company: 'Acme', deadline: '2031-08-01' });
    const app = core.db.prepare('SELECT id, posting_id AS postingId FROM applications').get() as {
      id: number;
      postingId: number;
    };
    const event = () => core.db.prepare("SELECT id FROM events WHERE kind = 'deadline'").get() as { id: number };
    expect(stamp('SELECT updated_at AS t FROM events WHERE id = ?', event().id)).toBe(CLOCK);

    // Moving the deadline moves its event; both the posting and the event take the core's clock.
    await ok('applications.update', { id: app.id, patch: { deadline: '2031-08-15' } });
    expect(stamp('SELECT updated_at AS t FROM postings WHERE id = ?', app.postingId)).toBe(CLOCK);
    expect(stamp('SELECT updated_at AS t FROM events WHERE id = ?', event().id)).toBe(CLOCK);

    const stages = core.db.prepare('SELECT id FROM stages ORDER BY position').all() as { id: number }[];
    const before = core.db
      .prepare(
        'SELECT stage_id AS stageId, position, date_applied AS dateApplied, last_activity_at AS lastActivityAt FROM applications WHERE id = ?',
      )
      .get(app.id) as { stageId: number; position: number; dateApplied: string | null; lastActivityAt: string };
    await ok('applications.move', { id: app.id, stageId: stages[1]!.id, index: 0 });
    // Wall time passes between the calls; the stamps must still read the core's clock.
    core.db.prepare('UPDATE applications SET updated_at = ? WHERE id = ?').run('2000-01-01T00:00:00.000Z', app.id);
    await ok('applications.undoMove', { id: app.id, ...before });
    expect(stamp('SELECT updated_at AS t FROM applications WHERE id = ?', app.id)).toBe(CLOCK);
    expect(stamp('SELECT last_activity_at AS t FROM applications WHERE id = ?', app.id)).toBe(before.lastActivityAt);

    await ok('stages.create', { name: 'Wishlist' });
    expect(core.db.prepare("SELECT created_at AS t FROM stages WHERE name = 'Wishlist'").get()).toEqual({ t: CLOCK });
    await ok('contacts.add', { applicationId: app.id, name: 'Ana' });
    expect(core.db.prepare('SELECT created_at AS t FROM contacts').get()).toEqual({ t: CLOCK });
    core.close();
  });
});
