/**
 * Title and company chosen from every signal a posting gives, by a score whose reasons are kept:
 * each candidate carries its value, score and the reasons that made it, so a test (or a puzzled user's
 * bug report) can read why a value won. Language words come from lang/xx.ts.
 */
import { allOf, alternationOf, LANGUAGES, phraseSource } from './lang';
import { detectLanguage } from './language';
import { firstLabelValue, isLabelLine, labelValues } from './labels';
import { CITY_AND_REGION_CODE, firstNamedCity, namedCountry, PLACE_SHAPED } from './places';
import { headerLines, isBoardName, isChromeLine, isMenuLine, withoutBoardSuffix } from './sections';

export interface Candidate {
  value: string;
  score: number;
  reasons: string[];
}

export interface Choice {
  value: string | null;
  /** Every candidate, best first. */
  candidates: Candidate[];
}

/** Collects candidates; the same value from two signals adds up (with a note of the agreement). */
export class CandidateSet {
  private readonly byKey = new Map<string, Candidate>();

  add(value: string | null | undefined, score: number, reason: string): void {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (!v) return;
    const key = v.toLowerCase();
    const have = this.byKey.get(key);
    if (!have) {
      this.byKey.set(key, { value: v, score, reasons: [`${reason} (+${score})`] });
      return;
    }
    // Agreement counts a little; the strongest signal decides the base score.
    const bonus = 10;
    have.score = Math.max(have.score, score) + bonus;
    have.reasons.push(`${reason} agrees (+${bonus})`);
  }

  adjust(test: (value: string) => boolean, delta: number, reason: string): void {
    for (const c of this.byKey.values()) {
      if (!test(c.value)) continue;
      c.score += delta;
      c.reasons.push(`${reason} (${delta > 0 ? '+' : ''}${delta})`);
    }
  }

  /** Folds a shorter variant into the full one (`same(short, full)`): the full value gets its score too. */
  mergeInto(same: (short: string, full: string) => boolean, reason: string): void {
    for (const [key, short] of [...this.byKey.entries()]) {
      const full = [...this.byKey.values()].find((c) => c !== short && same(short.value, c.value));
      if (!full) continue;
      full.score = Math.max(full.score, short.score) + 10;
      full.reasons.push(`${reason}: "${short.value}" agrees (+10)`);
      this.byKey.delete(key);
    }
  }

  choose(min = 1): Choice {
    const candidates = [...this.byKey.values()].sort((a, b) => b.score - a.score);
    const best = candidates[0];
    return { value: best && best.score >= min ? best.value : null, candidates };
  }
}

/**
 * A role noun, alone or closing a compound ("Kwaliteitsmedewerker", "Softwareentwickler",
 * "Lagermedarbejder"): Dutch, German and Danish write the field and the role as one word.
 */
const ROLE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])\\p{L}*(?:${alternationOf(allOf((l) => l.roleWords))})(?![\\p{L}\\p{N}])`, 'iu');
// Belgian and Dutch boards write "(m/v/x)" (man/vrouw/x): a title's shape, kept in the title as written.
const GENDER_HINT =
  /\((?:[mwfdxhvMWFDXHV]\s?\/\s?){1,3}[mwfdxhvMWFDXHV]\)|\(all genders?\)|\((?:H\/F|F\/H)\)|\s(?:H\/F|F\/H|[mMwWfF]\/[mMwWfF]\/[dDxX])\s*$/;

/** A line the shape of a job title: it names a role ("Engineer", "Entwickler") or has a gender marker. */
export function looksLikeJobTitle(line: string): boolean {
  return ROLE_WORD.test(line) || GENDER_HINT.test(line);
}

const LEGAL_FORM =
  /(?<![\p{L}])(?:gGmbH|GmbH|mbH|AG|SE|KG|KGaA|e\.\s?V\.|UG|Inc\.?|LLC|Ltd\.?|Limited|plc|Corp\.?|S\.A\.S\.?|S\.A\.C\.?|S\.A\.A\.?|S\.A\.|SA|SpA|S\.L\.|SL|SAS|SARL|S\.R\.L\.?|SRL|E\.I\.R\.L\.?|Ltée|B\.V\.|BV|N\.V\.|NV|A\/S|ApS|S\.p\.A\.|S\.r\.l\.|Srl|Lda\.?|Ltda\.?|Oy|AB)(?![\p{L}])/u;
const ACRONYM = /^[A-Z]{2,5}$/;
const LEGAL_FORM_END = new RegExp(`(?:${LEGAL_FORM.source})\\.?$`, 'u');

/** A name cut after its legal form ("Nordwerk GmbH Verantwortung" → "Nordwerk GmbH"), null without one. */
function upToLegalForm(raw: string): string | null {
  const words = raw.split(/\s+/);
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (LEGAL_FORM_END.test(name)) return name;
  }
  return null;
}

/** Lower-case words inside names ("Van der Wal", "Conservas del Cantábrico"), from every language's table. */
const PARTICLE = alternationOf(allOf((l) => l.nameParticles));
const WORD = String.raw`\p{Lu}[\p{L}\p{N}&.'’/-]*`;
/** A legal form after a comma ("Lusotrilho Software, Lda.", "Acme, S.A. de C.V."): part of the name. */
const COMMA_FORM = String.raw`(?:,\s+(?:S\.A\.(?:\s+de\s+C\.V\.)?|S\.L\.|S\.A\.S\.|Lda\.|Ltda\.|Inc\.|LLC|Ltd\.|S\.r\.l\.|S\.p\.A\.|A\/S|ApS|B\.V\.|N\.V\.|GmbH|AG)(?![\p{L}]))?`;
/** A capitalised name of up to six words; a particle only counts before another capitalised word. */
const NAME = String.raw`(${WORD}(?:\s+(?:(?:${PARTICLE})\s+){0,2}${WORD}|\s+&(?=\s+\p{Lu})|\s+inc\.){0,5}${COMMA_FORM})`;
const PRONOUN =
  /^(?:De|Den|Det|Han|Hun|Vores|We|Our|You|Your|This|That|It|They|There|Here|The|A|An|At|In|As|If|Join|Wir|Sie|Du|Unser|Unsere|Das|Die|Der|Nosotros|Nuestra|Nuestro|El|La|Nous|Notre|Vous|Le|Les|Wij|Jij|Ons|Onze|Het|Een|Vi|Du|Vores|Noi|Il|Lo|Nós|Nossa|Nosso|O|A|Os|As|Como|Als|Since|With|For|Mit|Für)$/;
const ARTICLE = /^(?:The|Die|Der|Das|La|Le|El|Les|Het|Il|De|A|O|Os|As)\s+/;
/** "Huawei Research Center (Munich) is responsible for ...", "Die Acme GmbH ist ein ...". */
const IS_SENTENCE = new RegExp(
  String.raw`(?:^|[.!?]\s+)${NAME}(?:\s*\(([^)]{1,40})\))?\s+(?:is|are|ist|es|est|is een|er|è|é)\s+(?:a|an|the|one|responsible|ein|eine|der|die|das|un|una|une|le|la|l['’]|leading|líder|leader|een|de|et|en|uno|um|uma)\b`,
  'gu',
);
/** "At Acme, we ...", "Bij Acme verzorg je ...": the name ends at a comma or before a lower-case word. */
const LEAD_SENTENCE = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:${alternationOf(allOf((l) => l.companyLeads).flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))})\s+${NAME}(?:\s*,|\s+(?=\p{Ll}))`,
  'gu',
);
/**
 * "Som lønbogholder hos Limfjord Akvakultur A/S får du ...", "als Buchhalter bei der Nordwerk GmbH",
 * "chez Transports Vidal SAS": a lead word inside a sentence, then a name that ends in its legal form (the
 * form is what keeps a place or a team after "at" from being read as the employer).
 */
const LEAD_IN_PROSE = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternationOf(allOf((l) => l.companyLeads))})\s+(?:(?:der|dem|den|the|la|le|el|de|het|il|lo|a|o)\s+|l['’])?${NAME}`,
  'gu',
);

/** A phrase matched in any letter case ("im Auftrag unseres Kunden"), while the name after it keeps `\p{Lu}`. */
function caseless(phrase: string): string {
  // Code points are what a regex character class matches; the phrases are our own, without combining marks.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  return [...phrase]
    .map((c) => {
      if (c === ' ') return String.raw`\s+`;
      if (c.toLowerCase() !== c.toUpperCase()) return `[${c.toLowerCase()}${c.toUpperCase()}]`;
      return phraseSource(c);
    })
    .join('');
}

/** "Werken bij Polar Techniek", "Careers at Acme": a career site's lead before its employer's name. */
const CAREER_LEAD = new RegExp(
  String.raw`(^|\s[|–—·-]\s)(?:${[...new Set(allOf((l) => l.careerSiteLeads))]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|')})\s+(?=\p{Lu})`,
  'gu',
);

/** A site name or page title without its career-site lead: "Jobs | Werken bij Polar Techniek" → "Jobs | Polar Techniek". */
/** "Brightwater Freight Careers", "Hanse Netz Karriere": a career site's tail after its employer's name. */
const CAREER_TAIL = new RegExp(
  String.raw`(?<=\p{L}[\p{L}.]*)\s+(?:${[...new Set(allOf((l) => l.careerSiteTails))]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|')})(?=\s*$|\s[|–—·-]\s)`,
  'gu',
);

/**
 * "Gruppo Farmaceutico Adda – Carriere", "Acme | Careers", "Hanse Netz · Karriere": a career site's own name
 * line (its employer, a separator, the tail) heads the site's pages and is never a job's title.
 */
const CAREER_SITE_LINE = new RegExp(
  String.raw`^\p{Lu}[^\n|–—·]{1,60}?\s[|–—·-]\s+(?:${[...new Set(allOf((l) => l.careerSiteTails))]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|')})\s*$`,
  'u',
);

export function isCareerSiteLine(line: string): boolean {
  return CAREER_SITE_LINE.test(line.trim());
}

export function withoutCareerLead(text: string): string {
  return text.replace(CAREER_LEAD, '$1').replace(CAREER_TAIL, '');
}

/** "Per conto di un nostro cliente, X S.p.A., ...", "On behalf of our client, Acme Ltd, ...". */
const CLIENT_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:${[...new Set(allOf((l) => l.clientLeads))]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|')})\s*[,:]?\s+(?:(?:the|der|die|la|le|il|el|de|het|a|o)\s+)?${NAME}(?=\s*[,.;:(]|\s+\p{Ll}|\s*$)`,
  'gu',
);

/** A header line that only says "at Acme" (Greenhouse's company line under the title). */
const AT_LINE = new RegExp(String.raw`^(?:at|bei|chez|bij|hos|presso|en)\s+(\p{Lu}[^\n]{1,60})$`, 'u');

export function companyFromAtLine(line: string): string | null {
  const m = AT_LINE.exec(line.trim());
  return m ? cleanName(m[1] ?? '') : null;
}
/**
 * "Acme builds ...", "Acme sucht ...": with the posting's own language's verbs only, since a verb of one
 * language is an ordinary word of another ("Nouvelle offre" is not the Italian "X offre").
 */
function verbSentence(verbs: readonly string[]): RegExp {
  return new RegExp(String.raw`(?:^|[.!?]\s+)${NAME}\s+(?:${alternationOf(verbs)})(?![\p{L}])`, 'gu');
}
const VERB_SENTENCE_ANY = verbSentence(allOf((l) => l.companyVerbs));
const VERB_SENTENCE_BY_LANG = new Map(LANGUAGES.map((l) => [l.code, verbSentence(l.companyVerbs)]));

/**
 * Every language's short function words (its stop words: "je", "wir", "nous", "vi") and personal pronouns a
 * sentence may open with: a name made only of them is a sentence's subject ("Je maakt ..."), never an employer.
 */
const FUNCTION_WORDS = new Set(
  [
    ...allOf((l) => l.stopWords),
    ...['ik', 'jullie', 'hij', 'zij', 'ich', 'er', 'es', 'ihr', 'tu', 'elle', 'ils', 'elles', 'on', 'yo', 'tú', 'usted'],
    ...['ella', 'ellos', 'io', 'lei', 'voi', 'loro', 'eu', 'você', 'ele', 'ela', 'jeg', 'i', 'he', 'she', 'they', 'we'],
  ].map((w) => w.toLowerCase()),
);

export function onlyFunctionWords(name: string): boolean {
  return name.split(/\s+/).every((w) => FUNCTION_WORDS.has(w.replace(/[.,;:!?]+$/, '').toLowerCase()));
}

function cleanName(raw: string): string | null {
  const name = raw.replace(ARTICLE, '').replace(/,$/, '').trim();
  const first = name.split(/\s+/)[0] ?? '';
  // "A Senior Engineer builds ...": a role, not an employer.
  if (name.length < 2 || PRONOUN.test(first) || onlyFunctionWords(name) || isBoardName(name) || looksLikeJobTitle(name))
    return null;
  return name;
}

/** "About Oakfield Foods", "Über die Nordhafen GmbH", "Om Jysk Transport": a heading naming the employer. */
const ABOUT_HEADING = new RegExp(
  String.raw`^[#*_\s]{0,8}(?:${[...new Set(allOf((l) => l.aboutLeads))]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join('|')})\s*(?:(?:the|die|der|das|de|la|le|het|il|lo|a|o|os|as)\s+|l['’])?${NAME}[*_\s:]{0,4}$`,
  'u',
);
/** Words a heading is about that are no employer ("About the Role", "Über Uns", "Sobre a Vaga"). */
const NOT_EMPLOYER =
  /^(?:Us|Uns|Nous|Ons|Os|Nos|Noi|Role|Job|Position|Company|Team|You|Yourself|Stelle|Position|Poste|Entreprise|Functie|Bedrijf|Organisatie|Stillingen|Jobbet|Virksomheden|Puesto|Empresa|Vaga|Azienda|Ruolo|Posizione|Unternehmen|Firma|Aufgabe|Aufgaben|Benefits|Profil)$/;

function aboutHeadingName(line: string): string | null {
  if (line.length > 70) return null;
  const m = ABOUT_HEADING.exec(line.trim());
  const name = m?.[1] ? cleanName(m[1]) : null;
  if (!name || NOT_EMPLOYER.test(name.split(/\s+/)[0] ?? '')) return null;
  // "About Berlin", "Über Deutschland": a section about the place, not the employer.
  if (firstNamedCity(name) === name || namedCountry(name) === name) return null;
  return name;
}

/** "Sobre a empresa", "About the company", "Über das Unternehmen": a heading over the employer's own paragraph. */
const ABOUT_COMPANY_HEADING = new RegExp(
  String.raw`^[#*_\s]{0,8}(?:${[...new Set(allOf((l) => l.aboutLeads))]
    .sort((a, b) => b.length - a.length)
    .map(caseless)
    .join(
      '|',
    )})\s*(?:(?:the|die|der|das|de|la|le|het|il|l['’]|a|o|os|as)\s*)?(?:${alternationOf(allOf((l) => l.companyNouns))})[*_\s:]{0,4}$`,
  'iu',
);
/** The paragraph's opening name with its legal form ("A Têxtil Itapocu Ltda., indústria de ..."). */
const OPENING_NAME = new RegExp(String.raw`^${NAME}(?=\s*[,(]|\s+\p{Ll})`, 'u');

export interface SentenceCompany {
  name: string;
  /** A place in brackets after the name: where the employer is. */
  place: string | null;
  reason: string;
  score: number;
}

const SENTENCE_MEMO = new WeakMap<readonly string[], SentenceCompany[]>();

/** Companies named in the posting's own sentences, in text order (read once per text: title, company and place ask). */
export function companiesInSentences(lines: readonly string[]): SentenceCompany[] {
  const known = SENTENCE_MEMO.get(lines);
  if (known) return known;
  const out = sentenceCompanies(lines);
  SENTENCE_MEMO.set(lines, out);
  return out;
}

function sentenceCompanies(lines: readonly string[]): SentenceCompany[] {
  const out: SentenceCompany[] = [];
  // The same text extract-fields detects the language of: detectLanguage answers it from its memo.
  const language = detectLanguage(lines.join('\n'));
  const verbs = (language ? VERB_SENTENCE_BY_LANG.get(language) : undefined) ?? VERB_SENTENCE_ANY;
  let underAboutCompany = false;
  for (const para of lines.slice(0, 80)) {
    // Under "Sobre a empresa": a paragraph opening with a name that has a legal form names the employer.
    if (underAboutCompany && para.trim() !== '') {
      underAboutCompany = false;
      const opening = OPENING_NAME.exec(para.trim())?.[1];
      const name = opening && LEGAL_FORM.test(opening) ? cleanName(opening) : null;
      if (name) out.push({ name, place: null, reason: 'the name opening the "About the company" paragraph', score: 55 });
    }
    if (ABOUT_COMPANY_HEADING.test(para.trim())) underAboutCompany = true;
    const about = aboutHeadingName(para);
    if (about) out.push({ name: about, place: null, reason: '"About X" heading', score: 60 });
    if (para.length < 12 || isLabelLine(para)) continue;
    for (const m of para.matchAll(CLIENT_SENTENCE)) {
      const name = cleanName(m[1] ?? '');
      if (name) out.push({ name, place: null, reason: 'an agency\'s client named ("on behalf of our client, X")', score: 80 });
    }
    for (const m of para.matchAll(LEAD_SENTENCE)) {
      const name = cleanName(m[1] ?? '');
      if (name) out.push({ name, place: null, reason: '"At X, we ..." sentence', score: 60 });
    }
    for (const m of para.matchAll(LEAD_IN_PROSE)) {
      const raw = upToLegalForm(m[1] ?? '');
      const name = raw ? cleanName(raw) : null;
      if (name)
        out.push({ name, place: null, reason: 'a name with its legal form after "at"/"hos"/"bei" in a sentence', score: 50 });
    }
    for (const m of para.matchAll(IS_SENTENCE)) {
      const name = cleanName(m[1] ?? '');
      if (name) out.push({ name, place: m[2]?.trim() ?? null, reason: '"X is a ..." sentence', score: 50 });
    }
    for (const m of para.matchAll(verbs)) {
      const name = cleanName(m[1] ?? '');
      if (name) out.push({ name, place: null, reason: '"X builds ..." sentence', score: 55 });
    }
  }
  return out;
}

const SEPARATED = /\s[·•|–—-]\s/;
const PLACE_CODE_AT_END = /\s\((?:\d{2,3}|\p{Lu}{2})\)$/u;

/** "Acme · Berlin", "Acme inc. – Montréal": a company beside a place on the header's own line. */
export function companyBesidePlace(line: string): { company: string; place: string } | null {
  if (line.length > 160) return null;
  // LinkedIn's top card adds more items after the place ("· Reposted 2 weeks ago · Over 100 applicants"):
  // the first two decide, and a menu's first item is chrome.
  const parts = line.replace(/^#{1,6} /, '').split(SEPARATED);
  if (parts.length < 2 || parts.length > 5) return null;
  if (parts.length > 3 ? isChromeLine(parts[0] ?? '') : isMenuLine(line)) return null;
  const [left = '', right = ''] = parts.map((p) => p.trim());
  // A town the place list lacks still counts beside a name with a legal form ("Ferramenta Adige S.p.A. –
  // Rovereto (TN)"): the left part is surely an employer, the right one is shaped like a place.
  const placeLike =
    firstNamedCity(right) !== null ||
    namedCountry(right) !== null ||
    /^(?:remote|remoto|télétravail)\b/i.test(right) ||
    (LEGAL_FORM.test(left) && PLACE_SHAPED.test(right) && !LEGAL_FORM.test(right)) ||
    // "Transports Garnier-Vidal - Vénissieux (69)", "Officine Brenta – Padova (PD)": a town with its
    // department or province code in brackets is a place whatever stands before it.
    (PLACE_SHAPED.test(right) && PLACE_CODE_AT_END.test(right) && !LEGAL_FORM.test(right)) ||
    CITY_AND_REGION_CODE.test(right);
  if (!placeLike || left.length < 2 || left.length > 60 || looksLikeJobTitle(left) || isLabelLine(left)) return null;
  return { company: left, place: right };
}

export interface TitleSignals {
  /** The page's single h1. */
  strong?: string | null;
  /** og:title or <title>. */
  pageTitle?: string | null;
  /** An e-mail's subject (its prefix words already stripped by the caller). */
  subject?: string | null;
}

/**
 * "Zapopan, Jalisco", "Joinville, SC", "Lyon": a town (and its region) where an employer's name was looked
 * for. A name with a legal form ("Acme, S.A. de C.V.") is no place.
 */
export function placeShapedName(value: string): boolean {
  const v = value.trim();
  if (LEGAL_FORM.test(v)) return false;
  if (firstNamedCity(v) === v || namedCountry(v) === v || CITY_AND_REGION_CODE.test(v)) return true;
  return v.includes(', ') && PLACE_SHAPED.test(v) && !looksLikeJobTitle(v);
}

const TITLE_SPLIT = /\s(?:[|–—]|-|at|bei|chez|en|bij|hos|presso|na)\s/;

/**
 * "Data Analyst - Acme | LinkedIn" → { title: "Data Analyst", company: "Acme" }; a title that puts the
 * company first ("Quillbridge - Data Engineer II") is read the other way round when only the second part
 * is shaped like a job title.
 */
export function splitPageTitle(pageTitle: string): { title: string; company: string | null } {
  const bare = withoutBoardSuffix(pageTitle);
  const parts = bare.split(TITLE_SPLIT).map((p) => p.trim());
  let title = parts[0] ?? bare;
  // "Empleo de X en Zapopan, Jalisco - Acme": a place between the title and the employer is stepped over.
  const after = parts.slice(1);
  let company = (after.length >= 2 && placeShapedName(after[0] ?? '') ? after[1] : after[0]) ?? null;
  if (company && looksLikeJobTitle(company) && !looksLikeJobTitle(title)) [title, company] = [company, title];
  return { title, company: company && !isBoardName(company) && !looksLikeJobTitle(company) ? company : null };
}

/** Every part of a page title, the board's suffix dropped ("Acme - Data Engineer" → both). */
export function pageTitleParts(pageTitle: string): string[] {
  return withoutBoardSuffix(pageTitle)
    .split(TITLE_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The index of the first labelled company or location line in the header, if any. */
export function firstHeaderLabel(lines: readonly string[]): number | null {
  const head = headerLines(lines).length;
  const hits = [...labelValues(lines, 'company'), ...labelValues(lines, 'location')].filter((h) => h.line < head + 2);
  if (hits.length === 0) return null;
  return Math.min(...hits.map((h) => h.line));
}

export { firstLabelValue, isChromeLine, LEGAL_FORM, ACRONYM };
