import { createApplication } from '../electron/core/store/applications';
import type { Db } from '../electron/core/store/db';
import { EMPTY_FIELDS } from '../electron/core/store/postings';

/** One application with a name the seed never uses, for the search bench to look for with a typo. */
export function addTestApplication(db: Db, title: string, company: string, tags: string[]): void {
  const text = `${title} at ${company}. A small team shipping products people rely on every day.`;
  createApplication(
    db,
    { fields: { ...EMPTY_FIELDS, title, company }, originalText: text, cleanText: text, format: 'text' },
    new Date().toISOString(),
    { tags },
  );
}
