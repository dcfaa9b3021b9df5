import { addDays } from 'date-fns';
import type { CsvFile, ProofReport, ProofRow } from '../../../shared/api-data';
import type { Db } from '../store/db';
import { getExportSettings } from './export-settings';
import { localDay, localNoon, neutralise, writeCsv } from './csv-cells';

/**
 * Proof of applications, as unemployment offices ask for it: one row per thing done for an application
 * within a date range. The rows are
 * - the day an application was sent (its Date Applied),
 * - each later move to another stage (an interview round reached, an offer, a rejection), and
 * - each interview on the calendar,
 * with the company, the job, the stage reached, the channel (where the posting was) and the contact.
 * The first stage ("Saved") is a wish list, not an application, so moves into it are left out; so is the
 * stage change an application is created with, which records when it was typed in, not an event.
 */

export interface ProofOptions {
  from: string;
  to: string;
}

export const PROOF_COLUMNS = ['Date', 'Company', 'Title', 'Stage Reached', 'Channel', 'Contact'] as const;

const base = (extra: string) => `
  SELECT ${extra}, a.id AS applicationId, coalesce(p.company, '') AS company, coalesce(p.title, '') AS title, p.url, p.email,
         (SELECT c.name || coalesce(' <' || c.email || '>', '') FROM contacts c WHERE c.application_id = a.id ORDER BY c.id LIMIT 1) AS contact,
         (SELECT c.email FROM contacts c WHERE c.application_id = a.id AND c.email != '' ORDER BY c.id LIMIT 1) AS contactEmail
  FROM applications a JOIN postings p ON p.id = a.posting_id`;

interface BaseRow {
  applicationId: number;
  company: string;
  title: string;
  url: string | null;
  email: string | null;
  contact: string | null;
  contactEmail: string | null;
}

/** The site of a web address (`jobs.example.com`); null for anything that is not an http(s) address with a host. */
function siteOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * Where the application went, as an office reading the report understands it: the site of the posting's
 * address, else the e-mail it was sent to (the posting's, then the first contact's). Never the name of the
 * file a posting was imported from: that is Pursuit's business, not the candidate's proof.
 */
function channel(r: BaseRow): string {
  const site = siteOf(r.url);
  if (site) return `Online: ${site}`;
  const email = r.email?.trim() || r.contactEmail;
  return email ? `E-mail: ${email}` : '';
}

export function proofOfApplications(db: Db, _dataDir: string | null, { from, to }: ProofOptions): ProofReport {
  // Instants are compared as UTC strings; the range's ends are the local midnights around it.
  const start = new Date(localNoon(from));
  start.setHours(0, 0, 0, 0);
  const end = addDays(new Date(localNoon(to)), 1);
  end.setHours(0, 0, 0, 0);
  const [startIso, endIso] = [start.toISOString(), end.toISOString()];

  const rows: ProofRow[] = [];
  const push = (r: BaseRow, date: string, stageReached: string) =>
    rows.push({
      date,
      company: r.company,
      title: r.title,
      stageReached,
      channel: channel(r),
      contact: r.contact ?? '',
      applicationId: r.applicationId,
    });

  const applied = db.prepare(`${base('a.date_applied AS d')} WHERE a.date_applied BETWEEN ? AND ?`).all(from, to) as (BaseRow & {
    d: string;
  })[];
  for (const r of applied) push(r, r.d, 'Applied');

  const firstStageId =
    (db.prepare('SELECT id FROM stages ORDER BY position, id LIMIT 1').get() as { id: number } | undefined)?.id ?? 0;
  const moves = db
    .prepare(
      `${base('sc.changed_at AS at, s.name AS stage')}
       JOIN stage_changes sc ON sc.application_id = a.id JOIN stages s ON s.id = sc.to_stage_id
       WHERE sc.from_stage_id IS NOT NULL AND sc.to_stage_id != ? AND lower(s.name) != 'applied'
         AND sc.changed_at >= ? AND sc.changed_at < ?`,
    )
    .all(firstStageId, startIso, endIso) as (BaseRow & { at: string; stage: string })[];
  for (const r of moves) push(r, localDay(r.at), r.stage);

  const interviews = db
    .prepare(
      `${base("e.day, e.starts_at AS startsAt, coalesce(nullif(e.round_name, ''), e.title) AS round")}
       JOIN events e ON e.application_id = a.id
       WHERE e.kind = 'interview' AND ((e.all_day = 1 AND e.day BETWEEN ? AND ?) OR (e.all_day = 0 AND e.starts_at >= ? AND e.starts_at < ?))`,
    )
    .all(from, to, startIso, endIso) as (BaseRow & { day: string | null; startsAt: string | null; round: string })[];
  for (const r of interviews) push(r, r.day ?? localDay(r.startsAt ?? ''), r.round ? `Interview: ${r.round}` : 'Interview');

  rows.sort((a, b) => a.date.localeCompare(b.date) || a.company.localeCompare(b.company) || a.applicationId - b.applicationId);
  return { from, to, candidateName: getExportSettings(db).candidateName || null, rows };
}

export function proofReportCsv(db: Db, dataDir: string | null, options: ProofOptions & { bom?: boolean }): CsvFile {
  const { rows } = proofOfApplications(db, dataDir, options);
  const cells = rows.map((r) => [
    r.date,
    neutralise(r.company),
    neutralise(r.title),
    neutralise(r.stageReached),
    neutralise(r.channel),
    neutralise(r.contact),
  ]);
  return {
    csv: writeCsv([...PROOF_COLUMNS], cells, options.bom ?? true),
    fileName: `pursuit-proof-of-applications-${options.from}-to-${options.to}.csv`,
    count: rows.length,
  };
}
