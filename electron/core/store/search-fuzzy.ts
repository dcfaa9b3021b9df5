import type { Db } from './db';

/**
 * Typo tolerance for titles, companies and tags ("techvison" finds TechVision). A word of the search that
 * starts no word of any title, company or tag is compared, by edit distance, with every such word (the
 * vocabulary of `search_names`, migration 8); the close ones become alternatives the FTS5 query tries in
 * those three columns. Words found as typed never get alternatives, so a search that works exactly is not
 * widened ("data" does not also find "date"), and the allowance grows with the word's length.
 */

/** As FTS5's unicode61 tokenizer with `remove_diacritics 2` folds a word: lower case, no accents. */
export const foldWord = (w: string): string => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Edits forgiven in a word of this length: none under 4 letters, 1 up to 7, 2 from 8. */
export const maxEdits = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : 2);

/** At most this many alternatives per word: a typo means one or two words, not a flood. */
const MAX_ALTERNATIVES = 8;

/**
 * Optimal string alignment distance (a swap of neighbours counts as one edit) between `w` and `t`, and
 * between `w` and the closest prefix of `t` (for a word still being typed), each null when over `k`.
 * Stops as soon as a whole row exceeds `k`, so most of a vocabulary costs a row or two.
 */
export function editDistances(
  w: string,
  t: string,
  k: number,
): { whole: number | null; prefix: { length: number; d: number } | null } {
  const m = w.length;
  const n = Math.min(t.length, m + k);
  let before: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const same = w[i - 1] === t[j - 1];
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (same ? 0 : 1));
      if (i > 1 && j > 1 && w[i - 1] === t[j - 2] && w[i - 2] === t[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > k) return { whole: null, prefix: null };
    before = prev;
    prev = cur;
  }
  const whole = t.length <= m + k && prev[t.length]! <= k ? prev[t.length]! : null;
  let prefix: { length: number; d: number } | null = null;
  // Proper prefixes at least as long as the word less its allowance (shorter ones would match too much).
  for (let j = Math.max(1, m - k); j <= Math.min(n, t.length - 1); j++) {
    const d = prev[j]!;
    if (d <= k && (!prefix || d < prefix.d || (d === prefix.d && Math.abs(j - m) < Math.abs(prefix.length - m))))
      prefix = { length: j, d };
  }
  return { whole, prefix };
}

/** An FTS5 string token (quotes doubled), optionally as a prefix. */
const token = (w: string, prefix: boolean): string => `"${w.replace(/"/g, '""')}"${prefix ? '*' : ''}`;

/**
 * FTS5 alternatives for one (folded) word: whole words (`"techvision"`) and, for a word of 5 letters or
 * more that may still be being typed, prefixes (`"techvis"*`). Empty when the word starts some title,
 * company or tag word as typed, or is too short to forgive. Both lookups are functions, so a word that needs
 * no forgiving reads no vocabulary.
 */
export function alternativesFor(
  w: string,
  vocabulary: () => readonly string[],
  startsSomeWord: (w: string) => boolean,
): string[] {
  const k = maxEdits(w.length);
  if (k === 0 || startsSomeWord(w)) return [];
  const found = new Map<string, number>();
  for (const t of vocabulary()) {
    if (t.length + k < w.length) continue;
    const { whole, prefix } = editDistances(w, t, k);
    const add = (fts: string, d: number) => found.set(fts, Math.min(d, found.get(fts) ?? d));
    if (whole !== null) add(token(t, false), whole);
    else if (prefix && w.length >= 5) add(token(t.slice(0, prefix.length), true), prefix.d);
  }
  if (found.size === 0) return [];
  // Only the closest distance found: if one edit explains the typo, two-edit guesses are noise.
  const best = Math.min(...found.values());
  return [...found]
    .filter(([, d]) => d === best)
    .map(([fts]) => fts)
    .sort()
    .slice(0, MAX_ALTERNATIVES);
}

const vocabularies = new WeakMap<Db, { version: string; words: string[] }>();

/**
 * Every word of every title, company and tag, read again only when those change (`version`, from
 * search-hits.ts): reading the vocabulary walks the whole index (tens of milliseconds at 100,000), while
 * moves, notes and dates leave it as it was.
 */
export function nameVocabulary(db: Db, version: string): string[] {
  const last = vocabularies.get(db);
  if (last?.version === version) return last.words;
  const words = db.prepare('SELECT term FROM search_names_vocab').pluck().all() as string[];
  vocabularies.set(db, { version, words });
  return words;
}

/** Whether some title, company or tag word starts with `w` (folded): a range read of the vocabulary. */
export function startsSomeNameWord(db: Db, w: string): boolean {
  return (
    db.prepare('SELECT 1 FROM search_names_vocab WHERE term >= ? AND term < ? LIMIT 1').get(w, `${w}\u{10FFFF}`) !== undefined
  );
}
