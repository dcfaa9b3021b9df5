import { describe, expect, it } from 'vitest';
import { parseSalary } from '../../../electron/core/importer/salary';
import { employmentFromText } from '../../../electron/core/importer/work-terms';
import { fieldsOf } from './cases';

/*
 * Weekly hours say the employment type when no word does (up to 32 a week part-time, 35 or more
 * full-time), also over a permanent contract's words; Danish "på fuld tid", "kr. pr. md." and "arbejde
 * hjemmefra to dage om ugen". Postings of our own.
 */

describe('employment type from weekly hours (class 9)', () => {
  it('a range of hours up to 32 is part-time, even in a permanent contract (nl, en, de)', () => {
    expect(employmentFromText('Een vast contract voor 24 tot 32 uur per week')).toBe('part-time');
    expect(employmentFromText('A permanent contract, 20–25 hours a week')).toBe('part-time');
    expect(employmentFromText('Unbefristete Stelle mit 30 Stunden pro Woche')).toBe('part-time');
  });

  it('35 hours or more is full-time; hours on both sides or a word decide otherwise (da, fr, en)', () => {
    expect(employmentFromText('Fast stilling, 37 timer om ugen')).toBe('full-time');
    expect(employmentFromText('CDD de 6 mois, 35 heures par semaine')).toBe('temporary');
    expect(employmentFromText('Part-time, 38 hours a week in peak season')).toBe('part-time');
    expect(employmentFromText('Choose 20 hours a week or 40 hours a week')).toBeNull();
    expect(employmentFromText('Vi søger en bogholder på fuld tid')).toBe('full-time');
  });
});

describe('Danish pay period and partial home working (classes 4, 8, 11)', () => {
  it('"kr. pr. md." is monthly, "hjemmefra op til to dage om ugen" is hybrid (da)', () => {
    const monthly = { min: 36000, max: 40000, currency: 'DKK', period: 'month' };
    expect(parseSalary('Løn: 36.000 – 40.000 kr. pr. md. plus pension')).toEqual(monthly);
    const f = fieldsOf(
      'Lønbogholder\nFjordsyd Revision ApS, Vejle\n\nVi tilbyder\n- Du kan arbejde hjemmefra op til to dage om ugen\n- Løn: 34.000 kr. pr. md.\n\nSe også disse job\nStudentermedhjælper – Aros Bolig – Aarhus – Praktik – Deltid',
    );
    expect(f.workplace).toBe('hybrid');
    expect(f.salary?.period).toBe('month');
    expect(f.employmentType).toBeNull();
  });
});
