import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { handlers } from '../../../electron/core/handlers';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { api, API_METHODS, type ApiMethod } from '../../../shared/api';
import { tempDir } from '../helpers';

/**
 * Hostile input at every API method, through the core and through the browser host over HTTP: random JSON,
 * wrong types, huge strings, prototype-pollution keys, broken bodies. The host never crashes, every answer
 * is a JSON envelope, and no input reaches an internal error in a method that is implemented.
 */

const ERROR_CODES = new Set(['BAD_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNKNOWN_METHOD', 'UNAUTHORIZED', 'TOO_LARGE', 'INTERNAL']);
const seed = Number(process.env.PURSUIT_FUZZ_SEED ?? Date.now() % 1_000_000);
const RUNS_CORE = Number(process.env.PURSUIT_FUZZ_RUNS ?? 100);
const RUNS_HTTP = Math.max(5, Math.round(RUNS_CORE / 4));
const tried = { core: 0, http: 0, raw: 0, accepted: 0 };
/** Methods whose handler is still missing (another issue in progress): INTERNAL is expected there. */
const unimplemented = API_METHODS.filter((m) => typeof (handlers as Record<string, unknown>)[m] !== 'function');
const internals = new Map<string, unknown>();

/** The keys a method's input schema knows (so inputs get past "unknown key" and reach deeper checks). */
function schemaKeys(m: ApiMethod): string[] {
  const schema = api[m].input as unknown as { shape?: Record<string, unknown>; def?: { shape?: Record<string, unknown> } };
  const shape = schema.shape ?? schema.def?.shape;
  return shape ? Object.keys(shape) : [];
}

const POLLUTION = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

const hostileScalar = fc.oneof(
  fc.constantFrom(-1, 0, 1, 2, 3, 1.5, -0, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, null, true, false, ''),
  fc.constantFrom(
    '0',
    '1',
    '2027-02-30',
    '9999-99-99',
    '2027-03-15',
    'javascript:alert(1)',
    'https://example.com/x',
    '<script>alert(1)</script>',
  ),
  fc.constantFrom(
    "'; DROP TABLE applications; --",
    '%00',
    '\u0000',
    '\ud800',
    '../../etc/passwd',
    '/etc/passwd',
    'NaN',
    'Infinity',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constant('x'.repeat(70_000)),
  fc.integer(),
  fc.double(),
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, hostileScalar, hostileScalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(
    fc.oneof(fc.constantFrom(...POLLUTION, 'id', 'name', 'patch', 'text', 'source'), fc.string({ maxLength: 8 })),
    tie('value'),
    {
      maxKeys: 4,
    },
  ),
})).value;

/** Deep nesting that naive recursive code would choke on. */
const deep = fc.integer({ min: 50, max: 2000 }).map((n) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { id: v };
  return v;
});

function inputFor(m: ApiMethod): fc.Arbitrary<unknown> {
  const keys = schemaKeys(m);
  const nearValid = keys.length
    ? fc.dictionary(fc.constantFrom(...keys, ...POLLUTION), hostileValue, { minKeys: 1, maxKeys: keys.length + 2 })
    : fc.dictionary(fc.constantFrom(...POLLUTION), hostileValue, { maxKeys: 2 });
  // JSON.parse creates a real own "__proto__" key, which is what arrives over HTTP.
  const pollution = fc
    .constantFrom(...POLLUTION)
    .chain((k) => hostileValue.map((v) => JSON.parse(`{"${k}": ${JSON.stringify(v ?? null)}}`) as unknown));
  return fc.oneof(
    nearValid,
    nearValid,
    fc.jsonValue({ maxDepth: 3 }),
    hostileValue,
    pollution,
    deep,
    fc.constantFrom(undefined, null, [], 'string', 42),
  );
}

function checkEnvelope(m: string, input: unknown, env: unknown) {
  expect(env).toBeTypeOf('object');
  const e = env as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } };
  expect(typeof e.ok).toBe('boolean');
  if (e.ok === true) tried.accepted++;
  if (e.ok === false) {
    expect(ERROR_CODES.has(String(e.error?.code)), `error code ${String(e.error?.code)}`).toBe(true);
    expect(typeof e.error?.message).toBe('string');
    expect((e.error?.message as string).length).toBeGreaterThan(0);
    if (e.error?.code === 'INTERNAL' && !unimplemented.includes(m as ApiMethod) && !internals.has(m)) {
      internals.set(
        m, // undefined for an undefined input, whatever the lib types say.
        (JSON.stringify(input) as string | undefined)?.slice(0, 300),
      );
    }
  }
}

let core: Core;
let host: RunningHost;
let rendererDir: string;

beforeAll(async () => {
  const dataDir = tempDir('pursuit-fuzz-');
  core = createCore({ dataDir });
  await core.call('demo.seed', { count: 5, seed: 1 }); // real rows, so ids 1..5 exist and deeper code runs
  rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pursuit</title>');
  host = await startHost({ core, rendererDir, port: 0, maxBodyBytes: 1024 * 1024 });
});

afterAll(async () => {
  await host.close();
  core.close();
  console.log(
    `[fuzz] seed ${seed}: ${tried.core} inputs through the core, ${tried.http} API requests and ${tried.raw} raw requests through the host, ` +
      `over ${API_METHODS.length} methods (${tried.accepted} accepted as valid, the rest refused with a message); ${internals.size} methods reached an internal error` +
      (unimplemented.length ? ` (not yet implemented, skipped for that check: ${unimplemented.length})` : ''),
  );
});

function post(
  pathname: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        method: 'POST',
        headers: {
          host: `127.0.0.1:${host.port}`,
          authorization: `Bearer ${host.token}`,
          'content-type': 'application/json',
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('hostile input', () => {
  it('through the core: every method answers every input with an envelope, never a throw', async () => {
    for (const m of API_METHODS) {
      await fc.assert(
        fc.asyncProperty(inputFor(m), async (input) => {
          tried.core++;
          const env = await core.call(m, input);
          checkEnvelope(m, input, env);
        }),
        { numRuns: RUNS_CORE, seed, endOnFailure: true },
      );
    }
    // Nothing leaked onto every object, and the data is still sound and usable.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await core.call('applications.create', { title: 'Still works', company: 'Acme' })).ok).toBe(true);
    expect(Object.fromEntries(internals), 'inputs that reached an internal error (a bug: they deserve a clear message)').toEqual(
      {},
    );
  }, 240_000);

  it('through the host: every method answers random JSON bodies with a JSON envelope', async () => {
    for (const m of API_METHODS) {
      await fc.assert(
        fc.asyncProperty(inputFor(m), async (input) => {
          tried.http++;
          const body = input === undefined ? '' : JSON.stringify(input);
          const res = await post(`/api/${encodeURIComponent(m)}`, body);
          expect([200, 400, 413]).toContain(res.status);
          checkEnvelope(m, input, JSON.parse(res.body));
        }),
        { numRuns: RUNS_HTTP, seed, endOnFailure: true },
      );
    }
    expect(Object.fromEntries(internals)).toEqual({});
  }, 240_000);

  it('through the host: broken bodies, odd method names and binary get a clear error envelope', async () => {
    const rawBody = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
      fc.constantFrom('{', '{"a":', '[1,2', 'null', '"x"', '{"__proto__": {"polluted": 1}}', '\ufeff{}', '{}garbage'),
    );
    const methodName = fc.oneof(
      fc.constantFrom(...API_METHODS),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        '..%2F..%2Fetc%2Fpasswd',
        '%E0%A4%A',
        '%',
        '%00',
        'events',
        '',
      ),
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(methodName, rawBody, async (m, body) => {
        tried.raw++;
        const res = await post(`/api/${m}`, body);
        expect(res.status, `/api/${m}`).not.toBe(500);
        const env = JSON.parse(res.body) as { ok: boolean; error?: { code: string; message: string } };
        expect(typeof env.ok).toBe('boolean');
        if (!env.ok) {
          expect(env.error?.code).not.toBe('INTERNAL');
          expect(env.error?.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS_CORE * 10, seed },
    );
    // A body that is not UTF-8 text is refused as such, not read as mangled text.
    const notUtf8 = await post(
      '/api/applications.create',
      Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    );
    expect(notUtf8.status).toBe(400);
    expect(JSON.parse(notUtf8.body)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/UTF-8/) },
    });
    // The prototype-pollution body did not pollute the host process.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The host is still up and answering.
    expect(JSON.parse((await post('/api/stages.list', '{}')).body)).toMatchObject({ ok: true });
  }, 240_000);
});
