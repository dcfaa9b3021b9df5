import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../../electron/cli/command';
import { main } from '../../../electron/cli/main';
import { setArchived } from '../../../electron/core/store/applications';
import { openDataDir } from '../../../electron/core/store/db';
import { addApp, nowIso, tempDir } from '../helpers';

async function run(args: string[]) {
  const err: string[] = [];
  const io: Io = { out: () => undefined, err: (l) => err.push(l), isTty: false };
  return { code: await main(args, io), stderr: err.join('\n') };
}

const rowsOf = (file: string) =>
  parse(fs.readFileSync(file, 'utf8'), { bom: true, record_delimiter: '\r\n' }).map((r) => [r[1], r.at(-1)]);

describe('pursuit export csv', () => {
  it('writes every application, archived ones too with Archived = yes; --no-archived leaves them out', async () => {
    const dir = tempDir();
    const db = openDataDir(dir);
    addApp(db, { title: 'Engineer', company: 'Globex' });
    setArchived(db, addApp(db, { title: 'Analyst', company: 'Initech' }).id, true, nowIso());
    db.close();

    const all = path.join(dir, 'all.csv');
    const r = await run(['export', 'csv', '--data-dir', dir, '--out', all]);
    expect(r).toEqual({ code: 0, stderr: `Wrote 2 applications to ${all}.` });
    expect(rowsOf(all)).toEqual([
      ['Company', 'Archived'],
      ['Globex', 'no'],
      ['Initech', 'yes'],
    ]);

    const active = path.join(dir, 'active.csv');
    expect((await run(['export', 'csv', '--no-archived', '--data-dir', dir, '--out', active])).code).toBe(0);
    expect(rowsOf(active)).toEqual([
      ['Company', 'Archived'],
      ['Globex', 'no'],
    ]);
  });

  it('says what is wrong with a bad stage or output path, and exits non-zero', async () => {
    const dir = tempDir();
    expect(await run(['export', 'csv', '--stage', 'Nope', '--data-dir', dir])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('There is no stage called "Nope"'),
    });
    expect(await run(['export', 'csv', '--data-dir', dir, '--out', path.join(dir, 'missing', 'x.csv')])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('ENOENT'),
    });
    expect(await run(['export', 'ics', '--no-archived', '--data-dir', dir])).toMatchObject({ code: 2 });
  });
});
