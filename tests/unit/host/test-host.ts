import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { startHost, type HostOptions, type RunningHost } from '../../../electron/host/server';

// Closed after each test, the last opened first (a host before its core).
const opened: { close(): unknown }[] = [];
afterEach(async () => {
  while (opened.length) await opened.pop()!.close();
});

/** A host over `core` serving `rendererDir` on a free port, closed after the test. */
export async function serve(core: Core, rendererDir: string, options: Partial<HostOptions> = {}): Promise<RunningHost> {
  const host = await startHost({ core, rendererDir, port: 0, ...options });
  opened.push(host);
  return host;
}

/** A core over `dataDir` and a host serving `rendererDir`; both closed after the test. */
export async function startTestHost(rendererDir: string, dataDir: string): Promise<{ core: Core; host: RunningHost }> {
  const core = createCore({ dataDir });
  opened.push(core);
  return { core, host: await serve(core, rendererDir) };
}
