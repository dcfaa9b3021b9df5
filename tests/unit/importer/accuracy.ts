/**
 * Field accuracy of parse results against expected files: how many stated fields (expected not null)
 * were read right, and how many fields the posting does not state were given a value anyway (invented).
 */
import { matchExpected, type ExpectedJson } from './expected-matcher';

export interface Accuracy {
  stated: number;
  right: number;
  invented: number;
  misses: string[];
}

export function emptyAccuracy(): Accuracy {
  return { stated: 0, right: 0, invented: 0, misses: [] };
}

export function addToAccuracy(
  acc: Accuracy,
  name: string,
  actual: Record<string, unknown>,
  expected: Record<string, ExpectedJson>,
): void {
  for (const [field, want] of Object.entries(expected)) {
    const failures = matchExpected(actual, { [field]: want });
    if (want === null) {
      if (failures.length > 0) {
        acc.invented++;
        acc.misses.push(`${name}: invented ${failures.join('; ')}`);
      }
      continue;
    }
    acc.stated++;
    if (failures.length === 0) acc.right++;
    else acc.misses.push(`${name}: ${failures.join('; ')}`);
  }
}

export function formatAccuracy(label: string, acc: Accuracy): string {
  const pct = acc.stated === 0 ? 100 : (100 * acc.right) / acc.stated;
  return `${label}: ${acc.right}/${acc.stated} stated fields right (${pct.toFixed(1)} %), ${acc.invented} invented`;
}
