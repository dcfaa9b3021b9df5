import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Pursuit';
export const DB_FILE_NAME = 'pursuit.db';

/**
 * The folder Electron would use as `userData` for this app, computed without Electron so the CLI, the
 * browser host and the desktop shell all open the same file. `PURSUIT_DATA_DIR` (or `--data-dir`) wins.
 */
export function resolveDataDir(
  override?: string | null,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (override) return path.resolve(override);
  if (env.PURSUIT_DATA_DIR) return path.resolve(env.PURSUIT_DATA_DIR);
  const home = os.homedir();
  let appData: string;
  if (platform === 'win32') appData = env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') appData = path.join(home, 'Library', 'Application Support');
  else appData = env.XDG_CONFIG_HOME ?? path.join(home, '.config');
  return path.join(appData, PRODUCT_NAME);
}
