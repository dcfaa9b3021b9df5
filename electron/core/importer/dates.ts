/**
 * Posting dates and deadlines. chrono-node and its locales do the reading; this module only decides
 * where to look (next to a label, never the whole text) and how to read `06/05/2021` on the page at hand.
 */
import * as chrono from 'chrono-node';
import { alternationOf, LANGUAGES } from './lang';

interface Parser {
  parse: (text: string, ref?: Date, option?: { forwardDate?: boolean }) => chrono.ParsedResult[];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** `YYYY-MM-DD` out of an ISO date or date-time, if it is a real calendar day. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DAY.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(y, mo, d) ? formatDay(y, mo, d) : null;
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function formatDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar day as a local-noon Date, the reference chrono resolves yearless dates against. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

export interface DateContext {
  language: string | null;
  /** Whether `06/05/2021` means 6 May on this page. */
  dayFirst: boolean;
}

const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/g;
/** Where the job is, as far as the date order goes: US states, "United States", "USA". */
const US_PLACE =
  /\b(?:USA|U\.S\.A?\.?|United States|US)\b|,\s?(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b/;
/** "March 15, 2027" is how the US writes days; "15 March 2027" how the rest of the world does. */
const MONTH_FIRST_WORDS =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,\s\d{4}\b/g;
const DAY_FIRST_WORDS =
  /\b\d{1,2}(?:st|nd|rd|th)?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s\d{4}\b/g;

export interface PlaceHints {
  /** The posting's location (labelled or from its header), not a passing mention. */
  location?: string | null;
  /** The salary's currency, when stated. */
  currency?: string | null;
}

/**
 * How to read slashed dates, from the posting's own evidence, strongest first: a slashed date with a
 * part above 12 (26/05/2021 next to 06/05/2021); the posting's language (only English is ever month
 * first); the job's place and pay (a US location or US dollars); its other dates written in words.
 * A word such as "USA" in the company blurb decides nothing.
 */
export function inferDayFirst(text: string, language: string | null, place: PlaceHints = {}): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(SLASH_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst;
  if (language !== null && language !== 'en') return true;
  // A US place or US dollars say month first; a bare city name ("Sacramento") does not say the country,
  // so the pay's currency is asked before a place that names no US state is taken for the rest of the world.
  if (place.location && US_PLACE.test(place.location)) return false;
  if (place.currency === 'USD') return false;
  if (place.location) return true;
  if (place.currency) return true;
  const us = text.match(MONTH_FIRST_WORDS)?.length ?? 0;
  const world = text.match(DAY_FIRST_WORDS)?.length ?? 0;
  if (us !== world) return world > us;
  return true;
}

/** Day-month-year in words for languages chrono-node has no parser for (lang/xx.ts `months`). */
const MONTH_NUMBER = new Map<string, number>();
for (const table of LANGUAGES) {
  table.months?.forEach((forms, i) => {
    for (const f of forms.split('|')) MONTH_NUMBER.set(f, i + 1);
  });
}
const TABLE_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\.?\\s?(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?,?\\s(\\d{4})(?!\\d)`,
  'iu',
);

function tableDate(text: string, maxOffset: number): string | null {
  const m = TABLE_DATE.exec(text);
  if (!m || m.index > maxOffset) return null;
  const d = Number(m[1]);
  const mo = MONTH_NUMBER.get((m[2] ?? '').toLowerCase()) ?? 0;
  const y = Number(m[3]);
  return validDay(y, mo, d) ? formatDay(y, mo, d) : null;
}

/**
 * A weekday before a date ("venerdì 29 gennaio", "mardi 5 janvier", "Friday, 29 January"), every language's,
 * maybe with an until word or article between ("søndag den 31. januar", "Sonntag, den 31. Januar").
 */
const WEEKDAY_LEAD = new RegExp(
  `^\\s*(?:${alternationOf(LANGUAGES.flatMap((l) => l.weekdays))})(?![\\p{L}])\\.?,?(?:\\s+(?:${alternationOf(
    LANGUAGES.flatMap((l) => l.untilWords),
  )})(?![\\p{L}]))?\\s+(?=\\d)`,
  'iu',
);

/** chrono-node's own parsers for the posting languages it ships (it has none for Danish). */
const LOCALE_PARSERS: Record<string, Parser> = {
  de: chrono.de,
  es: chrono.es,
  fr: chrono.fr,
  nl: chrono.nl,
  it: chrono.it,
  pt: chrono.pt,
};

const DOTTED_DAY = /^\W{0,3}\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}/;

function parsersFor(ctx: DateContext, snippet: string): Parser[] {
  // 26.03.2026 is day first in every language that writes it so.
  const own = DOTTED_DAY.test(snippet) ? LOCALE_PARSERS['de'] : ctx.language ? LOCALE_PARSERS[ctx.language] : undefined;
  const english = (ctx.dayFirst ? chrono.en.GB : chrono.en) as Parser;
  const list: Parser[] = [];
  if (own) list.push(own);
  list.push(english);
  // en.GB reads "March 15" as March 2015 (day uncertain); the US parser reads it as the 15th.
  if (ctx.dayFirst) list.push(chrono.en);
  // Other languages' parsers only help with month names in words; a numeric date needs none of them.
  if (/\p{L}{3}/u.test(snippet)) for (const p of Object.values(LOCALE_PARSERS)) if (p !== own) list.push(p);
  return list;
}

/**
 * The first full day (day and month stated) at the start of `snippet`: it must begin within `maxOffset`
 * characters, so "deadline-driven" or a date three sentences on are not taken for the labelled value.
 */
export function dateAtStart(
  snippet: string,
  ctx: DateContext,
  reference: Date,
  forwardDate: boolean,
  maxOffset = 14,
): string | null {
  // Cut at a dash or sentence end: chrono reads "March 15 — the" as March 2015. The dot of a German or
  // Danish day ("12. März 2027", "15. april") ends no sentence.
  // A Markdown escape before a day's dot ("5\\. februar 2027", a list number turndown escaped) is not read.
  const text =
    snippet
      .replace(/(?<=^\s*\d{1,2})\\(?=\.)/, '')
      .replace(WEEKDAY_LEAD, '')
      .slice(0, 80)
      .split(/\s[—–-]\s|[;!?]|(?<!(?:^|\D)\d{1,2})\.\s/)[0] ?? '';
  // A full day has a digit near the start (after at most a weekday name): without one, chrono is not asked.
  if (!/\d/.test(text.slice(0, maxOffset + 30))) return null;
  const inWords = tableDate(text, maxOffset);
  if (inWords && (ctx.language === null || LOCALE_PARSERS[ctx.language] === undefined)) return inWords;
  for (const parser of parsersFor(ctx, text)) {
    const results = parser.parse(text, reference, { forwardDate });
    for (const r of results) {
      if (r.index > maxOffset) break;
      const s = r.start;
      if (!s.isCertain('day') || !s.isCertain('month')) continue;
      const y = s.get('year');
      const m = s.get('month');
      const d = s.get('day');
      if (y === null || m === null || d === null || !validDay(y, m, d)) continue;
      return formatDay(y, m, d);
    }
  }
  return inWords;
}
