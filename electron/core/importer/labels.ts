/**
 * Field labels as boards write them (each language's in lang/xx.ts), and the finder that reads
 * `Label: value` lines and label-above-value blocks (`<dt>`/`<dd>`, a heading over a paragraph).
 * A label written with a trailing `!` only counts inline (`Position: X`), never alone on its line,
 * because alone it is usually a section heading.
 */

import { LANGUAGES, type LabelField } from './lang';

export type { LabelField } from './lang';

/** Every language's labels per field, from the tables in lang/. */
const LABELS = Object.fromEntries(
  (
    ['title', 'company', 'location', 'employment', 'workplace', 'salary', 'posted', 'deadline', 'url', 'jobArea'] as LabelField[]
  ).map((field) => [field, [...new Set(LANGUAGES.flatMap((l) => l.labels[field] ?? []))]]),
) as Record<LabelField, string[]>;

/** Boards drop or add accents ("Fecha limite", "Reageren vóór", "Ubicacion"): a vowel matches its accented forms. */
const ACCENTED: Record<string, string> = { a: 'aáàâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü', c: 'cç', n: 'nñ' };

function accentFree(label: string): string {
  let out = '';
  let inClass = false;
  for (const c of label) {
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const forms = ACCENTED[base];
    out += !inClass && forms && base.length === 1 ? `[${forms}]` : c;
  }
  return out;
}

function escapeLabel(label: string): string {
  // Labels are regex fragments already where they use [..]; only the literal punctuation needs care.
  return accentFree(label.replace(/[.*+?^${}()|\\]/g, (c) => `\\${c}`)).replace(/ /g, '\\s+');
}

function alternation(labels: string[]): string {
  return labels
    .slice()
    .sort((a, b) => b.length - a.length)
    .map(escapeLabel)
    .join('|');
}

/** Markup a line may open with before its label: list bullets, quote marks, heading marks, bold. */
const LEAD = String.raw`^[\s>#*_\-•·]*`;
const TAIL_MARK = String.raw`[*_]*`;

interface CompiledField {
  inline: RegExp;
  alone: RegExp;
  /** A copied table row, label and value split by a tab or a wide gap ("Sede principale  Italia-Lombardia-Milano"). */
  tabbed: RegExp;
  /** Label and value split by one space, as a facts table copies without its cells ("Jornada Período integral"). */
  spaced: RegExp;
}

const COMPILED = Object.fromEntries(
  (Object.keys(LABELS) as LabelField[]).map((field) => {
    const all = LABELS[field].map((l) => l.replace(/!$/, ''));
    const aloneOk = LABELS[field].filter((l) => !l.endsWith('!'));
    return [
      field,
      {
        inline: new RegExp(
          `${LEAD}(?:${alternation(all)})${TAIL_MARK}\\s*(?:\\([^)]{0,20}\\)\\s*)?[:：]${TAIL_MARK}\\s*(.*)$`,
          'i',
        ),
        alone: new RegExp(`${LEAD}(?:${alternation(aloneOk)})${TAIL_MARK}(?:\\s*[:：])?${TAIL_MARK}\\s*$`, 'i'),
        tabbed: new RegExp(`${LEAD}(?:${alternation(aloneOk)})${TAIL_MARK}(?:\\t|[ \\u00a0]{2,})(\\S[^\\t]{0,80})$`, 'i'),
        spaced: new RegExp(`${LEAD}(?:${alternation(aloneOk)})${TAIL_MARK}[ \\u00a0](\\S.{0,100})$`, 'i'),
      },
    ];
  }),
) as Record<LabelField, CompiledField>;

const ANY_LABEL_ALONE = new RegExp(
  `${LEAD}(?:${alternation(
    Object.values(LABELS)
      .flat()
      .map((l) => l.replace(/!$/, '')),
  )})${TAIL_MARK}(?:\\s*[:：])?${TAIL_MARK}\\s*$`,
  'i',
);
const ANY_LABEL_INLINE = new RegExp(
  `${LEAD}(?:${alternation(
    Object.values(LABELS)
      .flat()
      .map((l) => l.replace(/!$/, '')),
  )})${TAIL_MARK}\\s*[:：]`,
  'i',
);

/** A company label or an employer lead, a space and a name, no colon ("Recruiter Harrowgate Housing Trust"). */
const EMPLOYER_LINE = new RegExp(
  `${LEAD}(?:${alternation([
    ...LABELS.company.filter((l) => !l.endsWith('!')),
    ...LANGUAGES.flatMap((l) => l.employerLineLeads ?? []),
  ])})${TAIL_MARK}[ \\u00a0]+([^\\t:：]{2,80})$`,
  'iu',
);

/** The name on a line that labels the employer without a colon, when it opens with a capital; else null. */
export function employerLineValue(line: string): string | null {
  if (line.length > 120) return null;
  const value = cleanValue(EMPLOYER_LINE.exec(line)?.[1] ?? '');
  return /^\p{Lu}/u.test(value) ? value : null;
}

/** Any field's label, then one space and a value. */
const ANY_LABEL_SPACED = new RegExp(
  `${LEAD}(?:${alternation(
    Object.values(LABELS)
      .flat()
      .filter((l) => !l.endsWith('!')),
  )})${TAIL_MARK}[ \\u00a0]\\S`,
  'i',
);

/**
 * The lines of facts tables copied without their cells' borders: three or more short lines in a row
 * (blank lines and one unknown row between them aside) that each open with a label and one space ("Tipo di contratto Tempo
 * determinato", "Retribuzione 11,50 €", "Luogo di lavoro In sede"). One such line alone is a sentence that
 * happens to open with a label's word, and is not read.
 */
function factsTableLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  let gap = false;
  const close = () => {
    if (run.length >= 3) for (const i of run) out.add(i);
    run = [];
    gap = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const short = line.length <= 120 && !/[.!?]$/.test(line.trim());
    if (short && ANY_LABEL_SPACED.test(line)) {
      run.push(i);
      gap = false;
    } else if (short && run.length > 0 && !gap && line.length <= 60) {
      // One row whose label the tables lack ("Orario Tempo pieno") does not end the table; it is not read.
      gap = true;
    } else close();
  }
  close();
  return out;
}

/** Section headings that sit on their own line in copied board pages and must never be read as a value. */
const SECTION_HEADING =
  /^(?:role details|job details|tech stack|job description|description|about (?:us|the (?:role|job|company|team|position))|overview|summary|responsibilities|requirements|qualifications|benefits|perks|what we offer|how to apply|contact|apply now|share|save|print|apply|details|information|general summary|reference|position|type of employment|number of openings:?)$/i;

/** Title, company and sentence readers ask about the same lines again and again: answers are kept. */
const LABEL_LINE_CACHE = new Map<string, boolean>();

export function isLabelLine(line: string): boolean {
  if (line.length > 300) return false;
  const known = LABEL_LINE_CACHE.get(line);
  if (known !== undefined) return known;
  const answer = ANY_LABEL_ALONE.test(line) || ANY_LABEL_INLINE.test(line);
  if (LABEL_LINE_CACHE.size >= 20000) LABEL_LINE_CACHE.clear();
  LABEL_LINE_CACHE.set(line, answer);
  return answer;
}

export interface LabelHit {
  value: string;
  line: number;
}

/** Hits per lines array and field: title, company, location and dates all ask for the same labels. */
const MEMO = new WeakMap<readonly string[], Map<LabelField, LabelHit[]>>();

/** Every value given for `field`, in text order. */
export function labelValues(lines: readonly string[], field: LabelField): LabelHit[] {
  let byField = MEMO.get(lines);
  if (!byField) {
    byField = new Map();
    MEMO.set(lines, byField);
  }
  const known = byField.get(field);
  if (known) return known;
  const hits = scanLabel(lines, field);
  byField.set(field, hits);
  return hits;
}

function scanLabel(lines: readonly string[], field: LabelField): LabelHit[] {
  const { inline, alone, tabbed, spaced } = COMPILED[field];
  const hits: LabelHit[] = [];
  let facts: Set<number> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 300) continue;
    const m = inline.exec(line);
    if (m) {
      const value = cleanValue(m[1] ?? '');
      if (value !== '') {
        hits.push({ value, line: i });
        continue;
      }
    }
    const row = m ? null : tabbed.exec(line);
    if (row) {
      const value = cleanValue(row[1] ?? '');
      if (value !== '') {
        hits.push({ value, line: i });
        continue;
      }
    }
    if (m || alone.test(line)) {
      const next = nextValueLine(lines, i);
      if (next) hits.push(next);
      continue;
    }
    const cell = spaced.exec(line);
    if (cell && (facts ??= factsTableLines(lines)).has(i)) {
      // "Werklocatie Hybride: 2 dagen thuis": a colon inside says the row is no plain label and value.
      const value = cleanValue(cell[1] ?? '');
      if (value !== '' && !/[:：]/.test(value)) hits.push({ value, line: i });
    }
  }
  return hits;
}

export function firstLabelValue(lines: readonly string[], field: LabelField): LabelHit | null {
  return labelValues(lines, field)[0] ?? null;
}

function nextValueLine(lines: readonly string[], from: number): LabelHit | null {
  for (let j = from + 1; j < lines.length && j <= from + 3; j++) {
    const raw = lines[j] ?? '';
    if (raw.trim() === '') continue;
    if (raw.startsWith('#')) return null;
    const value = cleanValue(raw);
    if (value === '' || value.length > 160) return null;
    if (ANY_LABEL_ALONE.test(raw) || ANY_LABEL_INLINE.test(raw) || SECTION_HEADING.test(value)) return null;
    return { value, line: j };
  }
  return null;
}

export function cleanValue(v: string): string {
  return v
    .replace(/^[\s*_\-•·:]+/, '')
    .replace(/(?<![\s*_])[\s*_]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
