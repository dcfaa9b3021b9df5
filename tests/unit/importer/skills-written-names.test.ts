import { describe } from 'vitest';
import { itReads } from './cases';

/*
 * Skills as the posting names them (class 10): a product's other name ("Navision" for Microsoft Dynamics
 * NAV) is reported as written, once, and "Sage", a common word, counts only with the software named beside it. Postings of our own in Danish, German, English and French.
 */
describe('skills as the posting writes them', () => {
  itReads([
    {
      name: 'da: "Navision" is reported as written',
      text: 'Bogholder\nVejle Stål A/S\nVejle\n\nDu bogfører i Navision og afstemmer konti hver måned.',
      expected: { skills: ['Navision'] },
    },
    {
      name: 'de: "Navision" in a requirements list',
      text: 'Buchhalter (m/w/d)\nHarz Metall GmbH\nGoslar\n\nIhr Profil\n- Erfahrung mit Navision und DATEV',
      expected: { skills: ['Navision', 'DATEV'] },
    },
    {
      name: 'en: "Sage payroll" names the Sage software',
      text: 'Payroll Clerk\nKaroo Foods (Pty) Ltd\nGeorge\n\n- Working experience on Sage payroll is essential',
      expected: { skills: ['Payroll', 'Sage Payroll'] },
    },
    {
      name: 'fr: "le logiciel Sage" names it too',
      text: 'Comptable H/F\nLaiteries du Cantal\nAurillac\n\nVous maîtrisez le logiciel Sage (module comptabilité).',
      expected: { skills: ['Sage'] },
    },
    {
      name: 'en: "sage advice" is no software',
      text: 'Office Manager\nQuay Bakers Ltd\nBristol\n\nYou give sage advice to the founders and keep the office running.',
      expected: { skills: [] },
    },
  ]);
});
