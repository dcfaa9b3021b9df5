// `npm run bench` ends with a closing note repeating every bench's `row: ` lines (the headline figures with
// their references), so one run's figures can be read in one place.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');

it('the bench runner closes with every row of every bench, in file order', () => {
  const dir = tempDir('pursuit-bench-runner-');
  fs.mkdirSync(path.join(dir, 'bench'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(dir, 'bench', 'a-first.bench.ts'),
    "console.log('detail');\nconsole.log('row: first figure 1.0x');\n",
  );
  fs.writeFileSync(
    path.join(dir, 'bench', 'b-second.bench.ts'),
    'const n: number = 2;\nconsole.log(`row: second figure ${n}.0x`);\n',
  );
  fs.writeFileSync(path.join(dir, 'bench', 'helper.ts'), "console.log('row: not a bench');\n");
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench.mjs')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status).toBe(0);
  const lines = r.stdout.trim().split('\n');
  const note = lines.indexOf('=== closing note: the headline figures of this run');
  expect(note).toBeGreaterThan(0);
  expect(lines.slice(note + 1)).toEqual(['a-first: first figure 1.0x', 'b-second: second figure 2.0x']);
  expect(lines.slice(0, note)).toContain('detail');
});
