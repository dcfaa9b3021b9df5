/**
 * Every language the importer reads, and the patterns built from all of their tables at once.
 * Adding a language: write lang/xx.ts after types.ts and list it here.
 */
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { LanguageTable } from './types';

export type { LabelField, LanguageTable, PayPeriod } from './types';

export const LANGUAGES: readonly LanguageTable[] = [en, de, es, fr, nl, da, it, pt];

export function languageTable(code: string | null | undefined): LanguageTable | undefined {
  return LANGUAGES.find((l) => l.code === code);
}

/** Plain phrase to a regex source: literal characters escaped, a space matching any white space. */
export function phraseSource(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Longest first, so "per maand" wins over "per". */
export function alternationOf(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
}

/** A whole-word pattern for plain phrases in any script (\b only knows ASCII letters). */
export function wordsPattern(phrases: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternationOf(phrases)})(?![\\p{L}\\p{N}])`, flags);
}

export function allOf<T>(pick: (l: LanguageTable) => readonly T[] | undefined): T[] {
  return LANGUAGES.flatMap((l) => pick(l) ?? []);
}
