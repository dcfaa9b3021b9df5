/**
 * Pay as postings write it: `65.000 – 80.000 € brutto/Jahr`, `$120k–$150k`, `£45,000 per annum`,
 * `$35/hr`, `CHF 110'000`, `up to 90,000 EUR`. Only a figure with a currency counts, and only where the
 * posting talks about this role's pay (a salary label, or a sentence that names pay and no other role).
 */
import type { ParsedSalary } from '../../../shared/posting';
import { allOf, alternationOf, type PayPeriod } from './lang';
import { WEEKLY_HOURS } from './work-terms';

const CURRENCY_ALIASES: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  c$: 'CAD',
  cad: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  aud: 'AUD',
  nz$: 'NZD',
  nzd: 'NZD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  'pound sterling': 'GBP',
  kroner: 'DKK',
  reais: 'BRL',
  '£': 'GBP',
  gbp: 'GBP',
  chf: 'CHF',
  'fr.': 'CHF',
  '¥': 'JPY',
  jpy: 'JPY',
  '₹': 'INR',
  inr: 'INR',
  rs: 'INR',
  'rs.': 'INR',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  pln: 'PLN',
  zł: 'PLN',
  czk: 'CZK',
  huf: 'HUF',
  sgd: 'SGD',
  s$: 'SGD',
  hkd: 'HKD',
  mxn: 'MXN',
  clp: 'CLP',
  ars: 'ARS',
  cop: 'COP',
  uyu: 'UYU',
  // Uruguay's own peso sign ("$U 32.000").
  $u: 'UYU',
  // Latin America's pesos named by their country ("$850.000 pesos chilenos").
  'pesos chilenos': 'CLP',
  'pesos mexicanos': 'MXN',
  'pesos argentinos': 'ARS',
  'pesos colombianos': 'COP',
  'pesos uruguayos': 'UYU',
  brl: 'BRL',
  r$: 'BRL',
  zar: 'ZAR',
  // South Africa's rand and Peru's sol by their signs ("R 24 000", "S/ 2,300", "S/. 1 500").
  r: 'ZAR',
  's/': 'PEN',
  's/.': 'PEN',
  pen: 'PEN',
  kr: 'DKK',
  'kr.': 'DKK',
};

/** ISO 4217 code for a symbol or code as written; an unknown three-letter code is kept upper-cased. */
export function currencyCode(raw: string): string | null {
  const key = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const known = CURRENCY_ALIASES[key];
  if (known) return known;
  return /^[a-z]{3}$/.test(key) ? key.toUpperCase() : null;
}

const CUR = String.raw`(?:US\$|\$U(?![A-Za-z])|C\$|A\$|AU\$|NZ\$|S\$|R\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|INR|SEK|NOK|DKK|PLN|CZK|HUF|SGD|HKD|MXN|BRL|ZAR|CLP|ARS|COP|UYU)\b|\b[Pp]esos\s+(?:chilenos|mexicanos|argentinos|colombianos|uruguayos)\b|\b[Ee]uros?\b|\b[Dd]ollars?\b|\b[Pp]ounds?(?:\s+sterling)?\b|\bkroner\b|\breais\b|\bzł|\bkr\.?(?=\s|$)|\bRs\.?(?=\s?\d)|(?<![\p{L}\d])R(?=\s?\d{2})|(?<![\p{L}\d])S\/\.?(?=\s?\d)|\bPEN\b)`;
const NUM = String.raw`\d{1,3}(?:[.,'’ ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
/** Thousands and millions, and India's lakh (100,000) and crore (10,000,000): "4.5-6 Lacs P.A.", "1.2 Cr". */
const MULT = String.raw`(?:\s?(?:k|K|Tsd\.?|TEUR|Mio\.?|m|M|[Ll]akhs?|LPA|[Ll]acs?|[Cc]rores?|Cr)\b)?`;
/** One amount, its currency before or after it. */
const AMOUNT = new RegExp(`(${CUR})?\\s?(${NUM})(${MULT})\\s?(${CUR})?`, 'gu');
const RANGE_JOIN = /^\s*(?:-|–|—|to|bis|a|à|hasta|and|und|y|et|tot|til|até|e|en|og)\s*$/i;
const UP_TO = /(?:up\s+to|max(?:imum)?\.?|bis\s+zu|hasta|jusqu['’]à|as much as)\s*$/i;
const FROM = /(?:from|starting\s+(?:at|from)|min(?:imum)?\.?|at\s+least|ab|desde|à\s+partir\s+de|a\s+partir\s+de)\s*$/i;

/** One pattern per period from every language's period words and slash units (lang/xx.ts). */
const PERIODS: [PayPeriod, RegExp][] = (['hour', 'day', 'week', 'month', 'year'] as PayPeriod[]).map((p) => {
  const units = allOf((l) => l.slashUnits?.[p]);
  const words = allOf((l) => l.periods[p]);
  return [
    p,
    new RegExp(`\\/\\s?(?:${alternationOf(units)})(?![\\p{L}])|(?<![\\p{L}\\p{N}])(?:${alternationOf(words)})(?![\\p{L}])`, 'iu'),
  ];
});

const PERIODS_ALL: [PayPeriod, RegExp][] = PERIODS.map(([p, re]) => [p, new RegExp(re.source, 'giu')]);

/**
 * The period word nearest the amounts: "2 400 € brut par mois · Télétravail (2 jours par semaine)" is
 * monthly pay; a later "par semaine" counts the days worked, not the pay.
 */
function nearestPeriod(text: string, from: number, to: number): PayPeriod | null {
  let best: PayPeriod | null = null;
  let bestDistance = Infinity;
  for (const [p, re] of PERIODS_ALL) {
    for (const m of text.matchAll(re)) {
      const distance = m.index >= to ? m.index - to : Math.max(0, from - (m.index + m[0].length)) + 0.5;
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/** Bare period units as boards' records and labels write them ("Mensual", "annuelle", "MONTH", "Jahr"). */
const BARE_UNITS: [PayPeriod, RegExp][] = (['hour', 'day', 'week', 'month', 'year'] as PayPeriod[]).map((p) => [
  p,
  new RegExp(
    `^(?:${alternationOf([...allOf((l) => l.slashUnits?.[p]), ...allOf((l) => l.periods[p]), p, `${p}ly`, p === 'year' ? 'annual' : p === 'day' ? 'daily' : p])})$`,
    'iu',
  ),
]);

/** The pay period a word or phrase names, or null: a record's `periodo: "Mensual"`, a label's "RAL". */
export function periodFromWord(text: string): PayPeriod | null {
  // Codes join words by underscores ("PER_MONTH", "PRO_JAHR"): read as the words, the unit after "per".
  const t = text.trim().replace(/_/g, ' ');
  const unit = t.replace(/^(?:per|pro|por|par|each|every)\s+/i, '');
  for (const [p, re] of BARE_UNITS) if (re.test(t) || re.test(unit)) return p;
  for (const [p, re] of PERIODS) if (re.test(t)) return p;
  return null;
}

export const SALARY_NOUN = /\bsalary\b/i;
const BARE_DOLLAR = /(?<![A-Za-z])\$|\bdollars?\b/i;
const EXPLICIT_USD = /US\$|\bUSD\b/;

interface Amount {
  value: number;
  /** The multiplier written after the figure ("k", "lakh"), 1 when none. */
  factor: number;
  currency: string | null;
  start: number;
  end: number;
}

function multiplier(mult: string): number {
  const m = mult.trim().toLowerCase();
  if (m === 'k' || m.startsWith('tsd') || m === 'teur') return 1000;
  if (m === 'm' || m.startsWith('mio')) return 1_000_000;
  if (m.startsWith('lakh') || m.startsWith('lac') || m === 'lpa') return 100_000;
  if (m.startsWith('crore') || m === 'cr') return 10_000_000;
  return 1;
}

function toNumber(raw: string): number | null {
  let s = raw.replace(/[ '’]/g, '');
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (lastSep >= 0) {
    const decimals = s.length - lastSep - 1;
    if (decimals === 3) s = s.replace(/[.,]/g, '');
    else s = `${s.slice(0, lastSep).replace(/[.,]/g, '')}.${s.slice(lastSep + 1)}`;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function amounts(segment: string): Amount[] {
  const out: Amount[] = [];
  for (const m of segment.matchAll(AMOUNT)) {
    const n = toNumber(m[2] ?? '');
    if (n === null) continue;
    const factor = multiplier(m[3] ?? '');
    // Thousands and lakhs keep whole rupees and cents: 4.5 lakh is 450,000.
    const value = Math.round(n * factor * 100) / 100;
    const cur = m[1] ?? m[4];
    out.push({ value, factor, currency: cur ? currencyCode(cur) : null, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The salary stated in one label value or sentence, or null when it names no amount with a currency. */
export interface SalaryContext {
  /** What a bare "$" means on this posting: CAD in a Canadian one, USD otherwise. */
  bareDollar?: string;
  /**
   * The figure is called a "salary" in English, which by usage is yearly pay (hourly pay is a wage or
   * rate): a five-figure salary in a currency whose monthly pay never reaches that is stated as yearly.
   */
  salaryNoun?: boolean;
}

const YEARLY_BY_USAGE = new Set(['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'NZD', 'CHF', 'SGD']);

export function parseSalary(segment: string, ctx: SalaryContext = {}): ParsedSalary | null {
  const found = amounts(segment);
  let currency = found.find((a) => a.currency !== null)?.currency ?? null;
  if (
    currency === 'USD' &&
    ctx.bareDollar &&
    ctx.bareDollar !== 'USD' &&
    BARE_DOLLAR.test(segment) &&
    !EXPLICIT_USD.test(segment)
  )
    currency = ctx.bareDollar;
  if (currency === null) return null;
  // Plain small numbers next to the money ("3 days", "2024") are not pay; keep amounts with a currency
  // or in a range with one.
  const firstIdx = found.findIndex((a) => a.currency !== null);
  let lo = found[firstIdx];
  if (!lo) return null;
  let hi: Amount | undefined;
  // "£29,000/yr - £33,000/yr": a unit written after each end does not break the range.
  const joins = (from: number, to: number) => RANGE_JOIN.test(segment.slice(from, to).replace(/^\s*\/\s*\p{L}{1,10}\.?/u, ''));
  const prev = found[firstIdx - 1];
  if (prev && joins(prev.end, lo.start)) {
    hi = lo;
    lo = prev;
  } else {
    const next = found[firstIdx + 1];
    if (next && joins(lo.end, next.start)) hi = next;
  }
  let min: number | null = lo.value;
  let max: number | null = hi ? hi.value : lo.value;
  // "120–150k", "4.5-6 Lacs": the multiplier written once, after the range, applies to both ends.
  if (hi && hi.factor > 1 && lo.factor === 1 && lo.value * hi.factor <= hi.value) min = lo.value * hi.factor;
  else if (hi && hi.value >= 1000 && lo.value < 1000 && hi.value / 1000 >= lo.value) min = lo.value * 1000;
  const before = segment.slice(Math.max(0, lo.start - 24), lo.start);
  if (!hi && UP_TO.test(before)) min = null;
  else if (!hi && FROM.test(before)) max = null;
  if ((min ?? max ?? 0) <= 0) return null;
  // "(Teilzeit, 25 Std./Woche)", "20 hours per week": working hours name a week, not the pay's period.
  const periodText = segment.replace(WEEKLY_HOURS, (h) => ' '.repeat(h.length));
  let period = nearestPeriod(periodText, lo.start, (hi ?? lo).end);
  // A period the posting does not state stays null: the amount alone is no proof of one (45.000 kr. is
  // a Danish monthly wage), only the English word "salary" next to a five-figure sum says "yearly".
  const top = Math.max(min ?? 0, max ?? 0);
  if (period === null && ctx.salaryNoun && YEARLY_BY_USAGE.has(currency) && top >= 20000 && top < 5_000_000) period = 'year';
  return { min, max, currency, period };
}

const PAY_WORD =
  /\b(?:\w*gehalt|\w*lohn|salary|salaries|pay|paid|compensation|wage|rate|earn|OTE|base|gehalt|vergütung|lohn|verdienst|brutto|salario|sueldo|remuneración|retribución|bruto|salaire|rémunération|brut|rémunéré|salaris|loon|beloning|løn|lønnen|gage|stipendio|retribuzione|RAL|compenso|salário|remuneração|vencimento)\b/i;
/** A sentence about some other role's pay, or a reference figure, is not this posting's salary. */
const OTHER_ROLE =
  /\b(?:another|other|previous|former|similar|unlike|compared|andere[nrs]?|otro|otra|autre|autres|précédent|ander|anden|andre|altro|altra|outro|outra)\b/i;
const NOT_PAY =
  /\b(?:funding|raised|revenues?|million|billion|milliards?|millones|millionen|miljoen|mio\.|mrd\.?|series [a-e]|budget|valuation|turnover|umsatz|fondos|chiffre d['’]affaires|investment|bonus pool)\b/i;

/**
 * "3 400 € à 3 900 € bruts par mois, plus variable sur le chiffre d'affaires": the pay stated before a
 * clause about revenue or funding is still the salary; the clause itself is never read. Null when the
 * sentence names no pay before that clause.
 */
function payBeforeOtherFigures(sentence: string): string | null {
  const at = NOT_PAY.exec(sentence)?.index ?? 0;
  const cut = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at), sentence.lastIndexOf(' (', at));
  const head = cut > 0 ? sentence.slice(0, cut) : '';
  return PAY_WORD.test(head) && /\d/.test(head) ? head : null;
}

/**
 * A pay heading above its figures (an ATS's pay box: "Annual base salary" then "$92,000—$108,000 USD"):
 * the short heading names pay and no figure, the line below is figures with a currency; read as one.
 */
function payHeadingAbove(line: string, next: string, ctx: SalaryContext): ParsedSalary | null {
  if (/\d/.test(line) || line.length > 60 || !PAY_WORD.test(line) || OTHER_ROLE.test(line)) return null;
  if (next.length > 80 || !/^\s*(?:[$€£¥₹]|[A-Z]{3}\s|\d)/.test(next) || !/[$€£¥₹]|\b[A-Z]{3}\b|\bkr\b/.test(next)) return null;
  return parseSalary(`${line.replace(/[:：]\s*$/, '')}: ${next}`, { ...ctx, salaryNoun: SALARY_NOUN.test(line) });
}

/** A salary from sentences of the free text, for postings without a salary label. */
export function salaryFromProse(lines: readonly string[], ctx: SalaryContext = {}): ParsedSalary | null {
  for (const [i, line] of lines.entries()) {
    const heading = payHeadingAbove(line, lines.slice(i + 1, i + 3).find((l) => l.trim() !== '') ?? '', ctx);
    if (heading) return heading;
    if (!/\d/.test(line)) continue;
    for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-Z(])/)) {
      // A sentence about pay: it names pay, or it states a pay period ("60.000 € Jahresgehalt", "per maand").
      const aboutPay = PAY_WORD.test(sentence) || (sentence.length <= 120 && PERIODS.some(([, re]) => re.test(sentence)));
      if (!aboutPay || OTHER_ROLE.test(sentence)) continue;
      const text = NOT_PAY.test(sentence) ? payBeforeOtherFigures(sentence) : sentence;
      if (text === null) continue;
      const s = parseSalary(text, { ...ctx, salaryNoun: SALARY_NOUN.test(text) });
      if (s) return s;
    }
  }
  return null;
}
