/**
 * A bound on how deeply a file may nest, checked by one linear scan before it is parsed: the DOM walk,
 * Readability and the JSON readers recurse once per level, so a page of 50,000 nested `<div>`s overflowed
 * the stack (an internal error) and a deep JSON array was slow to read. Real postings nest a few dozen
 * levels; 200 leaves room for the deepest page builders.
 */
import { PostingInputError } from './input';

export const MAX_NESTING = 200;

const tooDeep = (depth: number) =>
  new PostingInputError(
    'UNREADABLE',
    `This file is nested ${depth.toLocaleString('en-US')} levels deep; Pursuit reads up to ${MAX_NESTING}.`,
  );

/** Deepest `[`/`{` nesting of JSON text, outside strings. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > deepest) deepest = depth;
    } else if ((c === 93 /* ] */ || c === 125) /* } */ && depth > 0) depth--;
  }
  return deepest;
}

/** Elements that never hold children, and those whose text is not markup. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen command basefont frame'.split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed']);
/** A new one of these closes an open one of the same name (an unclosed `<li>` or `<p>` is not a level deeper). */
const SELF_CLOSING_SIBLINGS = new Set(['li', 'p', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'rt', 'rp']);

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>|<!--/g;

/**
 * Deepest element nesting of an HTML text, approximated the way a browser builds its tree: closing tags close
 * up to their opener, void and self-closed elements add no level, script and comment text is skipped, and an
 * unclosed `<li>`/`<p>`/`<td>` is closed by the next of its kind.
 */
export function htmlNestingDepth(html: string): number {
  const open: string[] = [];
  // How many of each name are open: a closing tag with none open costs nothing, so the scan stays linear.
  const openCount = new Map<string, number>();
  const push = (name: string) => {
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const popTo = (length: number) => {
    while (open.length > length) {
      const name = open.pop()!;
      openCount.set(name, (openCount.get(name) ?? 1) - 1);
    }
  };
  let lower: string | null = null;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end === -1) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    if (m[1]) {
      if (openCount.get(name)) popTo(open.lastIndexOf(name));
      continue;
    }
    if (m[3] || VOID.has(name)) continue;
    if (SELF_CLOSING_SIBLINGS.has(name) && open[open.length - 1] === name) popTo(open.length - 1);
    push(name);
    if (open.length > deepest) deepest = open.length;
    if (RAW_TEXT.has(name)) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      if (end === -1) break;
      TAG.lastIndex = end;
    }
  }
  return deepest;
}

export function assertJsonNesting(text: string): void {
  const depth = jsonNestingDepth(text);
  if (depth > MAX_NESTING) throw tooDeep(depth);
}

export function assertHtmlNesting(html: string): void {
  const depth = htmlNestingDepth(html);
  if (depth > MAX_NESTING) throw tooDeep(depth);
}
