/**
 * Pay as job-board records state it: an object or a list of objects with min, max, currency and period in
 * any language (`{ minimo, maximo, moneda, periodo }`, `PositionRemuneration: [{ MinimumRange, ... }]`),
 * a period phrase beside the figures, the currency of the country the record names, else a text.
 */
import type { ParsedPosting, ParsedSalary } from '../../../shared/posting';
import { OTHER_JOBS_STEMS, PAY_PART_STEMS, SALARY_KEYS } from './json-keys';
import { currencyCode, parseSalary, periodFromWord } from './salary';
import { dollarOfPlaceParts } from './dollar-countries';
import { displayText, hasStem, isObject, normKey, subValue } from './record-values';

/** Country keys in each language (`country`, `CountryCode`, `pais`, `land`, `paese`). */
const COUNTRY_KEY = /^(?:\w*country\w*|pays|pais|país|land|paese|nazione)$/;

function amountOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  if (typeof v === 'string' && /^\s*\d[\d.,' ]*\s*$/.test(v)) return parseSalary(`${v} EUR`)?.min ?? null;
  if (isObject(v)) return amountOf(subValue(v, [...SALARY_KEYS.value, ...SALARY_KEYS.min]));
  return null;
}

/** A bound under a compound key (`betragVon`, `amountTo`): its stem names the part, its value is a figure. */
function boundByStem(o: Record<string, unknown>, part: 'min' | 'max'): number | null {
  for (const [k, v] of Object.entries(o)) {
    if (typeof v !== 'number') continue;
    const key = normKey(k);
    if (PAY_PART_STEMS[part].some((s) => key.endsWith(s))) return amountOf(v);
  }
  return null;
}

/** The currency a pay object's text states (`display: "$38.00 to $44.50 hourly"`). */
function textCurrency(o: Record<string, unknown>): string | null {
  for (const v of Object.values(o)) if (typeof v === 'string' && /\d/.test(v)) return parseSalary(v)?.currency ?? null;
  return null;
}

/**
 * A period stated under a key the table does not know (`riferimento: "Lordo annuo (RAL)"`): a short text
 * beside the figures that is a period word, or a gross/net phrase around one.
 */
function periodInValues(o: Record<string, unknown>): ParsedSalary['period'] | null {
  for (const v of Object.values(o)) {
    if (typeof v !== 'string' || v.length > 40 || /\d/.test(v)) continue;
    const words = v.replace(/[()]/g, ' ').trim();
    const p =
      periodFromWord(words) ??
      words
        .split(/\s+/)
        .map(periodFromWord)
        .find((x) => x !== null) ??
      null;
    if (p) return p;
  }
  return null;
}

/** Every country a record names, at any depth (`PositionLocation: [{ CountryCode: "United States" }]`), other jobs aside. */
export function countriesIn(v: unknown, depth = 0): string[] {
  if (depth > 5) return [];
  if (Array.isArray(v)) return v.flatMap((x) => countriesIn(x, depth + 1));
  if (!isObject(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => {
    const key = normKey(k);
    if (hasStem(key, OTHER_JOBS_STEMS)) return [];
    if (typeof x === 'string' && COUNTRY_KEY.test(key)) return [x];
    return countriesIn(x, depth + 1);
  });
}

/** The currency of the countries a record names: a dollar country's own dollar, the US's dollar. */
function currencyOfCountries(countries: readonly string[]): string | null {
  if (countries.length === 0) return null;
  return dollarOfPlaceParts(countries) ?? (countries.some((c) => US_NAMES.test(c.trim())) ? 'USD' : null);
}
const US_NAMES = /^(?:US|USA|United States(?: of America)?|Estados Unidos|États-Unis|Stati Uniti|Vereinigte Staaten)$/i;

/** `{ min, max, currency, interval }` in any language (`{ minimo, maximo, moneda, periodo }`), else text. */
export function salaryOf(v: unknown, countries: readonly string[] = []): ParsedPosting['salary'] {
  // `PositionRemuneration: [{ MinimumRange, MaximumRange, RateIntervalCode }]`: a list of pay objects is its first.
  if (Array.isArray(v) && isObject(v[0])) return salaryOf(v[0], countries);
  if (isObject(v)) {
    // schema.org's MonetaryAmount nests the figures one level down (`value: { minValue, maxValue, unitText }`).
    const inner = subValue(v, SALARY_KEYS.value);
    const figures = isObject(inner) ? { ...v, ...inner } : v;
    const min =
      amountOf(subValue(figures, SALARY_KEYS.min)) ?? (isObject(inner) ? null : amountOf(inner)) ?? boundByStem(figures, 'min');
    const max = amountOf(subValue(figures, SALARY_KEYS.max)) ?? boundByStem(figures, 'max');
    // The currency may sit beside each bound (`min: { amount, currency }`) rather than beside both.
    const bound = [subValue(figures, SALARY_KEYS.min), subValue(figures, SALARY_KEYS.max)].find(isObject);
    const curRaw =
      displayText(subValue(figures, SALARY_KEYS.currency)) ?? (bound ? displayText(subValue(bound, SALARY_KEYS.currency)) : null);
    // No currency key: the object's own display text may state it ("$38.00 to $44.50 hourly").
    // Nor any text: the currency of the country the record names (a US agency's record states none).
    const cur = curRaw ? currencyCode(curRaw) : (textCurrency(figures) ?? currencyOfCountries(countries));
    if ((min !== null || max !== null) && cur) {
      const periodRaw = displayText(subValue(figures, SALARY_KEYS.period));
      const period = (periodRaw ? periodFromWord(periodRaw) : null) ?? periodInValues(figures);
      return { min: min ?? null, max: max ?? min ?? null, currency: cur, period };
    }
  }
  const text = displayText(v);
  return text ? parseSalary(text) : null;
}
