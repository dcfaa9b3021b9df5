/**
 * Field labels as boards write them, in English, German, Spanish and French, and the finder that reads
 * `Label: value` lines and label-above-value blocks (`<dt>`/`<dd>`, a heading over a paragraph).
 * A label written with a trailing `!` only counts inline (`Position: X`), never alone on its line,
 * because alone it is usually a section heading.
 */

export type LabelField =
  'title' | 'company' | 'location' | 'employment' | 'workplace' | 'salary' | 'posted' | 'deadline' | 'url' | 'jobArea';

const LABELS: Record<LabelField, string[]> = {
  title: [
    'job title',
    'title!',
    'position title',
    'role title',
    'position!',
    'role!',
    'job!',
    'vacancy!',
    'stellenbezeichnung',
    'stellentitel',
    'jobtitel',
    'stelle!',
    'position (m/w/d)!',
    'puesto',
    'título del puesto',
    'puesto de trabajo',
    'cargo!',
    'vacante!',
    'intitulé du poste',
    'titre du poste',
    'poste!',
    'intitulé!',
  ],
  company: [
    'company',
    'company name',
    'employer',
    'organisation',
    'organization',
    'hiring organi[sz]ation',
    'hiring company',
    'unternehmen',
    'firma',
    'arbeitgeber',
    'empresa',
    'empleador',
    'entreprise',
    'société',
    'employeur',
  ],
  location: [
    'location',
    'locations',
    'job location',
    'work location',
    'office location',
    'place of work',
    'city!',
    'based in!',
    'standort',
    'standorte',
    'arbeitsort',
    'einsatzort',
    'dienstort',
    'ort!',
    'ubicación',
    'localización',
    'lugar de trabajo',
    'ciudad!',
    'lugar!',
    'lieu',
    'lieu de travail',
    'localisation',
    'ville!',
  ],
  employment: [
    'employment type',
    'type of employment',
    'job type',
    'contract type',
    'type of contract',
    'working hours',
    'weekly working hours',
    'work hours!',
    'hours!',
    'schedule!',
    'employment!',
    'contract!',
    'anstellungsart',
    'beschäftigungsart',
    'arbeitszeit',
    'vertragsart',
    'anstellung!',
    'art der anstellung',
    'jornada',
    'tipo de contrato',
    'tipo de jornada',
    'tipo de empleo',
    'horario!',
    'contrato!',
    'type de contrat',
    "type d'emploi",
    'temps de travail',
    'contrat!',
  ],
  workplace: [
    'workplace type',
    'workplace',
    'work model',
    'work arrangement',
    'work mode',
    'remote!',
    'remote work!',
    'arbeitsmodell',
    'homeoffice!',
    'modalidad',
    'modalidad de trabajo',
    'mode de travail',
    'télétravail!',
  ],
  salary: [
    'salary',
    'salary range',
    'base salary',
    'compensation',
    'pay',
    'pay range',
    'wage',
    'hourly rate',
    'rate!',
    'gehalt',
    'vergütung',
    'jahresgehalt',
    'gehaltsspanne',
    'salario',
    'sueldo',
    'remuneración',
    'salario bruto',
    'rémunération',
    'salaire',
    'fourchette de salaire',
  ],
  posted: [
    'posted',
    'posted on',
    'date posted',
    'posting date',
    'published',
    'published on',
    'publication date',
    'advertisement publish date',
    'date published',
    'date!',
    'datum!',
    'veröffentlicht',
    'veröffentlicht am',
    'veröffentlichungsdatum',
    'erstellt am',
    'online seit',
    'ausschreibungsdatum',
    'fecha de publicación',
    'publicado',
    'publicado el',
    'fecha!',
    'date de publication',
    'publié le',
    'publiée le',
    'mis en ligne le',
    'date de mise en ligne',
  ],
  deadline: [
    'application deadline',
    'deadline',
    'deadline for applications',
    'apply by',
    'apply before',
    'closing date',
    'applications close',
    'last date to apply',
    'valid through',
    'expires',
    'bewerbungsfrist',
    'bewerbungsschluss',
    'einsendeschluss',
    'bewerbung bis',
    'bewerbungen bis',
    'fecha límite',
    'fecha límite de solicitud',
    'fecha límite de postulación',
    'plazo',
    'plazo de solicitud',
    'plazo de inscripción',
    'date limite',
    'date limite de candidature',
    'date de clôture',
    'candidatures jusqu’au',
    "candidatures jusqu'au",
    'clôture des candidatures',
  ],
  url: ['url', 'link', 'apply at', 'apply here', 'job url', 'posting url', 'job link', 'enlace', 'lien'],
  jobArea: ['job area', 'job function', 'job category', 'job family', 'area of work'],
};

function escapeLabel(label: string): string {
  // Labels are regex fragments already where they use [..]; only the literal punctuation needs care.
  return label.replace(/[.*+?^${}()|\\]/g, (c) => (c === '(' || c === ')' ? `\\${c}` : `\\${c}`)).replace(/ /g, '\\s+');
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
}

const COMPILED = Object.fromEntries(
  (Object.keys(LABELS) as LabelField[]).map((field) => {
    const all = LABELS[field].map((l) => l.replace(/!$/, ''));
    const aloneOk = LABELS[field].filter((l) => !l.endsWith('!'));
    return [
      field,
      {
        inline: new RegExp(
          `${LEAD}(?:${alternation(all)})${TAIL_MARK}\\s*(?:\\([^)]{0,20}\\))?\\s*[:：]${TAIL_MARK}\\s*(.*)$`,
          'i',
        ),
        alone: new RegExp(`${LEAD}(?:${alternation(aloneOk)})${TAIL_MARK}\\s*[:：]?${TAIL_MARK}\\s*$`, 'i'),
      },
    ];
  }),
) as Record<LabelField, CompiledField>;

const ANY_LABEL_ALONE = new RegExp(
  `${LEAD}(?:${alternation(
    Object.values(LABELS)
      .flat()
      .map((l) => l.replace(/!$/, '')),
  )})${TAIL_MARK}\\s*[:：]?${TAIL_MARK}\\s*$`,
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

/** Section headings that sit on their own line in copied board pages and must never be read as a value. */
const SECTION_HEADING =
  /^(?:role details|job details|tech stack|job description|description|about (?:us|the (?:role|job|company|team|position))|overview|summary|responsibilities|requirements|qualifications|benefits|perks|what we offer|how to apply|contact|apply now|share|save|print|apply|details|information|general summary|reference|position|type of employment|number of openings:?)$/i;

export function isLabelLine(line: string): boolean {
  return ANY_LABEL_ALONE.test(line) || ANY_LABEL_INLINE.test(line);
}

export interface LabelHit {
  value: string;
  line: number;
}

/** Every value given for `field`, in text order. */
export function labelValues(lines: readonly string[], field: LabelField): LabelHit[] {
  const { inline, alone } = COMPILED[field];
  const hits: LabelHit[] = [];
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
    if (m || alone.test(line)) {
      const next = nextValueLine(lines, i);
      if (next) hits.push(next);
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
