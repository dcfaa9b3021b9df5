/** Finds vocabulary skills in a posting: case-insensitive, word-boundary aware, wary of short names. */
import { BUSINESS_SKILLS_VOCABULARY } from './skills-business';
import { SKILL_FAMILIES, SKILLS_VOCABULARY } from './skills-vocabulary';

interface Alias {
  canonical: string;
  /** The name reported: the product as the posting names it ("Excel", "Navision"), in the vocabulary's spelling. */
  shown: string;
  exact: string | null;
  needsContext: boolean;
  /** A business tool: an accounting or ERP word beside it is context too, not only a programming one. */
  business: boolean;
}

/**
 * A name reduced to what tells products apart: letters only, "MS" read as "Microsoft", a version or a plural
 * and a ".js" ending dropped ("ROS2" → "ros", "LLMs" → "llm", "React.js" → "react", "PowerBI" → "powerbi").
 */
const coreName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^ms\s/, 'microsoft ')
    .replace(/\.?js$/, '')
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');

/**
 * A skill is reported under the name the posting uses for it ("Excel", "Photoshop", "Navision", "AFAS
 * Profit", "Apache Kafka"), so the candidate sees the posting's words. The product's vocabulary name is kept
 * for a mere spelling of it: a lower-case nickname ("k8s", "cpp", "golang"), a two-letter abbreviation
 * ("JS"), or the same name with a version, plural, ".js", spacing or "MS" for Microsoft ("ROS2", "LLMs",
 * "React.js", "PowerBI", "MS Excel"). One name per product either way.
 */
function shownName(form: string, canonical: string): string {
  const nickname = form === form.toLowerCase() && canonical !== canonical.toLowerCase();
  const spelling = coreName(form) === coreName(canonical);
  return nickname || spelling || form.length <= 2 ? canonical : form;
}

const ALIASES = new Map<string, Alias>();
const BUSINESS_ENTRIES = new Set(BUSINESS_SKILLS_VOCABULARY);
for (const entry of [...SKILLS_VOCABULARY, ...BUSINESS_SKILLS_VOCABULARY]) {
  const names = entry.split('|');
  const canonical = (names[0] ?? '').replace(/^[=!]/, '').replace(/\?$/, '');
  for (const raw of names) {
    const caseSensitive = raw.startsWith('=');
    // `!`: the vendor's other spelling, reported as written even though it differs only by spacing.
    const asWritten = raw.startsWith('!');
    const needsContext = raw.endsWith('?');
    const form = raw.replace(/^[=!]/, '').replace(/\?$/, '');
    const key = form.toLowerCase();
    const shown = asWritten ? form : shownName(form, canonical);
    const business = BUSINESS_ENTRIES.has(entry);
    if (!ALIASES.has(key)) ALIASES.set(key, { canonical, shown, exact: caseSensitive ? form : null, needsContext, business });
  }
}

function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
}

/** One pass over the text with every alias, longest first so "TensorFlow Lite" beats "TensorFlow". */
const SKILL_PATTERN = new RegExp(
  `(?<![A-Za-z0-9À-ÿ_+#.\\-])(?:${[...ALIASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeForm)
    .join('|')})(?![A-Za-z0-9À-ÿ_+#])`,
  'gi',
);

const TECH_CONTEXT =
  /\b(?:programming|language|languages|developer|development|coding|code|software|embedded|firmware|scripting|compiler|proficien\w*|python|java|c\+\+|c#|rust|golang|javascript|typescript|kotlin|scala|matlab|sql|linux|backend|back-end|frontend|stack|frameworks?|librar(?:y|ies)|tools?|cloud|devops|data|api|apis|engineer(?:ing)?|experience (?:in|with)|knowledge of|programmier\w*|sprachen?|lenguajes?|langages?|logiciels?|programas?|programmas?|aplicativos?|softwares?)\b|C\/C\+\+|C\+\+/i;

/**
 * Words of accounting, ERP and administration work in the posting languages: beside an ambiguous business
 * tool's name ("lançamentos contabilísticos no Primavera", "gestionale", "ERP") they show it is the product.
 */
const BUSINESS_CONTEXT =
  /\b(?:ERP|gestionale|accounting|bookkeeping|payroll|invoic\w*|contab\w*|contáb\w*|comptab\w*|factura\w*|fatura\w*|faturação|facturação|lançamentos|Buchhaltung|boekhoud\w*|leerlingvolg\w*)\b/i;

/** "Magister en Finanzas", "Primavera de Lisboa": a name followed by a connective and a capitalised noun is a degree or a place, not the product. */
const NAME_OF_SOMETHING = /^\s+(?:en|in|em|di|of|de|do|da)\s+\p{Lu}/u;

/** A one- or two-letter name counts only as a whole token: not "C-level", "R&D", "Plan B's". */
function shortNameClear(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 2);
  if (after.startsWith('/')) return true; // C/C++
  if (/^(?:-|&|'|’|\.[A-Za-z])/.test(after)) return false;
  return text.charAt(start - 1) !== '&';
}

const LIST_JOIN = /^\s*(?:,|\/|;|or|and|&|oder|und|y|o|et|ou)\s*$/i;

interface Hit {
  alias: Alias;
  matched: string;
  start: number;
  end: number;
}

function lineWindow(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  return [Math.max(lineStart, start - 60), Math.min(lineEnd, end + 60)];
}

/**
 * Whether a match stands inside an e-mail address or a link ("support@taleo-like.example",
 * "https://jobs.workday.example/..."): a product named in a site's address is the site, not a skill.
 */
function inAddress(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf(' ', start), text.lastIndexOf('\n', start)) + 1;
  const spaceAt = text.slice(end, end + 200).search(/\s/);
  const token = text.slice(from, spaceAt < 0 ? Math.min(text.length, end + 200) : end + spaceAt);
  return /@|:\/\/|^\(?www\./i.test(token);
}

export function findSkills(text: string): string[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(SKILL_PATTERN)) {
    const matched = m[0];
    const alias = ALIASES.get(matched.toLowerCase().replace(/\s+/g, ' '));
    if (!alias) continue;
    if (alias.exact !== null && matched.replace(/\s+/g, ' ') !== alias.exact) continue;
    const start = m.index;
    const end = start + matched.length;
    if (inAddress(text, start, end)) continue;
    if (matched.length <= 2 && !shortNameClear(text, start, end)) continue;
    hits.push({ alias, matched, start, end });
  }
  // Products already reported (by their vocabulary name), and the names they are reported under.
  const found = new Set<string>();
  const shown: string[] = [];
  for (const hit of hits) {
    if (found.has(hit.alias.canonical)) continue;
    if (hit.alias.needsContext) {
      const [from, to] = lineWindow(text, hit.start, hit.end);
      // Another skill nearby on the line ("Go or Rust", "C/C++") is context too.
      // Two ambiguous names only vouch for each other as adjacent list items ("Go, Rust", "C/C++").
      const nearSkill = hits.some(
        (h) =>
          h !== hit &&
          h.start >= from &&
          h.end <= to &&
          (!h.alias.needsContext || LIST_JOIN.test(text.slice(Math.min(h.end, hit.end), Math.max(h.start, hit.start)))),
      );
      if (NAME_OF_SOMETHING.test(text.slice(hit.end, hit.end + 40))) continue;
      const around = text.slice(from, hit.start) + ' ' + text.slice(hit.end, to);
      const businessContext = hit.alias.business && BUSINESS_CONTEXT.test(around);
      if (!nearSkill && !businessContext && !TECH_CONTEXT.test(around)) continue;
    }
    found.add(hit.alias.canonical);
    shown.push(hit.alias.shown);
    const family = SKILL_FAMILIES.find((f) => hit.alias.canonical.startsWith(`${f} `));
    if (family && !found.has(family)) {
      found.add(family);
      shown.push(family);
    }
  }
  return shown;
}
