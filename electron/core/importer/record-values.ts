/**
 * Small readers shared by the job-board record walker (json-record.ts) and its pay reader (record-pay.ts):
 * a key's normal form, a nested object's display text, its leaf texts.
 */
import { DISPLAY_KEYS } from './json-keys';

export function normKey(k: string): string {
  return k.toLowerCase().replace(/[_\-\s]/g, '');
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function displayText(v: unknown, depth = 0): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => displayText(x, depth + 1)).filter((x): x is string => x !== null);
    return parts.length > 0 ? parts.join('; ') : null;
  }
  if (isObject(v) && depth < 3) {
    // A value given in several languages (`{ nl: "Boekhouder", fr: "Comptable" }`): the first one stated.
    if (isLanguageMap(v)) return displayText(Object.values(v).find((x) => displayText(x, depth + 1)) ?? null, depth + 1);
    for (const [k, val] of Object.entries(v)) if (DISPLAY_KEYS.includes(normKey(k))) return displayText(val, depth + 1);
  }
  return null;
}

const LANGUAGE_CODE = /^[a-z]{2}(?:[-_][a-z]{2})?$/i;

/** An object whose keys are all language codes (`nl`, `fr`, `de-CH`): one value in several languages. */
export function isLanguageMap(v: Record<string, unknown>): boolean {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => LANGUAGE_CODE.test(k)) && Object.values(v).some((x) => typeof x === 'string');
}

export function subValue(o: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const [k, v] of Object.entries(o)) if (keys.includes(normKey(k)) && v !== null && v !== undefined && v !== '') return v;
  return undefined;
}

/** Every string and number below a value (an employment group's `type`, `tempsTravail`, ...). */
export function leafTexts(v: unknown, depth = 0): string[] {
  if (typeof v === 'string') return v.trim() ? [v] : [];
  if (Array.isArray(v)) return v.flatMap((x) => leafTexts(x, depth + 1));
  if (isObject(v) && depth < 3) return Object.values(v).flatMap((x) => leafTexts(x, depth + 1));
  return [];
}

export function hasStem(key: string, stems: readonly string[]): boolean {
  return stems.some((s) => key.includes(s));
}
