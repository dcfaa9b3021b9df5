import { describe, expect, it } from 'vitest';
import { explain as parse, topReasons } from './cases';

/*
 * "Posted 4 January 2027 by Ashgrove Cutlery Works Ltd" under the title names the employer when the
 * name has a legal form; a person's name there is a recruiter and gives nothing. Postings of our own.
 */

describe('company only in a "posted ... by X" line (class 2)', () => {
  it('the poster with a legal form is the employer (en, de)', async () => {
    const en = await parse(
      'Sign in\n\nCredit Controller\nPosted 5 January 2027 by Wharfedale Textiles Ltd\n\n£28,000 - £31,000 per annum\nBradford, West Yorkshire\n\nYou will chase overdue invoices.',
    );
    expect(en.fields.company).toBe('Wharfedale Textiles Ltd');
    expect(topReasons(en, 'company')).toMatch(/posted \.\.\. by X/);
    const de = await parse(
      'Lohnbuchhalter (m/w/d)\nVeröffentlicht am 4. Januar 2027 von Messerschmiede Hartl GmbH\n\nSolingen\n\nSie erstellen die Lohnabrechnungen.',
    );
    expect(de.fields.company).toBe('Messerschmiede Hartl GmbH');
  });

  it('a person\'s name after "by" is no employer (en, fr)', async () => {
    expect((await parse('Payroll Clerk\nPosted 2 days ago by Jane Smith\n\nLeeds\n\nRun payroll.')).fields.company).toBeNull();
    expect(
      (await parse('Comptable\nPubliée le 3 janvier 2027 par Claire Martin\n\nLyon\n\nTenue des comptes.')).fields.company,
    ).toBeNull();
  });
});
