// `npm start`: the desktop app where Electron's binary is installed; otherwise (or with `--browser`) the same
// app served to the browser on 127.0.0.1, with the reason printed. `npm start -- --port N` picks the port.
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

/** Runs the app as a child process that lives exactly as long as this one is wanted. */
function run(cmd, args, env = process.env) {
  const child = spawn(cmd, args, { stdio: 'inherit', env });
  const stop = (sig) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(sig));
  // npm runs this script under `sh -c`: a SIGTERM sent to npm ends npm and that shell, not this process,
  // which is handed to another parent and would keep the server running. So a lost parent stops it too.
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    stop('SIGTERM');
  }, 250);
  child.on('exit', (code) => process.exit(code ?? 0));
}

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const binary = browser ? null : electronBinary();
const needsBuild =
  !fs.existsSync('dist/renderer/index.html') || !fs.existsSync(binary ? 'dist/electron/main.cjs' : 'dist/cli/pursuit.mjs');
if (needsBuild && spawnSync(npm, ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

if (binary) {
  const { electronSqliteBinding } = await import('./electron-native.mjs');
  const binding = await electronSqliteBinding();
  run(binary, ['.'], { ...process.env, PURSUIT_SQLITE_BINDING: binding });
} else {
  if (!browser) {
    console.log("Electron's binary is not installed here (it is downloaded at install time, which this machine cannot do),");
    console.log('so Pursuit runs in your browser instead: the same app, served on 127.0.0.1 only.');
  }
  run(process.execPath, ['bin/pursuit.mjs', 'serve', ...args.filter((a) => a !== '--browser')]);
}
