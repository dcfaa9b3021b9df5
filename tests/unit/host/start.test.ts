// `npm start` in the browser mode: it starts `pursuit serve` as a child, and stopping it with SIGTERM must
// stop that server too, whether the signal reaches scripts/start.mjs itself or npm above it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Starts the command and resolves with the port once the server prints its address. */
function start(cmd: string, args: string[]): { child: ChildProcess; port: Promise<number>; exited: Promise<void> } {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    env: { ...process.env, PURSUIT_DATA_DIR: tempDir('pursuit-start-') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=/m.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    void exited.then(() => reject(new Error(`exited before serving:\n${out}`)));
  });
  return { child, port, exited };
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** The pids of a process's children (Linux's /proc), to check none is left behind. */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start, stopped with SIGTERM', () => {
  it('scripts/start.mjs passes the signal to the server it started: the port closes, no process is left', async () => {
    const run = start(process.execPath, ['scripts/start.mjs', '--browser', '--port', '0']);
    const port = await run.port;
    expect(await accepts(port)).toBe(true);
    const server = childrenOf(run.child.pid!);
    run.child.kill('SIGTERM');
    await run.exited;
    await expect.poll(() => accepts(port), { timeout: 10_000 }).toBe(false);
    for (const pid of server) await expect.poll(() => alive(pid), { timeout: 10_000 }).toBe(false);
  });

  it('through npm itself (npm -> sh -> node): the server stops when npm is sent SIGTERM', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = start(npm, ['start', '--silent', '--', '--browser', '--port', '0']);
    const port = await run.port;
    expect(await accepts(port)).toBe(true);
    run.child.kill('SIGTERM');
    await run.exited;
    // npm and its shell are gone at once; the server follows within a moment instead of running on.
    await expect.poll(() => accepts(port), { timeout: 10_000 }).toBe(false);
  });
});
