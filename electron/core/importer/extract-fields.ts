/**
 * Reads posting fields out of markdown-lite text. Every field is null unless the text states it:
 * labels first, then narrow phrases; nothing is inferred from the absence of something.
 */
import { emptyParsedPosting, type ParsedPosting } from '../../../shared/posting';
import { findEmail, findPostingUrl, cleanUrl } from './contacts';
import { DOLLAR_COUNTRIES, dollarOfPlaceParts } from './dollar-countries';
import { dateAtStart, dayToDate, inferDayFirst, type DateContext } from './dates';
import { allOf, alternationOf } from './lang';
import { isLabelLine, labelValues, firstLabelValue } from './labels';
import { detectLanguage } from './language';
import {
  cityFromAddressLines,
  cleanLocation,
  firstNamedCity,
  isWorkplaceOnly,
  namedCountry,
  PLACE_SHAPED,
  remoteCountry,
  CITY_AND_REGION_CODE,
  CITY_DASH_STATE,
} from './places';
import {
  beforeSignOff,
  withoutPeopleBlocks,
  headerLines,
  isChromeLine,
  isMenuLine,
  isSidebarHeading,
  withoutSidebars,
} from './sections';
import { findRequirements } from './requirements';
import { parseSalary, periodFromWord, SALARY_NOUN, salaryFromProse, type SalaryContext } from './salary';
import { findSkills } from './skills';
import { companiesInSentences, companyBesidePlace, LEGAL_FORM, looksLikeJobTitle, type Choice } from './candidates';
import { chooseCompany, chooseTitle, subjectPlace, type TitleHints } from './title-company';
import {
  employmentFromText,
  employmentFromValues,
  workplaceFromRemoteHeading,
  workplaceFromRemoteLabel,
  workplaceFromHeader,
  workplaceFromText,
  workplaceFromValue,
} from './work-terms';

export interface TextHints extends TitleHints {
  /** Addresses outside the visible text (mailto links, mail headers), used after the text's own. */
  emails?: readonly string[];
  url?: string | null;
  company?: string | null;
  /** The page's declared language (`<html lang>`), used when stop words are inconclusive. */
  lang?: string | null;
  /** When the posting arrived (an e-mail's Date): yearless dates resolve against it. */
  receivedAt?: Date | null;
  /** The time "now" is taken to be, for yearless dates with nothing else to go on. */
  now?: Date;
  /** The country the page's markup gives the job's place (`addressCountry`): what a bare "$" is there. */
  country?: string | null;
}

/** Phrases that introduce a deadline anywhere in a line ("Please apply by March 15, 2027."). */
const DEADLINE_PHRASE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternationOf(allOf((l) => l.deadlinePhrases))}|applications?\s+(?:close|closes|are due|due|accepted until)(?:\s+on|\s+by)?|bewerbungsfrist(?:\s+endet)?(?:\s+am|\s+bis)?|fecha\s+límite(?:\s+de\s+\p{L}+)?(?:\s+es)?(?:\s+el)?|plazo(?:\s+de\s+\p{L}+)?(?:\s+hasta)?(?:\s+el)?|date\s+limite(?:\s+de\s+\p{L}+)?(?:\s+est)?(?:\s+le|\s+au)?|candidatures?\s+(?:jusqu['’]au|avant\s+le))(?![\p{L}])\s*[:：\-–]?\s*`,
  'giu',
);

/** Phrases that introduce the posting date, colon optional ("Publicado el 3 de marzo", "Geplaatst op"). */
const POSTED_PHRASE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternationOf(allOf((l) => l.postedPhrases))}|veröffentlicht\s+am|publié(?:e)?\s+le)(?![\p{L}])\s*[:：]?\s*`,
  'giu',
);

function findPosted(lines: readonly string[], ctx: DateContext, now: Date): string | null {
  for (const hit of labelValues(lines, 'posted')) {
    const d = dateAtStart(hit.value, ctx, now, false, 4);
    if (d) return d;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    for (const m of line.matchAll(POSTED_PHRASE)) {
      // "Gepubliceerd" / "06/01/2027": a phrase ending its line (a <dt> over its <dd>) dates from the next line.
      const end = m.index + m[0].length;
      const rest = end >= line.length ? (lines.slice(i + 1, i + 3).find((l) => l.trim() !== '') ?? '') : line.slice(end);
      const d = dateAtStart(rest, ctx, now, false, 4);
      if (d) return d;
    }
  }
  return null;
}

/** "hasta el", "bis zum", "until": words between a deadline label and its date (lang/xx.ts `untilWords`). */
const UNTIL = new RegExp(String.raw`^\s*(?:${alternationOf(allOf((l) => l.untilWords))})(?![\p{L}])\s*`, 'iu');

/** "Applications", "Bewerbungen", "candidaturas": running text about applying (lang/xx.ts `applyWords`). */
const APPLY_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${alternationOf(allOf((l) => l.applyWords))})(?![\p{L}])`, 'giu');
/** Until words that mean a limit: the bare articles some tables list ("el", "le", "on") only follow a label. */
const UNTIL_IN_PROSE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternationOf(allOf((l) => l.untilWords).filter((w) => !['on', 'el', 'le', 'il', 'a', 'den', 'am'].includes(w)))})(?![\p{L}])\s*`,
  'giu',
);

/**
 * "Applications will be accepted until February 12, 2027.", "Bewerbungen nehmen wir bis zum 28.02.2027
 * entgegen": an apply word, then an until word and a date, in one sentence.
 */
function deadlineInProse(lines: readonly string[], ctx: DateContext, reference: Date): string | null {
  for (let i = 0; i < lines.length; i++) {
    // An e-mail wraps its sentences: "bitte bis zum" / "22. Januar 2027 an ...", so an open line goes on.
    const own = lines[i] ?? '';
    const next = lines[i + 1]?.trim() ?? '';
    const line = next !== '' && !/[.!?:;]\s*$/.test(own) ? `${own} ${next}` : own;
    for (const a of line.matchAll(APPLY_WORD)) {
      const from = a.index + a[0].length;
      // The sentence ends at a full stop, but not at a day's ("bis zum 28. Februar 2027").
      const sentence = line.slice(from, from + 120).split(/[!?]|(?<!(?:^|\D)\d{1,2})\.(?:\s|$)/)[0] ?? '';
      for (const u of sentence.matchAll(UNTIL_IN_PROSE)) {
        if (u.index > 80) break;
        const d = dateAtStart(sentence.slice(u.index + u[0].length), ctx, reference, true, 2);
        if (d) return d;
      }
    }
  }
  return null;
}

function findDeadline(lines: readonly string[], ctx: DateContext, reference: Date): string | null {
  for (const hit of labelValues(lines, 'deadline')) {
    const d = dateAtStart(hit.value.replace(UNTIL, ''), ctx, reference, true, 6);
    if (d) return d;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    for (const m of line.matchAll(DEADLINE_PHRASE)) {
      // "deadline-driven", "tight deadlines": the phrase must be followed by a date straight away.
      let rest = line.slice(m.index + m[0].length);
      if (rest.trim() === '' && m.index + m[0].length >= line.length) rest = lines[i + 1] ?? '';
      const d = dateAtStart(rest.replace(UNTIL, ''), ctx, reference, true, 6);
      if (d) return d;
    }
  }
  return deadlineInProse(lines, ctx, reference);
}

function findSalary(lines: readonly string[], ctx: SalaryContext): ParsedPosting['salary'] {
  for (const hit of labelValues(lines, 'salary')) {
    const s = parseSalary(hit.value, {
      ...ctx,
      salaryNoun: SALARY_NOUN.test(lines[hit.line] ?? '') || SALARY_NOUN.test(lines[hit.line - 1] ?? ''),
    });
    if (!s) continue;
    // The label itself may name the period: Italian "RAL" (yearly gross pay), "Jahresgehalt", "Bruto maandsalaris".
    if (s.period === null) {
      const line = lines[hit.line] ?? '';
      const colon = line.search(/[:：]/);
      const label = colon > 0 && line.slice(colon).includes(hit.value) ? line.slice(0, colon) : (lines[hit.line - 1] ?? '');
      if (label.length <= 60) s.period = periodFromWord(label);
    }
    return s;
  }
  return salaryFromProse(lines, ctx);
}

/**
 * Where the job is: a labelled location, else the header block (an address line, a named city), else a
 * postal address line anywhere, else the place in brackets of the employer's own sentence ("Acme Research (Munich) is ..."). Never a city
 * mentioned in passing in the body or a navigation menu. A remote job keeps the country it is remote in.
 */
const RATING_TAIL = /\s+\d(?:[.,]\d)?\s*[★☆⭐](?:\s*[|·]\s*[^|·]{1,30})?$/u;

/** Board headers stack title, employer and place: the short place-shaped line right under the employer's line. */
function placeUnderEmployer(header: readonly string[], company: string | null): string | null {
  if (!company) return null;
  // The employer's line may carry its rating ("Grupo Ferretero 4.1 ★", "Acme 3.9 ★ | 212 Reviews").
  const at = header.findIndex(
    (l) =>
      l
        .trim()
        .replace(/^#{1,6} /, '')
        .replace(RATING_TAIL, '') === company,
  );
  if (at < 0) return null;
  // Facts lines may come first ("CDI", "Vollzeit", "Hybrid"): they are stepped over, up to three lines.
  const below = header
    .slice(at + 1)
    .map((l) => l.trim())
    // A rating line ("4.1 ★") names nothing: it is stepped over too.
    .filter((l) => l !== '' && /\p{L}/u.test(l))
    .slice(0, 3);
  for (const next of below) {
    if (employmentFromValues([next]) !== null || workplaceFromValue(next) !== null) continue;
    if (next.length > 60 || !PLACE_SHAPED.test(next)) return null;
    if (isLabelLine(next) || isChromeLine(next) || isMenuLine(next) || looksLikeJobTitle(next)) return null;
    return cleanLocation(next);
  }
  return null;
}

/**
 * "Águeda, Aveiro": a header line shaped like a place that names a known city is the place as written,
 * so the town the city list lacks is kept beside its district.
 */
function placeLineWithCity(header: readonly string[]): string | null {
  const city = firstNamedCity(header.join('\n'));
  if (!city) return null;
  const line = header.map((l) => l.trim()).find((l) => l.includes(city));
  if (!line || line === city || line.length > 60 || !PLACE_SHAPED.test(line)) return null;
  if (isLabelLine(line) || looksLikeJobTitle(line) || LEGAL_FORM.test(line)) return null;
  return cleanLocation(line);
}

/** "Boise, ID 83702" alone on a header line: a town with its state code, whether or not the city list has it. */
function regionCodedPlace(header: readonly string[]): string | null {
  const line = header
    .map((l) => l.trim())
    .find((l) => (CITY_AND_REGION_CODE.test(l) || (CITY_DASH_STATE.test(l) && !looksLikeJobTitle(l))) && !LEGAL_FORM.test(l));
  return line ? cleanLocation(line) : null;
}

/** "Ferramenta Adige S.p.A. – Rovereto (TN)": the place beside the employer on the header's own line. */
function placeBesideEmployer(header: readonly string[]): string | null {
  for (const line of header) {
    const beside = companyBesidePlace(line);
    if (beside) return cleanLocation(beside.place);
  }
  return null;
}

/** "Payroll Officer Job in Parramatta, Sydney NSW - Board", "Vacature X bij Y in Tiel", "Offerta X a Bassano del Grappa". */
const TITLE_PLACE =
  /(?<![\p{L}])(?:in|a|à|en|em|no|na|i|bei)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:del|della|di|de|da|do|sur|am|an|upon|\p{Lu}[\p{L}'’.-]*)){0,3})/gu;

/**
 * A place the page's <title> or og:title names after a preposition, confirmed by a short line of the page
 * that starts with it (the header's place line, "Tiel", "Bassano del Grappa (VI) · Tempo pieno"): the
 * title alone could name a region or a company's seat; the page's own place line says it is the job's.
 */
function placeInPageTitle(lines: readonly string[], titles: readonly (string | null | undefined)[]): string | null {
  const short = lines.map((l) => l.trim().replace(/^[-*•·#\s]+/, '')).filter((l) => l.length > 0 && l.length <= 200);
  for (const t of titles) {
    for (const m of t?.matchAll(TITLE_PLACE) ?? []) {
      const place = (m[1] ?? '').replace(/\s+/g, ' ');
      // The longest run of the place's words that a line starts with ("Parramatta, Sydney NSW" for "Parramatta, Sydney NSW - Seekers").
      const words = place.split(' ');
      for (let n = words.length; n >= 1; n--) {
        const p = words.slice(0, n).join(' ');
        if (isWorkplaceOnly(p) || LEGAL_FORM.test(p)) continue;
        const line = short.find((l) => l.startsWith(p) && /^(?:$|[\s,(·|–-])/.test(l.slice(p.length)));
        if (!line || isLabelLine(line)) continue;
        // The line's first item is the place as the page writes it ("Bassano del Grappa (VI)"); a line that
        // runs on into other facts keeps only the title's words.
        const item = line.split(/\s[·|•–—]\s|\s·|·\s/)[0] ?? line;
        const whole = cleanLocation(item);
        const shaped = whole !== null && !looksLikeJobTitle(whole) && PLACE_SHAPED.test(whole.replace(/\s*\([^()]*\)\s*$/, ''));
        return shaped ? whole : p;
      }
    }
  }
  return null;
}

function findLocation(
  lines: readonly string[],
  companyPlace: string | null,
  company: string | null = null,
  subject: string | null = null,
  titles: readonly (string | null | undefined)[] = [],
): string | null {
  for (const hit of labelValues(lines, 'location')) {
    const loc = cleanLocation(hit.value);
    if (!loc) continue;
    if (isWorkplaceOnly(loc)) {
      const country = remoteCountry(lines.slice(hit.line, hit.line + 3).join(' '));
      if (country) return country;
      continue;
    }
    return loc;
  }
  // "Modalidad: 100% remoto desde España": a labelled remote job keeps its country.
  const workplaceLabel = firstLabelValue(lines, 'workplace');
  const labelledCountry = workplaceLabel ? remoteCountry(workplaceLabel.value) : null;
  if (labelledCountry) return labelledCountry;
  // The header's short lines only: a sentence there ("offices in Madrid and Lisbon") is a passing mention.
  const header = headerLines(lines).filter(
    (l) => l.length <= 90 && !/[.!?]$/.test(l.trim()) && !isMenuLine(l) && !isChromeLine(l) && !isSidebarHeading(l),
  );
  const headerPlace =
    cityFromAddressLines(header) ??
    placeLineWithCity(header) ??
    firstNamedCity(header.join('\n')) ??
    placeUnderEmployer(headerLines(lines), company) ??
    placeBesideEmployer(headerLines(lines)) ??
    regionCodedPlace(header);
  if (headerPlace) return headerPlace;
  const titled = placeInPageTitle(lines, titles);
  if (titled) return titled;
  // A postal address line ("DK 6091 Bjert") is the employer's address block, not a passing mention.
  // An e-mail's subject "Finance Partner - Bristol (hybrid)" says where as its header would.
  const inSubject = subject ? subjectPlace(subject) : null;
  if (inSubject) return cleanLocation(inSubject.place);
  const address = cityFromAddressLines(lines);
  if (address) return address;
  if (companyPlace) {
    const city = firstNamedCity(companyPlace) ?? namedCountry(companyPlace);
    if (city) return city;
  }
  return remoteCountry(lines.join('\n'));
}

export interface FieldDebug {
  title: Choice;
  company: Choice;
}

/** The fields, and the scored title and company candidates behind them. */
export function extractFieldsWithDebug(rawMarkdown: string, hints: TextHints = {}): { fields: ParsedPosting; debug: FieldDebug } {
  // Blocks about other jobs are not this posting: nothing is read from them.
  const markdown = withoutSidebars(rawMarkdown);
  const lines = markdown.split('\n');
  const fields = emptyParsedPosting();
  const now = hints.now ?? new Date();

  fields.language = detectLanguage(markdown) ?? normalizeLang(hints.lang);
  // A recruiter's name and job title ("Meet the hiring team") are never the posting's title or employer.
  const named = withoutPeopleBlocks(lines);
  const title = chooseTitle(beforeSignOff(named), hints);
  const company = chooseCompany(named, hints, title.value);
  fields.title = title.value;
  fields.company = company.value;
  const companyPlace = companiesInSentences(lines).find((c) => c.name === company.value && c.place)?.place ?? null;
  fields.location = findLocation(lines, companyPlace, company.value, hints.subject ?? null, [hints.docTitle, hints.pageTitle]);

  const locationHit = firstLabelValue(lines, 'location');
  const workplaceHit = firstLabelValue(lines, 'workplace');
  fields.workplace =
    (workplaceHit ? workplaceFromRemoteLabel(lines[workplaceHit.line] ?? '', workplaceHit.value) : null) ??
    (workplaceHit ? workplaceFromValue(workplaceHit.value) : null) ??
    workplaceFromRemoteHeading(lines) ??
    (locationHit ? (workplaceFromText(locationHit.value) ?? workplaceFromHeader([locationHit.value])) : null) ??
    workplaceFromHeader(headerLines(lines).filter((l) => !isMenuLine(l) && !isChromeLine(l) && !isSidebarHeading(l))) ??
    (hints.subject ? workplaceFromHeader([hints.subject]) : null) ??
    workplaceFromText(markdown);

  const employmentValues = labelValues(lines, 'employment').map((h) => h.value);
  // A label that only says "permanent" leaves the hours to the text ("Contrato: indefinido" ... "media jornada").
  fields.employmentType =
    employmentFromValues(employmentValues, false) ?? employmentFromText(markdown) ?? employmentFromValues(employmentValues);

  fields.salary = findSalary(lines, { bareDollar: dollarOf(fields.location, markdown, hints.country ?? null) });

  const ctx: DateContext = {
    language: fields.language,
    dayFirst: inferDayFirst(markdown, fields.language, { location: fields.location, currency: fields.salary?.currency }),
  };
  fields.postedAt = findPosted(lines, ctx, hints.receivedAt ?? now);
  const reference = fields.postedAt ? dayToDate(fields.postedAt) : (hints.receivedAt ?? now);
  fields.deadline = findDeadline(lines, ctx, reference);

  const labelledUrl = firstLabelValue(lines, 'url');
  fields.url = hints.url ?? (labelledUrl ? cleanUrl(labelledUrl.value) : null) ?? findPostingUrl(lines);
  fields.email = findEmail(markdown, hints.emails ?? []);
  fields.skills = findSkills(markdown);
  fields.requirements = findRequirements(lines);
  return { fields, debug: { title, company } };
}

export function extractFields(markdown: string, hints: TextHints = {}): ParsedPosting {
  return extractFieldsWithDebug(markdown, hints).fields;
}

/**
 * "Newcastle NSW": a three-letter region code also follows its town without a comma; two-letter ones
 * ("ON", "IN") are words too, so they need the comma.
 */
function threeLetterCodes(codes: readonly string[]): string {
  const three = codes.filter((c) => c.length === 3);
  return three.length > 0 ? `|(?<=\\p{L})\\s(?:${three.join('|')})(?![\\p{L}])` : '';
}

/** Each dollar country's places (dollar-countries.ts), as one pattern per country. */
const DOLLAR_PLACES = DOLLAR_COUNTRIES.map((c) => ({
  currency: c.currency,
  re: new RegExp(
    `(?<![\\p{L}])(?:${alternationOf(c.places)})(?![\\p{L}])${
      c.regionCodes ? `|,\\s?(?:${c.regionCodes.join('|')})(?![\\p{L}])${threeLetterCodes(c.regionCodes)}` : ''
    }`,
    'u',
  ),
}));
const US_WORDS = /\b(?:USA|United States|US\$|USD)\b/;

/**
 * What a bare "$" means here: the dollar of the posting's country (its place says so, or, with no place,
 * its text names one dollar country and not the US); the US dollar otherwise.
 */
function dollarOf(location: string | null, text: string, country: string | null): string {
  const byPlace = location ? DOLLAR_PLACES.find((c) => c.re.test(location))?.currency : undefined;
  if (byPlace) return byPlace;
  // The markup's country of the place ("Las Condes" with `addressCountry: "CL"`).
  const byCountry = country ? dollarOfPlaceParts([country]) : null;
  if (byCountry) return byCountry;
  if (location) {
    // A town the table does not list: the line that names it may name its region or country ("Puerto
    // Montt, Región de Los Lagos", "Tiel, Gelderland"), so that line decides; a line naming none is the US.
    const line = text.split('\n').find((l) => l.length <= 120 && l.includes(location));
    return (line === undefined ? undefined : DOLLAR_PLACES.find((c) => c.re.test(line))?.currency) ?? 'USD';
  }
  const head = text.slice(0, 4000);
  if (US_WORDS.test(head)) return 'USD';
  const named = DOLLAR_PLACES.filter((c) => c.re.test(head));
  return named.length === 1 ? (named[0]?.currency ?? 'USD') : 'USD';
}

function normalizeLang(lang: string | null | undefined): string | null {
  const code = lang?.trim().toLowerCase().slice(0, 2);
  return code && /^[a-z]{2}$/.test(code) ? code : null;
}
