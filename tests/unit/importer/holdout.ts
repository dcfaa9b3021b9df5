import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addToAccuracy, emptyAccuracy, formatAccuracy } from './accuracy';
import { NOW, parseWithExpected } from './cases';

/*
 * A holdout measurement: postings written without reading the importer source, never tuned against.
 * Accuracy on stated fields is only printed (it is a measurement, not a gate); each file asserts that its
 * result fits the schema and that no field the posting leaves unstated was given a value (issue 13's
 * "no invented value" target). Each file's expected fields are in `expected/<name without its last
 * extension>.json`.
 */
export function describeHoldout(name: string, dir: string): void {
  const files = readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'expected' && f !== 'README.md');
  const total = emptyAccuracy();

  describe(`${name}: unseen composed postings`, () => {
    for (const file of files) {
      it(file, async () => {
        const { expected, fields } = await parseWithExpected(dir, file, NOW);
        const own = emptyAccuracy();
        addToAccuracy(own, file, fields, expected);
        addToAccuracy(total, file, fields, expected);
        console.log(formatAccuracy(file, own));
        expect(own.misses.filter((m) => m.includes(': invented '))).toEqual([]);
      });
    }

    afterAll(() => {
      console.log(formatAccuracy(`${name} (${files.length} files)`, total));
      for (const m of total.misses) console.log(`  miss: ${m}`);
    });
  });
}
