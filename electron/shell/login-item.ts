import fs from 'node:fs';
import path from 'node:path';

/** Passed by the login item; Pursuit then starts in the tray without opening its window. */
export const HIDDEN_FLAG = '--hidden';

/** What the shell needs of Electron's `app` for login items (tests pass a stand-in). */
export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void;
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin?: boolean };
}

export interface LoginItemContext {
  platform: NodeJS.Platform;
  app: LoginItemApp;
  /** The program to start: `process.execPath` (the AppImage itself when run from one: `$APPIMAGE`). */
  execPath: string;
  /** Arguments before the flag: the app folder when run unpackaged (`electron .`), none when packaged. */
  launchArgs: string[];
  env: NodeJS.ProcessEnv;
  homeDir: string;
}

/** `$XDG_CONFIG_HOME/autostart/pursuit.desktop` (the XDG autostart folder; `~/.config` when unset). */
export function autostartFile(ctx: Pick<LoginItemContext, 'env' | 'homeDir'>): string {
  const configured = ctx.env.XDG_CONFIG_HOME;
  // The spec ignores a relative XDG_CONFIG_HOME.
  const config = configured && path.isAbsolute(configured) ? configured : path.join(ctx.homeDir, '.config');
  return path.join(config, 'autostart', 'pursuit.desktop');
}

/**
 * One argument of an Exec line (Desktop Entry spec): quoted when it holds anything but plain characters,
 * with `"`, `` ` ``, `$` and `\` escaped inside the quotes.
 */
function execArg(arg: string): string {
  return /^[A-Za-z0-9_./:=+,@-]+$/.test(arg) ? arg : `"${arg.replace(/["`$\\]/g, (c) => `\\${c}`)}"`;
}

/** The autostart entry; the Exec value is also a desktop-file string, so `\` and `%` are escaped once more. */
export function autostartEntry(program: string, args: string[]): string {
  const exec = [program, ...args, HIDDEN_FLAG].map(execArg).join(' ').replace(/\\/g, '\\\\').replace(/%/g, '%%');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Pursuit',
    'Comment=Deadline and interview reminders, from the tray',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

const program = (ctx: LoginItemContext) => (ctx.platform === 'linux' && ctx.env.APPIMAGE) || ctx.execPath;

/**
 * Makes the system start Pursuit at login (hidden in the tray), or stops it. macOS and Windows keep login
 * items themselves; on Linux it is an XDG autostart file, written or removed here. Idempotent: the shell
 * runs it at every start so that a moved AppImage keeps a working entry.
 */
export function applyStartAtLogin(enabled: boolean, ctx: LoginItemContext): void {
  if (ctx.platform === 'darwin') {
    ctx.app.setLoginItemSettings({ openAtLogin: enabled });
  } else if (ctx.platform === 'win32') {
    // Windows passes the arguments on as one command line: a path with spaces needs its quotes.
    const args = [...ctx.launchArgs.map((a) => (/\s/.test(a) ? `"${a}"` : a)), HIDDEN_FLAG];
    ctx.app.setLoginItemSettings({ openAtLogin: enabled, path: ctx.execPath, args });
  } else {
    const file = autostartFile(ctx);
    if (!enabled) {
      fs.rmSync(file, { force: true });
      return;
    }
    const content = autostartEntry(program(ctx), ctx.launchArgs);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Written aside and renamed, so a session starting meanwhile never reads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
  }
}

/** Started by the login item: with the flag (Windows, Linux), or as macOS reports it. */
export function startedAtLogin(argv: string[], ctx: Pick<LoginItemContext, 'platform' | 'app'>): boolean {
  if (argv.includes(HIDDEN_FLAG)) return true;
  return ctx.platform === 'darwin' && ctx.app.getLoginItemSettings().wasOpenedAtLogin === true;
}
