import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyStartAtLogin, autostartEntry, autostartFile } from '../../../electron/shell/login-item';
import { tempDir } from '../helpers';
import { clickMenu, coreWithInterview, fakeElectron, startOnStandIns } from './stand-ins';

describe('desktop: start at login', () => {
  it('is off by default: no autostart file, no login item', async () => {
    const home = tempDir();
    const c = await coreWithInterview();
    expect((await c.call('reminders.settings', {})).startAtLogin).toBe(false);
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core, { homeDir: home });
    expect(fs.existsSync(path.join(home, '.config', 'autostart', 'pursuit.desktop'))).toBe(false);
  });

  it('Linux: turning it on writes an autostart entry in $XDG_CONFIG_HOME/autostart that starts hidden; off removes it', async () => {
    const home = tempDir();
    const config = path.join(home, 'my config');
    const c = await coreWithInterview();
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core, { homeDir: home, env: { XDG_CONFIG_HOME: config } });
    const file = path.join(config, 'autostart', 'pursuit.desktop');

    await c.call('reminders.updateSettings', { startAtLogin: true });
    const entry = fs.readFileSync(file, 'utf8');
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=Pursuit\n');
    expect(entry).toContain('\nExec=/opt/Pursuit/pursuit --hidden\n');

    await c.call('reminders.updateSettings', { startAtLogin: false });
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]); // no temporary file left behind
  });

  it('Linux: an AppImage is started by its own path; paths with spaces and quotes are quoted as the spec says', () => {
    const home = tempDir();
    const ctx = {
      platform: 'linux' as const,
      app: fakeElectron('linux').app,
      execPath: '/tmp/.mount_Pursuit/pursuit',
      launchArgs: [],
      env: { APPIMAGE: '/home/ann/My Apps/Pursuit "new" $1 100%.AppImage', XDG_CONFIG_HOME: 'relative/ignored' },
      homeDir: home,
    };
    applyStartAtLogin(true, ctx);
    // A relative XDG_CONFIG_HOME is not valid: ~/.config is used.
    expect(autostartFile(ctx)).toBe(path.join(home, '.config', 'autostart', 'pursuit.desktop'));
    const exec = /^Exec=(.*)$/m.exec(fs.readFileSync(autostartFile(ctx), 'utf8'))?.[1];
    expect(exec).toBe('"/home/ann/My Apps/Pursuit \\\\"new\\\\" \\\\$1 100%%.AppImage" --hidden');
    expect(autostartEntry('/usr/bin/electron', ['/src/pursuit'])).toContain('Exec=/usr/bin/electron /src/pursuit --hidden\n');
  });

  it('macOS and Windows: the system login item is set and cleared (Windows with the --hidden flag)', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const c = await coreWithInterview();
      const e = fakeElectron(platform);
      startOnStandIns(e, c.core);
      await c.call('reminders.updateSettings', { startAtLogin: true });
      await c.call('reminders.updateSettings', { startAtLogin: false });
      expect(e.loginItems).toEqual(
        platform === 'darwin'
          ? [{ openAtLogin: false }, { openAtLogin: true }, { openAtLogin: false }]
          : [false, true, false].map((openAtLogin) => ({ openAtLogin, path: '/opt/Pursuit/pursuit', args: ['--hidden'] })),
      );
    }
  });

  it('started at login, Pursuit stays hidden in the tray until opened from it', async () => {
    const c = await coreWithInterview();
    const e = fakeElectron('linux');
    const d = startOnStandIns(e, c.core, { argv: ['/opt/Pursuit/pursuit', '--hidden'] });
    expect(d.startedHidden).toBe(true);
    expect(e.windows.opened).toBe(0);
    clickMenu(e.tray(), 'Open Pursuit');
    expect(e.windows.opened).toBe(1);

    const mac = fakeElectron('darwin');
    mac.openAtLogin();
    startOnStandIns(mac, c.core);
    expect(mac.windows.opened).toBe(0);
  });

  it('with no tray to come back from ("Keep running" off), a start at login opens the window', async () => {
    const c = await coreWithInterview();
    await c.call('reminders.updateSettings', { keepRunningInTray: false });
    const e = fakeElectron('linux');
    startOnStandIns(e, c.core, { argv: ['/opt/Pursuit/pursuit', '--hidden'] });
    expect(e.windows.opened).toBe(1);
  });
});
