/** The posting's language (en/de/es/fr) by counting each language's common short words. */

const STOP_WORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'you',
    'with',
    'for',
    'is',
    'are',
    'we',
    'our',
    'will',
    'be',
    'this',
    'your',
    'in',
    'on',
    'as',
    'have',
    'an',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'mit',
    'für',
    'wir',
    'ein',
    'eine',
    'zu',
    'von',
    'den',
    'auf',
    'bei',
    'dich',
    'du',
    'ihre',
    'nicht',
    'sich',
    'im',
    'dem',
    'oder',
    'uns',
    'sind',
  ],
  es: [
    'el',
    'los',
    'las',
    'y',
    'que',
    'con',
    'para',
    'por',
    'una',
    'del',
    'se',
    'es',
    'nuestro',
    'nuestra',
    'tu',
    'como',
    'más',
    'al',
    'lo',
    'sus',
  ],
  fr: [
    'le',
    'les',
    'et',
    'des',
    'du',
    'pour',
    'avec',
    'une',
    'est',
    'nous',
    'vous',
    'sur',
    'dans',
    'au',
    'aux',
    'votre',
    'notre',
    'qui',
    'ou',
    'ce',
  ],
};

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);
}

const WORD = /[a-zà-ÿäöüß]+/g;
const SAMPLE_CHARS = 6000;

export function detectLanguage(text: string): string | null {
  const counts: Record<string, number> = { en: 0, de: 0, es: 0, fr: 0 };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    const langs = WORD_LANGS.get(m[0]);
    if (!langs) continue;
    for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
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
  if (bestCount < 3 || bestCount === second) return null;
  return best;
}
