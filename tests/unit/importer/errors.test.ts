import { describe, expect, it } from 'vitest';
import { parsePosting, PostingInputError, type PostingSource } from '../../../electron/core/importer';

async function codeOf(src: PostingSource): Promise<string> {
  try {
    await parsePosting(src);
  } catch (e) {
    expect(e).toBeInstanceOf(PostingInputError);
    expect((e as PostingInputError).message.length).toBeGreaterThan(10);
    return (e as PostingInputError).code;
  }
  return 'no error';
}

describe('input errors', () => {
  it('refuses empty and whitespace-only input', async () => {
    expect(await codeOf({ text: '' })).toBe('EMPTY');
    expect(await codeOf({ text: ' \n\t \r\n' })).toBe('EMPTY');
    expect(await codeOf({ bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]) })).toBe('EMPTY');
  });

  it('refuses binary files', async () => {
    expect(await codeOf({ name: 'cv.pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]) })).toBe('BINARY');
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(await codeOf({ bytes: controls })).toBe('BINARY');
  });

  it('refuses invalid UTF-8', async () => {
    expect(await codeOf({ name: 'latin1.txt', bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4a, 0x6f, 0x62]) })).toBe(
      'INVALID_UTF8',
    );
  });

  it('refuses more than 10 MB', async () => {
    expect(await codeOf({ bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61) })).toBe('TOO_LARGE');
    expect(await codeOf({ text: 'a'.repeat(10 * 1024 * 1024 + 1) })).toBe('TOO_LARGE');
  });

  it('refuses a source with neither bytes nor text', async () => {
    expect(await codeOf({ name: 'x.txt' })).toBe('UNREADABLE');
  });
});
