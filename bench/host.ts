import { spawn, type ChildProcess } from 'node:child_process';

/** A `pursuit serve` started by a bench, with the address and token it printed. */
export interface Host {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
}

/** `pursuit serve` in its own process, as a user runs it; resolves with the address it prints. */
export function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, ['bin/pursuit.mjs', 'serve', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=([0-9a-f]+))/.exec(out);
      if (m) resolve({ child, url: m[1]!, origin: new URL(m[1]!).origin, token: m[2]! });
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`pursuit serve exited with ${code}: ${out}`)));
  });
}

export function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Calls an API method over HTTP with the host's token, as the browser does; the value, or throws with the error. */
export function hostApi(host: Pick<Host, 'origin' | 'token'>) {
  return async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(`${host.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify(input),
    });
    const env = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!env.ok) throw new Error(`${method}: ${env.error.message}`);
    return env.value;
  };
}
