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

/*
 * A heading that opens with such a phrase and goes on a few words: job alerts head the other jobs they list
 * with "Andre job, der matcher din jobagent:" or "Weitere Jobs in Ihrer Nähe". Their pay is another job's.
 */
describe('headings that open with an other-jobs phrase', () => {
  itReads([
    {
      name: "a job alert's other jobs, under a longer heading, give this one no pay (da)",
      text: 'Hej Jonas\n\nDin jobagent har fundet et nyt job til dig:\n\nLageroperatør\nNordlys Emballage ApS - Vejle\nFuldtid · Fast stilling\n\nSe jobbet: https://www.jobs-eksempel.example/job/771\n\nAndre job, der matcher din jobagent:\n- Truckfører, Horsens - Deltid - 190 kr. i timen\n- Planlægger, Vejle - 41.000 kr. pr. måned\n\nAfmeld jobagenten her.',
      expected: { title: 'Lageroperatør', employmentType: 'full-time', salary: null },
    },
    {
      name: 'a heading naming where the other jobs are keeps their pay out (de)',
      text: 'Sachbearbeiter Lohn (m/w/d)\nHafenblick Logistik GmbH · Bremen\n\nVollzeit, unbefristet.\n\n## Weitere Jobs in Ihrer Nähe\n\n- Disponent (m/w/d) · Oldenburg · 3.400 € im Monat\n- Lagerhelfer · Delmenhorst · Teilzeit',
      expected: { employmentType: 'full-time', salary: null },
    },
    {
      name: 'a sentence that opens with the same words is prose, not a heading (en)',
      text: 'Payroll Officer\nQuayside Foods Ltd · Bristol\n\nOther jobs in this team report to the finance director.\nSalary: £31,000 - £34,000 per year. Full-time, on site.',
      expected: { salary: { min: 31000, max: 34000, currency: 'GBP', period: 'year' } },
    },
  ]);
});
