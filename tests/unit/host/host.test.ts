import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { tempDir } from '../helpers';
import { request } from '../host-request';
import { serve, startTestHost } from './test-host';

let core: Core;

async function start() {
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pursuit</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
  const started = await startTestHost(rendererDir, tempDir());
  core = started.core;
  return started.host;
}

describe('browser host', () => {
  it('prints an address on 127.0.0.1 with a fresh token, and listens on loopback only', async () => {
    const h = await start();
    expect(h.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/\\?token=[0-9a-f]{48}$`));
    const second = await serve(core, tempDir());
    expect(second.token).not.toBe(h.token);
    await second.close();
    const ipv4 = Object.values((await import('node:os')).networkInterfaces())
      .flat()
      .find((i) => i?.family === 'IPv4' && !i.internal);
    if (ipv4) {
      await expect(
        new Promise((resolve, reject) =>
          http.get({ host: ipv4.address, port: h.port, path: '/', timeout: 2000 }, resolve).on('error', reject),
        ),
      ).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('answers API calls without the token with 401 and with it with an envelope', async () => {
    const h = await start();
    const body = JSON.stringify({ title: 'Dev', company: 'Acme' });
    const denied = await request(h.port, { path: '/api/applications.create', method: 'POST', body });
    expect(denied.status).toBe(401);
    expect(JSON.parse(denied.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await request(h.port, {
      path: '/api/applications.create',
      method: 'POST',
      body,
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(401);
    const ok = await request(h.port, {
      path: '/api/applications.create',
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${h.token}` },
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { title: 'Dev' } });
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a foreign Host header (DNS rebinding) and a foreign Origin with 403', async () => {
    const h = await start();
    const auth = { authorization: `Bearer ${h.token}` };
    expect((await request(h.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect(
      (await request(h.port, { path: '/api/stages.list', method: 'POST', headers: { ...auth, host: `evil.example:${h.port}` } }))
        .status,
    ).toBe(403);
    expect(
      (await request(h.port, { path: '/api/stages.list', method: 'POST', headers: { ...auth, origin: 'http://evil.example' } }))
        .status,
    ).toBe(403);
    expect(
      (
        await request(h.port, {
          path: '/api/stages.list',
          method: 'POST',
          headers: { ...auth, host: `localhost:${h.port}`, origin: `http://localhost:${h.port}` },
        })
      ).status,
    ).toBe(200);
  });

  it('serves the renderer but no folder listing and nothing outside it', async () => {
    const h = await start();
    const index = await request(h.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request(h.port, { path: '/assets/app.js' })).status).toBe(200);
    for (const p of ['/assets/', '/assets', '/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      expect((await request(h.port, { path: p })).status, p).toBe(404);
    }
  });

  it('refuses a malformed body and a body that is too large with clear envelopes', async () => {
    const h = await start();
    const auth = { authorization: `Bearer ${h.token}` };
    const bad = await request(h.port, { path: '/api/stages.list', method: 'POST', headers: auth, body: '{nope' });
    expect(JSON.parse(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'The request body is not valid JSON.' },
    });
    await h.close();
    const host = await serve(core, tempDir(), { maxBodyBytes: 1000 });
    const big = await request(host.port, {
      path: '/api/stages.list',
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}` },
      body: 'x'.repeat(5000),
    });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('pushes change events to open pages over SSE', async () => {
    const h = await start();
    let connected!: () => void;
    const isConnected = new Promise<void>((r) => (connected = r));
    const received = new Promise<string>((resolve) => {
      http.get(
        { host: '127.0.0.1', port: h.port, path: `/api/events?token=${h.token}`, headers: { host: `127.0.0.1:${h.port}` } },
        (res) => {
          let buf = '';
          res.on('data', (d: Buffer) => {
            buf += d.toString();
            if (buf.includes(': connected')) connected();
            if (buf.includes('event: change')) {
              resolve(buf);
              res.destroy();
            }
          });
        },
      );
    });
    await isConnected;
    await core.call('applications.create', { title: 'Dev', company: 'Acme' });
    expect(await received).toContain('"method":"applications.create"');
  });

  it("a page's event stream that opens after a change hears it again with `since`; changes before are not sent", async () => {
    const h = await start();
    /** Everything the stream sends until it has been quiet for a moment after connecting. */
    const streamed = (query: string) =>
      new Promise<string>((resolve) => {
        http.get(
          {
            host: '127.0.0.1',
            port: h.port,
            path: `/api/events?token=${h.token}${query}`,
            headers: { host: `127.0.0.1:${h.port}` },
          },
          (res) => {
            let buf = '';
            res.on('data', (d: Buffer) => (buf += d.toString()));
            setTimeout(() => {
              res.destroy();
              resolve(buf);
            }, 300);
          },
        );
      });
    await core.call('applications.create', { title: 'Before', company: 'Acme' });
    await new Promise((r) => setTimeout(r, 20));
    const pageStart = Date.now();
    await core.call('applications.create', { title: 'Between', company: 'Acme' });
    // The page's first answers are in; its stream opens only now.
    const late = await streamed(`&since=${pageStart}`);
    expect(late.match(/event: change/g)).toHaveLength(1);
    expect(late).toContain('"method":"applications.create"');
    // Without `since` (or with one that is no number), nothing old is sent.
    expect(await streamed('')).not.toContain('event: change');
    expect(await streamed('&since=soon')).not.toContain('event: change');
  });
});
