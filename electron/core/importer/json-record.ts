/**
 * Job-board JSON records of any shape, read by one walker with a multilingual key table: a public
 * employment service's `intitule` / `entreprise.nom` / `lieuTravail.libelle` / `salaire.libelle`,
 * Spanish boards' `titulo` / `empresa`, Lever's `text` / `categories.location` / `categories.commitment`,
 * Greenhouse's `title` / `location.name` / `content`, and plain `{ title, company, description }`.
 * No code per site: a key names a field in some language, and a nested object is read through its
 * display key (`nom`, `name`, `libelle`, `label`, ...).
 */
import type { ParsedPosting } from '../../../shared/posting';
import { dateAtStart, inferDayFirst, isoDay, type DateContext } from './dates';
import {
  PAY_PART_STEMS,
  PAY_STEMS,
  CREATED_STEMS,
  APPLY_STEMS,
  DATE_STEMS,
  DEADLINE_STEMS,
  EMAIL_KEY_STEMS,
  LINK_GROUP_KEYS,
  REMOTE_KEYS,
  START_STEMS,
  KEYS,
  LIST_KEYS,
  OTHER_JOBS_STEMS,
  PERSON_STEMS,
  POSTED_STEMS,
  type RecordField,
} from './json-keys';
import { detectLanguage } from './language';
import { parseSalary } from './salary';
import { employmentFromValues, workplaceFromRemoteValue, workplaceFromValue } from './work-terms';
import { cleanUrl, validEmail } from './contacts';
import { dollarOfPlaceParts } from './dollar-countries';
import { countriesIn, salaryOf } from './record-pay';
import { displayText, hasStem, isObject, leafTexts, normKey, subValue } from './record-values';

const KEY_FIELD = new Map<string, RecordField[]>();
for (const [field, keys] of Object.entries(KEYS) as [RecordField, readonly string[]][]) {
  for (const k of keys) KEY_FIELD.set(k, [...(KEY_FIELD.get(k) ?? []), field]);
}

/** Picks the record: the object itself, or the first record inside a wrapper or list. */
export function findRecord(value: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 4) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const r = findRecord(v, depth + 1);
      if (r) return r;
    }
    return null;
  }
  if (!isObject(value)) return null;
  const keys = Object.keys(value).map(normKey);
  // A title key holding a list of records (a Personio-like feed's `position: [{ name, office, ... }]`) is
  // a wrapper, not the title: the record is inside it.
  const titled = Object.entries(value).some(([k, v]) => {
    const key = normKey(k);
    return KEYS.title.includes(key) && key !== 'name' && key !== 'text' && !holdsRecords(v);
  });
  if (titled) return value;
  // Known wrappers first (`resultats`, `ofertas`, `jobs`); then the object itself when it names several
  // fields (Lever's top level); then any nested object ({ vacature: {...} }).
  const nested = Object.entries(value).filter(([, v]) => typeof v === 'object' && v !== null);
  for (const [k, v] of nested) {
    if (!LIST_KEYS.includes(normKey(k))) continue;
    const r = findRecord(v, depth + 1);
    if (r) return r;
  }
  if (keys.filter((k) => KEY_FIELD.has(k)).length >= 2) return value;
  // Of several nested objects, the job is the one naming a title, else the most fields: a response's
  // `soporte: { correo }` or `meta: { url }` beside `resultado: { ofertas: [...] }` is the board's own.
  let best: Record<string, unknown> | null = null;
  for (const [, v] of nested) {
    const r = findRecord(v, depth + 1);
    if (r && (!best || recordWeight(r) > recordWeight(best))) best = r;
  }
  if (best) return best;
  return keys.some((k) => KEY_FIELD.has(k)) ? value : null;
}

/** How much an object looks like the job: a title key outweighs any count of other fields. */
function recordWeight(r: Record<string, unknown>): number {
  const titled = Object.keys(r).some((k) => KEYS.title.includes(normKey(k)));
  return (titled ? 100 : 0) + fieldCount(r);
}

/** An object naming two or more fields by its keys: a job record, whatever its keys' language. */
function fieldCount(v: unknown): number {
  return isObject(v) ? Object.keys(v).filter((k) => KEY_FIELD.has(normKey(k))).length : 0;
}

/** A list of records, or one record, under a key (`position: [...]`, `jobs: [...]`). */
function holdsRecords(v: unknown): boolean {
  return Array.isArray(v) ? v.some((x) => fieldCount(x) >= 2) : fieldCount(v) >= 3;
}

type PayPart = keyof typeof PAY_PART_STEMS;
type Found = Partial<Record<RecordField, unknown>> & {
  payParts?: Partial<Record<PayPart, unknown>>;
  /** Free text under keys no field claims (Lever's `additionalPlain` and `lists`, `requisitos`). */
  extra?: string[];
  /** `posted` came from a creation key (`oprettet`, `createdAt`): a publication key still replaces it. */
  postedIsCreation?: boolean;
  /** The workplace came from a key that is the remote word itself (`homeoffice`, `thuiswerk`). */
  workplaceIsRemoteKey?: boolean;
  /** `location` came from a region key (`provincia: "BS"`): a town key in the record replaces it. */
  locationIsRegion?: boolean;
  /** `url` came from an apply key (`applyUrl`): the posting's own link (`url`, `PositionURI`) replaces it. */
  urlIsApply?: boolean;
};

/** Region-level place keys: a province code or a state is where the job is only when no town is named. */
const REGION_KEYS = ['provincia', 'province', 'provincie', 'region', 'regione', 'state', 'distrito', 'bundesland', 'kanton'];
const POSTING_LINK_KEY =
  /^(?!.*(?:apply|logo|image|img|photo|video|avatar|company|employer|web|site|home|cdn|icon|feed|rss|xml|api))\w*(?:url|link)$/;

/** A key naming the job's own page (`careersite-job-url`, `jobPageLink`) even where it says "site". */
const JOB_PAGE_KEY = /(?:job|posting|vacancy|offer)(?:page)?(?:url|link)$/;

function postingLinkKey(key: string): boolean {
  return POSTING_LINK_KEY.test(key) || (JOB_PAGE_KEY.test(key) && !/apply|logo|image|feed/.test(key));
}

/** `additional` beside `additionalPlain`: one text in two markups, read once (the markup-free one skipped). */
function hasMarkedUpTwin(o: Record<string, unknown>, key: string): boolean {
  if (!key.endsWith('plain')) return false;
  const twin = key.slice(0, -'plain'.length);
  return Object.keys(o).some((k) => normKey(k) === twin);
}

/** A list item that is itself a job record (`related: [{ title, salary }]`): another job, never read. */
function isRecordLike(v: unknown): boolean {
  return (
    isObject(v) &&
    Object.keys(v).some((k) => {
      const key = normKey(k);
      return key !== 'text' && key !== 'name' && KEYS.title.includes(key);
    })
  );
}

/** `{ name: "Salary Range", value: "$88,000 - $104,000" }` (Greenhouse's metadata) reads as a label line. */
function namedValue(o: Record<string, unknown>): string | null {
  const name = subValue(o, ['name', 'label', 'title', 'key']);
  const value = subValue(o, ['value', 'values', 'text']);
  if (typeof name !== 'string' || name.length > 60) return null;
  const shown = displayText(value);
  return shown ? `${name}: ${shown}` : null;
}

/**
 * Free text a record holds under a key the table does not know: a sentence ("The salary range for this
 * role is ..."), a list of requirements, Lever's `lists` of `{ text, content }`. It is read as body text,
 * so what it states (pay, skills, a deadline) is found like in any posting's prose.
 */
function freeText(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t.length >= 40 && /\s/.test(t) && !/^https?:\/\/\S+$/.test(t) ? t : null;
  }
  if (!Array.isArray(v) || v.some(isRecordLike)) return null;
  const items = v.flatMap((x) =>
    isObject(x) ? [namedValue(x) ?? leafTexts(x).join('\n')] : typeof x === 'string' ? [x.trim()] : [],
  );
  const wordy = items.filter((t) => /\s/.test(t));
  if (wordy.length === 0) return null;
  // Plain strings become a list; `{ text, content }` items keep their own heading and markup.
  return v.every((x) => typeof x === 'string') ? wordy.map((t) => `- ${t}`).join('\n') : wordy.join('\n\n');
}

/** `salaryMin` → 'min', `salarioPeriodo` → 'period'; null for keys that are not a part of pay. */
function payPartOf(key: string): PayPart | null {
  if (!hasStem(key, PAY_STEMS)) return null;
  for (const part of ['period', 'currency', 'min', 'max'] as PayPart[]) if (hasStem(key, PAY_PART_STEMS[part])) return part;
  return null;
}

/** A date under a key the table does not list: `dates.publication`, `fechaCaducidad`, `datumSluiting`. */
function dateFieldOf(key: string, parentKey: string, v: unknown): 'posted' | 'deadline' | null {
  // `veroeffentlichtAm: "14.01.2027"`: a key with no date noun still names one when its value is a day.
  const dayValue = typeof v === 'string' && /^\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b/.test(v);
  if (!hasStem(key, DATE_STEMS) && !hasStem(parentKey, DATE_STEMS) && !dayValue) return null;
  if (hasStem(key, DEADLINE_STEMS)) return 'deadline';
  if (hasStem(key, POSTED_STEMS)) return 'posted';
  return null;
}

/** A description object or list (`{ title, text }`, Personio's `[{ name, value }]`): its body text, not its heading. */
function descriptionText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  const parts = leafTexts(v).filter((t) => t.length > 40 || /<\w/.test(t));
  return parts.length > 0 ? parts.join('\n\n') : displayText(v);
}

/** A value that can hold a day (`published: true` is a flag, not a date). */
function dateLike(v: unknown): boolean {
  return (typeof v === 'string' && /\d/.test(v)) || (typeof v === 'number' && Number.isFinite(v));
}

/** One walk over the record: each key's field from the table; nested objects checked below it. */
/** Keys of a place object's parts (its town, street, postcode), in every language read. */
const PLACE_PART_KEYS = new Set([
  ...KEYS.location,
  'address',
  'streetaddress',
  'adresse',
  'adres',
  'indirizzo',
  'direccion',
  'endereco',
  'postalcode',
  'postcode',
  'zip',
  'zipcode',
  'postnummer',
  'postleitzahl',
  'plz',
  'codigopostal',
  'cep',
  'cap',
  'codepostal',
]);

function walk(o: Record<string, unknown>, found: Found, depth: number, parentKey = ''): void {
  // The record's own keys first, nested groups after: a company profile's `description` inside
  // `profile` does not take the place of the posting's own `description` beside it.
  const groups: [Record<string, unknown>, string][] = [];
  const inPerson = hasStem(parentKey, PERSON_STEMS);
  for (const [rawKey, v] of Object.entries(o)) {
    const key = normKey(rawKey);
    // A block of other jobs inside the record ("offresSimilaires"): not this posting.
    if (hasStem(key, OTHER_JOBS_STEMS)) continue;
    let fields = KEY_FIELD.get(key) ?? [];
    // `link: { annuncio, candidatura }`: a link key holding a group of links is walked as a group.
    if (fields.includes('url') && isObject(v)) fields = [];
    // In a group of links, an address under a key that does not name applying is the posting's own page.
    if (
      fields.length === 0 &&
      LINK_GROUP_KEYS.includes(parentKey) &&
      typeof v === 'string' &&
      /^https?:\/\/\S+$/i.test(v.trim()) &&
      !hasStem(key, APPLY_STEMS)
    ) {
      if (found.url === undefined) found.url = v.trim();
      continue;
    }
    // `salary_text: "165 kr. i timen"`, `gehaltsangabe`: pay stated as text under a key naming pay.
    if (fields.length === 0 && typeof v === 'string' && /\d/.test(v) && hasStem(key, PAY_STEMS) && !payPartOf(key))
      fields = ['salary'];
    // `byEmail`, `contactMail`: an address under a key naming e-mail.
    if (fields.length === 0 && typeof v === 'string' && v.includes('@') && hasStem(key, EMAIL_KEY_STEMS)) fields = ['email'];
    // `publikation: { online }`, `publicatie: { startdatum }`: a publication group's start is the posted day.
    if (fields.length === 0 && hasStem(parentKey, POSTED_STEMS) && hasStem(key, START_STEMS) && dateLike(v)) fields = ['posted'];
    if (fields.length === 0) {
      const part = payPartOf(key);
      if (part && v !== null && v !== undefined && v !== '') {
        found.payParts = { ...found.payParts, [part]: v };
        continue;
      }
    }
    // `careers_url`, `publicUrl`, `jobPageLink`: a link to the posting under a key the table lacks (an
    // apply form, a logo or the company's own site is not the posting).
    if (fields.length === 0 && typeof v === 'string' && postingLinkKey(key) && /^https?:\/\/\S+$/i.test(v.trim())) {
      if (found.url === undefined) found.url = v.trim();
      continue;
    }
    if (fields.length === 0 && !isObject(v)) {
      const dateField = dateFieldOf(key, parentKey, v);
      if (dateField) fields = [dateField];
      else if (!hasMarkedUpTwin(o, key)) {
        const text = freeText(v);
        if (text) found.extra = [...(found.extra ?? []), text];
      }
    }
    // `WorkPlace: { Address, PostalCode, City }`: a workplace key whose object holds a place is where the job
    // is, not how one works there.
    if (fields.includes('workplace') && isObject(v) && Object.keys(v).some((k) => PLACE_PART_KEYS.has(normKey(k))))
      fields = ['location'];
    // A contact person's object: their `functie` or `title` is their own job, not the posting's; only
    // where to write (their e-mail, an application link) is.
    if (inPerson) fields = fields.filter((f) => f === 'email' || f === 'url');
    for (const field of fields) {
      // The posting's own link replaces an apply link read before it (`applyUrl` then `url`).
      const apply = hasStem(key, APPLY_STEMS);
      if (field === 'url' && found.urlIsApply && !apply && typeof v === 'string' && /^https?:\/\//i.test(v.trim())) {
        found.url = v;
        found.urlIsApply = false;
        break;
      }
      // A town replaces a province or region code read before it (`provincia: "BS"` beside `comune`).
      const region = REGION_KEYS.includes(key);
      if (field === 'location' && found.locationIsRegion && !region && displayText(v)) {
        found.location = v;
        found.locationIsRegion = false;
        break;
      }
      // Several keys describe the employment (`tipoContrato`, `jornada`): all of them are read.
      if (field === 'employment' && found.employment !== undefined && v !== null && v !== undefined) {
        found.employment = [found.employment, v];
        break;
      }
      // A publication date replaces a creation date read before it (`oprettet` then `publiceret`).
      const creation = hasStem(key, CREATED_STEMS);
      if (field === 'posted' && found.posted !== undefined && found.postedIsCreation && !creation && dateLike(v)) {
        found.posted = v;
        found.postedIsCreation = false;
        break;
      }
      if (found[field] !== undefined) continue;
      // A bare `text`/`name` is the title only at the top of a record (Lever), not in a nested object.
      if ((key === 'text' || key === 'name') && (depth > 0 || field === 'title') && typeof v === 'string' && v.length > 150)
        continue;
      if ((key === 'text' || key === 'name') && depth > 0) continue;
      if (v === null || v === undefined || v === '') continue;
      found[field] = v;
      if (field === 'posted') found.postedIsCreation = creation;
      if (field === 'workplace') found.workplaceIsRemoteKey = REMOTE_KEYS.includes(key);
      if (field === 'location') found.locationIsRegion = region;
      if (field === 'url') found.urlIsApply = apply;
      break;
    }
    // Nested groups (Lever's `categories`, `content`; `origineOffre`; `contact`; `dates`) hold more
    // fields, and so does an employment group (`contrat: { type, tempsTravail, teletravail }`).
    // A details object read as the description (`UserArea: { Details: { JobSummary, Telework, AgencyContactEmail } }`)
    // still holds fields of its own; its texts are the description already, so none is added again.
    const group =
      fields.length === 0 ||
      (fields.length === 1 && fields[0] === 'employment') ||
      (fields.length === 1 && fields[0] === 'description' && found.description === v);
    if (isObject(v) && depth < 3 && group) groups.push([v, key]);
  }
  for (const [v, key] of groups) {
    const extra = found.extra;
    walk(v, found, depth + 1, key);
    if (v === found.description) found.extra = extra;
  }
}

/** A record's own date: ISO, epoch, or written out (`08/01/2027` read in the record's date order). */
function dayOf(v: unknown, ctx: DateContext): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Epoch milliseconds (Lever's createdAt) or seconds.
    const ms = v > 1e11 ? v : v * 1000;
    return isoDay(new Date(ms).toISOString());
  }
  const s = displayText(v);
  if (!s) return null;
  return isoDay(s) ?? dateAtStart(s, ctx, new Date(), false, 2);
}

export interface JsonRecord {
  fields: Partial<ParsedPosting>;
  description: string | null;
  /** Free text under keys no field claims, read as more body text. */
  extra: string[];
}

/** The fields a job-board record states, by key, whatever its language or nesting. */
export function readJsonRecord(record: Record<string, unknown>): JsonRecord {
  const found: Found = {};
  walk(record, found, 0);
  const out: Partial<ParsedPosting> = {};
  const title = displayText(found.title);
  if (title && title.length <= 200 && !title.includes('\n')) out.title = title;
  const company = displayText(found.company);
  if (company && company.length <= 120) out.company = company;
  const location = displayText(found.location);
  // A municipality's code (`commune: "44109"`) is not a place a user can read.
  if (location && location.length <= 200 && !/^\d+$/.test(location)) out.location = location.replace(/^\d{2,3}\s-\s/, '').trim();
  const employment = leafTexts(found.employment);
  if (employment.length > 0) out.employmentType = employmentFromValues(employment);
  const workplace = displayText(found.workplace);
  if (workplace) out.workplace = found.workplaceIsRemoteKey ? workplaceFromRemoteValue(workplace) : workplaceFromValue(workplace);
  // `remote: true` (a flag on the record or its location object) says remote; `false` says nothing.
  const place = isObject(found.location) ? found.location : {};
  // `workLocation: { city, locationType: "On site" }`: the place object says how one works there.
  if (!out.workplace) {
    const kind = Object.entries(place).find(([k, v]) => KEYS.workplace.includes(normKey(k)) && typeof v === 'string');
    if (kind) out.workplace = workplaceFromValue(String(kind[1]));
  }
  if (!out.workplace && (found.workplace === true || place['remote'] === true)) out.workplace = 'remote';
  if (!out.workplace && place['hybrid'] === true) out.workplace = 'hybrid';
  if (found.salary !== undefined) out.salary = salaryOf(found.salary, countriesIn(record));
  // A bare "$" is the dollar of the record's place (`workLocation: { city, province: "AB" }`).
  if (out.salary?.currency === 'USD' && !/US\$|USD|\bUS\b/.test(leafTexts(found.salary).join(' '))) {
    const local = dollarOfPlaceParts(leafTexts(found.location));
    if (local) out.salary = { ...out.salary, currency: local };
  }
  // Pay split over several keys is read as the sentence it stands for: "1.500 € - 1.700 € Bruto/mes".
  const parts = found.payParts;
  if (!out.salary && parts && (parts.min !== undefined || parts.max !== undefined)) {
    const cur = displayText(parts.currency) ?? '';
    const amount = (v: unknown) => {
      const t = displayText(v);
      return t ? `${t} ${cur}`.trim() : null;
    };
    const range = [amount(parts.min), amount(parts.max)].filter((x): x is string => x !== null).join(' - ');
    out.salary = parseSalary(`${range} ${displayText(parts.period) ?? ''}`);
  }
  // `08/01/2027` is read in the record's own order: its language, place and pay, and its other dates.
  const description = descriptionText(found.description);
  const language = detectLanguage(`${title ?? ''}\n${description ?? ''}`);
  const dates = [found.posted, found.deadline].map((d) => displayText(d) ?? '').join('\n');
  const ctx: DateContext = {
    language,
    dayFirst: inferDayFirst(dates, language, { location: out.location ?? null, currency: out.salary?.currency ?? null }),
  };
  if (found.posted !== undefined) out.postedAt = dayOf(found.posted, ctx);
  if (found.deadline !== undefined) out.deadline = dayOf(found.deadline, ctx);
  const url = displayText(found.url);
  if (url && /^https?:\/\/\S+$/i.test(url)) out.url = cleanUrl(url) ?? url;
  const email = displayText(found.email);
  if (email) out.email = validEmail(email);
  // The keys are ParsedPosting's own fields (Object.keys of `out`), not a map's open-ended keys.
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
  for (const k of Object.keys(out) as (keyof ParsedPosting)[]) if (out[k] === null) delete out[k];
  return { fields: out, description, extra: found.extra ?? [] };
}

/** JSON as boards export it, which may hold `NaN` or `Infinity` (Python's json module writes them). */
export function parseLooseJson(raw: string): unknown {
  const text = raw.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    // One linear pass: outside strings, NaN / Infinity / -Infinity become null.
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (inString) {
        out += c;
        if (c === '\\') {
          out += text[i + 1] ?? '';
          i++;
        } else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      if (text.startsWith('NaN', i)) {
        out += 'null';
        i += 2;
      } else if (text.startsWith('-Infinity', i)) {
        out += 'null';
        i += 8;
      } else if (text.startsWith('Infinity', i)) {
        out += 'null';
        i += 7;
      } else out += c;
    }
    return JSON.parse(out);
  }
}
