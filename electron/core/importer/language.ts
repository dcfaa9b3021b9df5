/** The posting's language, by counting each language's common short words (the tables in lang/). */
import { LANGUAGES } from './lang';

const WORD_LANGS = new Map<string, string[]>();
for (const table of LANGUAGES) {
  for (const w of table.stopWords) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), table.code]);
}

const WORD = /[\p{L}]+/gu;
const SAMPLE_CHARS = 6000;

/** The last text asked about and its answer: one parse asks for the same text twice (fields, sentences). */
let last: { text: string; language: string | null } | null = null;

export function detectLanguage(text: string): string | null {
  if (last?.text === text) return last.language;
  const language = detect(text);
  last = { text, language };
  return language;
}

function detect(text: string): string | null {
  const counts: Record<string, number> = Object.fromEntries(LANGUAGES.map((l) => [l.code, 0]));
  const hits: Record<string, number> = { ...counts };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    const langs = WORD_LANGS.get(m[0]);
    if (!langs) continue;
    // A word several languages share counts less than one only this language uses.
    for (const l of langs) {
      counts[l] = (counts[l] ?? 0) + 1 / langs.length;
      hits[l] = (hits[l] ?? 0) + 1;
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [lang, n] of Object.entries(counts)) {
    if (n > bestCount) {
      second = bestCount;
      bestCount = n;
      best = lang;
    } else if (n > second) second = n;
  }
  // Too few function words, or a dead heat, says nothing.
  if (best === null || (hits[best] ?? 0) < 3 || bestCount === second) return null;
  return best;
}
