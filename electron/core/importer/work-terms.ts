/** Employment type and workplace, from labelled values first and from unambiguous phrases second. */
import type { ParsedPosting } from '../../../shared/posting';

type EmploymentType = NonNullable<ParsedPosting['employmentType']>;
type Workplace = NonNullable<ParsedPosting['workplace']>;

/** Broad terms, safe inside a value labelled "Employment type", "Arbeitszeit", "Jornada", "Type de contrat". */
const VALUE_TERMS: [EmploymentType, RegExp][] = [
  [
    'internship',
    /\b(?:intern(?:ship)?|trainee|working student|werkstudent\w*|praktik\w*|prácticas|becari[oa]|pasantía|stage|stagiaire|alternance)\b/i,
  ],
  [
    'temporary',
    /\b(?:temporary|temp|fixed[- ]term|seasonal|befristet\w*|zeitarbeit|temporal|eventual|CDD|intérim|durée déterminée)\b/i,
  ],
  ['contract', /\b(?:contract(?:or)?|freelance\w*|freiberuflich|selbstständig|autónomo|por obra|prestataire|indépendant)\b/i],
  ['part-time', /\b(?:part[- ]?time|teilzeit|media jornada|jornada parcial|tiempo parcial|temps partiel)\b/i],
  ['full-time', /\b(?:full[- ]?time|vollzeit|jornada completa|tiempo completo|temps (?:plein|complet)|CDI|permanent full)\b/i],
];

/** Narrow phrases, safe anywhere in the text (no "temporary accommodation", no "internal"). */
const TEXT_TERMS: [EmploymentType, RegExp][] = [
  [
    'internship',
    /\b(?:internship|praktikum|pflichtpraktikum|praktikant(?:in)?|prácticas|becari[oa]|stagiaire|stage de fin d['’]études)\b/i,
  ],
  [
    'temporary',
    /\b(?:temporary (?:position|role|contract|job|employment|assignment)|fixed[- ]term|(?<!un)befristet(?:e[nrs]?)?|contrato temporal|contrat à durée déterminée)\b|\bCDD\b/i,
  ],
  [
    'contract',
    /\b(?:(?:contract|contractor|freelance) (?:role|position|job|basis|assignment|opportunity|engagement)|freelancer|freiberuflich\w*)\b/i,
  ],
  ['part-time', /\b(?:part[- ]time|teilzeit|media jornada|jornada parcial|tiempo parcial|temps partiel)\b/i],
  ['full-time', /\b(?:full[- ]?time|vollzeit|jornada completa|tiempo completo|temps plein|temps complet)\b|\bCDI\b/i],
];

function classify(text: string, terms: [EmploymentType, RegExp][]): EmploymentType | null {
  // Contract kinds are more specific than hours: "Vollzeit, befristet" is a temporary job.
  for (const [kind, re] of terms.slice(0, 3)) if (re.test(text)) return kind;
  const part = terms[3]?.[1].exec(text);
  const full = terms[4]?.[1].exec(text);
  if (part && full) return part.index < full.index ? 'part-time' : 'full-time';
  if (part) return 'part-time';
  if (full) return 'full-time';
  return null;
}

export function employmentFromValues(values: readonly string[]): EmploymentType | null {
  const kinds = values.map((v) => classify(v, VALUE_TERMS)).filter((k): k is EmploymentType => k !== null);
  return classify(kinds.join(' '), VALUE_TERMS);
}

export function employmentFromText(text: string): EmploymentType | null {
  return classify(text, TEXT_TERMS);
}

const HYBRID =
  /[([]\s*(?:hybrid|hybride|híbrido)\s*[)\]]|\bhybrid[- ](?:work\w*|role|position|model|setup|arrangement|schedule|remote|office|job|policy|environment)\b|\b(?:is|are)\s+hybrid\b|\bhybrides\s+arbeiten\b|\b(?:trabajo|modalidad|modelo)\s+híbrid[oa]\b|\b(?:mode|travail)\s+hybride\b|\btélétravail\s+partiel\b/i;
const REMOTE =
  /[([]\s*(?:remote|fully remote|remoto|télétravail)\s*[)\]]|\b(?:fully|100\s?%|full)[- ]remote\b|\bremote[- ](?:first|only|role|position|job|friendly)\b|\bwork from (?:home|anywhere)\b|\btelecommut\w*|\bvollständig remote\b|\b100\s?%\s*(?:homeoffice|home office|remote)\b|\b(?:teletrabajo|trabajo remoto|en remoto)\b|\btélétravail (?:complet|total|à 100\s?%)|\b(?:full|entièrement) (?:en )?télétravail\b/i;
const ONSITE =
  /[([]\s*(?:on-?site|in[- ]office|presencial|sur site)\s*[)\]]|\b(?:fully|100\s?%)\s+(?:on-?site|in[- ]office)\b|\bon-?site (?:role|position|job|only)\b|\bin[- ]office (?:role|position|only)\b|\bpresencial\b|\bvor ort (?:im büro|tätig)\b|\bsur site\b/i;

function workplaceIn(text: string): Workplace | null {
  if (HYBRID.test(text)) return 'hybrid';
  if (REMOTE.test(text)) return 'remote';
  if (ONSITE.test(text)) return 'onsite';
  return null;
}

/** Bare words are fine in a labelled value ("Work model: Remote"); the text needs a clear phrase. */
export function workplaceFromValue(value: string): Workplace | null {
  if (/\b(?:hybrid|hybride|híbrid[oa])\b/i.test(value)) return 'hybrid';
  if (/\b(?:remote|remoto|télétravail|teletrabajo|homeoffice|home office|work from home)\b/i.test(value)) return 'remote';
  if (/\b(?:on-?site|in[- ]office|office|presencial|präsenz|vor ort|sur site)\b/i.test(value)) return 'onsite';
  return null;
}

export function workplaceFromText(text: string): Workplace | null {
  return workplaceIn(text);
}
