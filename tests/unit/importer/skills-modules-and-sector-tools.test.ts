import { describe } from 'vitest';
import { itReads } from './cases';

/*
 * Skills vocabulary, class 10: SAP's modules and editions reported as written plus the family "SAP"; the
 * accounting, payroll, hotel, clinical and school systems of the posting languages' markets; names that are
 * also words ("Primavera", "Magister", "Opera", "Tally") only in their product form or with a work word
 * beside them. Postings of our own in English, Spanish, German, Portuguese, Dutch, Italian and French.
 */
describe('SAP modules and editions', () => {
  itReads([
    {
      name: 'en: "SAP Business One" and "SAP EWM" as written, with the family',
      text: 'Stock Controller\nLion Gate Supplies Pte Ltd\nSingapore\n\n- Post goods receipts in SAP EWM\n- Experience with SAP Business One is a plus',
      expected: { skills: ['SAP EWM', 'SAP', 'SAP Business One'] },
    },
    {
      name: 'es: "SAP MM" and "SAP SD" as written',
      text: 'Analista de Compras\nMolinos del Plata S.A.\nRosario\n\nRequisitos\n- Manejo de SAP MM y SAP SD',
      expected: { skills: ['SAP MM', 'SAP', 'SAP SD'] },
    },
    {
      name: 'de: "SAP PM" in a maintenance posting',
      text: 'Instandhaltungsplaner (m/w/d)\nRuhrstahl Technik GmbH\nBochum\n\nIhr Profil\n- Sicherer Umgang mit SAP PM',
      expected: { skills: ['SAP PM', 'SAP'] },
    },
  ]);
});

describe('accounting and payroll suites named as the posting writes them', () => {
  itReads([
    {
      name: 'en: "Tally Prime" with a space is kept as written',
      text: 'Accounts Executive\nNilgiri Textiles Pvt Ltd\nCoimbatore\n\n- Maintain books of accounts in Tally Prime',
      expected: { skills: ['Tally Prime'] },
    },
    {
      name: 'en: "TallyPrime" as the vendor writes it; "tally" the verb is no product',
      text: 'Billing Assistant\nKaveri Agro Pvt Ltd\nMysuru\n\nKey Skills: TallyPrime, GST\nYou tally the daily cash.',
      expected: { skills: ['TallyPrime'] },
    },
    {
      name: 'fr: "Silae" and "Sage BOB 50"',
      text: 'Gestionnaire de paie H/F\nFiduciaire des Ardennes SA\nArlon\n\nVous travaillez sur Silae et Sage BOB 50.',
      expected: { skills: ['Silae', 'Sage BOB 50'] },
    },
    {
      name: 'pt: "Primavera" beside accounting work is the ERP',
      text: 'Técnico de Contabilidade\nConservas do Mondego, Lda.\nCoimbra\n\n- Lançamentos contabilísticos e reconciliações no Primavera',
      expected: { skills: ['Primavera'] },
    },
    {
      name: 'pt/es: "primavera" the season, or a place, is no software',
      text: 'Animador Turístico\nQuinta das Flores\nFaro\n\nContrato de primavera a outono. Primavera de Lisboa em abril.',
      expected: { skills: [] },
    },
  ]);
});

describe('hotel, clinical and school systems', () => {
  itReads([
    {
      name: 'it: "gestionale Protel"; "opera" the word is no product',
      text: "Receptionist\nHotel Lago Blu\nRiva del Garda\n\nEsperienza con il gestionale Protel. Un'opera d'arte di hotel.",
      expected: { skills: ['Protel'] },
    },
    {
      name: 'es: "Opera PMS" named in full',
      text: 'Recepcionista\nHotel Mirador del Sur\nMálaga\n\n- Check-in y check-out en Opera PMS',
      expected: { skills: ['Opera PMS'] },
    },
    {
      name: 'en: "SystmOne" in a clinical posting',
      text: 'Healthcare Assistant\nRiverside Surgery\nLeeds\n\nYou will record all contacts in SystmOne.',
      expected: { skills: ['SystmOne'] },
    },
    {
      name: 'nl: "Magister" beside another tool is the school system',
      text: 'Docent wiskunde\nCollege De Linde\nZwolle\n\nJe houdt cijfers bij in Magister en deelt lesmateriaal via Microsoft Teams.',
      expected: { skills: ['Magister', 'Microsoft Teams'] },
    },
    {
      name: 'es: "Magister en Finanzas" is a degree',
      text: 'Analista Financiero\nViña Los Robles SpA\nSantiago\n\nRequisitos: Magister en Finanzas, manejo de Excel.',
      expected: { skills: ['Excel'] },
    },
  ]);
});
