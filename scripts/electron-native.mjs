// Builds better-sqlite3 for Electron into .cache/electron-native/ and prints the addon's path.
// The copy in node_modules stays built for Node, so `npm test` and the CLI keep working.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function electronSqliteBinding() {
  const electronVersion = require('electron/package.json').version;
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const root = path.resolve('.cache', 'electron-native', `electron-${electronVersion}-better-sqlite3-${sqliteVersion}`);
  const addon = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(addon)) return addon;
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'pursuit-electron-native', private: true }));
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  fs.cpSync(source, path.join(root, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (p) => !p.includes(`${path.sep}build${path.sep}`),
  });
  console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; about a minute)...`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: root, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  if (!fs.existsSync(addon)) throw new Error(`The Electron build of better-sqlite3 did not produce ${addon}.`);
  return addon;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await electronSqliteBinding());
}
