import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import {
  collapseBlankLines,
  stripStrongEmphasis,
  toMarkdownLite,
  trimLineEnds,
  trimSpacesAtEnd,
} from '../../../electron/core/importer/text-normalize';
import { analyzeCsv } from '../../../electron/core/data/csv-import';
import { openDatabase } from '../../../electron/core/store/db';

/**
 * Text handling is linear (issue 10, item 3): a paste of 150,000 spaces froze the host for tens of seconds
 * because regexes like /[ \t]+$/ rescan a run from each of its characters. Each adversarial input below is
 * read within a time proportional to its length, and what comes out is still right.
 */

/** 250 ms of slack (the first call's warm-up) plus 5 µs per character: 150,000 chars in 1 s. */
const budgetMs = (length: number) => 250 + length * 0.005;

/**
 * The process's CPU time, not the wall clock: a quadratic regex burns CPU, while a busy machine (other test
 * files, other jobs on two cores) only stretches the wall time. A run that is CPU-bound shows as such either way.
 */
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = process.cpuUsage();
  const value = fn();
  return { value, ms: cpuMs(started) };
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = process.cpuUsage();
  const value = await fn();
  return { value, ms: cpuMs(started) };
}

/** Runs of what made regexes backtrack: whitespace, punctuation, markdown markers, brackets, `a ` repeated. */
const adversarialUnit = fc.constantFrom(
  ' ',
  '\t',
  ' \t',
  '\u00a0 ',
  '.',
  '-',
  '*',
  '_',
  '**a ',
  '__a ',
  '*a ',
  '[',
  '[a](http://',
  '(',
  '# ',
  '- ',
  'a ',
  '$1',
  '<a',
  '\\n',
  'a@b.',
);
const adversarialText = fc
  .record({
    unit: adversarialUnit,
    length: fc.integer({ min: 20_000, max: 150_000 }),
    tail: fc.constantFrom('', 'x', '\nx', ' end'),
  })
  .map(({ unit, length, tail }) => `${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}${tail}`);

describe('linear text handling', () => {
  it('150,000 spaces before a word: normalised in under a second, with the word kept and no trailing spaces', () => {
    for (const text of [`${' '.repeat(150_000)}x`, `Title\n${'\t'.repeat(150_000)}x \nmore`, `a${' \t'.repeat(75_000)}b`]) {
      const { value, ms } = timed(() => toMarkdownLite(text));
      expect(ms).toBeLessThan(1000);
      expect(value.split('\n').every((line) => !/[ \t]$/.test(line))).toBe(true);
      expect(value.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    }
    const { value, ms } = timed(() => collapseBlankLines(`x${' '.repeat(150_000)}\ny`));
    expect(ms).toBeLessThan(1000);
    expect(value).toBe('x\ny');
  });

  it('a pasted posting with 150,000 spaces in it is read through the API in under a second', async () => {
    const core = createCore({});
    const text = `Senior Engineer at Acme\n${' '.repeat(150_000)}Berlin, Germany`;
    const { value, ms } = await timedAsync(() => core.call('postings.parse', { text }));
    core.close();
    expect(ms).toBeLessThan(1000);
    expect(value).toMatchObject({ ok: true, value: { fields: { title: expect.stringMatching(/^Senior Engineer/) } } });
    const clean = (value as { value: { cleanText: string } }).value.cleanText;
    expect(clean).toContain('Berlin, Germany');
  });

  it('property: long runs of whitespace and punctuation are normalised in time proportional to their length', () => {
    fc.assert(
      fc.property(adversarialText, (text) => {
        const { value, ms } = timed(() => toMarkdownLite(text));
        expect(ms).toBeLessThan(budgetMs(text.length));
        // Nothing but markup and whitespace is dropped: every letter and digit of the input is still there.
        const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
        expect(letters(value)).toBe(letters(text.replace(/\\n/g, '\n')));
        expect(value.split('\n').every((line) => !/[ \t]$/.test(line))).toBe(true);
      }),
      { numRuns: 40, seed: 10_3 },
    );
  });

  it('property: whole postings (text, JSON, HTML) of adversarial runs parse within the bound, or are refused clearly', async () => {
    const core = createCore({});
    await fc.assert(
      fc.asyncProperty(adversarialText, fc.constantFrom(undefined, 'posting.md', 'posting.json'), async (body, name) => {
        const text = `Engineer at Acme\n${body}`;
        const { value, ms } = await timedAsync(() => core.call('postings.parse', { text, name }));
        expect(ms).toBeLessThan(budgetMs(text.length));
        if (!value.ok) expect(value.error.code).toBe('BAD_INPUT');
      }),
      { numRuns: 24, seed: 10_3 },
    );
    core.close();
  }, 120_000);

  it('the linear helpers give exactly what the regexes they replace gave (short inputs, where the regex is fast)', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '*', '**', '_', '__', 'a', 'b c', '.');
    const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(trimSpacesAtEnd(s)).toBe(s.replace(/[ \t]+$/, ''));
        expect(trimLineEnds(s)).toBe(s.replace(/[ \t]+\n/g, '\n'));
        const line = s.replace(/\n/g, ' ');
        expect(stripStrongEmphasis(line)).toBe(line.replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2'));
      }),
      { numRuns: 2000, seed: 10_3 },
    );
  });

  it('a JSON posting nested 100,000 brackets deep is refused at once, naming the depth and the limit', async () => {
    const core = createCore({});
    const text = `${'['.repeat(100_000)}"Engineer"${']'.repeat(100_000)}`;
    const { value, ms } = await timedAsync(() => core.call('postings.parse', { text, name: 'posting.json' }));
    expect(ms).toBeLessThan(1000);
    expect(value).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'This file is nested 100,000 levels deep; Pursuit reads up to 200.' },
    });
    core.close();
  });

  it('an HTML page nested 50,000 deep is refused clearly (it was an internal error); 150 levels still read', async () => {
    const core = createCore({});
    const page = (depth: number) =>
      `<html><body>${'<div>'.repeat(depth)}<h1>Data Engineer</h1><p>Acme is hiring in Berlin.</p>${'</div>'.repeat(depth)}</body></html>`;
    const deep = await core.call('postings.parse', { text: page(50_000), name: 'page.html' });
    expect(deep).toEqual({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: expect.stringMatching(/^This file is nested 50,00\d levels deep; Pursuit reads up to 200\.$/),
      },
    });
    const fine = await core.call('postings.parse', { text: page(150), name: 'page.html' });
    expect(fine).toMatchObject({ ok: true, value: { fields: { title: 'Data Engineer' } } });
    core.close();
  });

  it('CSV cells with long runs (contacts, amounts, tags, e-mails) are checked in linear time', () => {
    const db = openDatabase(':memory:');
    const run = ' '.repeat(100_000);
    const csv = [
      'Title,Company,Contacts,Salary,Tags,Salary Min',
      `Engineer,Acme,"Ana${run}Ruiz (Recruiter)${run}<ana@example.com>","50000${run}to${run}60000","a${run};${run}b","1${'x'.repeat(100_000)}1"`,
      `Analyst,Globex,"Bo <bo@${'b.'.repeat(50_000)} x>",,,`,
    ].join('\n');
    const { value, ms } = timed(() => analyzeCsv(db, null, { csv }));
    db.close();
    expect(ms).toBeLessThan(budgetMs(csv.length));
    expect(value.totalRows).toBe(2);
    expect(value.bad.map((b) => b.row)).toEqual([2, 3]);
  });
});
