/** Title and company from the prose of a posting, when no markup or label states them. */
import { firstLabelValue, isLabelLine } from './labels';

/** Gender markers German, French and Spanish boards add to titles: (m/w/d), (f/m/x), (H/F), (all genders). */
const GENDER_MARKER =
  /(?:(?<!\s)\s+)?[([]\s*(?:(?:[mwfdxhnMWFDXHN]|div|divers|inter|trans|\*)(?:\s*[/|,;]\s*(?:[mwfdxhnMWFDXHN]|div|divers|inter|trans|\*)){1,3}|all\s+genders?|gn\*?|genderneutral|w\/m|m\/f)\s*[)\]]/g;
const TRAILING_MARKER = /(?<!\s)\s*[-–,]?\s*(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/d|f\/m\/x|h\/f|f\/h)\s*$/i;

export function stripGenderMarker(title: string): string {
  return title.replace(GENDER_MARKER, '').replace(TRAILING_MARKER, '').replace(/\s+/g, ' ').trim();
}

const SECTION_WORDS =
  /^(?:about(?: us| the (?:role|job|company|team))?|overview|summary|job description|description|responsibilities|requirements|qualifications|benefits|what we offer|role details|job details|introduction|company|welcome|hello|hi|dear|hallo|hola|bonjour|guten tag|sehr geehrte)\b/i;
const GREETING = /^(?:hi|hello|hey|dear|hallo|liebe[rs]?|hola|estimad[oa]|bonjour|cher|chère)\b/i;

function plausibleTitle(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 110) return false;
  if (t.split(/\s+/).length > 14) return false;
  if (/[.!]$|@|https?:\/\/|^\d/.test(t)) return false;
  if (isLabelLine(t) || SECTION_WORDS.test(t) || GREETING.test(t)) return false;
  return /\p{L}/u.test(t);
}

export interface TitleHints {
  /** A title the markup states (the page's single h1). */
  strong?: string | null;
  /** A weaker source used only before the first-line guess (an e-mail subject). */
  subject?: string | null;
}

export function titleFromText(lines: readonly string[], hints: TitleHints = {}): string | null {
  if (hints.strong) return stripGenderMarker(hints.strong);
  const labelled = firstLabelValue(lines, 'title');
  if (labelled && plausibleTitle(labelled.value)) return stripGenderMarker(labelled.value);
  const h1 = lines.find((l) => l.startsWith('# '));
  if (h1 && plausibleTitle(h1.slice(2))) return stripGenderMarker(h1.slice(2));
  if (hints.subject) {
    const s = subjectTitle(hints.subject);
    if (s) return s;
  }
  const firstLine = lines.find((l) => l.trim() !== '');
  if (firstLine !== undefined) {
    const candidate = firstLine.replace(/^#{1,6} /, '');
    if (plausibleTitle(candidate)) return stripGenderMarker(candidate);
  }
  // Some career sites give no title line, only the job area path ("Engineering > Machine Learning Engineering").
  const area = firstLabelValue(lines, 'jobArea');
  if (area) {
    const last = area.value
      .split(/(?:(?<!\s)\s+)?[>›»/]\s*/)
      .pop()
      ?.trim();
    if (last && plausibleTitle(last)) return last;
  }
  return null;
}

const SUBJECT_PREFIX = /^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+/i;
const SUBJECT_LEAD =
  /^(?:(?:new\s+)?(?:job\s+)?(?:opportunity|opening|role|position|vacancy|offer|title)|stellenangebot|neue\s+stelle|stelle|puesto|vacante|poste|oferta(?:\s+de\s+empleo)?|offre(?:\s+d['’]emploi)?)\s*[:\-–]\s*/i;

function subjectTitle(subject: string): string | null {
  let s = subject.replace(SUBJECT_PREFIX, '').replace(SUBJECT_LEAD, '').trim();
  s = s.split(/\s+(?:at|@|bei|en|chez)\s+(?=\p{Lu})/u)[0] ?? s;
  // A place in brackets after the title ("(Berlin)") is not part of it.
  s = stripGenderMarker(s)
    .replace(/(?<!\s)\s*[([][^()[\]]*[)\]]\s*$/, '')
    .trim();
  return plausibleTitle(s) ? s : null;
}

/** The company an e-mail subject names after "at" ("Senior Engineer at Acme GmbH"). */
export function companyFromSubject(subject: string): string | null {
  const m = /\s(?:at|@|bei|chez)\s+(\p{Lu}[\p{L}\p{N}&.,'’ -]{1,60}?)\s*(?:[([|].*)?$/u.exec(subject.replace(SUBJECT_PREFIX, ''));
  return m?.[1]?.trim() || null;
}

const PRONOUN =
  /^(?:We|Our|You|Your|This|That|It|They|There|Here|The|A|An|At|In|As|If|Join|Wir|Sie|Du|Unser|Unsere|Das|Die|Der|Nosotros|Nuestra|Nuestro|El|La|Nous|Notre|Vous|Le|Les)$/;
/** "Huawei Heisenberg Research Center (Munich) is responsible for ..." names the employer. */
const COMPANY_SENTENCE =
  /(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&|of|de|und|and)){0,5})(?:\s*\([^)]{1,40}\))?\s+(?:is|are|ist|es|est)\s+(?:a|an|the|one|responsible|ein|eine|der|die|das|un|una|une|le|la|l['’]|leading|líder|leader)\b/u;

export function companyFromText(lines: readonly string[]): string | null {
  const labelled = firstLabelValue(lines, 'company');
  if (labelled && labelled.value.length <= 100) return labelled.value;
  const body = lines.slice(0, 60).join('\n');
  for (const para of body.split('\n')) {
    const m = COMPANY_SENTENCE.exec(para);
    if (!m) continue;
    const name = (m[1] ?? '').trim();
    const firstWord = name.split(/\s+/)[0] ?? '';
    if (PRONOUN.test(firstWord)) continue;
    if (name.length >= 2) return name;
  }
  return null;
}
