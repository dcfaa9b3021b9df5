/**
 * Reads posting fields out of markdown-lite text. Every field is null unless the text states it:
 * labels first, then narrow phrases; nothing is inferred from the absence of something.
 */
import { emptyParsedPosting, type ParsedPosting } from '../../../shared/posting';
import { findEmail, findPostingUrl, cleanUrl } from './contacts';
import { dateAtStart, dayToDate, inferDayFirst, type DateContext } from './dates';
import { labelValues, firstLabelValue } from './labels';
import { detectLanguage } from './language';
import { cityFromAddressLines, cleanLocation, firstNamedCity } from './places';
import { findRequirements } from './requirements';
import { parseSalary, SALARY_NOUN, salaryFromProse, type SalaryContext } from './salary';
import { findSkills } from './skills';
import { companyFromSubject, companyFromText, titleFromText, type TitleHints } from './title-company';
import { employmentFromText, employmentFromValues, workplaceFromText, workplaceFromValue } from './work-terms';

export interface TextHints extends TitleHints {
  /** Addresses outside the visible text (mailto links, mail headers), used after the text's own. */
  emails?: readonly string[];
  url?: string | null;
  company?: string | null;
  /** The page's declared language (`<html lang>`), used when stop words are inconclusive. */
  lang?: string | null;
  /** When the posting arrived (an e-mail's Date): yearless dates resolve against it. */
  receivedAt?: Date | null;
  /** The time "now" is taken to be, for yearless dates with nothing else to go on. */
  now?: Date;
}

/** Phrases that introduce a deadline anywhere in a line ("Please apply by March 15, 2027."). */
const DEADLINE_PHRASE =
  /\b(?:apply\s+(?:by|before|until|no later than)|applications?\s+(?:close|closes|are due|due|accepted until)(?:\s+on|\s+by)?|(?:application\s+)?deadline(?:\s+for\s+applications)?(?:\s+is)?|closing\s+date(?:\s+is)?|bewerbungsfrist(?:\s+endet)?(?:\s+am|\s+bis)?|bewerbungsschluss(?:\s+ist)?|bewerben\s+sie\s+sich\s+bis(?:\s+zum)?|bewirb\s+dich\s+bis(?:\s+zum)?|fecha\s+límite(?:\s+de\s+\p{L}+)?(?:\s+es)?(?:\s+el)?|plazo(?:\s+de\s+\p{L}+)?(?:\s+hasta)?(?:\s+el)?|date\s+limite(?:\s+de\s+\p{L}+)?(?:\s+est)?(?:\s+le|\s+au)?|candidatures?\s+(?:jusqu['’]au|avant\s+le))\s*[:：\-–]?\s*/giu;

const POSTED_PHRASE = /\b(?:posted\s+on|published\s+on|veröffentlicht\s+am|publicado\s+el|publié(?:e)?\s+le)\s*[:：]?\s*/giu;

function findPosted(lines: readonly string[], ctx: DateContext, now: Date): string | null {
  for (const hit of labelValues(lines, 'posted')) {
    const d = dateAtStart(hit.value, ctx, now, false, 4);
    if (d) return d;
  }
  for (const line of lines) {
    for (const m of line.matchAll(POSTED_PHRASE)) {
      const d = dateAtStart(line.slice(m.index + m[0].length), ctx, now, false, 4);
      if (d) return d;
    }
  }
  return null;
}

function findDeadline(lines: readonly string[], ctx: DateContext, reference: Date): string | null {
  for (const hit of labelValues(lines, 'deadline')) {
    const d = dateAtStart(hit.value, ctx, reference, true, 6);
    if (d) return d;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    for (const m of line.matchAll(DEADLINE_PHRASE)) {
      // "deadline-driven", "tight deadlines": the phrase must be followed by a date straight away.
      let rest = line.slice(m.index + m[0].length);
      if (rest.trim() === '' && m.index + m[0].length >= line.length) rest = lines[i + 1] ?? '';
      const d = dateAtStart(rest, ctx, reference, true, 6);
      if (d) return d;
    }
  }
  return null;
}

function findSalary(lines: readonly string[], ctx: SalaryContext): ParsedPosting['salary'] {
  for (const hit of labelValues(lines, 'salary')) {
    const s = parseSalary(hit.value, { ...ctx, salaryNoun: SALARY_NOUN.test(lines[hit.line] ?? '') || SALARY_NOUN.test(lines[hit.line - 1] ?? '') });
    if (s) return s;
  }
  return salaryFromProse(lines, ctx);
}

function findLocation(lines: readonly string[], text: string): string | null {
  for (const hit of labelValues(lines, 'location')) {
    const loc = cleanLocation(hit.value);
    if (loc) return loc;
  }
  return cityFromAddressLines(lines) ?? firstNamedCity(text);
}

export function extractFields(markdown: string, hints: TextHints = {}): ParsedPosting {
  const lines = markdown.split('\n');
  const fields = emptyParsedPosting();
  const now = hints.now ?? new Date();

  fields.language = detectLanguage(markdown) ?? normalizeLang(hints.lang);
  fields.title = titleFromText(lines, hints);
  fields.company = hints.company ?? companyFromText(lines) ?? (hints.subject ? companyFromSubject(hints.subject) : null);
  fields.location = findLocation(lines, markdown);

  const locationHit = firstLabelValue(lines, 'location');
  const workplaceHit = firstLabelValue(lines, 'workplace');
  fields.workplace =
    (workplaceHit ? workplaceFromValue(workplaceHit.value) : null) ??
    (locationHit ? workplaceFromText(locationHit.value) : null) ??
    workplaceFromText(markdown);

  const employmentValues = labelValues(lines, 'employment').map((h) => h.value);
  fields.employmentType = employmentFromValues(employmentValues) ?? employmentFromText(markdown);

  fields.salary = findSalary(lines);

  const ctx: DateContext = { language: fields.language, dayFirst: inferDayFirst(markdown, fields.language) };
  fields.postedAt = findPosted(lines, ctx, hints.receivedAt ?? now);
  const reference = fields.postedAt ? dayToDate(fields.postedAt) : (hints.receivedAt ?? now);
  fields.deadline = findDeadline(lines, ctx, reference);

  const labelledUrl = firstLabelValue(lines, 'url');
  fields.url = hints.url ?? (labelledUrl ? cleanUrl(labelledUrl.value) : null) ?? findPostingUrl(lines);
  fields.email = findEmail(markdown, hints.emails ?? []);
  fields.skills = findSkills(markdown);
  fields.requirements = findRequirements(lines);
  return fields;
}

function normalizeLang(lang: string | null | undefined): string | null {
  const code = lang?.trim().toLowerCase().slice(0, 2);
  return code && /^[a-z]{2}$/.test(code) ? code : null;
}
