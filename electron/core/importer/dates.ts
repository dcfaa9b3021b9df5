/**
 * Posting dates and deadlines. chrono-node and its locales do the reading; this module only decides
 * where to look (next to a label, never the whole text) and how to read `06/05/2021` on the page at hand.
 */
import * as chrono from 'chrono-node';

type Parser = { parse: (text: string, ref?: Date, option?: { forwardDate?: boolean }) => chrono.ParsedResult[] };

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
const US_HINT = /\$|\bUSD\b|\b(?:USA|United States)\b|,\s(?:CA|NY|TX|WA|MA|IL|CO|GA|FL|NC|VA|OR|PA|NJ|AZ|MN|UT|OH|MI)\b/;

/**
 * How to read slashed dates: the page proves it when one of them has a part above 12 (26/05/2021 next
 * to 06/05/2021); otherwise non-English pages and pages with no sign of the US read day first.
 */
export function inferDayFirst(text: string, language: string | null): boolean {
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
  return !US_HINT.test(text);
}

const LOCALE_PARSERS: Record<string, Parser> = {
  de: chrono.de as Parser,
  es: chrono.es as Parser,
  fr: chrono.fr as Parser,
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
  if (ctx.dayFirst) list.push(chrono.en as Parser);
  for (const p of Object.values(LOCALE_PARSERS)) if (p !== own) list.push(p);
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
  // Cut at a dash or sentence end: chrono reads "March 15 — the" as March 2015.
  const text = snippet.slice(0, 80).split(/\s[—–-]\s|[;!?]|\.\s/)[0] ?? '';
  if (!/\d/.test(text) && !/[a-zA-Z]{3}/.test(text)) return null;
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
  return null;
}
