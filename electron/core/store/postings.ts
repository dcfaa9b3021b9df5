import { createHash } from 'node:crypto';
import type { Posting, PostingFields, PostingFormat } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { emptyParsedPosting } from '../../../shared/posting';
import type { PostingFieldsPatch } from '../../../shared/api-fields';
import { cached, type Db } from './db';
import { column, columnNames, columnValues, insertSql, jsonColumn, type FieldColumns } from './field-columns';

export interface NewPosting {
  fields: PostingFields;
  originalText?: string;
  cleanText?: string;
  format?: PostingFormat;
  sourceName?: string | null;
}

/** A posting with nothing filled in (the importer's own empty result, so the two never drift apart). */
export const EMPTY_FIELDS: Readonly<PostingFields> = Object.freeze(emptyParsedPosting());

/** Hash of the text with white space and case folded, so a re-copied posting is recognised. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}

interface PostingRow {
  id: number;
  original_text: string;
  clean_text: string;
  format: PostingFormat;
  source_name: string | null;
  title: string | null;
  company: string | null;
  location: string | null;
  workplace: Posting['workplace'];
  employment_type: Posting['employmentType'];
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: NonNullable<Posting['salary']>['period'];
  posted_at: string | null;
  deadline: string | null;
  url: string | null;
  email: string | null;
  skills: string;
  requirements: string;
  language: string | null;
  content_hash: string;
  created_at: string;
}

function toPosting(r: PostingRow): Posting {
  const hasSalary = r.salary_min !== null || r.salary_max !== null;
  return {
    id: r.id,
    originalText: r.original_text,
    cleanText: r.clean_text,
    format: r.format,
    sourceName: r.source_name,
    title: r.title,
    company: r.company,
    location: r.location,
    workplace: r.workplace,
    employmentType: r.employment_type,
    salary: hasSalary ? { min: r.salary_min, max: r.salary_max, currency: r.salary_currency, period: r.salary_period } : null,
    postedAt: r.posted_at,
    deadline: r.deadline,
    url: r.url,
    email: r.email,
    skills: JSON.parse(r.skills) as string[],
    requirements: JSON.parse(r.requirements) as string[],
    language: r.language,
    contentHash: r.content_hash,
    createdAt: r.created_at,
  };
}

/** Each posting field's column(s): the one list INSERT and UPDATE are built from (see field-columns.ts). */
export const POSTING_COLUMNS: FieldColumns<PostingFields> = {
  title: column('title'),
  company: column('company'),
  location: column('location'),
  workplace: column('workplace'),
  employmentType: column('employment_type'),
  salary: {
    salary_min: (s) => s?.min ?? null,
    salary_max: (s) => s?.max ?? null,
    salary_currency: (s) => s?.currency ?? null,
    salary_period: (s) => s?.period ?? null,
  },
  postedAt: column('posted_at'),
  deadline: column('deadline'),
  url: column('url'),
  email: column('email'),
  skills: jsonColumn('skills'),
  requirements: jsonColumn('requirements'),
  language: column('language'),
};

// Every posting field of the contract (shared/api-fields.ts) has its column(s) too: one missing fails here, by name.
const _contractFieldsHaveColumns: FieldColumns<PostingFieldsPatch> = POSTING_COLUMNS;

/** The postings columns that are not fields (the text a posting came with, and bookkeeping). */
export const POSTING_OWN_COLUMNS = [
  'original_text',
  'clean_text',
  'format',
  'source_name',
  'content_hash',
  'created_at',
  'updated_at',
] as const;

const INSERT_POSTING = insertSql('postings', POSTING_OWN_COLUMNS, POSTING_COLUMNS);
const FIELD_NAMES = columnNames(POSTING_COLUMNS);
const UPDATE_FIELDS = `UPDATE postings SET (${[...FIELD_NAMES, 'updated_at'].join(', ')}) = (${[...FIELD_NAMES, 'updated_at']
  .map(() => '?')
  .join(', ')}) WHERE id = ?`;

export function createPosting(db: Db, p: NewPosting, now: string): number {
  const clean = p.cleanText ?? p.originalText ?? '';
  const info = cached(db, INSERT_POSTING).run(
    p.originalText ?? '',
    clean,
    p.format ?? 'manual',
    p.sourceName ?? null,
    contentHash(`${p.fields.company ?? ''} ${p.fields.title ?? ''} ${clean}`),
    now,
    now,
    ...columnValues(POSTING_COLUMNS, p.fields),
  );
  return Number(info.lastInsertRowid);
}

export function getPosting(db: Db, id: number): Posting {
  const row = cached(db, 'SELECT * FROM postings WHERE id = ?').get(id) as PostingRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `There is no posting #${id}.`);
  return toPosting(row);
}

/** Applies the given fields (undefined = leave as is); the posting's text never changes. */
export function updatePostingFields(db: Db, id: number, patch: Partial<PostingFields>, at: string): Posting {
  const current = getPosting(db, id);
  const next: PostingFields = { ...current };
  for (const key of Object.keys(EMPTY_FIELDS) as (keyof PostingFields)[]) {
    if (patch[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  cached(db, UPDATE_FIELDS).run(...columnValues(POSTING_COLUMNS, next), at, id);
  return getPosting(db, id);
}

const normalise = (s: string | null): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * An earlier posting that is the same job: same URL, or same normalised company and title with
 * near-identical text (same hash, or texts whose word sets overlap by 90 % or more).
 */
export function findDuplicatePosting(
  db: Db,
  fields: PostingFields,
  cleanText: string,
): { postingId: number; applicationId: number | null } | null {
  const withApp = (postingId: number) => {
    const app = cached(db, 'SELECT id FROM applications WHERE posting_id = ? ORDER BY id LIMIT 1').get(postingId) as
      { id: number } | undefined;
    return { postingId, applicationId: app?.id ?? null };
  };
  if (fields.url) {
    const byUrl = cached(db, 'SELECT id FROM postings WHERE url = ? ORDER BY id LIMIT 1').get(fields.url) as
      { id: number } | undefined;
    if (byUrl) return withApp(byUrl.id);
  }
  if (!fields.title || !fields.company) return null;
  const hash = contentHash(`${fields.company} ${fields.title} ${cleanText}`);
  const byHash = cached(db, 'SELECT id FROM postings WHERE content_hash = ? ORDER BY id LIMIT 1').get(hash) as
    { id: number } | undefined;
  if (byHash) return withApp(byHash.id);
  // Only a posting with the same company and title (gender markers and punctuation aside) can be the
  // same job; its text is read only then.
  const sameJob = (
    cached(db, 'SELECT id, title, company FROM postings WHERE company = ? COLLATE NOCASE').all(fields.company) as {
      id: number;
      title: string | null;
      company: string | null;
    }[]
  ).filter((c) => normalise(c.title) === normalise(fields.title));
  if (sameJob.length === 0) return null;
  const words = new Set(normalise(cleanText).split(' '));
  const textOf = cached(db, 'SELECT clean_text AS text FROM postings WHERE id = ?');
  for (const c of sameJob) {
    const other = new Set(normalise((textOf.get(c.id) as { text: string }).text).split(' '));
    let common = 0;
    for (const w of words) if (other.has(w)) common++;
    if (common / Math.max(words.size, other.size, 1) >= 0.9) return withApp(c.id);
  }
  return null;
}
