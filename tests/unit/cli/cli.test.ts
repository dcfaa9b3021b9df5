import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import type { Io } from '../../../electron/cli/command';
import { resolveDataDir } from '../../../electron/core/data-dir';
import { tempDir } from '../helpers';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTty: false };
  const code = await main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('pursuit CLI', () => {
  it('--help lists every command', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'list', 'seed']) expect(r.stdout).toContain(`pursuit ${c}`);
  });

  it('an unknown command or a bad option says what to do, with exit code 2', async () => {
    expect(await run(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('pursuit --help') });
    expect(await run(['seed', '--count', 'many'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--count must be a whole number'),
    });
    expect(await run(['list', '--bogus'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--bogus'"),
    });
  });

  it('seed is deterministic for a given seed and list --json shows the result', async () => {
    const a = tempDir();
    const b = tempDir();
    expect((await run(['seed', '--count', '25', '--seed', '7', '--data-dir', a])).code).toBe(0);
    expect((await run(['seed', '--count', '25', '--seed', '7', '--data-dir', b])).code).toBe(0);
    const strip = (s: string) =>
      (JSON.parse(s) as { title: string; company: string; stageId: number; tags: string[] }[]).map(
        ({ title, company, stageId, tags }) => ({ title, company, stageId, tags }),
      );
    const listA = strip((await run(['list', '--json', '--data-dir', a])).stdout);
    expect(listA).toHaveLength(25);
    expect(strip((await run(['list', '--json', '--data-dir', b])).stdout)).toEqual(listA);
    expect(new Set(listA.map((x) => x.stageId)).size).toBeGreaterThan(2);
  });

  it('list on an empty folder says how to start', async () => {
    expect((await run(['list', '--data-dir', tempDir()])).stdout).toContain('No applications yet');
  });
});

describe('data folder', () => {
  it('matches Electron userData per platform and honours the overrides', () => {
    expect(resolveDataDir(null, { XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/Pursuit');
    expect(resolveDataDir(null, { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Pursuit$/);
    expect(resolveDataDir(null, {}, 'darwin')).toMatch(/Library\/Application Support\/Pursuit$/);
    expect(resolveDataDir(null, { PURSUIT_DATA_DIR: '/data/p' }, 'linux')).toBe('/data/p');
    expect(resolveDataDir('/flag', { PURSUIT_DATA_DIR: '/data/p' }, 'linux')).toBe('/flag');
  });
});
