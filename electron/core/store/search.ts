import type { Db } from './db';
import { alternativesFor, foldWord, nameVocabulary, startsSomeNameWord } from './search-fuzzy';
import { namesVersion } from './search-hits';

/** The words of what a person typed: letters and digits, quotes and operators dropped, at most 20. */
function searchWords(input: string): string[] {
  return input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 20);
}

const quoted = (w: string): string => `"${w.replace(/"/g, '""')}"*`;

/**
 * Turns what a person types into an FTS5 query: every word must match, each as a prefix, quotes and
 * operators taken literally (so `c++ "senior` cannot break the query).
 */
export function toFtsQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words.map(quoted).join(' AND ');
}

/** A search as FTS5 queries: `exact` as typed; `fuzzy` also forgives typos in titles, companies and tags. */
export interface SearchQuery {
  exact: string;
  /** Null when no word needed forgiving: then the exact query is the whole search. */
  fuzzy: string | null;
}

/** Only the columns typos are forgiven in: a misspelt word is not looked for in posting texts and notes. */
const NAME_COLUMNS = '{title company tags}';

export function toSearchQuery(db: Db, input: string): SearchQuery | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  let widened = false;
  const parts: string[] = [];
  for (const w of words) {
    const alternatives = alternativesFor(
      foldWord(w),
      () => nameVocabulary(db, namesVersion(db)),
      (folded) => startsSomeNameWord(db, folded),
    );
    if (alternatives.length > 0) widened = true;
    parts.push(alternatives.length === 0 ? quoted(w) : `(${quoted(w)} OR ${NAME_COLUMNS} : (${alternatives.join(' OR ')}))`);
  }
  return { exact: words.map(quoted).join(' AND '), fuzzy: widened ? parts.join(' AND ') : null };
}
