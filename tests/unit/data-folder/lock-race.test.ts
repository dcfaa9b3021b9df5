import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from '../../../electron/core/lock';
import { tempDir } from '../helpers';
import { ROOT } from '../serve-process';

/**
 * The data-folder lock under a real race (issue 10, item 6): three processes (not threads: each its own
 * pid) try to take it in the same millisecond, round after round, with no lock, a lock left by a dead
 * process, or an old unreadable one in the way. Every round ends with exactly one holder.
 */

const RACERS = 3;
const ROUNDS = 100;

const deadPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

async function waitForFiles(dir: string, count: number): Promise<string[]> {
  for (;;) {
    const results = fs.readdirSync(dir).filter((f) => f.endsWith('.result'));
    if (results.length >= count) return results.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('the data folder lock under a race', () => {
  it(`three processes taking it in the same millisecond: exactly one holder in each of ${ROUNDS} rounds`, async () => {
    const base = tempDir('pursuit-lock-race-');
    const racers = Array.from({ length: RACERS }, () =>
      spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'lock-racer.ts'), base, String(ROUNDS)], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    let stderr = '';
    for (const r of racers) r.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const dead = deadPid();
    const holders: number[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const dir = path.join(base, `round-${round}`);
        const lockFile = path.join(dir, 'data', LOCK_FILE_NAME);
        fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
        // A third of the rounds race for a lock its owner left behind when it died; some for an old garbled one.
        if (round % 3 === 1)
          fs.writeFileSync(lockFile, JSON.stringify({ pid: dead, owner: 'crashed', host: os.hostname(), since: 'then' }));
        if (round % 3 === 2) {
          fs.writeFileSync(lockFile, '{"pid": 4');
          const old = new Date(Date.now() - 60_000);
          fs.utimesSync(lockFile, old, old);
        }
        // The first round waits for the racers to load; then 25 ms is enough for all of them to be spinning.
        fs.writeFileSync(path.join(dir, 'go'), String(Date.now() + (round === 0 ? 3000 : 25)));
        const outcomes = await waitForFiles(dir, RACERS);
        expect(
          outcomes.filter((o) => o.startsWith('error')),
          stderr,
        ).toEqual([]);
        holders.push(outcomes.filter((o) => o === 'held').length);
        const holder = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { owner: string };
        expect(holder.owner).toMatch(/^racer \d+$/);
        fs.writeFileSync(path.join(dir, 'done'), '');
      }
    } finally {
      for (const r of racers) if (r.exitCode === null) r.kill();
    }
    const rounds = holders.length;
    const exactlyOne = holders.filter((n) => n === 1).length;
    console.log(`lock race: exactly one holder in ${exactlyOne} of ${rounds} rounds`);
    expect(exactlyOne).toBe(ROUNDS);
  }, 120_000);

  it('a lock file that is empty or half-written but new is respected, not taken for stale', () => {
    const dir = tempDir();
    const file = path.join(dir, LOCK_FILE_NAME);
    for (const content of ['', '{"pid": 12']) {
      fs.writeFileSync(file, content);
      expect(() => acquireDataDirLock(dir, 'pursuit serve')).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, 'pursuit serve')).toThrow(/Another Pursuit is starting on this data folder/);
      expect(fs.readFileSync(file, 'utf8')).toBe(content);
    }
  });
});
