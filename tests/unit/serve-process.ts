import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ApiMethod } from '../../shared/api';
import { httpTransport } from '../../shared/client';
import type { Envelope } from '../../shared/envelope';

export const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'pursuit.mjs');

export interface ServeRun {
  child: ChildProcess;
  /** Resolves with the printed address, or rejects with everything printed if the process exits first. */
  started: Promise<string>;
  /** Resolves with the exit code and both outputs. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** `pursuit serve` on a free port, as a user would start it (the real CLI through bin/pursuit.mjs). */
export function serve(dataDir: string): ServeRun {
  const child = spawn(process.execPath, [BIN, 'serve', '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const started = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)$/m.exec(stdout);
      if (m) resolve(m[1]!);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    void exited.then((r) => reject(new Error(`pursuit serve exited with ${r.code}:\n${r.stdout}\n${r.stderr}`)));
  });
  started.catch(() => undefined);
  return { child, started, exited };
}

export async function stop(run: ServeRun, signal: NodeJS.Signals = 'SIGTERM') {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill(signal);
  return run.exited;
}

/** Calls one API method on a running host with its token (the shared HTTP transport); the envelope as sent. */
export function apiCall(url: string, method: ApiMethod, input: unknown): Promise<Envelope<unknown>> {
  const u = new URL(url);
  return httpTransport({ origin: () => u.origin, token: () => u.searchParams.get('token') ?? '' })(method, input);
}
