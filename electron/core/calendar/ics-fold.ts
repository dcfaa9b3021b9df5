/**
 * RFC 5545 section 3.1 line folding: a content line longer than 75 octets (UTF-8, line break excluded) is
 * split, each continuation starting with one space; a split never falls inside a character.
 *
 * ical-generator folds too, but only in the calendar's `toString`, and it builds a `TextEncoder` for every
 * character it looks at: about 9 of the 9.5 s an export of 10,000 applications took. This counts octets
 * from the code points instead, and skips lines that cannot be too long (75 / 3 code units, as a UTF-16
 * code unit is at most 3 octets in UTF-8) or are not (one `Buffer.byteLength` call).
 */

const MAX_OCTETS = 75;

const octetsOf = (code: number): number => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

export function foldLine(line: string): string {
  if (line.length * 3 <= MAX_OCTETS || Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  // The first line holds 75 octets, each continuation 74 after its leading space.
  let room = MAX_OCTETS;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    const size = octetsOf(code);
    if (used + size > room) {
      parts.push(line.slice(start, i));
      start = i;
      used = 0;
      room = MAX_OCTETS - 1;
    }
    used += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/**
 * Folds every line of CRLF-separated iCalendar text. Lines are found with `indexOf` and only the long ones
 * copied and split: a 10,000-event calendar is 6 MB, and splitting it all into line strings and joining
 * them again cost more than everything else the export does.
 */
export function foldIcs(text: string): string {
  let out = '';
  let copied = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\r\n', start);
    if (end < 0) end = text.length;
    if ((end - start) * 3 > MAX_OCTETS) {
      const line = text.slice(start, end);
      const folded = foldLine(line);
      if (folded !== line) {
        out += text.slice(copied, start) + folded;
        copied = end;
      }
    }
    start = end + 2;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
