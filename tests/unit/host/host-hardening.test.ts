import type http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrigin, tokenMatches } from '../../../electron/host/request-guard';
import { tempDir } from '../helpers';
import { request } from '../host-request';
import { startTestHost } from './test-host';

/** A renderer folder beside a secret file, plus a symlink inside the renderer that points at the secret. */
async function start() {
  const root = tempDir();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pursuit</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  fs.symlinkSync(root, path.join(rendererDir, 'up'));
  return (await startTestHost(rendererDir, path.join(root, 'data'))).host;
}

describe('browser host hardening', () => {
  it('compares tokens safely whatever their length, and only exact tokens match', () => {
    const token = 'a'.repeat(48);
    expect(tokenMatches(token, token)).toBe(true);
    for (const given of [
      '',
      null,
      undefined,
      'a',
      'a'.repeat(47),
      'a'.repeat(49),
      'A'.repeat(48),
      `${token} `,
      'é'.repeat(48),
      'a'.repeat(100_000),
    ]) {
      expect(tokenMatches(given, token), (JSON.stringify(given) as string | undefined)?.slice(0, 20)).toBe(false);
    }
    // Constant time: both sides are hashed to equal length and compared with crypto.timingSafeEqual.
    const source = fs.readFileSync(path.resolve(__dirname, '../../../electron/host/request-guard.ts'), 'utf8');
    expect(source).toMatch(/timingSafeEqual\(/);
    expect(source).not.toMatch(/given\s*===\s*expected|expected\s*===\s*given/);
  });

  it('refuses every Host that is not this loopback server and every foreign Origin', () => {
    const port = 4321;
    const req = (headers: Record<string, string | undefined>) => ({ headers }) as unknown as http.IncomingMessage;
    const bad: Record<string, string>[] = [
      {},
      { host: '127.0.0.1' },
      { host: '127.0.0.1:4322' },
      { host: 'evil.example:4321' },
      { host: '127.0.0.1.evil.example:4321' },
      { host: '0.0.0.0:4321' },
      { host: '[::1]:4321' },
      { host: '127.0.0.1:4321', origin: 'null' },
      { host: '127.0.0.1:4321', origin: 'http://evil.example' },
      { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4322' },
      { host: '127.0.0.1:4321', origin: 'https://127.0.0.1:4321' },
      { host: '127.0.0.1:4321', origin: 'http://localhost:4321.evil.example' },
      { host: '127.0.0.1:4321', origin: 'file://' },
      { host: '127.0.0.1:4321', origin: 'chrome-extension://abc' },
    ];
    for (const h of bad) expect(checkOrigin(req(h), port), JSON.stringify(h)).not.toBe('ok');
    for (const h of [
      { host: '127.0.0.1:4321' },
      { host: 'LOCALHOST:4321' },
      { host: 'localhost:4321', origin: 'http://localhost:4321' },
    ]) {
      expect(checkOrigin(req(h), port), JSON.stringify(h)).toBe('ok');
    }
  });

  it('sends no CORS headers, not even to a preflight, and guards the event stream too', async () => {
    const h = await start();
    const preflight = await request(h.port, {
      path: '/api/applications.create',
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const own = await request(h.port, {
      path: '/api/stages.list',
      method: 'OPTIONS',
      headers: { authorization: `Bearer ${h.token}` },
    });
    expect(own.status).toBe(405);
    for (const r of [preflight, own]) expect(Object.keys(r.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
    expect((await request(h.port, { path: '/api/events' })).status).toBe(401);
    expect(
      (await request(h.port, { path: `/api/events?token=${h.token}`, headers: { origin: 'http://evil.example' } })).status,
    ).toBe(403);
    expect(
      (await request(h.port, { path: `/api/stages.list?token=${h.token}`, method: 'POST', headers: { origin: 'null' } })).status,
    ).toBe(403);
  });

  it('accepts the token only as a bearer header or the query, never from a cookie', async () => {
    const h = await start();
    const post = (headers: Record<string, string>, p = '/api/stages.list') =>
      request(h.port, { path: p, method: 'POST', headers, body: '{}' });
    expect((await post({ authorization: `Bearer ${h.token}` })).status).toBe(200);
    expect((await post({}, `/api/stages.list?token=${h.token}`)).status).toBe(200);
    expect((await post({ cookie: `token=${h.token}` })).status).toBe(401);
    expect((await post({ authorization: `Basic ${h.token}` })).status).toBe(401);
    expect((await post({ authorization: `Bearer ${h.token.slice(0, -1)}` })).status).toBe(401);
  });

  it('never serves a file outside the renderer folder, by any spelling or symlink, and never lists a folder', async () => {
    const h = await start();
    const attempts = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%252e%252e/secret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      `/${path.join(path.dirname(fs.realpathSync(tempDir())), 'secret.txt')}`,
      '/assets/link.txt',
      '/up/secret.txt',
      '/up/',
      '/assets/',
      '/assets',
      '/%00',
      '/index.html%00.js',
      '/%E0%A4%A',
    ];
    for (const p of attempts) {
      const r = await request(h.port, { path: p });
      expect(r.status, p).toBe(404);
      expect(r.body, p).not.toContain('TOP SECRET');
      expect(r.body, p).not.toMatch(/app\.js|index\.html/);
    }
    // A protocol-relative path is read as a host name by URL parsing: it lands on the app, not on the file.
    const slashes = await request(h.port, { path: '//secret.txt' });
    expect(slashes.body).not.toContain('TOP SECRET');
    const ok = await request(h.port, { path: '/assets/app.js' });
    expect(ok.status).toBe(200);
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['x-frame-options']).toBe('DENY');
  });

  it('answers writes to static paths and non-POST API calls with a clear refusal', async () => {
    const h = await start();
    expect((await request(h.port, { path: '/index.html', method: 'PUT', body: 'x' })).status).toBe(405);
    expect((await request(h.port, { path: '/index.html', method: 'DELETE' })).status).toBe(405);
    const get = await request(h.port, { path: `/api/applications.delete?token=${h.token}` });
    expect(get.status).toBe(405);
    expect(JSON.parse(get.body)).toMatchObject({ ok: false, error: { message: 'API methods are called with POST.' } });
  });
});
