import { describe } from 'vitest';
import { htmlPage, itReads } from './cases';

/*
 * Posted-date labels boards use that the tables lacked ("Placed On:", "Gepubliceerd", "Data pubblicazione"),
 * a posted phrase over its date on the next line (a <dt> over its <dd>), and "it is not possible to work from
 * home" in each language (class 5 and class 4). Postings of our own in English, Dutch, Italian, Danish,
 * German, Spanish.
 */
describe('posted dates under more labels', () => {
  itReads([
    {
      name: '"Placed On:" with an ordinal day (en-GB)',
      text: 'Research Data Officer\nUniversity of Wessex\n\nSalary: £36,000 to £41,000 per annum\nPlaced On: 5th January 2027\nCloses: 2nd February 2027',
      expected: { postedAt: '2027-01-05', deadline: '2027-02-02' },
    },
    {
      name: "a <dt>Gepubliceerd</dt> over its date, before another job's date (nl-BE)",
      file: 'p.html',
      text: htmlPage({
        title: 'Boekhouder',
        lang: 'nl',
        body: '<h1>Boekhouder</h1><dl><dt>Locatie</dt><dd>Brugge</dd><dt>Gepubliceerd</dt><dd>05/01/2027</dd></dl><p>Je boekt aankoop- en verkoopfacturen voor een familiebedrijf in de voedingssector en werkt mee aan de maandafsluiting in Exact Online.</p><ul><li>Junior boekhouder – Gent – Gepubliceerd 02/01/2027</li></ul>',
      }),
      expected: { postedAt: '2027-01-05' },
    },
    {
      name: '"Data pubblicazione" above its date (it)',
      text: 'Impiegato contabile\nOfficine Berica S.r.l.\nVicenza\n\nData pubblicazione\n04/01/2027\n\nDescrizione\nTenuta della contabilità generale.',
      expected: { postedAt: '2027-01-04' },
    },
  ]);
});

describe('"not possible to work from home" is on site', () => {
  itReads([
    {
      name: 'da: "det er ikke muligt at arbejde hjemmefra"',
      text: 'Lagermedarbejder\nFynsk Frugt A/S\nOdense\n\nArbejdet foregår på lageret; det er ikke muligt at arbejde hjemmefra.',
      expected: { workplace: 'onsite' },
    },
    {
      name: 'de: "es ist nicht möglich, im Homeoffice zu arbeiten"',
      text: 'Lagerist (m/w/d)\nHansa Kühlhaus GmbH\nBremen\n\nDie Arbeit findet im Lager statt; es ist nicht möglich, im Homeoffice zu arbeiten.',
      expected: { workplace: 'onsite' },
    },
    {
      name: 'es: "no es posible trabajar desde casa"',
      text: 'Mozo de almacén\nFrutas del Segura S.L.\nMurcia\n\nEl trabajo se realiza en el almacén; no es posible trabajar desde casa.',
      expected: { workplace: 'onsite' },
    },
    {
      name: 'nl: a "Thuiswerk" row answered partly, with its reason in brackets, is hybrid',
      text: 'Systeembeheerder\nKempen ICT NV\nGeel\n\nThuiswerk\nGedeeltelijk (3 dagen per week op kantoor)\n\nFunctieomschrijving\nJe beheert servers en netwerken.',
      expected: { workplace: 'hybrid' },
    },
  ]);
});
