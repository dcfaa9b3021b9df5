import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addToAccuracy, emptyAccuracy, formatAccuracy } from './accuracy';
import { NOW, parseWithExpected } from './cases';
import { matchExpected } from './expected-matcher';

// The project's own composed postings (tests/unit/importer/postings): they always run, clone or not.
const DIR = path.resolve(__dirname, 'postings');
const files = readdirSync(DIR).filter((f) => !f.startsWith('.') && f !== 'README.md' && f !== 'expected');
const accuracy = emptyAccuracy();

describe('composed postings, one per failure class and language', () => {
  it('has postings for every class 1-11 in at least two languages', () => {
    const byClass = new Map<string, Set<string>>();
    for (const f of files) {
      const m = /^c(\d{2})-.*-([a-z]{2})\./.exec(f);
      if (!m) continue;
      byClass.set(m[1] ?? '', (byClass.get(m[1] ?? '') ?? new Set()).add(m[2] ?? ''));
    }
    for (const c of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'])
      expect(byClass.get(c)?.size ?? 0).toBeGreaterThanOrEqual(2);
  });

  for (const file of files) {
    it(file, async () => {
      const { expected, fields } = await parseWithExpected(DIR, file, NOW);
      addToAccuracy(accuracy, file, fields, expected);
      expect(matchExpected(fields, expected)).toEqual([]);
    });
  }

  afterAll(() => {
    console.log(formatAccuracy(`composed postings (${files.length} files)`, accuracy));
    for (const m of accuracy.misses) console.log(`  miss: ${m}`);
  });
});
