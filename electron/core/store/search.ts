/**
 * Turns what a person types into an FTS5 query: every word must match, each as a prefix, quotes and
 * operators taken literally (so `c++ "senior` cannot break the query).
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 20);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' AND ');
}
