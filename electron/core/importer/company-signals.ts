/**
 * Signals about who posted a page, read for the company choice: the site's own domain names, names the text
 * gives as places, "posted ... by X" and "X Ltd, Town" lines, and whether a name stands in the posting's own text.
 */
import { LEGAL_FORM } from './candidates';
import { allOf, alternationOf } from './lang';
import { labelValues } from './labels';
import { PLACE_SHAPED } from './places';
import { headerLines, isBreadcrumb } from './sections';

const LEGAL_FORM_AT_END = new RegExp(`(?:${LEGAL_FORM.source})\\s*$`, 'u');

/** The names of the web and mail domains a text gives ("aide@jobboom-like.example" → "jobboom-like"). */
export function domainNames(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const line of lines)
    for (const m of line.matchAll(/(?:@|\/\/)(?:www\.)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)\.[\p{L}]{2,}\b/gu)) {
      const labels = (m[1] ?? '').toLowerCase().split('.');
      // "jobs.acme" → "acme": the name is the label before the top-level domain.
      const name = labels[labels.length - 1];
      if (name && name.length >= 3) names.add(name);
    }
  return names;
}

/** "Vendelbo Revision ApS, Aarhus C": a name ending in a legal form, then a comma and a place. */
export function employerBeforePlace(line: string): string | null {
  const comma = line.lastIndexOf(', ');
  if (comma < 2 || line.length > 100) return null;
  const name = line.slice(0, comma).trim();
  const place = line.slice(comma + 2).trim();
  return LEGAL_FORM_AT_END.test(name) && PLACE_SHAPED.test(place) && !LEGAL_FORM.test(place) ? name : null;
}

/** Words that open a "posted ... by X" line: every language's posted labels and a few verbs. */
const POSTED_BY = new RegExp(
  `^(?:${alternationOf([
    ...allOf((l) => (l.labels.posted ?? []).map((w) => w.replace(/!$/, ''))),
    'posted',
    'published',
    'listed',
    'advertised',
    'veröffentlicht',
    'publié',
    'publiée',
  ])})(?![\\p{L}])[^\\n]{0,40}?\\s(?:by|von|par|por|door|af|da)\\s+(\\p{Lu}[\\p{L}\\p{N}&.,'’ -]{1,70})$`,
  'iu',
);

/**
 * "Posted 4 January 2027 by Ashgrove Cutlery Works Ltd": the poster is the employer only when it has a
 * legal form (a person's name there is a recruiter, never the company).
 */
export function companyFromPostedBy(line: string): string | null {
  const name = POSTED_BY.exec(line.trim())?.[1]?.trim().replace(/,$/, '');
  return name && LEGAL_FORM_AT_END.test(name) ? name : null;
}

/**
 * The posting's own text: its lines without copyright and footer lines, so a name there is one the posting
 * gives (a logo or nav line that is only the name is checked apart, see `namedInText`).
 */
export function bodyText(lines: readonly string[]): string {
  return lines
    .filter(
      (l) =>
        !/©|\bcopyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|alle rettigheder forbeholdes/i.test(
          l,
        ),
    )
    .join('\n');
}

/**
 * Whether `name` stands in `text` as a whole name inside a longer line: a line that is only the name (a logo,
 * a nav link, a header line) does not count, a sentence or a line with more does.
 */
export function wholeNameIn(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + name.length);
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/^[#\s*_-]+|[\s*_]+$/g, '');
    if (line.length > name.length + 3) return true;
  }
  return false;
}

/** Names the text gives as places: breadcrumb steps, location label values and header facts "- Town, Region". */
export function placesInText(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  const header = headerLines(lines);
  for (const line of header) {
    const t = line.trim();
    if (isBreadcrumb(t)) for (const step of t.split(/\s[>›»→/]\s/)) out.add(step.trim().toLowerCase());
    const fact = /^[-•*]\s+([^,]{2,40}),\s+\p{Lu}[^,]{1,40}$/u.exec(t);
    if (fact?.[1]) out.add(fact[1].trim().toLowerCase());
  }
  for (const hit of labelValues(lines, 'location')) {
    out.add(hit.value.toLowerCase());
    out.add((hit.value.split(',')[0] ?? '').trim().toLowerCase());
  }
  return out;
}
