import { beforeAll, describe, expect, it } from 'vitest';
import { chooseCompany, chooseTitle } from '../../../electron/core/importer/title-company';
import { dateAtStart, inferDayFirst } from '../../../electron/core/importer/dates';
import { extractFields } from '../../../electron/core/importer/extract-fields';
import { detectFormat } from '../../../electron/core/importer/input';
import { findRecord, parseLooseJson, readJsonRecord } from '../../../electron/core/importer/json-record';
import { withoutSidebars } from '../../../electron/core/importer/sections';
import { remoteCountry } from '../../../electron/core/importer/places';
import { workplaceFromText } from '../../../electron/core/importer/work-terms';

/**
 * Adversarial input for the importer's own patterns (language tables, candidates, sidebars, dates,
 * JSON walker): long runs of spaces, punctuation and letters. A pattern that backtracks would take
 * seconds to minutes on 100,000 characters; a linear one takes milliseconds.
 */
const N = 100_000;
const RUNS: [string, string][] = [
  ['spaces', `Deadline${' '.repeat(N)}x`],
  ['spaces between words', `At Acme${' '.repeat(N)}we`],
  ['dots and spaces', '. '.repeat(N / 2)],
  ['capitalised words with dots', 'A. '.repeat(N / 3)],
  ['letters', 'a'.repeat(N)],
  ['capital letters', 'A'.repeat(N)],
  ['month-like letters', 'Maaaa'.repeat(N / 5)],
  ['brackets', '( '.repeat(N / 2)],
  ['dollar signs', '$ '.repeat(N / 2)],
  ['digits and dots', '1.'.repeat(N / 2)],
  ['remote words', 'remote '.repeat(N / 7)],
  ['no homeoffice', 'homeoffice '.repeat(N / 11)],
  ['bars', ' | '.repeat(N / 3)],
  ['colons', ':'.repeat(N)],
  ['hashes', '#'.repeat(N)],
  ['company-like', 'Acme Acme '.repeat(N / 10)],
  ['dates', '12. '.repeat(N / 4)],
  ['name particles', 'Van der '.repeat(N / 8)],
  ['agency leads', 'on behalf of our client '.repeat(N / 24)],
  ['negated remote with words between', 'thuiswerken is in deze '.repeat(N / 23)],
  ['compound role words', 'Kwaliteitsmedewerkerbrouwerij'.repeat(N / 29)],
];

/** CPU time of the process in ms: a backtracking pattern burns CPU, a busy machine only stretches wall time. */
function time(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe('linear text handling on adversarial input', () => {
  // chrono-node builds its locale parsers on first use: that one-time cost is not the pattern's.
  beforeAll(() => {
    dateAtStart('12. März 2027', { language: 'de', dayFirst: true }, new Date(2027, 0, 1), true);
  });

  for (const [name, text] of RUNS) {
    it(`${name} (${text.length} chars)`, () => {
      const lines = text.split('\n');
      const ms = time(() => {
        extractFields(text, { now: new Date(2027, 0, 1) });
        chooseTitle(lines, { pageTitle: text.slice(0, 5000) });
        chooseCompany(lines, { pageTitle: text.slice(0, 5000) });
        withoutSidebars(`${text}\nSimilar jobs\n${text}`);
        workplaceFromText(text);
        remoteCountry(text);
        dateAtStart(text, { language: 'de', dayFirst: true }, new Date(2027, 0, 1), true);
        inferDayFirst(text, 'en', {});
        detectFormat('x.txt', text);
      });
      // Generous for a machine shared by several jobs: a quadratic pattern on 100,000 characters takes
      // minutes (measured: 173 s for the label pattern this test caught), a linear one well under a second.
      expect(ms).toBeLessThan(10_000);
    });
  }

  it('the JSON walker and the NaN reader on large and deep input', () => {
    const big = `{"titulo": "${'x '.repeat(N / 2)}", "empresa": {"nombre": "A"}, "n": NaN, "list": [${'NaN,'.repeat(N / 4)}1]}`;
    const ms = time(() => {
      const v = parseLooseJson(big);
      const r = findRecord(v);
      if (r) readJsonRecord(r);
    });
    expect(ms).toBeLessThan(10_000);
  });
});
