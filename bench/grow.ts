import type { Db } from '../electron/core/store/db';

/**
 * Grows a seeded database `factor` times by copying its rows in SQL (new ids, same stages, a distinct URL
 * per copy), keeping every relation: postings, applications, events, contacts, notes, tags, stage history.
 * The seed module writes one application at a time through the store (as the app does) and slows down as
 * the tables grow (about 14 minutes for 100,000 on a loaded 2-core machine); copying 10,000 seeded ones
 * gives the same shape of data in seconds. Reminders are left out: the exports do not read them.
 */
export function growByCopies(db: Db, factor: number): void {
  const maxId = (table: string) => (db.prepare(`SELECT coalesce(max(id), 0) AS m FROM ${table}`).get() as { m: number }).m;
  const columns = (table: string) =>
    (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
  const max = {
    postings: maxId('postings'),
    applications: maxId('applications'),
    events: maxId('events'),
    contacts: maxId('contacts'),
    notes: maxId('notes'),
    stage_changes: maxId('stage_changes'),
  };
  const copy = (table: string, where: string, shifted: Record<string, string>) => {
    const cols = columns(table);
    db.exec(
      `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${cols.map((c) => shifted[c] ?? c).join(', ')} FROM ${table} WHERE ${where}`,
    );
  };
  db.transaction(() => {
    for (let k = 1; k < factor; k++) {
      const app = `application_id + ${k * max.applications}`;
      copy('postings', `id <= ${max.postings}`, {
        id: `id + ${k * max.postings}`,
        url: `url || '?copy=${k}'`,
        content_hash: `content_hash || '-${k}'`,
      });
      copy('applications', `id <= ${max.applications}`, {
        id: `id + ${k * max.applications}`,
        posting_id: `posting_id + ${k * max.postings}`,
        position: `position + ${k * max.applications}`,
      });
      copy('events', `id <= ${max.events}`, { id: `id + ${k * max.events}`, application_id: app });
      copy('contacts', `id <= ${max.contacts}`, { id: `id + ${k * max.contacts}`, application_id: app });
      copy('notes', `id <= ${max.notes}`, { id: `id + ${k * max.notes}`, application_id: app });
      copy('stage_changes', `id <= ${max.stage_changes}`, { id: `id + ${k * max.stage_changes}`, application_id: app });
      copy('application_tags', `application_id <= ${max.applications}`, { application_id: app });
    }
  })();
}
