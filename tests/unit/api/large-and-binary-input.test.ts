import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core';
import { CSV_COLUMNS } from '../../../shared/api-data';

/**
 * Big and binary input gets an answer a person can act on: handled in full, or refused with a message.
 * (How long it takes is for bench/, not for a test.)
 */

type Env = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

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
    const env = (await core.call('postings.parse', { text: nearly })) as Env;
    if (env.ok) expect((env.value as { fields: { title: string | null } }).fields.title).toMatch(/^Senior Engineer/);
    else expectClearRefusal(env);
    const over = (await core.call('postings.parse', { text: 'x'.repeat(10 * 1024 * 1024 + 1) })) as Env;
    expect(over).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/10 MB/) } });
    core.close();
  }, 120_000);

  it('a 50 MB CSV is analysed or refused clearly', async () => {
    const core = createCore({});
    const header = CSV_COLUMNS.join(',');
    const row = (i: number) =>
      `"Engineer ${i}","Company ${i % 500}","Berlin, DE",remote,full-time,Applied,2027-01-02,2027-01-03,,,,,,,https://example.com/${i},,"tag",${'"' + 'note '.repeat(40) + '"'},`;
    const rows: string[] = [header];
    let size = header.length;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const r = row(i);
      rows.push(r);
      size += r.length + 1;
    }
    const csv = rows.join('\n');
    const env = (await core.call('data.importAnalyze', { csv })) as Env;
    if (env.ok) {
      // Handled means every row was read and is ready to import, title and company mapped.
      expect(env.value).toMatchObject({ totalRows: rows.length - 1, goodRows: rows.length - 1, missing: [] });
    } else {
      expect(env.error.code).not.toBe('INTERNAL');
      expect(env.error.message).toMatch(/MB|large|rows/i);
    }
    core.close();
  }, 180_000);

  it('binary files and invalid UTF-8 posing as a posting get a clear error', async () => {
    const core = createCore({});
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)),
    ]);
    const badUtf8 = Buffer.from([
      ...Buffer.from('Senior Engineer at Acme\n'),
      0xc3,
      0x28,
      0xa0,
      0xa1,
      0xe2,
      0x28,
      0xa1,
      0xff,
      0xfe,
      ...Buffer.from(' more text'),
    ]);
    const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 1)]);
    for (const [name, bytes] of [
      ['photo.png', png],
      ['posting.txt', badUtf8],
      ['posting.docx', zip],
      ['posting.html', png],
    ] as const) {
      expectClearRefusal(await core.call('postings.importFile', { name, base64: bytes.toString('base64') }));
      expectClearRefusal(await core.call('postings.parse', { name, base64: bytes.toString('base64') }));
    }
    // Binary read as a CSV: refused, or read as nothing to import (no title or company column).
    const csv = (await core.call('data.importAnalyze', { csv: png.toString('latin1') })) as Env;
    if (csv.ok) expect(csv.value).toMatchObject({ goodRows: 0, missing: expect.arrayContaining(['title', 'company']) });
    else expectClearRefusal(csv);
    core.close();
  }, 60_000);
});
