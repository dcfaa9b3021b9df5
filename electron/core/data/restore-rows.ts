import { z } from 'zod';
import { ATTACHMENT_KINDS, MAX_ATTACHMENT_BYTES } from '../../../shared/api-details';
import { day, instant } from '../../../shared/api-method';
import { EMPLOYMENT_TYPES, EVENT_KINDS, SALARY_PERIODS, WORKPLACES } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import type { BackupData } from './json-backup';

/**
 * Every row of a backup is input, checked as strictly as the API checks a created one before anything is
 * replaced: real dates (the shared check), the contract's lengths and choices, web addresses only http(s)
 * or mailto (never `javascript:` or `file:`), no NUL characters. A stored file name is not trusted at all:
 * restoring gives every document a fresh generated name (see backup-files.ts), so it is only checked to be
 * text. A bad row refuses the whole restore with the table, row and column, and nothing is changed.
 *
 * Rows are keyed by column name, as the backup holds them. Foreign keys and CHECK constraints are left to
 * SQLite (checked at commit).
 */

const noNul = (s: string) => !s.includes('\0');
/** Free text of at most `max` characters (may be empty), without NUL. */
const text = (max: number) => z.string().max(max, `is longer than ${max} characters`).refine(noNul, 'contains a NUL character');
/** Text that must not be blank (names). */
const name = (max: number) => text(max).refine((s) => s.trim().length > 0, 'is empty');
const nullable = <T extends z.ZodType>(s: T) => s.nullable().optional();
const rowId = z.number().int().positive();
const flag = z.union([z.literal(0), z.literal(1)]);

/** Only addresses a click may safely follow: http(s) pages and mailto. */
export const isSafeUrl = (s: string): boolean => {
  if (!/^(https?:\/\/|mailto:)\S+$/i.test(s) || !noNul(s)) return false;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
};
const url = text(2000).refine(isSafeUrl, 'is not a web address starting with http://, https:// or mailto:');
const email = z.email('is not an e-mail address').max(320);
const jsonText = (max: number) =>
  text(max).refine((s) => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  }, 'is not valid JSON');

const MAX_TEXT = 10 * 1024 * 1024;

export const ROW_SCHEMAS: Record<string, z.ZodType> = {
  tags: z.object({ id: rowId, name: name(50) }),
  stages: z.object({ id: rowId, name: name(60), position: z.number(), is_closed: flag, created_at: instant }),
  postings: z.object({
    id: rowId,
    original_text: text(MAX_TEXT),
    clean_text: text(MAX_TEXT),
    format: z.enum(['manual', 'text', 'html', 'eml', 'json', 'csv']),
    source_name: nullable(text(500)),
    title: nullable(text(300)),
    company: nullable(text(300)),
    location: nullable(text(300)),
    workplace: nullable(z.enum(WORKPLACES)),
    employment_type: nullable(z.enum(EMPLOYMENT_TYPES)),
    salary_min: nullable(z.number().nonnegative()),
    salary_max: nullable(z.number().nonnegative()),
    salary_currency: nullable(z.string().regex(/^[A-Z]{3}$/, 'is not a three-letter currency code')),
    salary_period: nullable(z.enum(SALARY_PERIODS)),
    posted_at: nullable(day),
    deadline: nullable(day),
    url: nullable(url),
    email: nullable(email),
    skills: jsonText(1_000_000),
    requirements: jsonText(2_000_000),
    language: nullable(text(10)),
    content_hash: text(200),
    created_at: instant,
    updated_at: instant,
  }),
  applications: z.object({
    id: rowId,
    posting_id: rowId,
    stage_id: rowId,
    position: z.number(),
    date_saved: day,
    date_applied: nullable(day),
    excitement: nullable(z.number().int().min(1).max(5)),
    archived: flag,
    created_at: instant,
    updated_at: instant,
    last_activity_at: instant,
  }),
  application_tags: z.object({ application_id: rowId, tag_id: rowId }),
  attachments: z.object({
    id: rowId,
    application_id: rowId,
    file_name: name(255),
    stored_name: z.string().max(4096), // never used as a path: replaced by a generated name on restore
    mime_type: nullable(text(200)),
    size_bytes: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES),
    kind: z.enum(ATTACHMENT_KINDS),
    version_label: nullable(text(120)),
    created_at: instant,
  }),
  contacts: z.object({
    id: rowId,
    application_id: rowId,
    name: name(200),
    role: nullable(text(200)),
    email: nullable(email),
    phone: nullable(text(60)),
    profile_url: nullable(url),
    created_at: instant,
  }),
  deleted_applications: z.object({ application_id: rowId, snapshot: jsonText(50 * 1024 * 1024), deleted_at: instant }),
  events: z
    .object({
      id: rowId,
      application_id: rowId,
      kind: z.enum(EVENT_KINDS),
      title: text(200),
      all_day: flag,
      day: nullable(day),
      starts_at: nullable(instant),
      duration_minutes: nullable(
        z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 60),
      ),
      location: nullable(text(300)),
      url: nullable(url),
      round_name: nullable(text(120)),
      notes: text(5000),
      created_at: instant,
      updated_at: instant,
      reminder_offsets: nullable(jsonText(1000)),
    })
    .refine((e) => (e.all_day === 1 ? !!e.day : !!e.starts_at), 'an all-day event needs a day, a timed one a start'),
  notes: z.object({ id: rowId, application_id: rowId, body: name(20_000), created_at: instant, updated_at: instant }),
  nudge_dismissals: z.object({
    application_id: rowId,
    kind: z.enum(['follow-up', 'ghosted']),
    activity_at: instant,
    dismissed_at: instant,
  }),
  reminders: z.object({
    id: rowId,
    event_id: rowId,
    offset_minutes: z.number().int(),
    due_at: instant,
    delivered_at: nullable(instant),
    missed: flag,
    snoozed_until: nullable(instant),
    dismissed_at: nullable(instant),
    created_at: instant,
    basis: nullable(text(100)),
  }),
  /** Marks what "Load sample data" added (migration 007), so "Remove sample data" still works after a restore. */
  sample_applications: z.object({ application_id: rowId }),
  settings: z.object({ key: name(200), value: jsonText(1_000_000) }),
  stage_changes: z.object({
    id: rowId,
    application_id: rowId,
    from_stage_id: nullable(rowId),
    to_stage_id: nullable(rowId),
    changed_at: instant,
  }),
};

/** An application snapshot kept for Undo: its attachment rows are checked like restored ones. */
const snapshotSchema = z.object({ attachments: z.array(z.record(z.string(), z.unknown())).optional() }).loose();

/** Throws BAD_INPUT naming the first bad row; `knownTables` are the tables this database has. */
export function validateBackupRows(data: BackupData, knownTables: readonly string[]): void {
  for (const table of knownTables) {
    const rows = data.tables[table];
    const schema = ROW_SCHEMAS[table];
    if (!rows || !schema) continue;
    // Each row as parsed from the file: anything until the schema has checked it.
    rows.forEach((row: unknown, i) => {
      const where = `the ${table} table, row ${i + 1}`;
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw damaged(`${where} is not a row`);
      const result = schema.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const column = issue.path.join('.') || 'the row';
        throw damaged(`${where}: ${column} ${issue.message}`);
      }
      if (table === 'deleted_applications') {
        const snap = snapshotSchema.safeParse(JSON.parse(String((row as Record<string, unknown>).snapshot)));
        if (!snap.success) throw damaged(`${where}: the kept copy of a deleted application is not readable`);
        for (const a of snap.data.attachments ?? []) {
          const r = ROW_SCHEMAS.attachments!.safeParse(a);
          if (!r.success) throw damaged(`${where}: a document of the deleted application ${r.error.issues[0]!.message}`);
        }
      }
    });
  }
}

const damaged = (detail: string) =>
  new ApiError('BAD_INPUT', `This backup cannot be restored: ${detail}. Nothing was changed; choose another backup.`);
