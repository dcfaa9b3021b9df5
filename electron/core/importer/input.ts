/** Turning what the user dropped in into text, and refusing what is not a posting. */
import { parseLooseJson } from './json-record';

export type PostingInputErrorCode = 'EMPTY' | 'BINARY' | 'INVALID_UTF8' | 'TOO_LARGE' | 'UNREADABLE';

export class PostingInputError extends Error {
  readonly code: PostingInputErrorCode;
  constructor(code: PostingInputErrorCode, message: string) {
    super(message);
    this.name = 'PostingInputError';
    this.code = code;
  }
}

export interface PostingSource {
  /** File name (or any name with an extension); helps pick the format. */
  name?: string;
  bytes?: Uint8Array;
  text?: string;
}

export type PostingFormat = 'text' | 'html' | 'eml' | 'json';

export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

// ignoreBOM keeps a BOM in the original text, which is kept verbatim; only the clean text drops it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Share of control characters (other than tab, CR, LF, FF) above which input is taken for binary. */
const CONTROL_RATIO_LIMIT = 0.05;

function controlRatio(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127) controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** The input as text, verbatim (a BOM is kept here; only the clean text drops it). */
export function decodeSource(src: PostingSource): string {
  let text: string;
  if (src.bytes !== undefined) {
    if (src.bytes.byteLength > MAX_INPUT_BYTES) {
      throw new PostingInputError(
        'TOO_LARGE',
        `The file is ${mb(src.bytes.byteLength)}; postings larger than 10 MB are refused. Paste the posting text instead.`,
      );
    }
    if (src.bytes.includes(0)) {
      throw new PostingInputError(
        'BINARY',
        'This looks like a binary file (a PDF, image or document), not a posting. Save the page as HTML or copy its text.',
      );
    }
    try {
      text = utf8.decode(src.bytes);
    } catch {
      throw new PostingInputError(
        'INVALID_UTF8',
        'The file is not valid UTF-8 text. Re-save it as UTF-8, or copy and paste the posting text.',
      );
    }
  } else if (typeof src.text === 'string') {
    text = src.text;
    // Counted in UTF-16 units times up to 3 bytes would overstate; Buffer gives the real UTF-8 size.
    if (text.length > MAX_INPUT_BYTES / 3 && Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
      throw new PostingInputError('TOO_LARGE', 'The text is larger than 10 MB; postings that large are refused.');
    }
    if (text.includes('\u0000')) {
      throw new PostingInputError(
        'BINARY',
        'The text contains NUL characters, so it is not a posting. Copy the posting text again.',
      );
    }
  } else {
    throw new PostingInputError('UNREADABLE', 'Nothing was given to read: pass the file bytes or the pasted text.');
  }
  if (controlRatio(text) > CONTROL_RATIO_LIMIT) {
    throw new PostingInputError(
      'BINARY',
      'This looks like a binary file, not a posting. Save the page as HTML or copy its text.',
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new PostingInputError('EMPTY', 'The posting is empty. Paste the posting text or choose a file that has it.');
  }
  return text;
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const EXTENSION_FORMAT: Record<string, PostingFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mht: 'html',
  eml: 'eml',
  json: 'json',
  jsonld: 'json',
  txt: 'text',
  md: 'text',
  markdown: 'text',
  text: 'text',
};

const EML_HEADER =
  /^(?:(?:Return-Path|Received|From|To|Subject|Date|Message-ID|MIME-Version|Content-Type|Reply-To|Delivered-To|X-[\w-]+):[^\n]*\r?\n){2,}/i;
const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|article|section|main|meta|p|h[1-6]|span|ul)\b/i;

const JSON_LD_SCRIPT = /<script[^>]{0,200}application\/ld\+json/i;

/**
 * The format from the file name when it has a known extension, otherwise from the content. A text
 * file (`.txt`, `.json.txt`, `.md`) is looked into: JSON, JSON-LD or saved HTML inside it is read as such.
 */
export function detectFormat(name: string | undefined, text: string): PostingFormat {
  const ext = name?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext !== undefined) {
    const byExt = EXTENSION_FORMAT[ext];
    if (byExt !== undefined && byExt !== 'text') return byExt;
    if (byExt === 'text') {
      const sniffed = sniffFormat(text);
      return sniffed === 'eml' ? 'text' : sniffed;
    }
  }
  return sniffFormat(text);
}

function sniffFormat(text: string): PostingFormat {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096);
  if (JSON_LD_SCRIPT.test(text.slice(0, 200_000)) && /<\/script>/i.test(text)) return 'html';
  if (EML_HEADER.test(head)) return 'eml';
  if (HTML_START.test(head)) return 'html';
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || (trimmed.startsWith('"') && text.trimEnd().endsWith('"'))) {
    try {
      parseLooseJson(text);
      return 'json';
    } catch {
      return 'text';
    }
  }
  return 'text';
}
