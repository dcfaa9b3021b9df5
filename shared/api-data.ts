import { z } from 'zod';
import { day, id, method } from './api-method';
import { boardFilter } from './api-fields';

/**
 * Data in and out (issue 6): CSV export and import, the proof-of-applications report, JSON backup and
 * restore, automatic SQLite backups. CSV and JSON travel as strings; the renderer turns them into a download.
 */

export { CSV_COLUMNS, EXPORT_COLUMNS } from './csv-columns';

/** What a CSV column can be imported into. */
export const IMPORT_FIELDS = [
  'title',
  'company',
  'location',
  'workplace',
  'employmentType',
  'stage',
  'dateSaved',
  'dateApplied',
  'deadline',
  'nextEvent',
  'salaryMin',
  'salaryMax',
  'salary',
  'currency',
  'salaryPeriod',
  'url',
  'contacts',
  'tags',
  'notes',
  'lastActivity',
  'description',
  'excitement',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** How the mapping screen names each field. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  title: 'Title',
  company: 'Company',
  location: 'Location',
  workplace: 'Workplace',
  employmentType: 'Employment type',
  stage: 'Stage',
  dateSaved: 'Date saved',
  dateApplied: 'Date applied',
  deadline: 'Deadline',
  nextEvent: 'Next event',
  salaryMin: 'Salary min',
  salaryMax: 'Salary max',
  salary: 'Salary (as written)',
  currency: 'Currency',
  salaryPeriod: 'Salary period',
  url: 'Link (URL)',
  contacts: 'Contacts',
  tags: 'Tags',
  notes: 'Notes',
  lastActivity: 'Last activity',
  description: 'Posting text',
  excitement: 'Excitement (1-5)',
};

export const CSV_FORMATS = ['pursuit', 'huntr', 'teal', 'reactive-resume', 'unknown'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];
export const CSV_FORMAT_LABELS: Record<CsvFormat, string> = {
  pursuit: 'Pursuit export',
  huntr: 'Huntr export',
  teal: 'Teal-style table',
  'reactive-resume': 'Reactive Resume export',
  unknown: 'Generic table',
};

/**
 * What the import recognised, for its preview: the tracker ("Huntr export"), or for any other table how
 * many of its columns were matched to a field ("Generic table: 6 of 8 columns matched").
 */
export function describeCsvFormat(format: CsvFormat, mapping: readonly (ImportField | null)[]): string {
  if (format !== 'unknown') return CSV_FORMAT_LABELS[format];
  const matched = mapping.filter((f) => f !== null).length;
  return `${CSV_FORMAT_LABELS.unknown}: ${matched} of ${mapping.length} column${mapping.length === 1 ? '' : 's'} matched`;
}

export interface BadRow {
  /** The row as a spreadsheet numbers it: the header is row 1, the first application row 2. */
  row: number;
  reason: string;
}

export interface UnknownStage {
  /** As written in the file (the first spelling seen). */
  name: string;
  rows: number;
  /** An existing stage that probably means the same (e.g. "Wishlist" -> Saved), or null. */
  suggestedStageId: number | null;
}

export interface ImportAnalysis {
  format: CsvFormat;
  headers: string[];
  /** One entry per column: the field it goes into, or null (ignored). */
  mapping: (ImportField | null)[];
  /** The first rows, cell by cell, for the mapping screen's preview. */
  preview: string[][];
  totalRows: number;
  goodRows: number;
  /** Fields every row needs that no column is mapped to yet (title, company): nothing can be imported until they are. */
  missing: ImportField[];
  bad: BadRow[];
  unknownStages: UnknownStage[];
}

export type StageChoice = { stageId: number } | { create: true };
export type ImportMode = 'nothing-if-bad' | 'good-rows';

export interface ImportResult {
  imported: number;
  skipped: number;
  bad: BadRow[];
  createdStages: string[];
}

export interface CsvFile {
  csv: string;
  fileName: string;
  count: number;
}

export interface ProofRow {
  date: string;
  company: string;
  title: string;
  stageReached: string;
  channel: string;
  contact: string;
  applicationId: number;
}

export interface ProofReport {
  from: string;
  to: string;
  /** The candidate's name from the export settings, printed at the top; null until they give it. */
  candidateName: string | null;
  rows: ProofRow[];
}

/** Settings for what Pursuit writes out (Settings > Data > Exports). */
export interface ExportSettings {
  /** Printed at the top of the proof of applications; empty until the candidate gives it. */
  candidateName: string;
  /** Follow-ups in the .ics file: all-day (or timed) events, which every calendar shows, or VTODO to-dos. */
  icsFollowUps: 'event' | 'todo';
}

export type BackupKind = 'auto' | 'manual' | 'before-restore';
export interface BackupFile {
  name: string;
  kind: BackupKind;
  sizeBytes: number;
  /** ISO instant from the file name (when it was taken). */
  takenAt: string;
}

export interface RestoreResult {
  applications: number;
  /** The backup of the replaced data taken first, in the backups folder; null when there was nothing to keep. */
  safetyBackup: string | null;
}

/** Export what the board shows: the board's own filter. */
export const exportFilter = boardFilter;

/** 64 MB is the browser host's request limit; a CSV that size holds far more applications than anyone has. */
const csvText = z
  .string()
  .min(1, 'The file is empty')
  .max(60 * 1024 * 1024, 'That file is larger than 60 MB');
const mapping = z.array(z.enum(IMPORT_FIELDS).nullable()).max(500);
const range = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { message: 'The start date must be on or before the end date', path: ['to'] });

export const dataApi = {
  'data.exportCsv': method<CsvFile>()(
    z.object({ filter: exportFilter.optional(), includeArchived: z.boolean().optional(), bom: z.boolean().optional() }).strict(),
  ),
  'data.exportSettings': method<ExportSettings>()(z.object({}).strict()),
  'data.updateExportSettings': method<ExportSettings>()(
    z
      .object({
        candidateName: z.string().trim().max(120, 'Keep your name to 120 characters or fewer').optional(),
        icsFollowUps: z.enum(['event', 'todo']).optional(),
      })
      .strict(),
    ['settings'],
  ),
  'data.proofReport': method<ProofReport>()(range),
  'data.proofCsv': method<CsvFile>()(
    z
      .object({ from: day, to: day, bom: z.boolean().optional() })
      .strict()
      .refine((r) => r.from <= r.to, {
        message: 'The start date must be on or before the end date',
        path: ['to'],
      }),
  ),
  'data.importAnalyze': method<ImportAnalysis>()(z.object({ csv: csvText, mapping: mapping.optional() }).strict()),
  'data.importCommit': method<ImportResult>()(
    z
      .object({
        csv: csvText,
        mapping: mapping.optional(),
        /** Keyed by the unknown stage's name as `importAnalyze` listed it; a name left out is created. */
        stages: z
          .record(
            z.string().max(200),
            z.union([z.object({ stageId: id }).strict(), z.object({ create: z.literal(true) }).strict()]),
          )
          .optional(),
        mode: z.enum(['nothing-if-bad', 'good-rows']),
      })
      .strict(),
    ['applications', 'postings', 'stages', 'events'],
  ),
  'data.backupJson': method<{ json: string; fileName: string }>()(z.object({}).strict()),
  'data.backupNow': method<BackupFile>()(z.object({}).strict()),
  'data.listBackups': method<{ folder: string | null; backups: BackupFile[] }>()(z.object({}).strict()),
  'data.restore': method<RestoreResult>()(
    z
      .object({
        source: z.union([
          z
            .object({
              json: z
                .string()
                .min(2)
                .max(60 * 1024 * 1024, 'That backup is larger than 60 MB; restore it with `pursuit restore FILE`'),
            })
            .strict(),
          z.object({ backup: z.string().regex(/^[\w.-]+\.db$/, 'Choose one of the listed backups') }).strict(),
        ]),
        /** Needed when Pursuit already holds applications: they are replaced (after a safety backup). */
        replace: z.boolean().optional(),
      })
      .strict(),
    ['applications', 'postings', 'stages', 'events', 'reminders', 'settings'],
  ),
} as const;
