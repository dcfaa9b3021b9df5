import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { explainPosting, parsePosting, parsePostingSync, type ParsedPosting } from '../../../electron/core/importer';
import { parsedPostingSchema } from '../../../shared/posting';
import type { ExpectedJson } from './expected-matcher';

/*
 * What the importer's tests share: the clock, the ways to parse a text, a record or a file, one check of
 * several fields at once, a table of postings each with the fields it must give, and builders for the
 * e-mails and pages the tests write. A test file states only its cases.
 */

/** The day most tests parse on: dates without a year resolve against it. */
export const NOW = new Date(2027, 0, 10, 12);

/** The fields of a text (or of what its file name says it is), parsed synchronously. */
export const fieldsOf = (text: string, name = 'p.txt') => parsePostingSync({ name, text }, { now: NOW }).fields;

/** The fields of a JSON record. */
export const recordFields = (record: unknown, name = 'r.json') => fieldsOf(JSON.stringify(record), name);

/** The result with the scored title and company candidates (asynchronous, so e-mails too). */
export const explain = (text: string, name = 'p.txt', now = NOW) => explainPosting({ name, text }, { now });

/** The fields of an e-mail (e-mails are only read asynchronously). */
export const mailFields = async (text: string, name = 'alert.eml') => (await parsePosting({ name, text }, { now: NOW })).fields;

type Field = keyof ParsedPosting;
/** Some fields and what each must equal (a value or an asymmetric matcher such as `expect.stringContaining`). */
export type Expected = Partial<Record<Field, unknown>>;

/** Each field named must equal its expected value (`toEqual`, so nested values are compared whole). */
export function expectFields(fields: ParsedPosting, expected: Expected): void {
  for (const [field, want] of Object.entries(expected)) expect(fields[field as Field], field).toEqual(want);
}

/** The reasons the top title or company candidate gives, as a bug report shows them. */
export const topReasons = (r: Awaited<ReturnType<typeof explain>>, field: 'title' | 'company') =>
  r.debug[field].candidates[0]?.reasons.join(' | ');

/** A posting and what it must give; the name says the rule and the language. */
export interface PostingCase {
  name: string;
  text: string;
  /** The file's name, which says its format (a plain text by default). */
  file?: string;
  /** Fields and the values they must have. */
  expected?: Expected;
  /** Fields and a value each must not have. */
  not?: Expected;
  /** What the top title or company candidate's reasons must say. */
  reasons?: Partial<Record<'title' | 'company', RegExp>>;
  /** The day the posting is parsed on, when not NOW. */
  now?: Date;
}

/** Parses a case's posting and checks all it states. */
export async function expectPosting({ text, file, expected = {}, not = {}, reasons = {}, now }: PostingCase): Promise<void> {
  const r = await explain(text, file, now);
  expectFields(r.fields, expected);
  for (const [field, value] of Object.entries(not)) expect(r.fields[field as Field], field).not.toEqual(value);
  for (const [field, pattern] of Object.entries(reasons)) expect(topReasons(r, field as 'title' | 'company')).toMatch(pattern);
}

/** One test per case, named by the case. */
export function itReads(cases: readonly PostingCase[]): void {
  for (const c of cases) it(c.name, () => expectPosting(c));
}

/** An e-mail as a mail client saves it; `html` makes the body HTML, `replyTo` adds that header. */
export function eml(mail: { from: string; to: string; subject: string; body: string; replyTo?: string; html?: boolean }): string {
  return [
    `From: ${mail.from}`,
    ...(mail.replyTo ? [`Reply-To: ${mail.replyTo}`] : []),
    `To: ${mail.to}`,
    `Subject: ${mail.subject}`,
    'Date: Fri, 8 Jan 2027 09:00:00 +0100',
    'MIME-Version: 1.0',
    `Content-Type: text/${mail.html ? 'html' : 'plain'}; charset=utf-8`,
    '',
    mail.body,
  ].join('\r\n');
}

/** A saved page: its <title>, what else its head holds, and its body's markup. */
export function htmlPage(page: { title: string; body: string; head?: string; lang?: string; doctype?: boolean }): string {
  const open = page.lang ? `<html lang="${page.lang}">` : '<html>';
  const doctype = page.doctype === false ? '' : '<!doctype html>';
  return `${doctype}${open}<head><title>${page.title}</title>${page.head ?? ''}</head><body>${page.body}</body></html>`;
}

/** A posting file of a folder and its expected fields (`expected/<name without its last extension>.json`). */
export async function parseWithExpected(dir: string, file: string, now?: Date) {
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected', `${file.replace(/\.[^.]+$/, '')}.json`), 'utf8')) as Record<
    string,
    ExpectedJson
  >;
  const result = await parsePosting({ name: file, bytes: readFileSync(path.join(dir, file)) }, now ? { now } : {});
  expect(parsedPostingSchema.safeParse(result.fields).success).toBe(true);
  return { expected, fields: result.fields };
}
