/**
 * Saved web pages into markdown-lite text: a DOM parser (linkedom) and Mozilla Readability, not regexes
 * over markup. Two texts come out: the article Readability keeps (shown to the user) and the whole page
 * minus chrome (scripts, navigation, footers, cookie banners), because boards put the facts of a job
 * (employer, hours, contact) in a side box that Readability rightly drops from the article.
 */
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { cleanUrl } from './contacts';
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom-types';
import { assertHtmlNesting } from './nesting-depth';
import { collapseBlankLines, normalizeCharacters } from './text-normalize';
import { isLabelLine } from './labels';
import { isSidebarHeading } from './sections';

const CHROME_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'canvas',
  'form[role="search"]',
  'nav',
  'footer',
  'header',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[aria-modal="true"]',
  '[hidden]',
  'button',
  'select',
  'input',
  'textarea',
].join(',');

/** Cookie/consent banners and overlays, recognised by the names sites give them. */
const BANNER_NAME =
  /(?:^|[-_\s])(?:cookie|consent|gdpr|cmp|onetrust|cookiebot|newsletter|modal|popup|overlay|skip-link|breadcrumb)/i;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FORM',
  'HR',
  'HTML',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'IFRAME']);

export interface HtmlDocument {
  doc: DomDocument;
  /** Text of the `<title>` element. */
  pageTitle: string | null;
  lang: string | null;
}

/** linkedom makes a bare fragment's first element the document element; give it a real document. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function domParse(html: string): DomDocument {
  assertHtmlNesting(html);
  return new DOMParser().parseFromString(asDocument(html), 'text/html');
}

export function parseHtml(html: string): HtmlDocument {
  const doc = domParse(html);
  const titleEl = doc.querySelector('title');
  const lang = doc.documentElement?.getAttribute('lang') ?? null;
  return { doc, pageTitle: titleEl?.textContent?.trim() || null, lang: lang?.trim() || null };
}

/**
 * Boxes of other jobs, by the names boards give them ("similar-jobs", "related-jobs", "lignende",
 * "aehnliche-jobs", "offres-similaires", "vacatures-vergelijkbaar") or by an aria-label that is a heading of
 * other jobs ("Jobs similar to this"): another role's pay, date or place is never this one's.
 */
const OTHER_JOBS_NAME =
  /(?:^|[-_\s])(?:similar|similaires?|similares?|simili|related|recommended|recommendations|lignende|aehnliche|ahnliche|vergelijkbare|soortgelijke|semelhantes|relacionad[oa]s|correlat[ei]|people-also|also-viewed|more-jobs|other-jobs|andere-jobs|weitere-jobs)(?:$|[-_\s])/i;
const OTHER_JOBS_BOX = new Set(['ASIDE', 'SECTION', 'DIV', 'UL', 'OL']);

function isOtherJobsBox(el: DomElement): boolean {
  if (!OTHER_JOBS_BOX.has(el.tagName) || el.querySelector('h1')) return false;
  const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  const label = el.getAttribute('aria-label') ?? '';
  return OTHER_JOBS_NAME.test(name) || (label !== '' && isSidebarHeading(label));
}

/** Removes scripts, navigation, footers, consent banners and boxes of other jobs in place. */
export function stripChrome(doc: DomDocument): void {
  for (const el of Array.from(doc.querySelectorAll(CHROME_SELECTOR))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[id],[class],[aria-label]'))) {
    const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    const top = el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'MAIN';
    if (!top && (BANNER_NAME.test(name) || isOtherJobsBox(el))) el.remove();
  }
}

/**
 * The readable article of the page as markdown-lite, or null when Readability finds none. Given a
 * document already parsed and stripped of chrome, it reads that one (Readability changes it, so the
 * caller must be done with it): parsing a page twice was a fifth of the parse time.
 */
export function readableText(source: string | DomDocument): string | null {
  let doc: DomDocument;
  if (typeof source === 'string') {
    doc = domParse(source);
    stripChrome(doc);
  } else doc = source;
  try {
    // The serializer hands back the node itself, so the text keeps headings and list items.
    const reader = new Readability(doc as never, { serializer: (node: unknown) => node, charThreshold: 200 });
    const article = reader.parse();
    const content = article?.content as DomNode | null | undefined;
    if (!content) return null;
    const text = domToText(content);
    return text.length > 0 ? text : null;
  } catch {
    return null;
  }
}

/** Any DOM subtree into markdown-lite: headings as `#`, list items as `- `, blocks on their own lines. */
export function domToText(root: DomNode): string {
  const out: string[] = [];
  walk(root, out, { inPre: false });
  const text = normalizeCharacters(out.join(''))
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
  const tidy = collapseBlankLines(text.replace(/^- *$/gm, '').replace(/^(#{1,6}) *$/gm, ''));
  // List items sit on consecutive lines, as in the plain-text and markdown paths.
  return tidy.replace(/^(- .*)\n\n(?=- )/gm, '$1\n').replace(/^(- .*)\n\n(?=- )/gm, '$1\n');
}

interface WalkState {
  inPre: boolean;
}

function walk(node: DomNode, out: string[], state: WalkState): void {
  if (node.nodeType === TEXT_NODE) {
    const t = node.textContent ?? '';
    out.push(state.inPre ? t : t.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const el = node as DomElement;
  // Documents and fragments (9, 11) have no tag name.
  const tag = node.nodeType === ELEMENT_NODE ? el.tagName.toUpperCase() : '';
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) {
    out.push(`\n\n${'#'.repeat(Number(heading[1]))} `);
    walkChildren(el, out, state);
    out.push('\n\n');
    return;
  }
  if (tag === 'LI') {
    out.push('\n- ');
    const pair = labelValuePair(el);
    if (pair) out.push(pair);
    else walkChildren(el, out, state);
    out.push('\n');
    return;
  }
  // A two-cell row whose first cell is a label ("Empresa | Acme SpA") reads as "Empresa: Acme SpA", as a
  // list item does: without it the cells run together ("Empresa Acme SpA") and no label is read.
  const row = tag === 'TR' ? labelValuePair(el) : null;
  if (row) {
    out.push(`\n${row}\n`);
    return;
  }
  if (tag === 'TD' || tag === 'TH') {
    walkChildren(el, out, state);
    out.push(' \t ');
    return;
  }
  if (tag === 'PRE') {
    out.push('\n');
    walkChildren(el, out, { inPre: true });
    out.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.push(tag === 'P' ? '\n\n' : '\n');
  walkChildren(el, out, state);
  if (block) out.push(tag === 'P' ? '\n\n' : '\n');
}

/**
 * A facts item made of two elements, a field label and its value (`<span>Locatie</span> <span>Zaandam</span>`):
 * written `Locatie: Zaandam`, as a label line, since the markup separates what the text would run together.
 */
function labelValuePair(el: DomNode): string | null {
  const parts: string[] = [];
  for (const k of Array.from(el.childNodes)) {
    const text = (k.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (k.nodeType === TEXT_NODE) {
      if (text !== '') return null;
      continue;
    }
    if (k.nodeType !== ELEMENT_NODE) continue;
    parts.push(text);
  }
  const [label = '', value = ''] = parts;
  if (parts.length !== 2 || label === '' || value === '' || label.length > 40 || /[:：]$/.test(label)) return null;
  return isLabelLine(label) ? `${label}: ${value}` : null;
}

function walkChildren(el: DomNode, out: string[], state: WalkState): void {
  const kids = el.childNodes;
  // childNodes is typed ArrayLike (the importer's DOM stand-in), which for-of cannot iterate.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k) walk(k, out, state);
  }
}

/** `mailto:` addresses on the page outside its footer and menus, which may not appear in its visible text. */
export function mailtoAddresses(doc: DomDocument): string[] {
  const found: string[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href^="mailto:" i]'))) {
    // The site's own addresses (its footer, its menus) are not the job's contact.
    if (a.closest('footer, nav, [role="contentinfo"], [role="navigation"]')) continue;
    const href = a.getAttribute('href') ?? '';
    let addr = href.slice('mailto:'.length).split('?')[0] ?? '';
    try {
      addr = decodeURIComponent(addr);
    } catch {
      // keep the raw address
    }
    addr = addr.trim();
    if (addr) found.push(addr);
  }
  return found;
}

/** The page's own address when it says so (canonical link or og:url). */
export function pageUrl(doc: DomDocument): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const url = (canonical ?? og ?? '').trim();
  return /^https?:\/\/\S+$/i.test(url) ? url : null;
}

const VIEW_JOB =
  /^(?:view|see|open) (?:the )?(?:job|posting|vacancy|role)|^stelle ansehen|^zur stelle|^voir l['’]offre|^ver (?:la )?oferta|^bekijk (?:de )?vacature|^se (?:jobbet|stillingen)|^vedi (?:l['’])?offerta|^ver (?:a )?vaga/i;

/**
 * An e-mail alert's link to the job: the link that is the job's heading (`<h2><a href>Title</a></h2>`), else
 * a "View job" link. Mail has no canonical address; a page's links are never read this way.
 */
export function mailJobLink(doc: DomDocument): string | null {
  const heading = doc.querySelector('h1 a[href], h2 a[href]')?.getAttribute('href');
  const view = Array.from(doc.querySelectorAll('a[href]')).find((a) => VIEW_JOB.test((a.textContent ?? '').trim()));
  for (const href of [heading, view?.getAttribute('href')]) {
    const u = (href ?? '').trim();
    if (/^https?:\/\/\S+$/i.test(u)) return cleanUrl(u);
  }
  return null;
}

/** Text of the page's single `<h1>`; several or none means the page does not name one title. */
export function singleH1(doc: DomDocument): string | null {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  return h1s.length === 1 ? (h1s[0] ?? null) : null;
}
