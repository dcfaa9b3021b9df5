import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { startHost } from '../../../electron/host/server';
import { CSP as shellCsp } from '../../../electron/shell/security';
import { CSP, CSP_META, withCspMeta } from '../../../shared/csp';
import { tempDir } from '../helpers';
import { request } from '../host-request';

/** One policy for the three places that state it (issue 15): the shell's header, the host's, index.html's meta. */
describe('content security policy', () => {
  it('is the same in the desktop shell, the browser host and the page', async () => {
    expect(shellCsp).toBe(CSP);

    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pursuit</title>');
    const core = createCore({});
    const host = await startHost({ core, rendererDir, port: 0 });
    try {
      const res = await request(host.port, { path: '/' });
      expect(res.headers['content-security-policy']).toBe(CSP);
      // A request from another site is refused with a code the contract knows.
      const foreign = await request(host.port, {
        path: '/api/stages.list',
        method: 'POST',
        headers: { origin: 'http://evil.example' },
      });
      expect(foreign.status).toBe(403);
      expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await host.close();
      core.close();
    }

    // The build writes the policy into index.html (vite.config.ts); frame-ancestors only works as a header.
    const page = withCspMeta(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8'));
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(page)?.[1];
    expect(meta).toBe(CSP_META);
    expect(CSP_META).toBe(CSP.replace("; frame-ancestors 'none'", ''));
  });
});
