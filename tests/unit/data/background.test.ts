import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackgroundWork } from '../../../electron/core/background';
import { createCore } from '../../../electron/core/core';
import { listBackups } from '../../../electron/core/data/auto-backup';
import { tempDir } from '../helpers';

describe('background work of the process that owns the data folder', () => {
  it('takes the daily automatic backup at start', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir });
    await core.call('applications.create', { title: 'Welder', company: 'Acme' });
    const work = startBackgroundWork(core);
    await work.checkBackup();
    expect(listBackups(dataDir).map((b) => b.kind)).toEqual(['auto']);
    await work.stop();
    core.close();
  });

  it('takes no backup of a database without applications', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir });
    const work = startBackgroundWork(core);
    await work.checkBackup();
    expect(listBackups(dataDir)).toEqual([]);
    await work.stop();
    core.close();
  });

  it('takes no backup of the empty stand-in while a damaged file waits for the user to choose', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'pursuit.db'), 'this is not a database, it is a shopping list');
    const core = createCore({ dataDir });
    expect(core.recovered).not.toBeNull();
    const work = startBackgroundWork(core);
    await work.checkBackup();
    expect(listBackups(dataDir)).toEqual([]);
    await work.stop();
    core.close();
  });
});
