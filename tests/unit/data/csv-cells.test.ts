import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../electron/core/data/csv-cells';

describe('dates in imported CSV cells', () => {
  it('keeps real ISO days and refuses impossible ones', () => {
    expect(parseDay(' 2027-03-15 ')).toBe('2027-03-15');
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2027-02-30', '2027-13-01', '2027-00-10', '1850-01-01']) expect(parseDay(bad), bad).toBeNull();
  });

  it('reads the other forms trackers write', () => {
    expect(parseDay('2027-03-15T09:30:00')).toBe('2027-03-15');
    expect(parseDay('')).toBeNull();
  });
});
