import { parse } from 'csv-parse/sync';
import {
  IMPORT_FIELD_LABELS,
  type BadRow,
  type CsvFormat,
  type ImportAnalysis,
  type ImportField,
  type ImportMode,
  type ImportResult,
  type StageChoice,
  type UnknownStage,
} from '../../../shared/api-data';
import { EMPLOYMENT_TYPES, SALARY_PERIODS, type PostingFields, type SalaryPeriod } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import { domToText, parseHtml } from '../importer/html-to-text';
import { currencyCode, parseSalary } from '../importer/salary';
import { createApplication } from '../store/applications';
import { addContact } from '../store/contacts';
import { cached, type Db, writeInChunks, writeTransaction } from '../store/db';
import { createEvent } from '../store/events';
import { addNote } from '../store/notes';
import { recordStageChange } from '../store/stage-changes';
import { EMPTY_FIELDS } from '../store/postings';
import { createStage, findStageByName, firstStage, getStage, listStages } from '../store/stages';
import {
  localNoon,
  NOTE_SEPARATOR,
  parseAmount,
  parseContacts,
  notADay,
  parseDay,
  parseInstant,
  parseNextEvent,
  unneutralise,
  type ContactCell,
  type NextEventCell,
} from './csv-cells';
import { detectFormat, EMPLOYMENT_WORDS, fold, PERIOD_WORDS, stageSynonym, suggestMapping, WORKPLACE_WORDS } from './csv-formats';

/**
 * CSV import in two steps the UI (and the CLI) walk through: `analyzeCsv` recognises the format, proposes a
 * column mapping and checks every row (good rows, bad rows with the reason, stages not known yet);
 * `commitCsvImport` writes the good rows (or nothing when any row is bad, as the user chose) in one
 * transaction, through the store's own createApplication / addNote / addContact / createEvent.
 */

export interface CsvImportOptions {
  csv: string;
  /** One entry per column; default: the detected format's mapping. */
  mapping?: (ImportField | null)[];
  now?: Date;
}

export interface CsvCommitOptions extends CsvImportOptions {
  /** For each unknown stage (by name as listed by the analysis): an existing stage, or create it. Default: create. */
  stages?: Record<string, StageChoice>;
  mode: ImportMode;
  /** Rows written so far, after each committed chunk. */
  onProgress?: (done: number, total: number) => void;
}

interface ImportRow {
  row: number;
  fields: PostingFields;
  stage: string | null;
  dateSaved: string | null;
  dateApplied: string | null;
  excitement: number | null;
  tags: string[];
  notes: string[];
  contacts: ContactCell[];
  nextEvent: NextEventCell | null;
  lastActivity: string | null;
  originalText: string;
  cleanText: string;
}

interface Checked {
  format: CsvFormat;
  headers: string[];
  mapping: (ImportField | null)[];
  records: string[][];
  good: ImportRow[];
  bad: BadRow[];
  missing: ImportField[];
}

const REQUIRED: ImportField[] = ['title', 'company'];
const PREVIEW_ROWS = 5;

/** Comma unless the header line clearly uses semicolons or tabs (European Excel, pasted TSV). */
function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ',';
}

function readRecords(csv: string): string[][] {
  try {
    return parse(csv, {
      bom: true,
      delimiter: sniffDelimiter(csv.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      // A cell like `3" screen` in an unquoted field is kept as written instead of failing the whole file.
      relax_quotes: true,
    });
  } catch (err) {
    throw new ApiError(
      'BAD_INPUT',
      `This file could not be read as CSV: ${(err as Error).message}. Save it from your spreadsheet as "CSV (comma delimited)" and try again.`,
    );
  }
}

const looksLikeHtml = (s: string) => /<\/?[a-z][\w-]*(\s[^<>]*)?>/i.test(s);
const htmlToText = (html: string): string => {
  const { doc } = parseHtml(html);
  return doc.body ? domToText(doc.body) : html;
};

/** Reads one record through the mapping; every problem in the row is named in the reason. */
function readRow(
  record: string[],
  row: number,
  headers: string[],
  mapping: (ImportField | null)[],
  format: CsvFormat,
): ImportRow | BadRow {
  const problems: string[] = [];
  const cells = new Map<ImportField, { value: string; header: string }>();
  mapping.forEach((field, i) => {
    if (!field) return;
    const raw = (record[i] ?? '').trim();
    cells.set(field, { value: format === 'pursuit' ? unneutralise(raw) : raw, header: headers[i] ?? field });
  });
  if (record.length > headers.length && record.slice(headers.length).some((c) => c.trim() !== ''))
    problems.push(`it has ${record.length} cells but the header has ${headers.length} (a comma in an unquoted cell?)`);

  const text = (f: ImportField, max = 300): string | null => {
    const c = cells.get(f);
    if (!c || c.value === '') return null;
    if (c.value.length > max) {
      problems.push(`${c.header} is longer than ${max} characters`);
      return null;
    }
    return c.value;
  };
  const oneOf = <T>(f: ImportField, words: Record<string, T>, allowed: string): T | null => {
    const c = cells.get(f);
    if (!c || c.value === '') return null;
    const hit = words[fold(c.value)];
    if (hit === undefined) problems.push(`${c.header} "${c.value}" is not one of ${allowed}`);
    return hit ?? null;
  };
  const day = (f: ImportField): string | null => {
    const c = cells.get(f);
    if (!c || c.value === '') return null;
    const d = parseDay(c.value);
    if (!d) problems.push(notADay(c.header, c.value));
    return d;
  };
  const amount = (f: ImportField): number | null => {
    const c = cells.get(f);
    if (!c || c.value === '') return null;
    const n = parseAmount(c.value);
    if (n === null) problems.push(`${c.header} "${c.value}" is not a number`);
    return n;
  };

  const title = text('title');
  const company = text('company');
  if (!title && cells.has('title')) problems.unshift('the title is empty');
  if (!company && cells.has('company')) problems.unshift('the company is empty');

  let min = amount('salaryMin');
  let max = amount('salaryMax');
  let currency: string | null = null;
  let period: SalaryPeriod | null = oneOf('salaryPeriod', PERIOD_WORDS, SALARY_PERIODS.join(', '));
  const cur = cells.get('currency');
  if (cur?.value) {
    currency = currencyCode(cur.value);
    if (!currency) problems.push(`${cur.header} "${cur.value}" is not a currency (use a code like EUR or USD)`);
  }
  const salaryText = cells.get('salary');
  if (salaryText?.value) {
    const parsed = parseSalary(salaryText.value);
    if (parsed) {
      min ??= parsed.min;
      max ??= parsed.max;
      currency ??= parsed.currency;
      period ??= parsed.period;
    } else {
      const parts = salaryText.value.split(/-|–|—|\bto\b/i).map(parseAmount);
      if (parts.length <= 2 && parts.every((p) => p !== null)) {
        min ??= parts[0] ?? null;
        max ??= parts[1] ?? parts[0] ?? null;
      } else problems.push(`${salaryText.header} "${salaryText.value}" has no amount Pursuit can read`);
    }
  }
  if (min !== null && max !== null && min > max) problems.push(`the salary minimum ${min} is above the maximum ${max}`);

  let url = text('url', 2000);
  if (url) {
    if (/^www\./i.test(url)) url = `https://${url}`;
    if (!/^https?:\/\/[^\s]+$/i.test(url)) problems.push(`URL "${url}" is not a web address (it should start with https://)`);
  }

  const stage = text('stage', 60);
  const contacts = cells.get('contacts')?.value ? parseContacts(cells.get('contacts')!.value) : [];
  for (const c of contacts)
    if (c.email && !/^[^\s@]+@[^\s@][^\s@.]*\.[^\s@]+$/.test(c.email))
      problems.push(`contact e-mail "${c.email}" is not an e-mail address`);
  const tagCell = cells.get('tags')?.value ?? '';
  const tags = tagCell
    .split(format === 'pursuit' ? ';' : /[;,]/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (tags.some((t) => t.length > 50)) problems.push('a tag is longer than 50 characters');
  const noteCell = cells.get('notes')?.value ?? '';
  const notes = (format === 'pursuit' ? noteCell.split(NOTE_SEPARATOR) : [noteCell]).map((n) => n.trim()).filter(Boolean);
  const nextCell = cells.get('nextEvent');
  const nextEvent = nextCell?.value ? parseNextEvent(nextCell.value) : null;
  if (nextCell?.value && !nextEvent)
    problems.push(`${nextCell.header} "${nextCell.value}" does not start with a date (YYYY-MM-DD)`);
  const lastCell = cells.get('lastActivity');
  const lastActivity = lastCell?.value ? parseInstant(lastCell.value) : null;
  if (lastCell?.value && !lastActivity) problems.push(notADay(lastCell.header, lastCell.value));
  const excitementCell = cells.get('excitement');
  let excitement: number | null = null;
  if (excitementCell?.value) {
    excitement = Number(excitementCell.value);
    if (!Number.isInteger(excitement) || excitement < 1 || excitement > 5) {
      problems.push(`${excitementCell.header} "${excitementCell.value}" is not a whole number from 1 to 5`);
      excitement = null;
    }
  }
  const description = cells.get('description')?.value ?? '';
  const cleanText = description && looksLikeHtml(description) ? htmlToText(description) : description;

  const fields: PostingFields = {
    ...EMPTY_FIELDS,
    title,
    company,
    location: text('location'),
    workplace: oneOf('workplace', WORKPLACE_WORDS, 'onsite, hybrid, remote'),
    employmentType: oneOf('employmentType', EMPLOYMENT_WORDS, EMPLOYMENT_TYPES.join(', ')),
    salary: min !== null || max !== null ? { min, max, currency, period } : null,
    deadline: day('deadline'),
    url,
  };
  const dateSaved = day('dateSaved');
  const dateApplied = day('dateApplied');
  if (problems.length) return { row, reason: capitalise(problems.join('; ')) };
  return {
    row,
    fields,
    stage,
    dateSaved,
    dateApplied,
    excitement,
    tags,
    notes,
    contacts,
    nextEvent,
    lastActivity,
    originalText: description,
    cleanText,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const isBad = (r: ImportRow | BadRow): r is BadRow => 'reason' in r;

function check(csv: string, requested?: (ImportField | null)[]): Checked {
  const [headerRecord, ...records] = readRecords(csv);
  if (!headerRecord || headerRecord.every((h) => h.trim() === ''))
    throw new ApiError('BAD_INPUT', 'This file has no header row; the first line should name the columns (Title, Company, ...).');
  const headers = headerRecord.map((h) => h.trim());
  const format = detectFormat(headers);
  const mapping = requested ?? suggestMapping(headers, format);
  if (mapping.length !== headers.length)
    throw new ApiError(
      'BAD_INPUT',
      `The mapping names ${mapping.length} columns but the file has ${headers.length}; analyse the file again.`,
    );
  const mapped = mapping.filter((f): f is ImportField => f !== null);
  const twice = mapped.find((f, i) => mapped.indexOf(f) !== i);
  if (twice) throw new ApiError('BAD_INPUT', `Two columns are mapped to ${IMPORT_FIELD_LABELS[twice]}; choose one.`);
  const missing = REQUIRED.filter((f) => !mapped.includes(f));
  const good: ImportRow[] = [];
  const bad: BadRow[] = [];
  if (missing.length === 0) {
    records.forEach((record, i) => {
      if (record.every((c) => c.trim() === '')) return; // blank lines are not rows
      const r = readRow(record, i + 2, headers, mapping, format);
      if (isBad(r)) bad.push(r);
      else good.push(r);
    });
  }
  return { format, headers, mapping, records, good, bad, missing };
}

const stageKey = (name: string) => name.trim().toLowerCase();

function unknownStages(db: Db, rows: ImportRow[]): UnknownStage[] {
  const stages = listStages(db);
  // The names the database knows, folded as its COLLATE NOCASE folds them (ASCII letters only).
  const nocase = (name: string) => name.trim().replace(/[A-Z]+/g, (c) => c.toLowerCase());
  const known = new Set(stages.map((s) => nocase(s.name)));
  const found = new Map<string, UnknownStage>();
  for (const r of rows) {
    if (!r.stage || known.has(nocase(r.stage))) continue;
    const key = stageKey(r.stage);
    const seen = found.get(key);
    if (seen) {
      seen.rows++;
      continue;
    }
    const synonym = stageSynonym(r.stage);
    const suggested = synonym ? (stages.find((s) => fold(s.name) === synonym)?.id ?? null) : null;
    found.set(key, { name: r.stage, rows: 1, suggestedStageId: suggested });
  }
  return [...found.values()];
}

/** Step 1: what the file is, how its columns map, which rows are bad and why, which stages are new. */
export function analyzeCsv(db: Db, _dataDir: string | null, options: CsvImportOptions): ImportAnalysis {
  const c = check(options.csv, options.mapping);
  return {
    format: c.format,
    headers: c.headers,
    mapping: c.mapping,
    preview: c.records.slice(0, PREVIEW_ROWS),
    // Rows in the file (blank lines aside), counted even while Title or Company is unmapped and none is read yet.
    totalRows: c.missing.length
      ? c.records.filter((r) => r.some((cell) => cell.trim() !== '')).length
      : c.good.length + c.bad.length,
    goodRows: c.good.length,
    bad: c.bad,
    missing: c.missing,
    unknownStages: unknownStages(db, c.good),
  };
}

/**
 * Step 2: writes the good rows, or nothing when a row is bad and the user chose 'nothing-if-bad'. The rows are
 * written in chunks of under a second (store/db.ts writeInChunks) so the app's own saves are not held up by a
 * large file; if a chunk fails, the rows and stages already committed by this import are taken out again,
 * so an import still lands whole or not at all.
 */
export function commitCsvImport(db: Db, _dataDir: string | null, options: CsvCommitOptions): ImportResult {
  const c = check(options.csv, options.mapping);
  if (c.missing.length)
    throw new ApiError(
      'BAD_INPUT',
      `Choose which column holds the ${c.missing.map((f) => IMPORT_FIELD_LABELS[f].toLowerCase()).join(' and the ')}.`,
    );
  if (options.mode === 'nothing-if-bad' && c.bad.length > 0)
    return { imported: 0, skipped: c.good.length + c.bad.length, bad: c.bad, createdStages: [] };
  const now = options.now ?? new Date();
  const choices = new Map(Object.entries(options.stages ?? {}).map(([name, choice]) => [stageKey(name), choice]));

  const createdStages: string[] = [];
  const createdStageIds: number[] = [];
  const createdApps: number[] = [];
  const stageIds = new Map<string, number>();
  const stageIdOf = (name: string | null): number | undefined => {
    if (!name) return undefined;
    const key = stageKey(name);
    const known = stageIds.get(key) ?? findStageByName(db, name)?.id;
    if (known !== undefined) return known;
    const choice = choices.get(key);
    const id =
      choice && 'stageId' in choice ? getStage(db, choice.stageId).id : createStage(db, name, false, now.toISOString()).id;
    if (!(choice && 'stageId' in choice)) {
      createdStages.push(name.trim());
      createdStageIds.push(id);
    }
    stageIds.set(key, id);
    return id;
  };
  // Each new application goes to the top of its column: writing the rows last-first keeps the file's order.
  const rows = [...c.good].reverse();
  try {
    // New stages are added in the order the file names them, before any row.
    writeTransaction(db, () => {
      for (const r of c.good) stageIdOf(r.stage);
    });
    const firstId = firstStage(db).id;
    writeInChunks(db, rows.length, (i) => createdApps.push(writeRow(db, rows[i]!, stageIdOf(rows[i]!.stage), firstId, now)), {
      onProgress: options.onProgress,
    });
  } catch (err) {
    undoImport(db, createdApps, createdStageIds);
    throw err;
  }
  return { imported: c.good.length, skipped: c.bad.length, bad: c.bad, createdStages };
}

/** One row: its application with notes, contacts, next event and last activity. Returns the application's id. */
function writeRow(db: Db, r: ImportRow, stageId: number | undefined, firstStageId: number, now: Date): number {
  // The file's dates are the application's history, not today: a row applied in October was saved by then
  // (saved = applied when the file has no saved date), and only a row with no date at all is dated today.
  const savedDay = r.dateSaved ?? r.dateApplied;
  const createdAt = savedDay ? localNoon(savedDay) : now.toISOString();
  const appliedAt = r.dateApplied ? localNoon(r.dateApplied) : null;
  const app = createApplication(
    db,
    { fields: r.fields, originalText: r.originalText, cleanText: r.cleanText, format: 'csv' },
    createdAt,
    {
      stageId,
      tags: r.tags,
      dateSaved: savedDay ?? undefined,
      dateApplied: r.dateApplied,
      excitement: r.excitement,
    },
  );
  if (appliedAt && app.stageId !== firstStageId) {
    // The stage history: added to the first stage when saved, moved on when applied.
    cached(db, 'UPDATE stage_changes SET to_stage_id = ? WHERE application_id = ?').run(firstStageId, app.id);
    recordStageChange(db, app.id, firstStageId, app.stageId, appliedAt);
  }
  // Follow-up nudges count from here: the file's last activity, else the latest of its dates.
  const lastActivity = r.lastActivity ?? (appliedAt && appliedAt > createdAt ? appliedAt : createdAt);
  for (const body of r.notes) addNote(db, app.id, body, lastActivity);
  for (const contact of r.contacts)
    addContact(db, { applicationId: app.id, ...contact, phone: null, profileUrl: null }, createdAt);
  const e = r.nextEvent;
  if (e) {
    const startsAt = e.time ? new Date(`${e.day}T${e.time}:00`).toISOString() : null;
    createEvent(
      db,
      {
        applicationId: app.id,
        kind: e.kind,
        title: e.title,
        allDay: !e.time,
        day: e.time ? null : e.day,
        startsAt,
        durationMinutes: e.time ? 60 : null,
      },
      lastActivity,
    );
  }
  cached(db, 'UPDATE applications SET last_activity_at = ? WHERE id = ?').run(lastActivity, app.id);
  return app.id;
}

/** Takes out what a failed import had committed (its applications, their postings, the stages it created). */
function undoImport(db: Db, applicationIds: number[], stageIds: number[]): void {
  const deleteApp = cached(db, 'DELETE FROM applications WHERE id = ? RETURNING posting_id');
  const deletePosting = cached(db, 'DELETE FROM postings WHERE id = ?');
  writeInChunks(db, applicationIds.length, (i) => {
    const row = deleteApp.get(applicationIds[i]) as { posting_id: number } | undefined;
    if (row) deletePosting.run(row.posting_id);
  });
  writeTransaction(db, () => {
    for (const id of stageIds) cached(db, 'DELETE FROM stages WHERE id = ?').run(id);
  });
}
