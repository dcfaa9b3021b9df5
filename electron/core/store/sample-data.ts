import { deleteApplication } from './applications';
import { cached, writeInChunks, type Db } from './db';

/**
 * What "Load sample data" added, so "Remove sample data" takes out exactly that: each sample application is
 * marked in `sample_applications` (migration 007) as it is written. A sample application the user has
 * since edited, moved or annotated is still sample data (the dialog says so); applications the user added
 * stay whatever they hold. A mark goes with its application, so a deleted one's id, reused later by a new
 * application, is never taken for sample data.
 */

export function markSample(db: Db, applicationId: number): void {
  cached(db, 'INSERT OR IGNORE INTO sample_applications (application_id) VALUES (?)').run(applicationId);
}

export function countSampleApplications(db: Db): number {
  return (cached(db, 'SELECT count(*) AS n FROM sample_applications').get() as { n: number }).n;
}

/**
 * Deletes every sample application with its posting (unless an application of the user's shares it), events,
 * reminders, notes, contacts and documents; tags no application uses any more go too. Returns how many went
 * and the stored document files no row refers to any more (the caller removes them from the data folder).
 */
export function removeSampleData(db: Db): { removed: number; unusedFiles: string[] } {
  const ids = (
    cached(db, 'SELECT application_id AS id FROM sample_applications ORDER BY application_id').all() as { id: number }[]
  ).map((r) => r.id);
  const files = (
    cached(
      db,
      'SELECT DISTINCT stored_name AS name FROM attachments WHERE application_id IN (SELECT application_id FROM sample_applications)',
    ).all() as { name: string }[]
  ).map((r) => r.name);
  // In chunks, like the seed that wrote them: a large sample set leaves room for other writers.
  writeInChunks(db, ids.length, (i) => deleteApplication(db, ids[i]!));
  cached(db, 'DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM application_tags)').run();
  const inUse = cached(db, 'SELECT 1 FROM attachments WHERE stored_name = ?');
  return { removed: ids.length, unusedFiles: files.filter((name) => inUse.get(name) === undefined) };
}
