import { describe } from 'vitest';
import { itReads } from './cases';

/*
 * Pay as more postings write it (class 8): the period word nearest the amounts is the pay's, not a later
 * "2 jours par semaine"; the rand's "R" and the sol's "S/" are currencies; German compounds name the
 * period inside one word; Québec's "l'heure"; a bare "$" beside an Australian state code without a comma.
 * Postings of our own in French, German, English, Spanish.
 */
describe('the period nearest the pay is its period', () => {
  itReads([
    {
      name: 'monthly pay before days of telework a week (fr)',
      text: 'Assistant paie H/F\nLaiteries du Morvan - Autun\n\nCDI · Temps plein · 2 300 € - 2 600 € brut par mois · Télétravail partiel (2 jours par semaine)',
      expected: { salary: { min: 2300, max: 2600, currency: 'EUR', period: 'month' } },
    },
    {
      name: 'monthly pay before home-office days a week (de)',
      text: 'Sachbearbeiter Einkauf (m/w/d)\nWeserglas GmbH · Minden\n\nVollzeit · 3.200 € brutto pro Monat · Homeoffice an 2 Tagen pro Woche',
      expected: { salary: { min: 3200, max: 3200, currency: 'EUR', period: 'month' } },
    },
  ]);
});

describe('currency signs and period words of more countries', () => {
  itReads([
    {
      name: 'the rand written "R" before each amount (en-ZA)',
      text: 'Payroll Clerk\nKaroo Foods (Pty) Ltd\nGeorge, Western Cape\n\nSalary\nR 21 000 - R 24 500 per month\n\nPermanent, full time.',
      expected: { salary: { min: 21000, max: 24500, currency: 'ZAR', period: 'month' } },
    },
    {
      name: 'the sol written "S/" and "S/." (es-PE)',
      text: 'Asistente contable\nAgrícola Nazca S.A.C.\nNazca, Ica\n\nSalario\nS/. 2,100 - S/. 2,500 mensual\n\nJornada: tiempo completo.',
      expected: { salary: { min: 2100, max: 2500, currency: 'PEN', period: 'month' } },
    },
    {
      name: 'a German compound names the month inside the pay word, in a long sentence (de-AT)',
      text: 'Lohnverrechner:in\nMurtal Holz GmbH · Judenburg\n\nVollzeit, unbefristet. Zwei Tage Homeoffice pro Woche, Gleitzeit und Essenszuschuss; für diese Position gilt ein Bruttomonatsgehalt ab € 3.150,– (14 x jährlich) laut Kollektivvertrag.',
      expected: { salary: { min: 3150, max: null, currency: 'EUR', period: 'month' } },
    },
    {
      name: "Québec's hourly pay with the article alone, a bare $ in Canada (fr-CA)",
      text: 'Commis comptable\nMeunerie Beauce inc.\nSaint-Georges, QC\nTemps plein\n19,80 $ à 22,10 $ l’heure',
      expected: { salary: { min: 19.8, max: 22.1, currency: 'CAD', period: 'hour' } },
    },
    {
      name: 'a bare $ beside an Australian state code without a comma (en-AU)',
      text: 'Site Electrician\nRiverina Power Services Pty Ltd\nWagga Wagga NSW\n$46 – $52 per hour\nFull time',
      expected: { salary: { min: 46, max: 52, currency: 'AUD', period: 'hour' } },
    },
  ]);
});
