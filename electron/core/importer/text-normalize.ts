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
const BULLET_LINE = /^([ \t]*)(?:[*•·▪◦‣●○■□►▶✓✔➢➤→]|-(?!-)|–(?=\s)|\d{1,2}[.)](?=\s))[ \t]+/;
const EMPHASIS = /(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const SINGLE_EMPHASIS = /(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,:;!?]|$)/g;
const MD_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g;
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
    let line = raw.replace(/[ \t]+$/, '');
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
  return line.replace(MD_LINK, '$1 ($2)').replace(EMPHASIS, '$2').replace(SINGLE_EMPHASIS, '$1$3').replace(/\*\*/g, '');
}

export function collapseBlankLines(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text shown to the user: markdown-lite without heading marks. */
export function toCleanText(markdownLite: string): string {
  return markdownLite.replace(/^#{1,6} /gm, '');
}
