import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import type { ApiInput, ApiMethod, ApiResult } from '../../shared/api';
import { createClient, httpTransport } from '../../shared/client';
import type { Envelope } from '../../shared/envelope';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type { Envelope };

export interface HostHandle {
  /** The address with this start's token; changes on restart. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /**
   * Stops the host with SIGTERM (database closed cleanly) and starts it again on the same data folder;
   * `whileStopped` runs in between (e.g. to damage the data file while Pursuit is closed).
   */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  /** Runs `pursuit <args>` against this data folder and returns its output. */
  cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Calls an API method over HTTP with this start's token and returns the envelope as sent (any input). */
  call: (method: string, input: unknown) => Promise<Envelope<unknown>>;
  /** Moves the host's clock (only with `serveArgs: ['--test-clock']`; `testClock.set` is no shipped method). */
  setClock(to: Date): Promise<void>;
  /** The shared typed client over HTTP: the method's value, or throws with the error's message. */
  api<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<K>>;
}

interface StartedHost {
  child: ChildProcess;
  url: string;
}

/** Starts `pursuit serve` on a free port and resolves once it prints its address. */
function startServe(dataDir: string, extraArgs: string[] = []): Promise<StartedHost> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'pursuit.mjs'), 'serve', '--data-dir', dataDir, '--port', '0', ...extraArgs],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`pursuit serve did not start:\n${out}\n${err}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      // An internal error's details go to the host's log: show them beside the failing test.
      if (d.toString().includes('internal error')) process.stderr.write(`[pursuit serve] ${d.toString()}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pursuit serve exited with ${code}:\n${out}\n${err}`));
    });
  });
}

function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'pursuit.mjs'), ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

export const test = base.extend<{ serveArgs: string[]; host: HostHandle }>({
  /** Extra `pursuit serve` arguments for a file's tests, e.g. `test.use({ serveArgs: ['--test-clock'] })`. */
  serveArgs: [[], { option: true }],
  host: async ({ serveArgs }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pursuit-e2e-'));
    let running = await startServe(dataDir, serveArgs);
    const call = httpTransport({
      origin: () => new URL(running.url).origin,
      token: () => new URL(running.url).searchParams.get('token')!,
    });
    const client = createClient(call);
    const handle: HostHandle = {
      get url() {
        return running.url;
      },
      get origin() {
        return new URL(running.url).origin;
      },
      get token() {
        return new URL(running.url).searchParams.get('token')!;
      },
      dataDir,
      async restart(whileStopped) {
        await stopServe(running.child);
        await whileStopped?.();
        running = await startServe(dataDir, serveArgs);
      },
      cli: (args) => runCli([...args, '--data-dir', dataDir]),
      call,
      api: client.call,
      async setClock(to) {
        const env = await call('testClock.set', { to: to.toISOString() });
        if (!env.ok) throw new Error(`testClock.set: ${env.error.message}`);
      },
    };
    await use(handle);
    await stopServe(running.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
  page: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };
