import type { BoardFilter } from '../../../shared/api';
import type { CsvFile } from '../../../shared/api-data';
import { EXPORT_COLUMNS } from '../../../shared/csv-columns';
import type { EventKind } from '../../../shared/domain';
import { ApiError } from '../../../shared/envelope';
import type { Db } from '../store/db';
import { findStageByName, listStages } from '../store/stages';
import { csvField, formatNextEvent, LIST_SEPARATOR, neutralise, NOTE_SEPARATOR } from './csv-text';

export interface CsvExportOptions {
  /** The board's filter (the app exports what the board shows); default: every active application. */
  filter?: BoardFilter;
  /** Archived applications too, whatever the filter's `archived` says ("Export all applications", the CLI). */
  includeArchived?: boolean;
  /**
   * The ids the board's own query shows for a filter with search, tag, workplace or deadline (the API passes
   * `listApplications`). Passed in rather than imported so the command-line export, which never needs it,
   * does not load the whole store and the schemas it brings.
   */
  boardIds?: (filter: BoardFilter) => number[];
  /** A stage by name (the CLI's `--stage`). */
  stage?: string;
  /** Only applications saved or applied within these days, inclusive (the CLI's `--from` / `--to`). */
  from?: string;
  to?: string;
  /** UTF-8 byte-order mark so Excel reads accents right; default true. */
  bom?: boolean;
  /** "Next Event" means the next one after this instant; default now. */
  now?: Date;
}

/**
 * Every column of the export in ONE statement, rows in board order (active first, then archived; by stage
 * and position, which the `applications_board` index already holds, so SQLite sorts nothing). Contacts,
 * tags and notes are aggregated per row through their `application_id` indexes and the next event is found
 * the same way, so the export streams: no table is read whole into memory, at any size.
 */
const EXPORT_SELECT = `
  SELECT p.title, p.company, p.location, p.workplace, p.employment_type, s.name, a.date_saved, a.date_applied, p.deadline,
         ne.kind, ne.title, ne.all_day, ne.day, ne.starts_at,
         p.salary_min, p.salary_max, p.salary_currency, p.salary_period, p.url,
         (SELECT group_concat(c.name || coalesce(' (' || nullif(c.role, '') || ')', '') || coalesce(' <' || nullif(c.email, '') || '>', ''),
                              @listSep ORDER BY c.id)
            FROM contacts c WHERE c.application_id = a.id),
         (SELECT group_concat(t.name, @listSep ORDER BY t.name COLLATE NOCASE)
            FROM application_tags at JOIN tags t ON t.id = at.tag_id WHERE at.application_id = a.id),
         (SELECT group_concat(n.body, @noteSep ORDER BY n.created_at, n.id) FROM notes n WHERE n.application_id = a.id),
         a.last_activity_at, a.archived
  FROM applications a
  JOIN postings p ON p.id = a.posting_id
  JOIN stages s ON s.id = a.stage_id
  LEFT JOIN events ne ON ne.id = (
    SELECT e.id FROM events e
    WHERE e.application_id = a.id AND e.kind != 'deadline'
      AND ((e.all_day = 1 AND e.day >= @today) OR (e.all_day = 0 AND e.starts_at >= @nowIso))
    ORDER BY coalesce(e.day, substr(e.starts_at, 1, 10)), e.starts_at, e.id LIMIT 1)`;

type Text = string | null;
/** One row of EXPORT_SELECT, read raw (arrays are cheaper than objects over 100,000 rows). */
type ExportRow = [
  title: Text,
  company: Text,
  location: Text,
  workplace: Text,
  employmentType: Text,
  stage: string,
  dateSaved: string,
  dateApplied: Text,
  deadline: Text,
  eventKind: EventKind | null,
  eventTitle: Text,
  eventAllDay: number | null,
  eventDay: Text,
  eventStartsAt: Text,
  salaryMin: number | null,
  salaryMax: number | null,
  currency: Text,
  salaryPeriod: Text,
  url: Text,
  contacts: Text,
  tags: Text,
  notes: Text,
  lastActivityAt: string,
  archived: number,
];

/** Filters the board applies through its search index and tag tables: those go through `listApplications`. */
const needsBoardQuery = (f: BoardFilter): boolean =>
  Boolean(f.search?.trim()) || Boolean(f.tag) || f.workplace !== undefined || f.hasDeadline !== undefined;

interface Selection {
  where: string;
  params: Record<string, unknown>;
}

/** Which applications to export, as a WHERE clause; the board's own query decides for search, tag and the like. */
export function selectApplications(db: Db, options: CsvExportOptions): Selection {
  // The board's "Show archived" exports what it shows: the archived applications beside the active ones.
  const { includeArchived: shownArchived, ...filter }: BoardFilter = { ...options.filter };
  const includeArchived = options.includeArchived === true || shownArchived === true;
  if (options.stage) {
    const stage = findStageByName(db, options.stage);
    if (!stage)
      throw new ApiError(
        'BAD_INPUT',
        `There is no stage called "${options.stage}". The stages are: ${listStages(db)
          .map((s) => s.name)
          .join(', ')}.`,
      );
    filter.stageId = stage.id;
  }
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (needsBoardQuery(filter)) {
    const boardIds = options.boardIds;
    if (!boardIds) throw new Error('selectApplications: a search or tag filter needs `boardIds`');
    const states = includeArchived ? [false, true] : [filter.archived === true];
    where.push('a.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(states.flatMap((archived) => boardIds({ ...filter, archived })));
  } else {
    if (!includeArchived) {
      where.push('a.archived = @archived');
      params.archived = filter.archived ? 1 : 0;
    }
    if (filter.stageId !== undefined) {
      where.push('a.stage_id = @stageId');
      params.stageId = filter.stageId;
    }
  }
  if (options.from || options.to) {
    where.push('((a.date_saved BETWEEN @from AND @to) OR (a.date_applied BETWEEN @from AND @to))');
    params.from = options.from ?? '0000-01-01';
    params.to = options.to ?? '9999-12-31';
  }
  return { where: where.length ? where.join(' AND ') : '1', params };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
/** Local calendar day of an instant; by hand because it runs twice per row (date-fns' format is 10x slower). */
const localDayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Free text: neutralised against formula injection, then quoted as needed. */
const text = (v: Text): string => (v ? csvField(neutralise(v)) : '');
/** Days and numbers: never formulas, quoted only if a stray value needs it. */
const plain = (v: string | number | null): string => (v === null ? '' : csvField(String(v)));

function nextEventCell(r: ExportRow): string {
  const [kind, title, allDay, day, startsAt] = [r[9], r[10], r[11], r[12], r[13]];
  if (kind === null) return '';
  if (allDay === 1) return text(formatNextEvent({ day: day ?? '', time: null, kind, title: title ?? '' }));
  const start = new Date(startsAt ?? '');
  const time = `${pad(start.getHours())}:${pad(start.getMinutes())}`;
  return text(formatNextEvent({ day: localDayOf(start), time, kind, title: title ?? '' }));
}

/** One CSV record, in `EXPORT_COLUMNS` order, CRLF-terminated. */
function toLine(r: ExportRow): string {
  return (
    `${text(r[0])},${text(r[1])},${text(r[2])},${text(r[3])},${text(r[4])},${text(r[5])},` +
    `${plain(r[6])},${plain(r[7])},${plain(r[8])},${nextEventCell(r)},` +
    `${plain(r[14])},${plain(r[15])},${text(r[16])},${text(r[17])},${text(r[18])},` +
    `${text(r[19])},${text(r[20])},${text(r[21])},${localDayOf(new Date(r[22]))},${r[23] === 1 ? 'yes' : 'no'}\r\n`
  );
}

/** Chunks of about this many characters are handed to the writer: few writes, little memory. */
const CHUNK = 64 * 1024;

/** What an export will be called and, once its chunks are consumed, how many rows it held. */
export interface CsvExportStream {
  fileName: string;
  chunks: Iterable<string>;
  /** Rows written so far (final once `chunks` is exhausted). */
  readonly count: number;
}

/**
 * RFC 4180 CSV (CRLF line ends; fields with a comma, quote or line break quoted) of the chosen applications,
 * as chunks read straight off one SQL statement: the CLI pipes them into its output file as they come.
 * The selection (a bad stage name) is checked here, before the first chunk.
 */
export function streamApplicationsCsv(db: Db, options: CsvExportOptions = {}): CsvExportStream {
  const now = options.now ?? new Date();
  const { where, params } = selectApplications(db, options);
  const statement = db
    .prepare(`${EXPORT_SELECT} WHERE ${where} ORDER BY a.archived, a.stage_id, a.position, a.id`)
    .raw()
    .bind({
      ...params,
      listSep: LIST_SEPARATOR,
      noteSep: NOTE_SEPARATOR,
      today: localDayOf(now),
      nowIso: now.toISOString(),
    });
  let count = 0;
  function* chunks(): Generator<string> {
    let buffer = `${(options.bom ?? true) ? '\uFEFF' : ''}${EXPORT_COLUMNS.map(csvField).join(',')}\r\n`;
    for (const row of statement.iterate() as IterableIterator<ExportRow>) {
      buffer += toLine(row);
      count++;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = '';
      }
    }
    yield buffer;
  }
  return {
    fileName: `pursuit-applications-${localDayOf(now)}.csv`,
    chunks: chunks(),
    get count() {
      return count;
    },
  };
}

/**
 * The same CSV as one string, for the API (the renderer turns it into a download).
 * `(db, dataDir, options)` like the other data functions, so the CLI can call it as is.
 */
export function exportApplicationsCsv(db: Db, _dataDir: string | null, options: CsvExportOptions = {}): CsvFile {
  const stream = streamApplicationsCsv(db, options);
  let csv = '';
  for (const chunk of stream.chunks) csv += chunk;
  return { csv, fileName: stream.fileName, count: stream.count };
}
