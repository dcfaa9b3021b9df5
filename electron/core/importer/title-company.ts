/** Title and company from the prose of a posting, when no markup or label states them. */
import {
  ACRONYM,
  CandidateSet,
  companiesInSentences,
  companyBesidePlace,
  companyFromAtLine,
  firstHeaderLabel,
  isCareerSiteLine,
  LEGAL_FORM,
  looksLikeJobTitle,
  onlyFunctionWords,
  pageTitleParts,
  placeShapedName,
  splitPageTitle,
  type Choice,
} from './candidates';
import { allOf, alternationOf, phraseSource, wordsPattern } from './lang';
import { employerLineValue, firstLabelValue, isLabelLine } from './labels';
import { bodyText, companyFromPostedBy, domainNames, employerBeforePlace, placesInText, wholeNameIn } from './company-signals';
import { firstNamedCity, namedCountry } from './places';
import { neverATitle } from './title-shapes';
import { headerLines, isBodyHeading, isBoardName, isBreadcrumb, isChromeLine, isMenuLine } from './sections';
import { employmentFromValues, workplaceFromValue } from './work-terms';

const WORK_TERM = { test: (t: string) => employmentFromValues([t]) !== null || workplaceFromValue(t) !== null };

/** Gender markers German, French and Spanish boards add to titles: (m/w/d), (f/m/x), (H/F), (all genders). */
const GENDER_MARKER =
  /(?:(?<!\s)\s+)?[([]\s*(?:(?:[mwfdxhnMWFDXHN]|div|divers|inter|trans|\*)(?:\s*[/|,;]\s*(?:[mwfdxhnMWFDXHN]|div|divers|inter|trans|\*)){1,3}|all\s+genders?|gn\*?|genderneutral|w\/m|m\/f)\s*[)\]]/g;
const TRAILING_MARKER = /(?<!\s)\s*[-–,]?\s*(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|f\/m\/x|h\/f|f\/h)\s*$/i;

export function stripGenderMarker(title: string): string {
  return title.replace(GENDER_MARKER, '').replace(TRAILING_MARKER, '').replace(/\s+/g, ' ').trim();
}

const SECTION_WORDS =
  /^(?:about(?: us| the (?:role|job|company|team))?|overview|summary|job description|description|responsibilities|requirements|qualifications|benefits|what we offer|role details|job details|introduction|company|welcome|hello|hi|dear|hallo|hola|bonjour|guten tag|sehr geehrte)\b/i;
const GREETING = /^(?:hi|hello|hey|dear|hallo|liebe[rs]?|hola|estimad[oa]|bonjour|cher|chère)\b/i;

function plausibleTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 110) return false;
  if (t.split(/\s+/).length > 14) return false;
  if (/[.!]$|@|https?:\/\/|^\d/.test(t)) return false;
  if (isLabelLine(t) || SECTION_WORDS.test(t) || GREETING.test(t) || isBodyHeading(t) || isBreadcrumb(t)) return false;
  if (neverATitle(t)) return false;
  return /\p{L}/u.test(t);
}

export interface TitleHints {
  /** A title the markup states (the page's single h1). */
  strong?: string | null;
  /** A weaker source (an e-mail subject). */
  subject?: string | null;
  /** The page's og:title, board suffix and all. */
  pageTitle?: string | null;
  /** The page's <title>. */
  docTitle?: string | null;
  /** The page's og:site_name: a career site's own name is its employer's, a job board's is not. */
  siteName?: string | null;
  /** The page's own address (canonical, og:url): its domain's name is the site's, maybe a job board's. */
  url?: string | null;
}

const LEGAL_FORM_AT_END = new RegExp(`(?:${LEGAL_FORM.source})\\s*$`, 'u');

/** A line that could be a name: short, capitalised, no digits, not a label, place, or job title. */
function nameShaped(line: string): boolean {
  const t = line.trim();
  // A trailing dot ends a sentence, unless it is a legal form's ("Van der Wal B.V.", "Lda.").
  const endsInForm = LEGAL_FORM_AT_END.test(t);
  if (t.length < 3 || t.length > 60 || /\d|@|https?:/.test(t) || (!endsInForm && /[.!?:]$/.test(t)) || !/^\p{Lu}/u.test(t))
    return false;
  if (
    isLabelLine(t) ||
    SECTION_WORDS.test(t) ||
    isChromeLine(t) ||
    isMenuLine(t) ||
    isBreadcrumb(t) ||
    (looksLikeJobTitle(t) && !endsInForm) ||
    companyBesidePlace(t)
  )
    return false;
  if (firstNamedCity(t) === t || namedCountry(t) === t) return false;
  return !WORK_TERM.test(t);
}

const UNIT_SEPARATOR = /\s[|·•–—-]\s|\s*\|\s*/;

/**
 * A line naming an employer with its legal form, maybe after a unit's acronym or name ("ZLM | Klinikum
 * Oberweser gGmbH", "Controlling – Hafenwerke AG"): the employer's part, else null.
 */
export function employerLine(line: string): string | null {
  const t = line.trim().replace(/^#{1,6} /, '');
  if (t.length > 120) return null;
  const parts = t.split(UNIT_SEPARATOR).map((p) => p.trim());
  if (parts.length > 3) return null;
  const named = parts.filter((p) => LEGAL_FORM_AT_END.test(p) && nameShaped(p));
  return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * "Marés do Sado – Turismo Náutico, Lda.": a name before a dash that the text names on its own elsewhere
 * ("A Marés do Sado organiza ...") is the brand of one company, not a unit: the whole line is its name.
 */
function brandDashLegalName(line: string, legal: string, lines: readonly string[]): boolean {
  const m = /^(.+?)\s[–—-]\s(.+)$/.exec(line);
  const brand = m?.[1]?.trim();
  if (!brand || m?.[2]?.trim() !== legal || brand.split(/\s+/).length < 2 || !nameShaped(brand)) return false;
  return lines.some((l) => l.trim() !== line && l.includes(brand));
}

/** Every title candidate, scored; `value` is the winner. */
export function chooseTitle(lines: readonly string[], hints: TitleHints = {}): Choice {
  const set = new CandidateSet();
  const header = headerLines(lines);
  // A gender marker ("(m/w/d)") says "job title" even when the role noun is not in the tables; the
  // marker is stripped from the value, so the shape is noted before.
  const markedShape = new Set<string>();
  const add = (value: string | null | undefined, score: number, reason: string) => {
    if (!value) return;
    const t = stripGenderMarker(withoutMoreJobs(value.replace(/^#{1,6} /, '')));
    if (!plausibleTitle(t) || isChromeLine(t) || isBoardName(t) || isCareerSiteLine(t)) return;
    set.add(t, score, reason);
    if (looksLikeJobTitle(value)) markedShape.add(t.replace(/\s+/g, ' ').toLowerCase());
  };
  if (hints.strong) add(hints.strong, 90, "the page's h1");
  const labelled = firstLabelValue(lines, 'title');
  if (labelled) {
    // "Functie: Planner" in the header states the title outright, over a generic heading ("Vacature").
    // Below the body's start a label whose value names no role is a classification field
    // ("Role: Accounts Payable / Receivable" beside "Industry Type:", "Department:").
    const inHeader = labelled.line < header.length + 2;
    if (inHeader) add(labelled.value, 95, 'labelled title in the header');
    else if (looksLikeJobTitle(labelled.value)) add(labelled.value, 85, 'labelled title');
    else add(labelled.value, 70, 'labelled title below the body start, naming no role');
  }
  for (const t of [hints.pageTitle, hints.docTitle])
    if (t) add(splitPageTitle(t).title, 70, 'og:title / <title> without the site name');
  const labelAt = firstHeaderLabel(lines);
  if (labelAt !== null) {
    // A dated or paid line just above the labels ("Publicado: 05/01/2027", "Publicado em 4 de janeiro de
    // 2027") is passed over: the title sits above it.
    for (let i = labelAt - 1; i >= 0 && i >= labelAt - 3; i--) {
      const line = (lines[i] ?? '').trim();
      if (line === '' || isChromeLine(line) || neverATitle(line)) continue;
      if (!isLabelLine(line) && !companyBesidePlace(line)) add(line, 65, 'the line above the company/location labels');
      break;
    }
  }
  const heading = lines.find((l) => l.startsWith('# ') && !isChromeLine(l.slice(2)));
  if (heading) add(heading, 60, 'first # heading');
  // Pages without an h1 put the title in an h2 (Workday, Lever): the first sub-heading near the top, and
  // more so when the page's <title> names it too.
  const top = lines.slice(0, 40);
  const subHeading = heading ? undefined : top.find((l) => /^#{2,3} /.test(l) && !isChromeLine(l.replace(/^#+ /, '')));
  if (subHeading) add(subHeading, 45, 'first sub-heading near the top');
  const headings = new Set(
    top.filter((l) => /^#{1,6} /.test(l)).map((l) => stripGenderMarker(l.replace(/^#+ /, '')).toLowerCase()),
  );
  for (const t of [hints.pageTitle, hints.docTitle])
    for (const part of t ? pageTitleParts(t) : [])
      if (headings.has(stripGenderMarker(part).toLowerCase())) add(part, 70, 'og:title / <title> part that is also a heading');
  if (hints.subject) {
    const subject = subjectTitle(hints.subject);
    const bare = subject ? withoutStatedPlace(subject, lines) : null;
    if (bare) add(bare, 55, 'e-mail subject without the place the body states');
    else add(subject, 55, 'e-mail subject');
    const opening = subject ? bodyLineOpeningSubject(subject, lines) : null;
    if (opening) add(opening, 62, 'a body line that opens the e-mail subject (its place or note after it dropped)');
  }
  // Board headers stack title, employer, place: the line above the employer's own line is the title.
  const employers = new Set(companiesInSentences(lines).map((c) => c.name.toLowerCase()));
  const employerAt = header.findIndex((l) => {
    const t = l.trim().replace(/^#{1,6} /, '');
    if (employers.has(t.toLowerCase()) || (nameShaped(t) && LEGAL_FORM_AT_END.test(t))) return true;
    // "Kempen Metaalbouw NV – Geel", "Limmatwerk Logistik AG · Zürich": the employer beside its place.
    const beside = companyBesidePlace(t);
    return beside !== null && nameShaped(beside.company) && LEGAL_FORM_AT_END.test(beside.company);
  });
  for (let i = employerAt - 1; employerAt > 0 && i >= 0; i--) {
    const line = (header[i] ?? '').trim();
    if (line === '') continue;
    if (!isChromeLine(line) && !isMenuLine(line)) add(line, 60, "the line above the employer's own line");
    break;
  }
  // "Accueil › Emplois › Sherbrooke › Adjoint administratif": a trail's last step that the next line repeats
  // is the page's own heading, the job's title (a trail ending in a category is not repeated so).
  for (const [i, line] of header.entries()) {
    if (!isBreadcrumb(line.trim())) continue;
    const last =
      line
        .trim()
        .split(/\s[>›»→/]\s/)
        .pop()
        ?.trim() ?? '';
    const next = header.slice(i + 1, i + 4).find((l) => l.trim() !== '');
    if (
      last.length >= 3 &&
      next &&
      stripGenderMarker(next.trim().replace(/^#{1,6} /, '')).toLowerCase() === stripGenderMarker(last).toLowerCase()
    )
      add(next, 70, "the breadcrumb's last step, repeated on the line below");
  }
  // A breadcrumb trail below the chrome ("Inicio > Empleos > Montevideo > ...") is chrome too.
  const first = header.find(
    (l) => l.trim() !== '' && !isChromeLine(l) && !isMenuLine(l) && !isCareerSiteLine(l) && !isBreadcrumb(l.trim()),
  );
  if (first) add(first, 40, 'first line after page chrome');
  for (const line of header) {
    if (line.trim() !== '' && looksLikeJobTitle(line) && !isMenuLine(line)) add(line, 45, 'header line shaped like a job title');
  }
  // Some career sites give no title line, only the job area path ("Engineering > Machine Learning Engineering").
  const area = firstLabelValue(lines, 'jobArea');
  if (area) add(area.value.split(/(?:(?<!\s)\s+)?[>›»/]\s*/).pop(), 20, 'last step of the job area path');
  set.adjust((v) => looksLikeJobTitle(v) || markedShape.has(v.toLowerCase()), 15, 'shaped like a job title');
  // A heading that names no role ("Onze vacature", "Notre offre d'emploi") beside a header label that does.
  const shaped = (v: string) => looksLikeJobTitle(v) || markedShape.has(v.toLowerCase());
  if (labelled && labelled.line < header.length + 2 && shaped(labelled.value))
    set.adjust((v) => !shaped(v), -25, 'a generic heading beside a labelled title');
  // "Nouvelle offre pour votre alerte", "Werkwijzer · Jobbericht", "New job for “boekhouder” near Kortrijk":
  // an alert e-mail's own heading or its saved search, never the job's title.
  set.adjust(isAlertText, -60, "a job alert's own heading or saved search");
  // "Jobboom-like" over a page whose footer gives aide@jobboom-like.example: a web or mail domain's name is
  // the site's (a board's logo line), never a job's title.
  const domains = domainNames(lines);
  set.adjust((v) => domains.has(v.toLowerCase().replace(/\s+/g, '')), -40, "the name of a domain the text gives (a site's)");
  // "ZLM | Klinikum Oberweser gGmbH", "Nordlicht Pflege GmbH": an employer's line (a legal form closes it),
  // not a job's title.
  set.adjust((v) => employerLine(v) !== null && !looksLikeJobTitle(v), -40, "an employer's name with its legal form");
  // The employer's own name (its sentences, the career site's name) is not the job's title.
  const names = new Set(
    [...companiesInSentences(lines).map((c) => c.name), hints.siteName ?? ''].filter((n) => n).map((n) => n.toLowerCase()),
  );
  set.adjust((v) => names.has(v.toLowerCase()), -40, "the employer's name, not a job title");
  return set.choose();
}

/** "and 3 more jobs", "und 3 weitere passende Jobs", "e altre 4 offerte" (lang/xx.ts `moreJobsTails`), to the end. */
const MORE_JOBS = new RegExp(
  String.raw`\s*[-–—,·|:]?\s*(?<![\p{L}\p{N}])(?:${[...new Set(allOf((l) => l.moreJobsTails))]
    .sort((a, b) => b.length - a.length)
    .map((p) => phraseSource(p.replace(/(?<![\p{L}])N(?![\p{L}])/gu, '\u0000')).replaceAll('\u0000', String.raw`\d{1,4}`))
    .join('|')})(?![\p{L}]).*$`,
  'iu',
);

/** A subject or heading without its alert's "and N more jobs" tail (the whole text when nothing is left). */
export function withoutMoreJobs(text: string): string {
  const bare = text.replace(MORE_JOBS, '').trim();
  return bare.length >= 3 ? bare : text;
}

/** Every language's alert words (lang/xx.ts `alertPhrases`). */
const ALERT_PHRASE = wordsPattern(allOf((l) => l.alertPhrases));
/** A search term in quotes ("für „Buchhalter“", "voor “boekhouder”"). */
const QUOTED = /[“„«"‘‚][^“”„«»"‘’‚]{2,60}[”“»"’‘]/gu;

/** An alert's heading, or a line quoting the alert's search whose words outside the quotes name no role. */
export function isAlertText(value: string): boolean {
  if (ALERT_PHRASE.test(value)) return true;
  return value.replace(QUOTED, ' ') !== value && !looksLikeJobTitle(value.replace(QUOTED, ' '));
}

export function titleFromText(lines: readonly string[], hints: TitleHints = {}): string | null {
  return chooseTitle(lines, hints).value;
}

const SUBJECT_PREFIX = /^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+/i;
const SUBJECT_LEAD =
  /^(?:(?:new\s+)?(?:job\s+)?(?:opportunity|opening|role|position|vacancy|offer|title)|stellenangebot|neue\s+stelle|stelle|puesto|vacante|poste|oferta(?:\s+de\s+empleo)?|offre(?:\s+d['’]emploi)?)\s*[:\-–]\s*/i;

/** A job alert's lead before the title ("New job:", "Neue Stelle –", "Nuova offerta per te:"), from lang/xx.ts. */
const ALERT_LEAD = new RegExp(
  String.raw`^(?:${alternationOf(allOf((l) => l.subjectLeads))})(?![\p{L}])(?:\s+\p{L}\p{Ll}{0,5}){0,3}\s*[:：\-–—]\s*`,
  'iu',
);
/** Any short lead up to a colon that names no role ("Für dich ausgewählt: ...", "3 new matches: ..."). */
const SHORT_LEAD = /^([^:：]{2,40})[:：]\s+(?=\S)/u;

/** "in", "à", "i", "em" before a place, in each language read ("Lagerleder i Kolding", "Magasinier à Lyon"). */
const PLACE_PREPOSITIONS = ['in', 'at', 'bei', 'à', 'a', 'en', 'i', 'em', 'no', 'na', 'te', 'op'];
const TRAILING_PLACE = new RegExp(
  `^(.{3,80}?)\\s(?:${PLACE_PREPOSITIONS.join('|')})\\s(\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’.-]*){0,2})$`,
  'u',
);

/**
 * An alert's subject "TITLE i PLACE" whose body gives TITLE on its own line and PLACE elsewhere: the
 * title is TITLE, the place is the location's (null when the subject is not so built).
 */
function withoutStatedPlace(subject: string, lines: readonly string[]): string | null {
  const m = TRAILING_PLACE.exec(subject.trim());
  const title = m?.[1]?.trim();
  const place = m?.[2];
  if (!title || !place) return null;
  const own = lines.some((l) => l.trim().replace(/^#+ /, '').toLowerCase() === title.toLowerCase());
  const placed = lines.some((l) => l.includes(place) && l.trim().toLowerCase() !== subject.trim().toLowerCase());
  return own && placed ? title : null;
}

/** What may follow the title in a subject: a separator, a bracket or a place preposition ("in Linz – ..."). */
const SUBJECT_REST = new RegExp(String.raw`^\s*(?:[-–—|·,(:]|\s(?:${PLACE_PREPOSITIONS.join('|')})\s)`, 'u');

/**
 * "Teamleitung Disposition in Linz – vertrauliche Anfrage" over a body whose own line says "Teamleitung
 * Disposition": the subject's opening that the body gives on its own line is the title, the rest is the
 * sender's note or place (in the subject's own letter case; null when no body line so opens it).
 */
function bodyLineOpeningSubject(subject: string, lines: readonly string[]): string | null {
  const lower = subject.toLowerCase();
  for (const line of lines.slice(0, 80)) {
    const t = stripGenderMarker(line.trim().replace(/^#{1,6} /, ''));
    if (t.length < 3 || t.length >= subject.length || !plausibleTitle(t)) continue;
    if (lower.startsWith(t.toLowerCase()) && SUBJECT_REST.test(subject.slice(t.length))) return subject.slice(0, t.length);
  }
  return null;
}

export function subjectTitle(subject: string): string | null {
  let s = withoutMoreJobs(subject.replace(SUBJECT_PREFIX, '').replace(SUBJECT_LEAD, '').replace(ALERT_LEAD, '').trim());
  const lead = SHORT_LEAD.exec(s);
  if (lead && !looksLikeJobTitle(lead[1] ?? '') && looksLikeJobTitle(s.slice(lead[0].length))) s = s.slice(lead[0].length);
  s = s.split(/\s+(?:at|@|bei|en|chez|à|presso|bij|hos|na|em)\s+(?=\p{Lu})/u)[0] ?? s;
  // A place or workplace in brackets after the title ("(Berlin)", "(hybrid)") is not part of it.
  s = stripGenderMarker(s)
    .replace(/(?<!\s)\s*[([][^()[\]]*[)\]]\s*$/, '')
    .trim();
  // "Addetto/a contabilità - Bergamo": a place after a dash is where, not what.
  const place = subjectPlace(s);
  if (place) s = s.slice(0, place.at).trim();
  return plausibleTitle(s) ? s : null;
}

/** The place after a dash at the end of a subject ("Finance Partner - Bristol (hybrid)"), if it is one. */
export function subjectPlace(subject: string): { place: string; at: number } | null {
  const s = subject.replace(/(?<!\s)\s*[([][^()[\]]*[)\]]\s*$/, '').trim();
  const dash = /\s[-–—|·]\s([^-–—|·]{2,40})$/u.exec(s);
  const after = dash?.[1]?.trim() ?? '';
  const place = firstNamedCity(after) ?? namedCountry(after);
  return dash && place && after.length - place.length <= 8 ? { place: after, at: dash.index } : null;
}

/** The company an e-mail subject names after "at" ("Senior Engineer at Acme GmbH"). */
export function companyFromSubject(subject: string): string | null {
  const m = /\s(?:at|@|bei|chez)\s+(\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}?)\s*(?:[([|].*)?$/u.exec(subject.replace(SUBJECT_PREFIX, ''));
  return m?.[1]?.trim() || null;
}

/** Every company candidate, scored; `value` is the winner. */
export function chooseCompany(
  lines: readonly string[],
  hints: TitleHints & { company?: string | null } = {},
  chosenTitle: string | null = null,
): Choice {
  const set = new CandidateSet();
  const add = (value: string | null | undefined, score: number, reason: string) => {
    const v = value?.trim();
    // A pronoun or function word ("Je", "Wir", "Nous") is never an employer, whichever signal gave it.
    if (v && v.length <= 100 && !isChromeLine(v) && !isBoardName(v) && !onlyFunctionWords(v)) set.add(v, score, reason);
  };
  add(hints.company, 95, 'stated by the markup');
  const labelled = firstLabelValue(lines, 'company');
  if (labelled) add(labelled.value, 90, 'labelled company/employer');
  for (const line of headerLines(lines)) {
    const beside = companyBesidePlace(line);
    if (beside) add(beside.company, 75, 'beside the place in the header ("Acme · Berlin")');
  }
  for (const t of [hints.pageTitle, hints.docTitle]) {
    if (!t) continue;
    const parts = pageTitleParts(t);
    const titleAt = chosenTitle ? parts.findIndex((p) => stripGenderMarker(p).toLowerCase() === chosenTitle.toLowerCase()) : -1;
    // The <title>'s other part, whichever side the chosen title stands on ("Weinhaus Sommer – Lagerist").
    if (titleAt >= 0 && parts.length === 2) add(parts[1 - titleAt], 60, 'og:title / <title> beside the job title');
    else add(splitPageTitle(t).company, 60, 'og:title / <title> after the job title');
  }
  const header = headerLines(lines);
  for (const line of header) add(companyFromAtLine(line), 70, 'header line "at X"');
  // "Recruiter Harrowgate Housing Trust", "Empresa Acme SpA": a label with no colon; the name must carry a
  // legal form or be given again in the posting's own text (so a label word opening a sentence names no one).
  for (const line of header) {
    const name = employerLineValue(line);
    const elsewhere = () => wholeNameIn(bodyText(lines.filter((l) => l !== line)), name ?? '');
    if (name && nameShaped(name) && (LEGAL_FORM.test(name) || elsewhere()))
      add(name, 85, 'a header line labelling the employer without a colon');
  }
  for (const line of header) add(companyFromPostedBy(line), 65, 'header line "posted ... by X" with a legal form');
  // The short line right under the title is the employer on most board pages ("Kielwasser Software GmbH").
  const titleAt = header.findIndex((l) => chosenTitle !== null && stripGenderMarker(l.replace(/^#{1,6} /, '')) === chosenTitle);
  const below = titleAt >= 0 ? header.slice(titleAt + 1).find((l) => l.trim() !== '') : undefined;
  const employerBelow = below ? employerLine(below) : null;
  const employerAndPlace = below ? employerBeforePlace(below.trim()) : null;
  if (employerBelow && below && employerBelow !== below.trim() && brandDashLegalName(below.trim(), employerBelow, lines))
    add(below.trim(), 70, 'the line under the title, a brand the text names and its legal name after a dash');
  else if (employerBelow && employerBelow !== below?.trim())
    add(employerBelow, 70, 'the line under the title, its unit prefix dropped ("ZLM | Acme GmbH")');
  else if (employerAndPlace) add(employerAndPlace, 70, 'the line under the title, with a legal form, before its place');
  else if (below && nameShaped(below)) {
    // With a legal form ("Conservas del Cantábrico S.L.", "Rheinhafen Logistik AG") it is surely the employer.
    if (LEGAL_FORM_AT_END.test(below.trim())) add(below.trim(), 70, 'the line under the title, with a legal form');
    else add(below.trim(), 50, 'the line under the title');
  }
  for (const c of companiesInSentences(lines)) add(c.name, c.score, c.reason);
  if (hints.subject) add(companyFromSubject(hints.subject), 45, 'e-mail subject "at X"');
  // "Conservas del Cantábrico" and "Conservas del Cantábrico S.L." are one employer: the full name keeps both.
  set.mergeInto(
    (short, full) => full.startsWith(`${short} `) && LEGAL_FORM_AT_END.test(full) && full.length - short.length <= 12,
    'the same name with its legal form',
  );
  set.adjust((v) => LEGAL_FORM.test(v), 10, 'has a legal form');
  // "Zapopan, Jalisco" from a page title "X en Zapopan, Jalisco": a place, not an employer.
  set.adjust(placeShapedName, -50, 'shaped like a place (town, region)');
  // "Viña del Mar", "Cali" after a page title's dash: the text gives the name as its place (a breadcrumb's step,
  // the location label, a header fact "- Cali, Valle del Cauca"), so it is where, not who.
  const places = placesInText(lines);
  set.adjust((v) => places.has(v.toLowerCase()) && !LEGAL_FORM.test(v), -50, 'given as the place in the text');
  if (chosenTitle) set.adjust((v) => v.toLowerCase() === chosenTitle.toLowerCase(), -60, "is the job's title");
  // og:site_name alone may be a job board's name; it only backs a name the posting gives elsewhere.
  const site = hints.siteName?.toLowerCase();
  if (site) set.adjust((v) => v.toLowerCase() === site, 15, "the career site's name (og:site_name) agrees");
  // A job board's own name ("Seekers" from og:site_name, the <title>'s suffix, the logo, the copyright line)
  // is never named in the posting's own text, while its employer is: the site's name loses to it.
  // The page address's domain name ("www.talentoandino.example" → "talentoandino") names the site as well.
  const siteNames = [hints.siteName, hints.url ? [...domainNames([hints.url])][0] : null]
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => n.trim().toLowerCase());
  if (siteNames.length > 0) {
    const body = bodyText(lines);
    const named = (v: string) => wholeNameIn(body, v);
    const isSite = (v: string) =>
      siteNames.some(
        (n) => n === v.toLowerCase() || n.startsWith(`${v.toLowerCase()} `) || n === v.toLowerCase().replace(/\s+/g, ''),
      );
    const others = set.choose().candidates.filter((c) => !isSite(c.value) && c.score >= 50);
    if (others.some((c) => named(c.value)))
      set.adjust(
        (v) => isSite(v) && !named(v),
        -40,
        "the site's own name, never named in the posting's text (a job board, not the employer)",
      );
  }
  // A team or department beside the place ("Apoio ao Cliente · Porto") repeats words of the title.
  if (chosenTitle)
    set.adjust(
      (v) => v.length >= 4 && chosenTitle.toLowerCase().includes(v.toLowerCase()),
      -40,
      'part of the job title (a team, not the employer)',
    );
  // A unit's acronym ("DRC is a ...") is not the employer when a longer name is also given.
  const all = set.choose().candidates;
  if (all.some((c) => !ACRONYM.test(c.value))) set.adjust((v) => ACRONYM.test(v), -30, 'acronym of a unit or project');
  return set.choose();
}

export function companyFromText(lines: readonly string[]): string | null {
  return chooseCompany(lines).value;
}
