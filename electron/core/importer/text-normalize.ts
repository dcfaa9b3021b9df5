/**
 * Plain text and markdown into one "markdown-lite" shape every extractor reads:
 * LF line ends, `#` headings, `- ` list items, no emphasis markers, no stray escapes.
 */

const LITERAL_ESCAPE = /\\(u[0-9a-fA-F]{4}|[nrt"\\/bf'])/g;
const LITERAL_NEWLINE = /\\n/g;

/**
 * Text copied out of a JSON payload keeps `\n` and `\u00e9` escapes. Undo them when they clearly
 * outnumber real line breaks, so ordinary text with one backslash-n in it is left alone.
 */
export function unescapeJsonLikeText(text: string): string {
  const escaped = text.match(LITERAL_NEWLINE)?.length ?? 0;
  if (escaped < 3) return text;
  const real = text.split('\n').length - 1;
  if (escaped <= real) return text;
  return text.replace(LITERAL_ESCAPE, (_m, esc: string) => {
    if (esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    switch (esc) {
      case 'n':
        return '\n';
      case 'r':
        return '';
      case 't':
        return '\t';
      case 'b':
      case 'f':
        return '';
      default:
        return esc;
    }
  });
}

const SPACE_LIKE = /[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003]/g;
// An alternation, not a class: a zero-width joiner inside a class reads as a joined sequence.
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
const HYPHEN_LIKE = /[\u2010\u2011]/g;
/** A list mark at a line's start; a day with its month and year ("5. februar 2027", "12. März 2027") is no number. */
const BULLET_LINE =
  /^([ \t]*)(?:[*•·▪◦‣●○■□►▶✓✔➢➤→]|-(?!-)|–(?=\s)|\d{1,2}[.)](?=\s)(?![ \t]+\p{L}{3,12}\.?[ \t]+\d{4}(?!\p{L})))[ \t]+/u;
const SINGLE_EMPHASIS = /(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,:;!?]|$)/g;
// The link text stops at a `[` and the URL is bounded, so a line of `[[[[` or `[a](http://` repeated is read
// in linear time (an unbounded `[^\]]+` retried from every `[` is quadratic).
const MD_LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^)\s]{1,2048})\)/g;
const HEADING = /^[ \t]*(#{1,6})[ \t]*(.*)$/;
const HR = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;

/** Normalises characters and line ends only; keeps every word. */
export function normalizeCharacters(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(SPACE_LIKE, ' ')
    .replace(INVISIBLE, '')
    .replace(HYPHEN_LIKE, '-');
}

/** Markdown or plain text into markdown-lite. */
export function toMarkdownLite(text: string): string {
  const lines = normalizeCharacters(unescapeJsonLikeText(text)).split('\n');
  const out: string[] = [];
  for (const raw of lines) {
    let line = trimSpacesAtEnd(raw);
    if (HR.test(line)) {
      out.push('');
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const body = stripInline(heading[2] ?? '').trim();
      out.push(body === '' ? '' : `${heading[1]} ${body}`);
      continue;
    }
    const bullet = BULLET_LINE.exec(line);
    if (bullet) line = `${bullet[1] ?? ''}- ${line.slice(bullet[0].length)}`;
    out.push(stripInline(line));
  }
  return collapseBlankLines(out.join('\n'));
}

function stripInline(line: string): string {
  if (!/[*_[]/.test(line)) return line;
  return stripStrongEmphasis(line.replace(MD_LINK, '$1 ($2)')).replace(SINGLE_EMPHASIS, '$1$3').replace(/\*\*/g, '');
}

const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/**
 * `line` without the spaces and tabs at its end. A loop, not `/[ \t]+$/`: that regex is retried from every
 * space of a run and rescans the run each time, so a pasted line of 150,000 spaces took tens of seconds.
 */
export function trimSpacesAtEnd(line: string): string {
  let end = line.length;
  while (end > 0 && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Every line of `text` without trailing spaces and tabs, in one pass (the linear `/[ \t]+\n/g`). */
export function trimLineEnds(text: string): string {
  let out = '';
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    out += trimSpacesAtEnd(text.slice(start, nl)) + '\n';
    start = nl + 1;
  }
  return out + text.slice(start);
}

const isBlank = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * `**bold**` and `__bold__` without their markers, as `/(\*\*|__)(?=\S)([^\n]*?\S)\1/g` would, in linear
 * time: that regex rescans the rest of the line from every opening marker that has no closing one. Here an
 * opener whose marker has no closing match later in the line means no later opener of that marker can
 * close either, so the marker is given up for the rest of the line.
 */
export function stripStrongEmphasis(line: string): string {
  if (!line.includes('**') && !line.includes('__')) return line;
  // The next position of each marker at or after `i`, kept between steps so no stretch is searched twice.
  const next = { '**': line.indexOf('**'), __: line.indexOf('__') };
  let out = '';
  let at = 0;
  for (let i = 0; ;) {
    if (next['**'] !== -1 && next['**'] < i) next['**'] = line.indexOf('**', i);
    if (next.__ !== -1 && next.__ < i) next.__ = line.indexOf('__', i);
    const star = next['**'];
    const under = next.__;
    if (star === -1 && under === -1) break;
    const marker = under === -1 || (star !== -1 && star < under) ? '**' : '__';
    const start = marker === '**' ? star : under;
    if (isBlank(line[start + 2])) {
      i = start + 1;
      continue;
    }
    // The closing marker: the first one after at least one character whose previous character is not blank.
    let close = line.indexOf(marker, start + 3);
    while (close !== -1 && isBlank(line[close - 1])) close = line.indexOf(marker, close + 1);
    if (close === -1) {
      next[marker] = -1;
      i = start + 1;
      continue;
    }
    out += line.slice(at, start) + line.slice(start + 2, close);
    at = i = close + 2;
  }
  return out + line.slice(at);
}

export function collapseBlankLines(text: string): string {
  return trimLineEnds(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text shown to the user: markdown-lite without heading marks. */
export function toCleanText(markdownLite: string): string {
  return markdownLite.replace(/^#{1,6} /gm, '');
}
