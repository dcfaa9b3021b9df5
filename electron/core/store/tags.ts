import { cached, type Db } from './db';

export function setApplicationTags(db: Db, applicationId: number, tags: string[]): void {
  // The first spelling typed wins; `Remote` and `remote` are one tag.
  const unique = [
    ...new Map(
      tags
        .map((t) => t.trim())
        .filter(Boolean)
        .reverse()
        .map((t) => [t.toLowerCase(), t]),
    ).values(),
  ].reverse();
  cached(db, 'DELETE FROM application_tags WHERE application_id = ?').run(applicationId);
  const ensure = cached(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING');
  const link = cached(db, 'INSERT INTO application_tags (application_id, tag_id) SELECT ?, id FROM tags WHERE name = ?');
  for (const tag of unique) {
    ensure.run(tag);
    link.run(applicationId, tag);
  }
  cached(db, 'DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM application_tags)').run();
}

export function listTags(db: Db): string[] {
  return (cached(db, 'SELECT name FROM tags ORDER BY name COLLATE NOCASE').all() as { name: string }[]).map((r) => r.name);
}
