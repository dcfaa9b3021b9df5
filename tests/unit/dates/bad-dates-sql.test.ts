import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realDateSql, registerDateFunctions } from '../../../electron/core/store/bad-dates';
import { isRealDay, isRealInstant } from '../../../shared/real-date';

/**
 * `system.status` lists stored dates that are not real; to stay fast at 100,000 applications it lets SQLite
 * vouch for plainly written dates and asks the shared check only about the rest. The two must never disagree:
 * a date SQLite waves through that the shared check refuses would be a bad date the app never shows.
 */
const db = new Database(':memory:');
registerDateFunctions(db);
const verdict = (kind: 'day' | 'instant', value: unknown): boolean =>
  (db.prepare(`SELECT ${realDateSql(kind, '@v')} AS ok`).get({ v: value }) as { ok: number }).ok === 1;

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Day-shaped strings around every edge: years 1899/1900/2200/2201, months 0–13, days 0–32, leap years. */
const dayShaped = fc
  .tuple(
    fc.oneof(fc.constantFrom(0, 1899, 1900, 1999, 2000, 2024, 2026, 2100, 2200, 2201, 9999), fc.integer({ min: 0, max: 9999 })),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const instantShaped = fc
  .tuple(
    dayShaped,
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 999 }),
    fc.constantFrom('Z', '+02:00', '-14:00', '+24:00', '', 'z'),
  )
  .map(([day, h, mi, s, ms, zone]) => `${day}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}${zone}`);
const odd = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '0000-00-00',
    '2026-02-30',
    '2026-02-29',
    '2024-02-29',
    '2026-1-1',
    ' 2026-01-01',
    '2026-01-01 ',
    '２０２６-01-01',
  ),
  fc.integer(),
  fc.constant(null),
);

describe('stored dates: the SQL shortcut and the shared check agree', () => {
  it('on day-shaped values at every edge and on odd ones', () => {
    fc.assert(
      fc.property(fc.oneof(dayShaped, odd), (v) => {
        expect(verdict('day', v)).toBe(isRealDay(v));
      }),
      { numRuns: 4000 },
    );
  });

  it('on instants: hours 24 and 25, minute 60, offsets and a missing zone', () => {
    fc.assert(
      fc.property(fc.oneof(instantShaped, odd), (v) => {
        expect(verdict('instant', v)).toBe(isRealInstant(v));
      }),
      { numRuns: 4000 },
    );
  });

  it('in the named cases', () => {
    expect(verdict('day', '2024-02-29')).toBe(true);
    expect(verdict('day', '2026-02-29')).toBe(false);
    expect(verdict('day', '2200-12-31')).toBe(true);
    expect(verdict('day', '2201-01-01')).toBe(false);
    expect(verdict('instant', '2026-12-01T10:00:00.000Z')).toBe(true);
    expect(verdict('instant', '2026-12-01T24:00:00.000Z')).toBe(false);
    expect(verdict('instant', '2026-12-01T10:00:00+02:00')).toBe(true);
    expect(verdict('instant', '2200-12-31T23:30:00-02:00')).toBe(false);
  });
});
