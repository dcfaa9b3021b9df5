/**
 * The importer's pipeline: decode and check the input, turn each format into markdown-lite text plus
 * whatever its markup states outright (schema.org, mail headers), read the fields, and let the
 * structured statements win over what the prose suggests.
 */
import { emptyParsedPosting, parsedPostingSchema, type ParsedPosting } from '../../../shared/posting';
import { isBoardAddress } from './board-addresses';
import { findEmail } from './contacts';
import { decodeEmail } from './eml';
import { extractFieldsWithDebug, type FieldDebug, type TextHints } from './extract-fields';
import { domToText, mailtoAddresses, mailJobLink, pageUrl, parseHtml, readableText, singleH1, stripChrome } from './html-to-text';
import { decodeSource, detectFormat, PostingInputError, type PostingFormat, type PostingSource } from './input';
import { assertJsonNesting } from './nesting-depth';
import { flattenJsonApi } from './json-api';
import { findRecord, parseLooseJson, readJsonRecord } from './json-record';
import { findJobPosting, jobPostingFields, jsonLdJobPosting, microdataJobPosting } from './schema-org';
import { withoutSidebars } from './sections';
import { toCleanText, toMarkdownLite } from './text-normalize';
import { stripGenderMarker } from './title-company';
import { withoutCareerLead } from './candidates';

export interface ParseResult {
  fields: ParsedPosting;
  cleanText: string;
  originalText: string;
  format: PostingFormat;
  found: (keyof ParsedPosting)[];
}

/** A parse result and why its title and company were chosen: every candidate, its score and reasons. */
export interface ExplainedResult extends ParseResult {
  debug: FieldDebug;
}

export interface ParseOptions {
  /** "Now" for yearless dates with no posting date to resolve against; tests pin it. */
  now?: Date;
}

interface Prepared {
  format: PostingFormat;
  /** Markdown-lite text the fields are read from. */
  markdown: string;
  /** Markdown-lite text shown to the user, when it differs (a page's article without its side boxes). */
  display?: string;
  structured: Partial<ParsedPosting>;
  hints: TextHints;
}

const HTML_TAG = /<\/?(?:p|br|div|ul|ol|li|h[1-6]|strong|b|em|span|a|table|section)\b[^>]*>/i;

function htmlFragmentToMarkdown(html: string): string {
  const { doc } = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
  stripChrome(doc);
  return doc.body ? domToText(doc.body) : '';
}

/** Greenhouse's `content` and some feeds escape their markup once more: `&lt;p&gt;`. */
const ESCAPED_TAG = /&lt;\/?(?:p|br|div|ul|ol|li|h[1-6]|strong|b|em|span)\b[^&]{0,200}?&gt;/i;

function unescapeMarkup(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function descriptionToMarkdown(desc: string): string {
  const text = ESCAPED_TAG.test(desc) ? unescapeMarkup(desc) : desc;
  return HTML_TAG.test(text) ? htmlFragmentToMarkdown(text) : toMarkdownLite(text);
}

function prepareHtml(html: string, format: PostingFormat = 'html', fullBody = false): Prepared {
  const { doc, lang, pageTitle } = parseHtml(html);
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || null;
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || null;
  const schemaObj = jsonLdJobPosting(doc) ?? microdataJobPosting(doc);
  const schema = schemaObj ? jobPostingFields(schemaObj) : null;
  const h1 = singleH1(doc);
  const emails = mailtoAddresses(doc);
  const url = pageUrl(doc) ?? (format === 'eml' ? mailJobLink(doc) : null);
  stripChrome(doc);
  const root = doc.body ?? doc.documentElement;
  let full = root ? domToText(root) : '';
  if (schema?.description && full.length < 200) full = `${full}\n\n${descriptionToMarkdown(schema.description)}`.trim();
  let display: string | undefined;
  if (!fullBody) {
    // Last use of `doc`: Readability rearranges it.
    const readable = readableText(doc);
    if (readable && readable.length >= 200) {
      const title = schema?.fields.title ?? h1;
      display = title && !readable.includes(title) ? `# ${title}\n\n${readable}` : readable;
    }
  }
  return {
    format,
    markdown: full,
    display,
    structured: schema?.fields ?? {},
    // "Werken bij Polar Techniek", "Careers at Acme": the employer's name without the career site's lead.
    hints: {
      strong: h1,
      emails,
      url,
      lang,
      pageTitle: ogTitle && withoutCareerLead(ogTitle),
      docTitle: pageTitle && withoutCareerLead(pageTitle),
      siteName: siteName && withoutCareerLead(siteName),
      country: schema?.country ?? null,
    },
  };
}

function prepareJson(raw: string): Prepared {
  assertJsonNesting(raw);
  let value: unknown;
  try {
    value = parseLooseJson(raw);
  } catch {
    return { format: 'json', markdown: toMarkdownLite(raw), structured: {}, hints: {} };
  }
  const posting = findJobPosting(value);
  if (posting) {
    const { fields, description } = jobPostingFields(posting);
    const body = description ? descriptionToMarkdown(description) : '';
    const head = fields.title ? `# ${fields.title}\n\n` : '';
    return { format: 'json', markdown: `${head}${body}`.trim(), structured: fields, hints: {} };
  }
  if (typeof value === 'string') {
    return { format: 'json', markdown: descriptionToMarkdown(value), structured: {}, hints: {} };
  }
  // A JSON:API document is read as the one record it stands for (its company and places resolved).
  value = flattenJsonApi(value) ?? value;
  const record = findRecord(value);
  if (record) {
    // A job board's own record: its named keys are statements too, in whatever language it keys them.
    const { fields, description, extra } = readJsonRecord(record);
    // What the wrapper states beside the record (Workday's `hiringOrganization` next to `jobPostingInfo`)
    // fills what the record leaves out; lists of other jobs beside it are never read.
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && value !== record) {
      const outer = readJsonRecord(value as Record<string, unknown>).fields;
      for (const [k, v] of Object.entries(outer) as [keyof typeof fields, unknown][])
        if (fields[k] === undefined) (fields as Record<string, unknown>)[k] = v;
    }
    const body = [description, ...extra]
      .filter((t): t is string => t !== null)
      .map(descriptionToMarkdown)
      .join('\n\n');
    const head = fields.title ? `# ${fields.title}\n\n` : '';
    return { format: 'json', markdown: `${head}${body}`.trim() || toMarkdownLite(raw), structured: fields, hints: {} };
  }
  return { format: 'json', markdown: toMarkdownLite(raw), structured: {}, hints: {} };
}

async function prepareEml(raw: string): Promise<Prepared> {
  let mail;
  try {
    mail = await decodeEmail(raw);
  } catch {
    throw new PostingInputError(
      'UNREADABLE',
      'This e-mail could not be decoded. Save it again as .eml, or copy the message text.',
    );
  }
  const base: Prepared = mail.html
    ? prepareHtml(mail.html, 'eml', true)
    : { format: 'eml', markdown: toMarkdownLite(mail.text ?? ''), structured: {}, hints: {} };
  // An e-mail's greeting is not its title; its subject usually is. Its HTML <title> that the body never
  // shows ("Vos offres du jour", "Your daily jobs") is the mail's own heading, not a job's.
  const shown = (t: string | null | undefined) => (t && base.markdown.includes(t) ? t : null);
  base.hints = {
    ...base.hints,
    docTitle: shown(base.hints.docTitle),
    pageTitle: shown(base.hints.pageTitle),
    subject: mail.subject,
    emails: [...(base.hints.emails ?? []), ...mail.senders],
    receivedAt: mail.date,
  };
  if (base.markdown.trim() === '' && mail.subject) base.markdown = mail.subject;
  if (mail.html) base.markdown = firstListedJob(mail.html, base.markdown);
  return base;
}

const HEADING_LINE = /^#{1,6} /;

/**
 * A job alert lists each job under a heading that links to it (`<h2><a href>Title</a></h2>`): the posting is
 * the first job, and from the second job's heading on the text is other jobs (their contract, place,
 * workplace and dates are never this posting's). Two headings linking to two different addresses make a
 * list; a single linked heading, or headings without links, leave the text as it is.
 */
function firstListedJob(html: string, markdown: string): string {
  const { doc } = parseHtml(html);
  const linked = Array.from(doc.querySelectorAll('h1, h2, h3, h4')).filter((h) => h.querySelector('a[href^="http"]'));
  const hrefs = new Set(linked.map((h) => h.querySelector('a[href^="http"]')?.getAttribute('href')?.trim()));
  if (linked.length < 2 || hrefs.size < 2) return markdown;
  const text = (i: number) => (linked[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const lines = markdown.split('\n');
  const headingAt = (t: string, from: number) =>
    lines.findIndex((l, i) => i >= from && HEADING_LINE.test(l) && l.replace(HEADING_LINE, '').trim() === t);
  const first = headingAt(text(0), 0);
  const second = first < 0 || text(1) === '' ? -1 : headingAt(text(1), first + 1);
  return second < 0 ? markdown : lines.slice(0, second).join('\n').trimEnd();
}

function prepareSync(original: string, format: PostingFormat): Prepared {
  switch (format) {
    case 'html':
      return prepareHtml(original);
    case 'json':
      return prepareJson(original);
    case 'eml':
      throw new PostingInputError('UNREADABLE', 'E-mails are decoded asynchronously: call parsePosting (async) for .eml files.');
    default:
      return { format: 'text', markdown: toMarkdownLite(original), structured: {}, hints: {} };
  }
}

function merge(text: ParsedPosting, structured: Partial<ParsedPosting>): ParsedPosting {
  const out: ParsedPosting = { ...text };
  for (const [key, value] of Object.entries(structured) as [keyof ParsedPosting, unknown][]) {
    if (value === null || value === undefined) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  if (out.title) out.title = stripGenderMarker(out.title) || out.title;
  return out;
}

/** The schema is the contract with the renderer: anything that does not fit it is dropped, not sent. */
function conform(fields: ParsedPosting): ParsedPosting {
  const checked = parsedPostingSchema.safeParse(fields);
  if (checked.success) return checked.data;
  const out = { ...fields } as Record<string, unknown>;
  const empty = emptyParsedPosting() as Record<string, unknown>;
  for (const issue of checked.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string') out[key] = empty[key];
  }
  return out as ParsedPosting;
}

function finish(original: string, prepared: Prepared, options: ParseOptions): ExplainedResult {
  const extracted = extractFieldsWithDebug(prepared.markdown, { ...prepared.hints, now: options.now });
  const fields = conform(merge(extracted.fields, prepared.structured));
  // The board's own inbox found in the text is not the employer's: the next address is taken, or none.
  const { email, url, company } = fields;
  if (email && !prepared.structured.email && isBoardAddress(email, url, company)) {
    const markdown = withoutSidebars(prepared.markdown);
    fields.email = findEmail(markdown, prepared.hints.emails ?? [], (e) => !isBoardAddress(e, url, company));
  }
  const found = (Object.keys(fields) as (keyof ParsedPosting)[]).filter((k) => {
    const v = fields[k];
    return Array.isArray(v) ? v.length > 0 : v !== null;
  });
  return {
    fields,
    cleanText: toCleanText(prepared.display ?? prepared.markdown),
    originalText: original,
    format: prepared.format,
    found,
    debug: extracted.debug,
  };
}

/** Every format except e-mail, synchronously (for the CLI's bulk paths and benches). */
export function parsePostingSync(src: PostingSource, options: ParseOptions = {}): ParseResult {
  const original = decodeSource(src);
  const { debug: _debug, ...result } = finish(original, prepareSync(original, detectFormat(src.name, original)), options);
  return result;
}

export async function parsePosting(src: PostingSource, options: ParseOptions = {}): Promise<ParseResult> {
  const { debug: _debug, ...result } = await explainPosting(src, options);
  return result;
}

/** parsePosting plus the scored title and company candidates (for tests and bug reports; not sent to the UI). */
export async function explainPosting(src: PostingSource, options: ParseOptions = {}): Promise<ExplainedResult> {
  const original = decodeSource(src);
  const format = detectFormat(src.name, original);
  const prepared = format === 'eml' ? await prepareEml(original) : prepareSync(original, format);
  return finish(original, prepared, options);
}
