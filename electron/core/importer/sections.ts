/**
 * Which parts of a posting's text are this posting: blocks about other jobs ("Similar jobs",
 * "Ähnliche Jobs", "Empleos similares") are cut, and the header block (the lines above the body, where
 * boards put title, company and place) is told apart from the prose.
 */
import { allOf, alternationOf, LANGUAGES } from './lang';
import { namedCountry } from './places';

/**
 * A heading of other jobs, alone or with a short tail of up to three words ("Weitere Jobs für Sie", "More jobs
 * for you", "Altre offerte per te", "Ähnliche Jobs in Wien").
 */
const SIDEBAR_LINE = new RegExp(
  `^[\\s#*_>-]{0,8}(?:${alternationOf(allOf((l) => l.sidebarHeadings))})(?:\\s+[\\p{L}'’]{1,12}){0,3}[\\s:*_]{0,4}(?:\\(\\d{1,4}\\))?$`,
  'iu',
);

/**
 * Such a phrase opening a longer heading or a lead-in: "Andre job, der matcher din jobagent:", "Other jobs
 * matching your saved search:". Job alerts list their other jobs under these.
 */
const SIDEBAR_LEAD = new RegExp(`^[\\s#*_>-]{0,8}(?:${alternationOf(allOf((l) => l.sidebarHeadings))})(?=[\\s,;:–-])`, 'iu');
const SIDEBAR_LEAD_WORDS = 7;

/** Whether a line is the heading of a block about other jobs. */
export function isSidebarHeading(line: string): boolean {
  if (line.length > 80) return false;
  if (SIDEBAR_LINE.test(line)) return true;
  if (!SIDEBAR_LEAD.test(line)) return false;
  // A heading, not a sentence: a few words, no full stop; a longer one only as a heading (in capitals, or
  // marked up) or a lead-in (":").
  const text = line.replace(/^[\s#*_>-]+/, '').replace(/[\s*_]+$/, '');
  const words = text.split(/\s+/).length;
  if (/[.!?]$/.test(text) || words > SIDEBAR_LEAD_WORDS) return false;
  const capitals = /\p{Lu}/u.test(text) && text === text.toUpperCase();
  return words <= 5 || text.endsWith(':') || capitals || /^\s*#{1,6} /.test(line);
}

/**
 * The text without blocks about other jobs. Such a block runs from its heading to the next heading
 * (`#`) or to the end when it is the last part of the page; near the top (a board's left column) it ends
 * at the next heading or blank-line-separated paragraph longer than a list entry.
 */
export function withoutSidebars(markdown: string): string {
  const lines = withoutListedOthers(withoutRepeatedEntries(markdown.split('\n')));
  const leadIns = new Set(lines.map((l, i) => (isListLeadIn(lines, i) ? i : -1)).filter((i) => i >= 0));
  if (leadIns.size === 0 && !lines.some(isSidebarHeading)) return lines.join('\n');
  const out: string[] = [];
  let skipping = false;
  // A marked-up sidebar heading ("## Lignende job") runs to the next heading of its level or above: the
  // job cards under it carry their own smaller headings ("### IT-supporter"), which are still other jobs.
  let level = 6;
  for (const [i, line] of lines.entries()) {
    if (isSidebarHeading(line) || leadIns.has(i)) {
      skipping = true;
      level = headingLevel(line) ?? 6;
      continue;
    }
    const lineLevel = headingLevel(line);
    if (skipping && lineLevel !== null && lineLevel <= level) skipping = false;
    else if (skipping && line.length > 200) skipping = false;
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

/** The level of a markdown heading line (`## X` is 2), or null for any other line. */
function headingLevel(line: string): number | null {
  const m = /^\s{0,3}(#{1,6}) /.exec(line);
  return m ? (m[1] ?? '').length : null;
}

const LIST_ITEM = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s+\S/u;
const URL_IN_LINE = /https?:\/\/\S+/;

/**
 * A lead phrase of other jobs opening a longer line ("Andre job du måske vil synes om", "Other jobs you
 * might want to look at") is a heading when a list or another job's entry block follows it: the list says
 * the line heads entries, not a sentence about them.
 */
function isListLeadIn(lines: readonly string[], at: number): boolean {
  const line = lines[at] ?? '';
  if (line.length > 80 || !SIDEBAR_LEAD.test(line)) return false;
  const text = line.replace(/^[\s#*_>-]+/, '').replace(/[\s*_:]+$/, '');
  if (/[.!?]$/.test(text) || text.split(/\s+/).length > 10) return false;
  let next = at + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  return LIST_ITEM.test(lines[next] ?? '') || entryBlockEnd(lines, next) > next;
}

/**
 * Another job's entry in a list of jobs (an alert's or a board's): a paragraph of three to five short lines,
 * none of them a sentence, the first naming the job without a link, one joining employer, town or facts
 * ("Acme GmbH – Essen · Praktikum"), the last being the link to it. Returns the line after the paragraph,
 * or `at` when the paragraph is no such entry.
 */
function entryBlockEnd(lines: readonly string[], at: number): number {
  let end = at;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  const block = lines.slice(at, end).map((l) => l.trim());
  if (block.length < 3 || block.length > 5) return at;
  const last = block[block.length - 1] ?? '';
  const first = block[0] ?? '';
  if (!URL_IN_LINE.test(last) || last.replace(URL_IN_LINE, '').length > 40 || /[:：]$/.test(first)) return at;
  const middle = block.slice(1, -1);
  if (block.slice(0, -1).some((l) => l.length > 200 || /[.!?]$/.test(l) || URL_IN_LINE.test(l))) return at;
  return middle.some((l) => /\s[–—·|-]\s|,\s/.test(l)) ? end : at;
}

/**
 * Alerts and job lists repeat one block shape per job (title line, employer and town, facts, link). The
 * posting is the first job: a run of two or more such blocks after the posting's own link, or following the
 * posting's own block of that shape, is other jobs even without a heading over it.
 */
function withoutRepeatedEntries(lines: readonly string[]): string[] {
  const firstLink = lines.findIndex((l) => URL_IN_LINE.test(l));
  if (firstLink < 0) return [...lines];
  const cut = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? '').trim() === '' || (i > 0 && (lines[i - 1] ?? '').trim() !== '')) continue;
    const blocks: [number, number][] = [];
    let end = i;
    for (;;) {
      const next = entryBlockEnd(lines, end);
      if (next === end) break;
      blocks.push([end, next]);
      end = next;
      while (end < lines.length && (lines[end] ?? '').trim() === '') end++;
    }
    if (blocks.length < 2) continue;
    const [runStart, firstEnd] = blocks[0] ?? [i, i];
    // After the posting's description and link, the whole run is other jobs; else the run's first block
    // is the posting itself (a short alert entry) and only the ones after it go.
    const described = firstLink < runStart && lines.slice(0, runStart).some((l) => l.length >= 100);
    for (let j = described ? runStart : firstEnd; j < end; j++) cut.add(j);
    i = end - 1;
  }
  return lines.filter((_, j) => !cut.has(j));
}

const ENTRY_SEPARATOR = /\s[–—·|-]\s/g;
const LEAD_END = /[.!?;,]$/;

/**
 * After the posting's description and its link ("View job: https://…"), a short line that is no sentence,
 * followed at once by two or more one-line entries of other jobs ("Forklift Operator - Kempton Park -
 * Temporary", "Estágio — Niterói - RJ · Estágio"), each joining title, place and facts with two or more
 * separators, is a lead-in of other jobs in any wording ("You might also like", "Outras vagas que podem te
 * interessar"): the lead-in and its entries are cut.
 */
function withoutListedOthers(lines: readonly string[]): string[] {
  const described = lines.findIndex((l) => l.length >= 100 || (l.length >= 40 && /[.!?]$/.test(l.trim())));
  if (described < 0) return [...lines];
  // The posting's link; an HTML alert's text keeps no addresses, so its first long description line.
  const linked = lines.findIndex((l, i) => i > described && URL_IN_LINE.test(l));
  const link = linked >= 0 ? linked : lines.findIndex((l) => l.length >= 100);
  if (link < 0) return [...lines];
  const cut = new Set<number>();
  for (let i = link + 1; i < lines.length; i++) {
    const lead = (lines[i] ?? '').trim().replace(/^#{1,6} /, '');
    if (lead === '' || lead.length > 80 || LEAD_END.test(lead) || URL_IN_LINE.test(lead) || lead.split(/\s+/).length > 9)
      continue;
    // Entries one a line, or one a paragraph (an HTML alert's <p> each).
    let end = i + 1;
    let entries = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim() === '') continue;
      if (!isListedEntry(l)) break;
      entries++;
      end = j + 1;
    }
    if (entries < 2) continue;
    for (let j = i; j < end; j++) cut.add(j);
    i = end - 1;
  }
  return lines.filter((_, j) => !cut.has(j));
}

function isListedEntry(line: string): boolean {
  const t = line.trim().replace(/^(?:[-*•]|\d{1,2}[.)])\s+/u, '');
  return t !== '' && t.length <= 200 && !/[.!?]$/.test(t) && (t.match(ENTRY_SEPARATOR) ?? []).length >= 2;
}

const CHROME_WORDS = alternationOf(allOf((l) => l.chrome));
/** One chrome item, or a row of them ("Opslaan   Delen", "Save · Share"): buttons copied side by side. */
const CHROME_LINE = new RegExp(
  `^[\\s#*_>|•·-]{0,6}(?:${CHROME_WORDS})(?:[\\s|•·/]{1,8}(?:${CHROME_WORDS})){0,3}[\\s*_:|»›>]{0,4}$`,
  'iu',
);
const SKIP_LINK = new RegExp(
  `^[\\s#*_>|•·-]{0,6}(?:[\\p{L}-]+\\s+){1,2}(?:${alternationOf(allOf((l) => l.skipLinkTargets))})(?:\\s+[\\p{L}-]+)?[\\s*_:|»›>]{0,4}$`,
  'iu',
);
/** Board names that head copied pages (the site's own name is never the job's title or employer). */
const BOARD_NAMES = [
  'LinkedIn',
  'Indeed',
  'Glassdoor',
  'StepStone',
  'Xing',
  'Workday',
  'Greenhouse',
  'Lever',
  'Personio',
  'Welcome to the Jungle',
  'Monster',
  'InfoJobs',
  'Jobindex',
  'Jobnet',
  'Work in Denmark',
  'Nationale Vacaturebank',
  'Werk.nl',
  'France Travail',
  'Pôle emploi',
  'APEC',
  'Bundesagentur für Arbeit',
  'Arbeitsagentur',
  'SmartRecruiters',
  'Recruitee',
  'Teamtailor',
  'BambooHR',
  'Workable',
  'JOIN',
  'Otta',
  'Wellfound',
  'Hays',
  'Randstad',
  'InfoJob',
  'Net-Empregos',
  'Indeed.com',
];
const BOARD_LINE = new RegExp(
  `^[\\s#*_]{0,4}(?:${alternationOf(BOARD_NAMES)})(?:\\.(?:com|de|fr|es|nl|dk|it|pt))?[\\s*_]{0,4}$`,
  'iu',
);
const BOARD_SUFFIX = new RegExp(`\\s[|–—·-]\\s(?:${alternationOf(BOARD_NAMES)})(?:\\.(?:com|de|fr|es|nl|dk|it|pt))?\\s*$`, 'iu');

/**
 * A site's own address as its heading, with the country edition it serves ("buscojobs-like.example
 * Uruguay", "www.jobboerse.example Österreich"): the board, never the job's title or employer. A bare
 * domain stays readable (a company may be called "Booking.com").
 */
const SITE_EDITION =
  /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}(?:\s[|–—·-])?\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)$/u;

function siteEditionLine(t: string): boolean {
  const edition = SITE_EDITION.exec(t)?.[1];
  return edition !== undefined && namedCountry(edition) === edition;
}
const WWW_LINE = /^www\.[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/u;

/** Navigation, sign-in, a board's name: a line no field is read from as a title or company. */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > 60) return false;
  return CHROME_LINE.test(t) || SKIP_LINK.test(t) || BOARD_LINE.test(t) || siteEditionLine(t) || WWW_LINE.test(t);
}

export function isBoardName(name: string): boolean {
  return BOARD_LINE.test(name.trim());
}

/** "Senior Engineer - Acme | LinkedIn" without the board's own suffix. */
export function withoutBoardSuffix(title: string): string {
  return title.replace(BOARD_SUFFIX, '').trim();
}

/**
 * A breadcrumb trail ("Jobs > IT > Berlin", "Home / Jobs / Engineering jobs / Bristol"): three or more steps
 * joined by an arrow, or four or more joined by slashes. It says where the page sits, never what the job is
 * ("Accounts Payable / Receivable" is two steps, a title).
 */
const CRUMB_ARROW = /\s[>›»→]\s/g;
const CRUMB_SLASH = /\s\/\s/g;
export function isBreadcrumb(line: string): boolean {
  const t = line.trim();
  if (t.length > 200) return false;
  return (t.match(CRUMB_ARROW) ?? []).length >= 2 || (t.match(CRUMB_SLASH) ?? []).length >= 3;
}

/**
 * Menus: four or more short items joined by bars or bullets, or items that are navigation words. A
 * header's facts line ("Vollzeit · Festanstellung · Kiel") has fewer items and is no menu.
 */
export function isMenuLine(line: string): boolean {
  const parts = line.split(/\s[|•·]\s/);
  if (parts.length < 2 || !parts.every((p) => p.trim().length <= 30)) return false;
  return parts.length >= 4 || parts.some((p) => isChromeLine(p));
}

const BODY_HEADING = new RegExp(`^(?:#{2,6} |(?:${alternationOf(allOf((l) => l.bodyHeadings))})[\\s:]*$)`, 'iu');

/** A heading that opens the body in some language ("Job description", "Le poste", "Ihre Aufgaben"). */
export function isBodyHeading(line: string): boolean {
  return BODY_HEADING.test(line.trim().replace(/^#{1,6} /, ''));
}

/** The header block: the lines above the body (first long paragraph or body heading), at most 25. */
export function headerLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  // Pages without an h1 put the title in an h2 (Workday, WTTJ): the page's first heading, whatever its
  // level, is the header's title and does not end it; a named body heading ("Descriptif du poste") does.
  let sawHeading = false;
  for (let i = 0; i < lines.length && out.length < 25; i++) {
    const line = lines[i] ?? '';
    if (line.length > 200) break;
    const t = line.trim();
    const markHeading = /^#{1,6} /.test(t);
    const firstHeading = markHeading && !sawHeading && !isBodyHeading(t);
    if (markHeading) sawHeading = true;
    if (i > 0 && !firstHeading && BODY_HEADING.test(t) && out.some((l) => l.trim() !== '')) break;
    out.push(line);
  }
  return out;
}

export const SUPPORTED_LANGUAGES = LANGUAGES.map((l) => l.code);

const SIGN_OFF = new RegExp(`^\\s*(?:${alternationOf(allOf((l) => l.signOffs))})\\s*[,.!]?\\s*$`, 'iu');

/**
 * The lines before an e-mail's signature ("Best,", "Mit freundlichen Grüßen"): the sender's name and job
 * title under it are not the posting's title.
 */
export function beforeSignOff(lines: readonly string[]): readonly string[] {
  const at = lines.findIndex((l, i) => i > 2 && l.length <= 40 && SIGN_OFF.test(l));
  return at < 0 ? lines : lines.slice(0, at);
}

const PEOPLE_HEADING = new RegExp(`^[\\s#*_]{0,8}(?:${alternationOf(allOf((l) => l.peopleHeadings))})[\\s:*_]{0,4}$`, 'iu');

/**
 * The lines with blocks about people blanked ("Meet the hiring team" / a name / "Head of Brand at X"):
 * from such a heading to the next blank line, at most six lines. The line count stays the same.
 */
export function withoutPeopleBlocks(lines: readonly string[]): readonly string[] {
  if (!lines.some((l) => l.length <= 60 && PEOPLE_HEADING.test(l))) return lines;
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if ((out[i] ?? '').length > 60 || !PEOPLE_HEADING.test(out[i] ?? '')) continue;
    out[i] = '';
    for (let j = i + 1; j < out.length && j <= i + 6 && (out[j] ?? '').trim() !== ''; j++) out[j] = '';
  }
  return out;
}
