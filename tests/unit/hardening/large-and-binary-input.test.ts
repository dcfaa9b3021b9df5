import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { CSV_COLUMNS } from '../../../shared/api-data';

/**
 * Big and binary input gets an answer a person can act on: handled, or refused with a message. Timings are
 * printed (figures, not assertions; bench/ has the benchmarks).
 */

type Env = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

async function timed(label: string, run: () => Promise<Env>): Promise<Env> {
  const t = performance.now();
  const env = await run();
  const ms = Math.round(performance.now() - t);
  const outcome = env.ok ? 'handled' : `refused (${env.error.code}: ${env.error.message.slice(0, 90)})`;
  console.log(`[large-input] ${label}: ${outcome} in ${ms} ms`);
  return env;
}

function expectClearRefusal(env: Env) {
  if (env.ok) {
    // postings.* report a file they cannot read as { status: 'error', message } inside ok.
    const v = env.value as { status?: string; message?: string };
    expect(v.status).toBe('error');
    expect(v.message?.length).toBeGreaterThan(10);
  } else {
    expect(env.error.code).not.toBe('INTERNAL');
    expect(env.error.message.length).toBeGreaterThan(10);
  }
}

const paragraph = 'We are hiring a senior engineer to build reliable systems. You will design, build and run services. ';

describe('large and binary input', () => {
  it('a 10 MB paste is read or refused clearly; one byte more is refused with the limit named', async () => {
    const core = createCore({});
    const nearly = `Senior Engineer at Big Paste Inc\n\n${paragraph.repeat(Math.floor((10 * 1024 * 1024 - 100) / paragraph.length))}`;
    const env = await timed(`postings.parse with a ${(nearly.length / 1024 / 1024).toFixed(1)} MB paste`, () => core.call('postings.parse', { text: nearly }) as Promise<Env>);
    if (!env.ok) expect(env.error.code).not.toBe('INTERNAL');
    const over = await timed('postings.parse with 10 MB + 1 character', () => core.call('postings.parse', { text: 'x'.repeat(10 * 1024 * 1024 + 1) }) as Promise<Env>);
    expect(over).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/10 MB/) } });
    core.close();
  }, 120_000);

  it('a 50 MB CSV is analysed or refused clearly', async () => {
    const core = createCore({});
    const header = CSV_COLUMNS.join(',');
    const row = (i: number) => `"Engineer ${i}","Company ${i % 500}","Berlin, DE",remote,full-time,Applied,2027-01-02,2027-01-03,,,,,,,https://example.com/${i},,"tag",${'"' + 'note '.repeat(40) + '"'},`;
    const rows: string[] = [header];
    let size = header.length;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const r = row(i);
      rows.push(r);
      size += r.length + 1;
    }
    const csv = rows.join('\n');
    const env = await timed(`data.importAnalyze with a ${(csv.length / 1024 / 1024).toFixed(1)} MB CSV (${rows.length - 1} rows)`, () => core.call('data.importAnalyze', { csv }) as Promise<Env>);
    if (!env.ok) {
      expect(env.error.code).not.toBe('INTERNAL');
      expect(env.error.message).toMatch(/MB|large|rows/i);
    }
    core.close();
  }, 180_000);

  it('binary files and invalid UTF-8 posing as a posting get a clear error', async () => {
    const core = createCore({});
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256))]);
    const badUtf8 = Buffer.from([...Buffer.from('Senior Engineer at Acme\n'), 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xff, 0xfe, ...Buffer.from(' more text')]);
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 1)]);
    for (const [name, bytes] of [
      ['photo.png', png],
      ['posting.txt', badUtf8],
      ['posting.docx', zip],
      ['posting.html', png],
    ] as const) {
      const env = await timed(`postings.importFile ${name} (${bytes.length} bytes of binary)`, () =>
        core.call('postings.importFile', { name, base64: bytes.toString('base64') }) as Promise<Env>,
      );
      expectClearRefusal(env);
      const parsed = await timed(`postings.parse ${name}`, () => core.call('postings.parse', { name, base64: bytes.toString('base64') }) as Promise<Env>);
      expectClearRefusal(parsed.ok ? ({ ok: true, value: { status: 'error', message: 'parsed: see below' } } as Env) : parsed);
      if (parsed.ok) expect((parsed.value as { cleanText: string }).cleanText).not.toMatch(/\uFFFD{3,}/); // no page of mojibake
    }
    const csv = await timed('data.importAnalyze with binary as CSV', () => core.call('data.importAnalyze', { csv: png.toString('latin1') }) as Promise<Env>);
    if (!csv.ok) expect(csv.error.code).not.toBe('INTERNAL');
    core.close();
  }, 60_000);
});
