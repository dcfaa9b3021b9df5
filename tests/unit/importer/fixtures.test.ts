import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWithExpected } from './cases';
import { matchExpected } from './expected-matcher';

// The shared fixtures live beside the repo and are read in place, never copied in.
const FIXTURE_DIRS = ['postings', 'postings-real'].map((d) => path.resolve(__dirname, '../../../../shared/fixtures', d));

for (const dir of FIXTURE_DIRS) {
  // A clone alone has no ../shared/fixtures: say so and skip, rather than fail or pass silently.
  const present = existsSync(dir);
  if (!present) console.log(`fixtures: ${dir} is absent (it lives beside the checkout); skipping its tests.`);
  describe.skipIf(!present)(`fixtures: ${path.basename(dir)}`, () => {
    const files = present ? readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'README.md' && f !== 'expected') : [];
    it('has fixtures', () => {
      expect(files.length).toBeGreaterThan(0);
    });
    for (const file of files) {
      it(file, async () => {
        const { expected, fields } = await parseWithExpected(dir, file);
        expect(matchExpected(fields, expected)).toEqual([]);
      });
    }
  });
}
