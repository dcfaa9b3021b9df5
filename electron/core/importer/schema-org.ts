/**
 * schema.org JobPosting, from JSON-LD or microdata. What the page states in structured data wins over
 * what is read from its prose, so these readers report only what the markup actually says.
 */
import type { ParsedPosting, ParsedSalary } from '../../../shared/posting';
import type { DomDocument, DomElement, DomNode } from './dom-types';
import { isoDay } from './dates';
import { currencyCode } from './salary';

type Json = unknown;
type JsonObject = Record<string, Json>;

export interface SchemaPosting {
  fields: Partial<ParsedPosting>;
  /** The description as HTML or text, when the markup carries one. */
  description: string | null;
  /** The country of the job's place (`addressCountry`), which says what a bare "$" is. */
  country?: string | null;
}

function isObject(v: Json): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeNames(o: JsonObject): string[] {
  const t = o['@type'] ?? o['type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#]/, ''));
}

/** Finds the first JobPosting object anywhere in a JSON-LD value (@graph, arrays, nesting). */
export function findJobPosting(value: Json, depth = 0): JsonObject | null {
  if (depth > 8) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findJobPosting(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  if (typeNames(value).includes('JobPosting')) return value;
  for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) {
    const found = findJobPosting(value[key], depth + 1);
    if (found) return found;
  }
  return null;
}

function first(v: Json): Json {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: Json): string | null {
  const x = first(v);
  if (typeof x === 'string') {
    const s = x.replace(/\s+/g, ' ').trim();
    return s === '' ? null : s;
  }
  if (typeof x === 'number') return String(x);
  if (isObject(x)) return str(x['name'] ?? x['@value'] ?? x['value']);
  return null;
}

function num(v: Json): number | null {
  const x = first(v);
  if (typeof x === 'number' && Number.isFinite(x)) return x;
  if (typeof x === 'string') {
    const cleaned = x.replace(/[\s,'’]/g, '');
    if (/^\d+(?:\.\d+)?$/.test(cleaned)) return Number(cleaned);
  }
  return null;
}

const EMPLOYMENT: Record<string, ParsedPosting['employmentType']> = {
  full_time: 'full-time',
  fulltime: 'full-time',
  part_time: 'part-time',
  parttime: 'part-time',
  contractor: 'contract',
  contract: 'contract',
  temporary: 'temporary',
  intern: 'internship',
  internship: 'internship',
};

function employmentType(v: Json): ParsedPosting['employmentType'] {
  const list = Array.isArray(v) ? v : [v];
  for (const item of list) {
    if (typeof item !== 'string') continue;
    const key = item
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const mapped = EMPLOYMENT[key] ?? EMPLOYMENT[key.replace(/_/g, '')];
    if (mapped) return mapped;
  }
  return null;
}

const UNIT: Record<string, ParsedSalary['period']> = {
  hour: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  month: 'month',
  monthly: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};

function salary(base: Json, currencyHint: Json): ParsedSalary | null {
  const b = first(base);
  let currency = str(currencyHint);
  let min: number | null = null;
  let max: number | null = null;
  let period: ParsedSalary['period'] = null;
  const direct = num(b);
  if (direct !== null) {
    min = direct;
    max = direct;
  } else if (isObject(b)) {
    currency = str(b['currency']) ?? currency;
    const value = first(b['value']);
    const unit = str(isObject(value) ? value['unitText'] : null) ?? str(b['unitText']);
    if (unit) period = UNIT[unit.toLowerCase()] ?? null;
    const plain = num(value);
    if (plain !== null) {
      min = plain;
      max = plain;
    } else if (isObject(value)) {
      const v = num(value['value']);
      min = num(value['minValue']) ?? v;
      max = num(value['maxValue']) ?? v;
    } else {
      min = num(b['minValue']);
      max = num(b['maxValue']);
    }
  }
  if (min === null && max === null) return null;
  return { min, max, currency: currency ? currencyCode(currency) : null, period };
}

function location(v: Json): string | null {
  const list = Array.isArray(v) ? v : [v];
  const places: string[] = [];
  for (const place of list) {
    if (typeof place === 'string') {
      places.push(place.trim());
      continue;
    }
    if (!isObject(place)) continue;
    const addr = first(place['address']);
    if (typeof addr === 'string') {
      places.push(addr.trim());
      continue;
    }
    if (isObject(addr)) {
      const parts = [str(addr['addressLocality']), str(addr['addressRegion'])].filter((p): p is string => !!p);
      if (parts.length === 0) {
        const country = str(addr['addressCountry']);
        if (country) parts.push(country);
      }
      if (parts.length > 0) places.push(parts.join(', '));
      continue;
    }
    const name = str(place['name']);
    if (name) places.push(name);
  }
  const unique = [...new Set(places.filter((p) => p.length > 0))];
  return unique.length > 0 ? unique.join('; ') : null;
}

/** The first `addressCountry` of the job's places ("CL", `{ name: "Chile" }`). */
function countryOf(v: Json): string | null {
  for (const place of Array.isArray(v) ? v : [v]) {
    if (!isObject(place)) continue;
    const addr = first(place['address']);
    if (!isObject(addr)) continue;
    const c = first(addr['addressCountry']);
    const name = typeof c === 'string' ? str(c) : isObject(c) ? str(c['name']) : null;
    if (name) return name;
  }
  return null;
}

/** Maps a JobPosting object (JSON-LD, or microdata read into the same shape) onto posting fields. */
export function jobPostingFields(o: JsonObject): SchemaPosting {
  const fields: Partial<ParsedPosting> = {};
  const title = str(o['title']) ?? str(o['name']);
  if (title) fields.title = title;
  const org = first(o['hiringOrganization']);
  const company = typeof org === 'string' ? str(org) : isObject(org) ? str(org['name'] ?? org['legalName']) : null;
  if (company) fields.company = company;
  const loc = location(o['jobLocation']);
  if (loc) fields.location = loc;
  const locType = str(o['jobLocationType']);
  if (locType && /telecommute|remote/i.test(locType)) fields.workplace = 'remote';
  const emp = employmentType(o['employmentType']);
  if (emp) fields.employmentType = emp;
  const pay = salary(o['baseSalary'] ?? o['estimatedSalary'], o['salaryCurrency']);
  if (pay) fields.salary = pay;
  const posted = isoDay(str(o['datePosted']));
  if (posted) fields.postedAt = posted;
  const deadline = isoDay(str(o['validThrough']));
  if (deadline) fields.deadline = deadline;
  const url = str(o['url']);
  if (url && /^https?:\/\//i.test(url)) fields.url = url;
  const description = typeof first(o['description']) === 'string' ? (first(o['description']) as string) : null;
  return { fields, description, country: countryOf(o['jobLocation']) };
}

/** JSON-LD blocks of the page, the first JobPosting among them. */
export function jsonLdJobPosting(doc: DomDocument): JsonObject | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const raw = script.textContent ?? '';
    try {
      const found = findJobPosting(JSON.parse(raw.trim().replace(/^<!--|-->$/g, '')));
      if (found) return found;
    } catch {
      // a broken block on the page: ignore it, the prose still gets read
    }
  }
  return null;
}

// ---------- microdata ----------

function hasAttr(el: DomElement, name: string): boolean {
  return typeof el.hasAttribute === 'function' && el.hasAttribute(name);
}

function nearestScope(el: DomElement): DomNode | null {
  let p = el.parentNode;
  while (p?.nodeType === 1) {
    if (hasAttr(p as DomElement, 'itemscope')) return p;
    p = p.parentNode;
  }
  return null;
}

function propValue(el: DomElement): Json {
  if (hasAttr(el, 'itemscope')) return readItem(el);
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (tag === 'A' || tag === 'LINK' || tag === 'AREA') return el.getAttribute('href') ?? '';
  if (tag === 'IMG' || tag === 'SOURCE' || tag === 'AUDIO' || tag === 'VIDEO') return el.getAttribute('src') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? el.textContent ?? '';
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? el.textContent ?? '';
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readItem(scope: DomElement): JsonObject {
  const item: Record<string, Json[]> = {};
  const type = scope.getAttribute('itemtype');
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    if (nearestScope(el) !== scope) continue;
    const value = propValue(el);
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/)) {
      if (!name) continue;
      (item[name] ??= []).push(value);
    }
  }
  const out: JsonObject = {};
  if (type) out['@type'] = type;
  for (const [k, v] of Object.entries(item)) out[k] = v.length === 1 ? v[0] : v;
  return out;
}

/** The first microdata JobPosting item of the page, read into a JSON-LD-like object. */
export function microdataJobPosting(doc: DomDocument): JsonObject | null {
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    if (/schema\.org\/JobPosting\b/i.test(el.getAttribute('itemtype') ?? '')) return readItem(el);
  }
  return null;
}
