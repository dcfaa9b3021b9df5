/**
 * Job-board JSON records of any shape, read by one walker with a multilingual key table: a public
 * employment service's `intitule` / `entreprise.nom` / `lieuTravail.libelle` / `salaire.libelle`,
 * Spanish boards' `titulo` / `empresa`, Lever's `text` / `categories.location` / `categories.commitment`,
 * Greenhouse's `title` / `location.name` / `content`, and plain `{ title, company, description }`.
 * No code per site: a key names a field in some language, and a nested object is read through its
 * display key (`nom`, `name`, `libelle`, `label`, ...).
 */
import type { ParsedPosting } from '../../../shared/posting';
import { isoDay } from './dates';
import { parseSalary } from './salary';
import { employmentFromValues, workplaceFromValue } from './work-terms';
import { validEmail } from './contacts';

type Field =
  | 'title'
  | 'company'
  | 'location'
  | 'employment'
  | 'workplace'
  | 'salary'
  | 'posted'
  | 'deadline'
  | 'url'
  | 'email'
  | 'description';

/** Keys as boards name them (lower case, without `_` and `-`), per field, in every language read. */
const KEYS: Record<Field, readonly string[]> = {
  title: [
    'title',
    'jobtitle',
    'position',
    'positiontitle',
    'intitule',
    'intituleposte',
    'titre',
    'titulo',
    'puesto',
    'titel',
    'stellentitel',
    'functietitel',
    'functie',
    'vacaturetitel',
    'stillingsbetegnelse',
    'jobtitel',
    'titolo',
    'cargo',
    'denominacion',
    'name',
    'text',
  ],
  company: [
    'company',
    'companyname',
    'employer',
    'employername',
    'organization',
    'organisation',
    'hiringorganization',
    'entreprise',
    'nomentreprise',
    'empresa',
    'nombreempresa',
    'arbeitgeber',
    'unternehmen',
    'firma',
    'werkgever',
    'bedrijf',
    'bedrijfsnaam',
    'virksomhed',
    'arbejdsgiver',
    'azienda',
    'empregador',
    'client',
  ],
  location: [
    'location',
    'joblocation',
    'city',
    'lieutravail',
    'lieu',
    'localisation',
    'ubicacion',
    'ciudad',
    'provincia',
    'localidad',
    'standort',
    'arbeitsort',
    'ort',
    'locatie',
    'standplaats',
    'plaats',
    'arbejdssted',
    'sted',
    'sede',
    'luogo',
    'localizacao',
    'local',
    'cidade',
    'alllocations',
    'locations',
  ],
  employment: [
    'commitment',
    'employmenttype',
    'typecontrat',
    'typecontratlibelle',
    'dureetravaillibelleconverti',
    'contracttype',
    'jobtype',
    'tipocontrato',
    'contrato',
    'jornada',
    'tipojornada',
    'anstellungsart',
    'arbeitszeit',
    'dienstverband',
    'ansaettelsesform',
    'ansættelsesform',
    'contratto',
    'tipocontratto',
    'regime',
    'worktype',
    'schedule',
  ],
  workplace: ['workplacetype', 'workplace', 'remote', 'remotetype', 'teletravail', 'modalidad', 'remotework', 'worklocationtype'],
  salary: [
    'salary',
    'salaire',
    'salario',
    'sueldo',
    'gehalt',
    'salaris',
    'loen',
    'løn',
    'stipendio',
    'retribuzione',
    'salario',
    'remuneracao',
    'remuneração',
    'compensation',
    'salarydescription',
    'salaryrange',
    'pay',
  ],
  posted: [
    'dateposted',
    'posted',
    'postedat',
    'postedon',
    'createdat',
    'datecreation',
    'datepublication',
    'publishedat',
    'published',
    'publicationdate',
    'fechapublicacion',
    'fechacreacion',
    'publicatiedatum',
    'veroeffentlicht',
    'veröffentlicht',
    'datapubblicazione',
    'datapublicacao',
    'firstpublished',
    'publiceret',
  ],
  deadline: [
    'validthrough',
    'deadline',
    'applicationdeadline',
    'datelimite',
    'datelimitecandidature',
    'fechalimite',
    'fechacierre',
    'bewerbungsfrist',
    'sluitingsdatum',
    'ansoegningsfrist',
    'ansøgningsfrist',
    'scadenza',
    'datalimite',
    'closingdate',
    'expiresat',
  ],
  url: ['url', 'hostedurl', 'absoluteurl', 'applyurl', 'link', 'urlpostulation', 'urlorigine', 'joburl', 'applicationurl'],
  email: ['email', 'courriel', 'correo', 'contactemail', 'mail'],
  description: [
    'description',
    'descriptionplain',
    'jobdescription',
    'content',
    'body',
    'details',
    'descripcion',
    'texto',
    'beschreibung',
    'stellenbeschreibung',
    'omschrijving',
    'functieomschrijving',
    'beskrivelse',
    'descrizione',
    'descricao',
    'descrição',
    'text',
  ],
};

const KEY_FIELD = new Map<string, Field[]>();
for (const [field, keys] of Object.entries(KEYS) as [Field, readonly string[]][]) {
  for (const k of keys) KEY_FIELD.set(k, [...(KEY_FIELD.get(k) ?? []), field]);
}

/** The key of a nested object that holds its display text. */
const DISPLAY_KEYS = [
  'name',
  'nom',
  'nombre',
  'naam',
  'navn',
  'nome',
  'libelle',
  'label',
  'displayname',
  'text',
  'value',
  'city',
  'title',
];
/** Wrappers around one or more records. */
const LIST_KEYS = [
  'resultats',
  'results',
  'data',
  'jobs',
  'offres',
  'ofertas',
  'items',
  'postings',
  'vacatures',
  'hits',
  'records',
  'job',
  'offer',
  'posting',
  'vacancy',
  'listing',
];

function normKey(k: string): string {
  return k.toLowerCase().replace(/[_\-\s]/g, '');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function displayText(v: unknown, depth = 0): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => displayText(x, depth + 1)).filter((x): x is string => x !== null);
    return parts.length > 0 ? parts.join('; ') : null;
  }
  if (isObject(v) && depth < 3) {
    for (const [k, val] of Object.entries(v)) if (DISPLAY_KEYS.includes(normKey(k))) return displayText(val, depth + 1);
  }
  return null;
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
  if (keys.some((k) => (KEYS.title as readonly string[]).includes(k) && k !== 'name' && k !== 'text')) return value;
  // Known wrappers first (`resultats`, `ofertas`, `jobs`); then the object itself when it names several
  // fields (Lever's top level); then any nested object ({ vacature: {...} }).
  const nested = Object.entries(value).filter(([, v]) => typeof v === 'object' && v !== null);
  for (const [k, v] of nested) {
    if (!LIST_KEYS.includes(normKey(k))) continue;
    const r = findRecord(v, depth + 1);
    if (r) return r;
  }
  if (keys.filter((k) => KEY_FIELD.has(k)).length >= 2) return value;
  for (const [, v] of nested) {
    const r = findRecord(v, depth + 1);
    if (r) return r;
  }
  return keys.some((k) => KEY_FIELD.has(k)) ? value : null;
}

type Found = Partial<Record<Field, unknown>>;

/** One walk over the record: each key's field from the table; nested objects checked below it. */
function walk(o: Record<string, unknown>, found: Found, depth: number): void {
  for (const [rawKey, v] of Object.entries(o)) {
    const fields = KEY_FIELD.get(normKey(rawKey)) ?? [];
    for (const field of fields) {
      // Several keys describe the employment (`tipoContrato`, `jornada`): all of them are read.
      if (field === 'employment' && found.employment !== undefined && v !== null && v !== undefined) {
        found.employment = [found.employment, v];
        break;
      }
      if (found[field] !== undefined) continue;
      // A bare `text`/`name` is the title only at the top of a record (Lever), not in a nested object.
      if (
        (normKey(rawKey) === 'text' || normKey(rawKey) === 'name') &&
        (depth > 0 || field === 'title') &&
        typeof v === 'string' &&
        v.length > 150
      )
        continue;
      if ((normKey(rawKey) === 'text' || normKey(rawKey) === 'name') && depth > 0) continue;
      if (v === null || v === undefined || v === '') continue;
      found[field] = v;
      break;
    }
    // Nested groups (Lever's `categories`, `content`; `origineOffre`; `contact`) hold more fields.
    if (isObject(v) && depth < 3 && fields.length === 0) walk(v, found, depth + 1);
  }
}

function dayOf(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Epoch milliseconds (Lever's createdAt) or seconds.
    const ms = v > 1e11 ? v : v * 1000;
    return isoDay(new Date(ms).toISOString());
  }
  const s = displayText(v);
  return s ? isoDay(s) : null;
}

function salaryOf(v: unknown): ParsedPosting['salary'] {
  if (isObject(v)) {
    const min = typeof v['min'] === 'number' ? v['min'] : null;
    const max = typeof v['max'] === 'number' ? v['max'] : null;
    const cur = typeof v['currency'] === 'string' ? v['currency'].toUpperCase() : null;
    if ((min !== null || max !== null) && cur && /^[A-Z]{3}$/.test(cur)) {
      const interval = typeof v['interval'] === 'string' ? v['interval'].toLowerCase() : '';
      const period = /hour/.test(interval)
        ? 'hour'
        : /day/.test(interval)
          ? 'day'
          : /week/.test(interval)
            ? 'week'
            : /month/.test(interval)
              ? 'month'
              : /year|annual/.test(interval)
                ? 'year'
                : null;
      return { min, max, currency: cur, period };
    }
  }
  const text = displayText(v);
  return text ? parseSalary(text) : null;
}

export interface JsonRecord {
  fields: Partial<ParsedPosting>;
  description: string | null;
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
  if (location && location.length <= 200) out.location = location.replace(/^\d{2,3}\s-\s/, '').trim();
  const employment = displayText(found.employment);
  if (employment) out.employmentType = employmentFromValues([employment]);
  const workplace = displayText(found.workplace);
  if (workplace) out.workplace = workplaceFromValue(workplace);
  if (found.salary !== undefined) out.salary = salaryOf(found.salary);
  if (found.posted !== undefined) out.postedAt = dayOf(found.posted);
  if (found.deadline !== undefined) out.deadline = dayOf(found.deadline);
  const url = displayText(found.url);
  if (url && /^https?:\/\/\S+$/i.test(url)) out.url = url;
  const email = displayText(found.email);
  if (email) out.email = validEmail(email);
  for (const k of Object.keys(out) as (keyof ParsedPosting)[]) if (out[k] === null) delete out[k];
  return { fields: out, description: displayText(found.description) };
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
      const c = text[i];
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
