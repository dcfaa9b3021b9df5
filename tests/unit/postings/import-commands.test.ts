import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import type { Io } from '../../../electron/cli/command';
import { createCore } from '../../../electron/core/core';
import { tempDir } from '../helpers';

// The project's own postings (tests/fixtures/postings), so these run in any clone.
const POSTINGS = path.resolve(__dirname, '..', '..', 'fixtures', 'postings');
const ML_POSTING = path.join(POSTINGS, 'ml-engineer.txt');
const SUPPORT_POSTING = path.join(POSTINGS, 'support-analyst.txt');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false };
  const code = await main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), errLines: err };
}

describe('pursuit parse', () => {
  it('prints one object with exactly the posting fields for one file, an array for several', async () => {
    const one = await run(['parse', ML_POSTING]);
    expect(one.code).toBe(0);
    const fields = JSON.parse(one.stdout) as Record<string, unknown>;
    expect(Object.keys(fields).sort()).toEqual(
      [
        'company',
        'deadline',
        'email',
        'employmentType',
        'language',
        'location',
        'postedAt',
        'requirements',
        'salary',
        'skills',
        'title',
        'url',
        'workplace',
      ].sort(),
    );
    expect(fields.title).toBe('Senior Machine Learning Engineer');
    const two = await run(['parse', ML_POSTING, SUPPORT_POSTING]);
    expect((JSON.parse(two.stdout) as unknown[]).length).toBe(2);
  });

  it('names each unreadable, empty or binary file on one stderr line, exits 1, and still parses the rest', async () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.txt');
    const binary = path.join(dir, 'image.png');
    fs.writeFileSync(empty, '  \n');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await run(['parse', empty, ML_POSTING, binary, path.join(dir, 'missing.txt'), dir]);
    expect(r.code).toBe(1);
    expect(r.errLines).toHaveLength(4);
    expect(r.errLines[0]).toMatch(/^.*empty\.txt: .*empty/i);
    expect(r.errLines[1]).toMatch(/image\.png: .*binary/i);
    expect(r.errLines[2]).toMatch(/missing\.txt: no such file/);
    expect(r.errLines[3]).toMatch(/is a folder/);
    for (const line of r.errLines) expect(line).not.toContain('\n');
    expect((JSON.parse(r.stdout) as { title: string }[])[0]!.title).toBe('Senior Machine Learning Engineer');
  });
});

describe('pursuit import', () => {
  it('saves each posting with its text verbatim and its deadline, reports duplicates, and --force saves again', async () => {
    const dataDir = tempDir();
    const first = await run(['import', ML_POSTING, SUPPORT_POSTING, '--data-dir', dataDir]);
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n')).toEqual([`${ML_POSTING}: #1`, `${SUPPORT_POSTING}: #2`]);
    const again = await run(['import', ML_POSTING, '--data-dir', dataDir]);
    expect(again.stdout).toBe(`${ML_POSTING}: duplicate of #1`);
    const forced = await run(['import', ML_POSTING, '--force', '--data-dir', dataDir]);
    expect(forced.stdout).toBe(`${ML_POSTING}: #3`);

    const core = createCore({ dataDir });
    const detail = await core.call('applications.get', { id: 1 });
    core.close();
    expect(detail.ok).toBe(true);
    const d = (
      detail as { value: { posting: { originalText: string }; stageId: number; events: { kind: string; day: string }[] } }
    ).value;
    expect(d.posting.originalText).toBe(fs.readFileSync(ML_POSTING, 'utf8'));
    expect(d.events).toEqual([expect.objectContaining({ kind: 'deadline', day: '2025-04-30' })]);
  });

  it('a file that cannot be read is reported on its own line and nothing is saved for it', async () => {
    const dataDir = tempDir();
    const bad = path.join(dataDir, 'bad.txt');
    fs.writeFileSync(bad, Buffer.from([0xff, 0xfe, 0xfd, 0x41, 0x42]));
    const r = await run(['import', bad, SUPPORT_POSTING, '--data-dir', dataDir]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/bad\.txt: error: .*UTF-8/i);
    expect(r.stdout.split('\n')[1]).toBe(`${SUPPORT_POSTING}: #1`);
    expect(r.stderr).toBe('1 saved, 0 duplicates, 1 errors.');
  });
});
