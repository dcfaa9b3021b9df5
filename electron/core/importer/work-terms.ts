/** Employment type and workplace, from labelled values first and from unambiguous phrases second. */
import type { ParsedPosting } from '../../../shared/posting';
import { allOf, alternationOf, wordsPattern, type LanguageTable } from './lang';

type EmploymentType = NonNullable<ParsedPosting['employmentType']>;
type Workplace = NonNullable<ParsedPosting['workplace']>;

/** Broad terms, safe inside a value labelled "Employment type", "Arbeitszeit", "Jornada", "Type de contrat". */
const VALUE_TERMS: [EmploymentType, RegExp][] = [
  [
    'internship',
    /\b(?:intern(?:ship)?|trainee|working student|werkstudent\w*|praktik\w*|prácticas|becari[oa]|pasantía|stage|stagiaire|stagiair|alternance|tirocinio|stagista|estágio|estagiári[oa])\b/i,
  ],
  [
    'temporary',
    /\b(?:temporary|temp|fixed[- ]term|seasonal|befristet\w*|zeitarbeit|temporal|eventual|duración determinada|tiempo determinado|obra y servicio|plazo fijo|t[ée]rmino fijo|CDD|intérim|durée déterminée|tijdelijk|jaarcontract|midlertidig|tidsbegrænset|\w*vikariat|tempo determinato|a termine|temporário|a termo)\b/i,
  ],
  [
    'contract',
    /\b(?:contract(?:or)?|freelance\w*|freiberuflich|selbstständig|autónomo|por obra|prestataire|indépendant|zzp|opdracht|konsulentbasis|libero professionista|partita iva|prestação de serviços|PJ)\b/i,
  ],
  [
    'part-time',
    /\b(?:part[- ]?time|teilzeit|media jornada|jornada parcial|tiempo parcial|temps partiel|deeltijds?|parttime|deltid|tempo parziale|meio período|tempo parcial|parcial)\b/i,
  ],
  [
    'full-time',
    /\b(?:full[- ]?time|vollzeit|jornada completa|completa|tiempo completo|temps (?:plein|complet)|CDI|permanent full|voltijds?|fulltime|fuldtid|tempo pieno|tempo integral|tempo inteiro|período integral|integral)\b/i,
  ],
];

/** Narrow phrases, safe anywhere in the text (no "temporary accommodation", no "internal"). */
const TEXT_TERMS: [EmploymentType, RegExp][] = [
  [
    'internship',
    // "buenas prácticas" (good practice) is not an internship: Spanish needs the contract's own words.
    /\b(?:internship|praktikum|pflichtpraktikum|praktikant(?:in)?|(?:contrato|beca|convenio) de prácticas|prácticas (?:profesionales|remuneradas|curriculares|extracurriculares|en empresa)|en prácticas|becari[oa]|stagiaire|stage de fin d['’]études|stageplaats|afstudeerstage|praktikophold|tirocinio|stagista|estágio|estagiári[oa])\b/i,
  ],
  [
    'temporary',
    /\b(?:temporary (?:position|role|contract|job|employment|assignment)|fixed[- ]term|(?<!un)befristet(?:e[nrs]?)?|contrato temporal|contrato (?:a|de) (?:plazo|t[ée]rmino) fijo|contrat à durée déterminée|jaarcontract|tijdelijk contract|tijdelijke (?:baan|functie)|midlertidig stilling|tidsbegrænset (?:stilling|ansættelse)|\w*vikariat|(?:contratto )?a tempo determinato|tempo determinato|contrato a termo)\b|\bCDD\b/i,
  ],
  [
    'contract',
    /\b(?:(?:contract|contractor|freelance) (?:role|position|job|basis|assignment|opportunity|engagement)|freelancer|freiberuflich\w*)\b/i,
  ],
  [
    'part-time',
    /\b(?:part[- ]time|teilzeit|media jornada|jornada parcial|tiempo parcial|temps partiel|deeltijds?|deltid|del tid|tempo parziale|meio período)\b/i,
  ],
  [
    'full-time',
    /\b(?:full[- ]?time|vollzeit|jornada completa|tiempo completo|temps plein|temps complet|voltijds?|fuldtid|fuld tid|tempo pieno|tempo integral|tempo inteiro|período integral)\b|\bCDI\b/i,
  ],
];

const FIXED_TERM = /\b(?:a |de )?(?:plazo|t[ée]rmino) fijo\b/giu;

/** Permanent-contract words (lang/xx.ts `permanent`): in a labelled value, every form. */
const PERMANENT_VALUE = wordsPattern(
  allOf((l) => l.permanent),
  'giu',
);
/** In running text only the unmistakable ones: several words or a long word ("permanent residents" is not one). */
const PERMANENT_TEXT = wordsPattern(
  allOf((l) => l.permanent).filter((p) => p.includes(' ') || p.length >= 11),
  'giu',
);

/**
 * "Vast contract", "contrato indefinido": a permanent contract is not a freelance one. The words are set
 * aside, and stand for full-time only when nothing else (in any of the values) says the hours or the kind.
 */
function withoutPermanent(raw: string, permanent: RegExp): { rest: string; permanent: boolean } {
  // "Plazo fijo", "término fijo" are a fixed term, although "fijo" alone is a permanent contract in Spain.
  const text = raw.replace(FIXED_TERM, ' temporal ');
  const found = permanent.test(text);
  permanent.lastIndex = 0;
  return { rest: found ? text.replace(permanent, ' ') : text, permanent: found };
}

function classify(text: string, terms: [EmploymentType, RegExp][], permanent: RegExp): EmploymentType | null {
  const { rest, permanent: isPermanent } = withoutPermanent(text, permanent);
  return classifyKind(rest, terms) ?? hoursKind(rest) ?? workloadKind(rest) ?? (isPermanent ? 'full-time' : null);
}

/** "24 tot 32 uur per week", "37 timer om ugen", "20–25 hours a week": a number or a range of weekly hours. */
export const WEEKLY_HOURS = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d{1,2}(?:[.,]\\d)?)(?:\\s*(?:[-–—/]|${alternationOf(allOf((l) => l.rangeWords))})\\s*(\\d{1,2}(?:[.,]\\d)?))?\\s*(?:${alternationOf(
    allOf((l) => l.weeklyHours),
  )})(?![\\p{L}])`,
  'giu',
);

/**
 * The kind the weekly hours say when no word does: all stated hours up to 32 a week is part-time, all 35
 * or more full-time; hours on both sides (or 33-34) say nothing.
 */
function hoursKind(text: string): EmploymentType | null {
  const kinds = new Set<EmploymentType | null>();
  for (const m of text.matchAll(WEEKLY_HOURS)) {
    const low = Number((m[1] ?? '').replace(',', '.'));
    const high = m[2] === undefined ? low : Number(m[2].replace(',', '.'));
    if (low <= 0 || high > 60 || high < low) continue;
    kinds.add(high <= 32 ? 'part-time' : low >= 35 ? 'full-time' : null);
  }
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

/** "Pensum 60–80 %", "taux d'activité : 80 %", "Arbeitspensum von 80 bis 100 %": a workload in percent. */
const WORKLOAD = new RegExp(
  `(?<![\\p{L}])(?:${alternationOf(allOf((l) => l.workloadWords))})(?![\\p{L}])[^\\d\\n.;]{0,16}?(\\d{1,3})\\s*%?(?:\\s*(?:[-–—/]|${alternationOf(
    allOf((l) => l.rangeWords),
  )})\\s*(\\d{1,3}))?\\s*%`,
  'giu',
);

/**
 * The kind a stated workload says: any workload below 100 % is part-time (a "Pensum von 100 %" beside it is
 * the pay's reference, "Lohn bezogen auf 100 %"); only 100 % alone is full-time; "80–100 %" leaves the
 * choice to the applicant and says neither.
 */
export function workloadKind(text: string): EmploymentType | null {
  let below = false;
  let full = false;
  for (const m of text.matchAll(WORKLOAD)) {
    const low = Number(m[1]);
    const high = m[2] === undefined ? low : Number(m[2]);
    if (low <= 0 || high > 100 || high < low) continue;
    if (high < 100) below = true;
    else if (low === 100) full = true;
  }
  return below ? 'part-time' : full ? 'full-time' : null;
}

function classifyKind(text: string, terms: [EmploymentType, RegExp][]): EmploymentType | null {
  // Contract kinds are more specific than hours: "Vollzeit, befristet" is a temporary job.
  for (const [kind, re] of terms.slice(0, 3)) if (re.test(text)) return kind;
  const part = terms[3]?.[1].exec(text);
  const full = terms[4]?.[1].exec(text);
  if (part && full) return part.index < full.index ? 'part-time' : 'full-time';
  if (part) return 'part-time';
  if (full) return 'full-time';
  return null;
}

/**
 * The employment type labelled values state. `permanentIsFullTime: false` leaves a value that only says
 * "permanent" unread, for a caller that still has the text to ask about the hours.
 */
export function employmentFromValues(values: readonly string[], permanentIsFullTime = true): EmploymentType | null {
  // Codes such as `parttime_permanent` or `FULL_TIME` are words joined by underscores.
  const read = values.map((v) => withoutPermanent(v.replace(/_/g, ' '), PERMANENT_VALUE));
  const kinds = read
    .map((r) => classifyKind(r.rest, VALUE_TERMS) ?? workloadKind(r.rest))
    .filter((k): k is EmploymentType => k !== null);
  return (
    classifyKind(kinds.join(' '), VALUE_TERMS) ?? (permanentIsFullTime && read.some((r) => r.permanent) ? 'full-time' : null)
  );
}

export function employmentFromText(text: string): EmploymentType | null {
  return classify(text, TEXT_TERMS, PERMANENT_TEXT);
}

function fragments(pick: (w: LanguageTable['workplace']) => readonly string[]): RegExp {
  return new RegExp(allOf((l) => pick(l.workplace)).join('|'), 'i');
}

/** Each language's workplace phrases (lang/xx.ts), one pattern per kind. */
const HYBRID = fragments((w) => w.hybrid);
const REMOTE = fragments((w) => w.remote);
const ONSITE = fragments((w) => w.onsite);
const NOT_REMOTE = new RegExp(allOf((l) => l.workplace.notRemote).join('|'), 'gi');
const VALUE_HYBRID = wordsPattern(allOf((l) => l.workplaceValues.hybrid));
const VALUE_REMOTE = wordsPattern(allOf((l) => l.workplaceValues.remote));
const VALUE_ONSITE = wordsPattern(allOf((l) => l.workplaceValues.onsite));

function workplaceIn(text: string): Workplace | null {
  // "Remote work is not available", "kein Homeoffice": the negated phrase is blanked out, so its
  // "remote" is not read; a posting that says remote work is not offered is an on-site job.
  const negated = NOT_REMOTE.test(text);
  NOT_REMOTE.lastIndex = 0;
  const rest = negated ? text.replace(NOT_REMOTE, ' ') : text;
  if (HYBRID.test(rest)) return 'hybrid';
  if (REMOTE.test(rest)) return 'remote';
  if (partialRemote(rest)) return 'hybrid';
  if (ONSITE.test(rest) || negated) return 'onsite';
  return null;
}

/** A bare remote word ("Hjemmearbejde", "Homeoffice", "télétravail"), found in prose. */
const REMOTE_WORD = wordsPattern(
  allOf((l) => l.workplaceValues.remote),
  'giu',
);
const PROSE_TOO_VAGUE = new Set([
  'flexible',
  'optional',
  'possible',
  'possível',
  'possibile',
  'posible',
  'mogelijk',
  'möglich',
  'muligt',
]);
/** Partial words for prose: "possible" or "flexible" alone ("remote where possible") say too little in a sentence. */
const PARTIAL_IN_PROSE = wordsPattern(
  allOf((l) => l.workplaceValues.partial).filter((w) => !PROSE_TOO_VAGUE.has(w)),
  'iu',
);

/**
 * "Hjemmearbejde en dag om ugen er muligt", "Homeoffice nach Absprache", "télétravail possible deux jours
 * par semaine": a remote word with a partial word in one sentence is partial remote, so hybrid.
 */
function partialRemote(text: string): boolean {
  for (const m of text.matchAll(REMOTE_WORD)) {
    const start = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index), m.index - 60);
    const endDot = text.slice(m.index).search(/[.!?\n]/);
    const end = Math.min(endDot < 0 ? text.length : m.index + endDot, m.index + m[0].length + 60);
    if (PARTIAL_IN_PROSE.test(text.slice(start + 1, end))) return true;
  }
  return false;
}

/** Bare words are fine in a labelled value ("Work model: Remote"); the text needs a clear phrase. */
export function workplaceFromValue(value: string): Workplace | null {
  // "Híbrida: dos días a la semana de teletrabajo": a value that names hybrid is hybrid, whatever
  // remote words explain it.
  if (VALUE_HYBRID.test(value)) return 'hybrid';
  const phrase = workplaceIn(value);
  if (phrase) return phrase;
  if (VALUE_HYBRID.test(value)) return 'hybrid';
  if (VALUE_REMOTE.test(value)) return 'remote';
  if (VALUE_ONSITE.test(value)) return 'onsite';
  return null;
}

/**
 * The value of a record key that is itself the remote word (`homeoffice: "tageweise möglich (max. 2 Tage
 * pro Woche)"`, `thuiswerk: "Eén dag per week telewerk mogelijk"`): a refusal is on-site, a partial or
 * counted answer hybrid, else the value's own words.
 */
export function workplaceFromRemoteValue(value: string): Workplace | null {
  const own = workplaceFromValue(value);
  if (own === 'hybrid') return own;
  if (VALUE_NO.test(value)) return 'onsite';
  // "Eén dag per week telewerk mogelijk, de overige dagen op kantoor": partial remote beside the office.
  if (VALUE_PARTIAL.test(value) || /\d/.test(value)) return 'hybrid';
  return own;
}

const REMOTE_LABEL = wordsPattern(
  allOf((l) => [
    ...l.workplaceValues.remote,
    ...(l.labels.workplace ?? []).filter((w) => w.endsWith('!')).map((w) => w.slice(0, -1)),
  ]),
);
const VALUE_PARTIAL = wordsPattern(allOf((l) => l.workplaceValues.partial));
const VALUE_NO = wordsPattern(allOf((l) => l.workplaceValues.no));

/**
 * The value of a label that is itself the remote word ("Télétravail : un jour par semaine possible",
 * "Homeoffice: nein", "Remote: 2 days a week"): partial remote is hybrid, a refusal is on-site.
 */
export function workplaceFromRemoteLabel(labelLine: string, value: string): Workplace | null {
  const colon = labelLine.search(/[:：]/);
  if (colon < 0 || !REMOTE_LABEL.test(labelLine.slice(0, colon))) return null;
  if (VALUE_NO.test(value)) return 'onsite';
  if (VALUE_PARTIAL.test(value) || /\d/.test(value)) return 'hybrid';
  return null;
}

/**
 * A remote word alone on its line as a label, its answer on the next line ("Télétravail" / "Non",
 * "Homeoffice" / "2 Tage pro Woche"), as boards' fact lists copy: a refusal is on-site, a partial answer hybrid.
 */
export function workplaceFromRemoteHeading(lines: readonly string[]): Workplace | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const label = (lines[i] ?? '')
      .trim()
      .replace(/[\s:：*_#]+$/, '')
      .replace(/^[#*_\s]+/, '');
    if (label.length > 30 || !BARE_REMOTE_LABEL.test(label)) continue;
    const next =
      lines
        .slice(i + 1, i + 3)
        .find((l) => l.trim() !== '')
        ?.trim() ?? '';
    // "Gedeeltelijk (2 dagen per week op kantoor)": the answer may carry its explanation in brackets.
    if (next.length === 0 || next.replace(/\s*\([^()]*\)$/, '').length > 40) continue;
    if (VALUE_NO.test(next)) return 'onsite';
    if (VALUE_PARTIAL.test(next) || /\d/.test(next)) return 'hybrid';
  }
  return null;
}

const whole = (words: readonly string[]) => new RegExp(`^(?:${alternationOf(words)})$`, 'iu');
const BARE_HYBRID = whole(allOf((l) => l.workplaceValues.hybrid));
const BARE_REMOTE = whole(allOf((l) => l.workplaceValues.remote));
const BARE_REMOTE_LABEL = whole(allOf((l) => [...l.workplaceValues.remote, 'remote work', 'work from home', 'mobiles arbeiten']));
const BARE_ONSITE = whole(allOf((l) => l.workplaceValues.onsite));

/**
 * A header's bare workplace word: a line "Hybrid" under the title, or one item of its facts line
 * ("Apoio ao Cliente · Porto · Híbrido", "Dublin, Ireland (Remote)"). Only a whole item counts.
 */
export function workplaceFromHeader(header: readonly string[]): Workplace | null {
  for (const line of header) {
    if (line.length > 120) continue;
    for (const raw of line.split(/\s[·•|–—-]\s|[,()[\]]/)) {
      const item = raw.replace(/^[\s#*_>-]+|[\s*_:]+$/g, '');
      if (item.length < 3 || item.length > 20) continue;
      if (BARE_HYBRID.test(item)) return 'hybrid';
      if (BARE_REMOTE.test(item)) return 'remote';
      if (BARE_ONSITE.test(item)) return 'onsite';
    }
  }
  return null;
}

export function workplaceFromText(text: string): Workplace | null {
  return workplaceIn(text);
}
