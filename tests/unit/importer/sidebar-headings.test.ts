import { describe, expect, it } from 'vitest';
import { parsePostingSync } from '../../../electron/core/importer';

/*
 * More ways boards head their block of other jobs ("More jobs for you", "Ces offres peuvent aussi vous
 * intéresser", "Meer vacatures zoals deze"): another job's workplace or employment type below it is
 * never this posting's. Postings of our own in English, French and Dutch.
 */
const NOW = new Date(2027, 0, 10, 12);
const parse = (text: string) => parsePostingSync({ name: 'p.txt', text }, { now: NOW }).fields;

describe('blocks of other jobs under more headings (class 6)', () => {
  it("another job's internship and remote words are not read (en)", () => {
    const f = parse(
      'Payroll Officer\nCoastal Foods Ltd · Plymouth\n\nFull-time, on site at our Plymouth bakery.\n\n### More jobs for you\n\nFinance Intern · Harbour Bank · Remote · Internship',
    );
    expect(f.employmentType).toBe('full-time');
    expect(f.workplace).toBeNull();
  });

  it("another job's partial telework is not this one's (fr, nl)", () => {
    const fr = parse(
      "Comptable fournisseurs H/F\nLaiteries du Cantal - Aurillac\n\nCDI, temps plein. Le poste s'exerce sur site : le télétravail n'est pas possible.\n\nCes offres peuvent aussi vous intéresser\nAssistant paie H/F\nVolcans Énergie - Clermont-Ferrand\nTélétravail partiel",
    );
    expect(fr.workplace).toBe('onsite');
    const nl = parse(
      'Boekhouder\nZuivel Friesland B.V. · Leeuwarden\n\nThuiswerken is in deze functie niet mogelijk.\n\n## Meer vacatures zoals deze\n\n- Stagiair administratie – Kampen – Stage – Thuiswerken mogelijk',
    );
    expect(nl.workplace).toBe('onsite');
    expect(nl.employmentType).not.toBe('internship');
  });
});
