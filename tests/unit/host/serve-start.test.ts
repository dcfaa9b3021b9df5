// `pursuit serve` answers its first requests before its background work starts (issue 14): the reminders'
// first pass over every event and the day's backup (a worker thread) began with the host, and a page opened
// right after start-up waited behind them (the first request 0.2-1 s slower than the rest).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupsDir } from '../../../electron/core/data/auto-backup';
import { seedDemoData } from '../../../electron/core/seed';
import { openDataDir } from '../../../electron/core/store/db';
import { tempDir } from '../helpers';
import { apiCall, serve, stop } from '../serve-process';

function seededFolder(): string {
  const dir = tempDir();
  const db = openDataDir(dir);
  seedDemoData(db, { count: 20, seed: 2 });
  db.close();
  return dir;
}

/** Finished backups (one being written ends in `.partial`). */
const backups = (dir: string) =>
  fs.existsSync(backupsDir(dir)) ? fs.readdirSync(backupsDir(dir)).filter((f) => f.endsWith('.db')) : [];

describe('pursuit serve at start-up', () => {
  it('answers before its background work starts, then takes the day’s backup all the same', async () => {
    const dir = seededFolder();
    const run = serve(dir);
    try {
      const url = await run.started;
      expect(await apiCall(url, 'stages.list', {})).toMatchObject({ ok: true });
      // The background work (and so the day's automatic backup) comes a moment later, not never.
      const until = Date.now() + 30_000;
      while (backups(dir).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(backups(dir)).toHaveLength(1);
    } finally {
      expect((await stop(run)).code).toBe(0);
    }
  });

  it('stopped before its background work started, it exits cleanly and started none of it', async () => {
    const dir = seededFolder();
    const run = serve(dir);
    await run.started;
    const { code, stderr } = await stop(run);
    expect(code).toBe(0);
    expect(stderr).toContain('Received SIGTERM');
    expect(fs.existsSync(backupsDir(dir)) ? fs.readdirSync(backupsDir(dir)) : []).toEqual([]);
  });
});
