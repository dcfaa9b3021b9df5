// `npm start`: the desktop app where Electron's binary is installed; otherwise the same app served to
// the browser on 127.0.0.1, with the reason printed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function electronBinary() {
  try {
    const bin = require('electron'); // the path to the binary, or a throw when it was never downloaded
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function run(cmd, args, env = process.env) {
  const child = spawn(cmd, args, { stdio: 'inherit', env });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const binary = electronBinary();
const needsBuild = !fs.existsSync('dist/renderer/index.html') || (binary && !fs.existsSync('dist/electron/main.cjs'));
if (needsBuild && spawnSync(npm, ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

if (binary) {
  const { electronSqliteBinding } = await import('./electron-native.mjs');
  const binding = await electronSqliteBinding();
  run(binary, ['.'], { ...process.env, PURSUIT_SQLITE_BINDING: binding });
} else {
  console.log("Electron's binary is not installed here (it is downloaded at install time, which this machine cannot do),");
  console.log('so Pursuit runs in your browser instead: the same app, served on 127.0.0.1 only.');
  run(process.execPath, ['bin/pursuit.mjs', 'serve', ...process.argv.slice(2)]);
}
