/**
 * Compares a parse result with an `expected/NAME.json` file under the fixture READMEs' rules:
 * plain values must be equal (days as YYYY-MM-DD), null must be null, `{equals}` ignores case and
 * white space (a title may drop a gender marker), `{contains}`, `{anyOf}`, `{includes}` for lists,
 * nested objects (salary) field by field, and fields not named are not judged.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const GENDER_MARKER = /\s*[([]\s*(?:[a-z*]{1,6}(?:\s*[/|,]\s*[a-z*]{1,6}){1,3}|all genders?|gn\*?)\s*[)\]]/gi;

function norm(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

function isRule(v: Json): v is Record<string, Json> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && ['equals', 'contains', 'anyOf', 'includes'].some((k) => k in v)
  );
}

/** A rule's operand as text: a number as written, an object or list as JSON (not "[object Object]"). */
const scalar = (v: Json | undefined): string => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function matchValue(field: string, actual: unknown, expected: Json): string[] {
  if (expected === null) return actual === null ? [] : [`${field}: expected null (not stated), got ${show(actual)}`];
  if (isRule(expected)) {
    const failures: string[] = [];
    if ('equals' in expected) {
      const want = scalar(expected['equals']);
      if (typeof actual !== 'string') return [`${field}: expected a string equal to ${show(want)}, got ${show(actual)}`];
      const strip = (s: string) => (field === 'title' ? s.replace(GENDER_MARKER, '') : s);
      if (norm(strip(actual)) !== norm(strip(want)))
        failures.push(`${field}: expected ${show(want)} (ignoring case/space), got ${show(actual)}`);
    }
    if ('contains' in expected) {
      const want = scalar(expected['contains']);
      if (typeof actual !== 'string' || !actual.toLowerCase().includes(want.toLowerCase())) {
        failures.push(`${field}: expected to contain ${show(want)}, got ${show(actual)}`);
      }
    }
    if ('anyOf' in expected) {
      const options = (expected['anyOf'] as Json[]).map(String);
      if (typeof actual !== 'string' || !options.some((o) => actual.toLowerCase().includes(o.toLowerCase()))) {
        failures.push(`${field}: expected to contain one of ${show(options)}, got ${show(actual)}`);
      }
    }
    if ('includes' in expected) {
      const wanted = (expected['includes'] as Json[]).map(String);
      if (!Array.isArray(actual)) return [`${field}: expected a list including ${show(wanted)}, got ${show(actual)}`];
      const have = new Set(actual.map((x) => String(x).toLowerCase()));
      const missing = wanted.filter((w) => !have.has(w.toLowerCase()));
      if (missing.length > 0) failures.push(`${field}: missing ${show(missing)} in ${show(actual)}`);
    }
    return failures;
  }
  if (typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') return [`${field}: expected ${show(expected)}, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) =>
      matchValue(`${field}.${k}`, (actual as Record<string, unknown>)[k], v as Json),
    );
  }
  return deepEqual(actual, expected) ? [] : [`${field}: expected ${show(expected)}, got ${show(actual)}`];
}

/** Every way `actual` falls short of `expected`, one message per field; empty when it matches. */
export function matchExpected(actual: Record<string, unknown>, expected: Record<string, Json>): string[] {
  return Object.entries(expected).flatMap(([field, want]) => matchValue(field, actual[field], want));
}

export type { Json as ExpectedJson };
