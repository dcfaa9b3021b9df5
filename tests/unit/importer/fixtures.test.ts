import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../electron/core/importer';
import { parsedPostingSchema } from '../../../shared/posting';
import { matchExpected, type ExpectedJson } from './expected-matcher';

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
        const expectedPath = path.join(dir, 'expected', `${file.replace(/\.[^.]+$/, '')}.json`);
        const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, ExpectedJson>;
        const result = await parsePosting({ name: file, bytes: readFileSync(path.join(dir, file)) });
        expect(parsedPostingSchema.safeParse(result.fields).success).toBe(true);
        expect(matchExpected(result.fields, expected)).toEqual([]);
      });
    }
  });
}
