import { describe } from 'vitest';
import { itReads } from './cases';

/*
 * More ways boards head their block of other jobs ("More jobs for you", "Ces offres peuvent aussi vous
 * intéresser", "Meer vacatures zoals deze"): another job's workplace or employment type below it is
 * never this posting's. Postings of our own in English, French and Dutch.
 */
describe('blocks of other jobs under more headings (class 6)', () => {
  itReads([
    {
      name: "another job's internship and remote words are not read (en)",
      text: 'Payroll Officer\nCoastal Foods Ltd · Plymouth\n\nFull-time, on site at our Plymouth bakery.\n\n### More jobs for you\n\nFinance Intern · Harbour Bank · Remote · Internship',
      expected: { employmentType: 'full-time', workplace: null },
    },
    {
      name: "another job's partial telework is not this one's (fr)",
      text: "Comptable fournisseurs H/F\nLaiteries du Cantal - Aurillac\n\nCDI, temps plein. Le poste s'exerce sur site : le télétravail n'est pas possible.\n\nCes offres peuvent aussi vous intéresser\nAssistant paie H/F\nVolcans Énergie - Clermont-Ferrand\nTélétravail partiel",
      expected: { workplace: 'onsite' },
    },
    {
      name: "another job's partial telework and internship are not this one's (nl)",
      text: 'Boekhouder\nZuivel Friesland B.V. · Leeuwarden\n\nThuiswerken is in deze functie niet mogelijk.\n\n## Meer vacatures zoals deze\n\n- Stagiair administratie – Kampen – Stage – Thuiswerken mogelijk',
      expected: { workplace: 'onsite' },
      not: { employmentType: 'internship' },
    },
  ]);
});
