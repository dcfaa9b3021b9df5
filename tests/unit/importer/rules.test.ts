import { describe, expect, it } from 'vitest';
import { dateAtStart, inferDayFirst } from '../../../electron/core/importer/dates';
import { detectFormat } from '../../../electron/core/importer/input';
import { parseLooseJson } from '../../../electron/core/importer/json-record';
import { detectLanguage } from '../../../electron/core/importer/language';
import { parseSalary } from '../../../electron/core/importer/salary';
import { findSkills } from '../../../electron/core/importer/skills';
import { workplaceFromText } from '../../../electron/core/importer/work-terms';
import { explain as parse, htmlPage, itReads, NOW, topReasons, type PostingCase } from './cases';

describe('title and company: scored candidates with readable reasons (classes 1, 2)', () => {
  it('page chrome is never the title; the reasons say which signals chose it', async () => {
    const r = await parse(
      'Skip to main content\nSign in\nJobs\nPayroll Specialist\nOakfield Foods · Leeds\n\nOakfield Foods bakes bread.',
    );
    expect(r.fields.title).toBe('Payroll Specialist');
    expect(r.fields.company).toBe('Oakfield Foods');
    const titles = r.debug.title.candidates.map((c) => c.value);
    expect(titles).not.toContain('Skip to main content');
    expect(titles).not.toContain('Sign in');
    expect(topReasons(r, 'title')).toMatch(/shaped like a job title/);
    expect(topReasons(r, 'company')).toMatch(/beside the place/);
  });

  itReads([
    {
      name: 'German chrome and "Die X GmbH ist" in the prose',
      text: 'Zum Inhalt springen\nAnmelden\nElektroniker für Betriebstechnik (m/w/d)\n\nDie Haller Antriebe GmbH ist ein Hersteller von Getrieben. Wir suchen Verstärkung.',
      expected: { title: 'Elektroniker für Betriebstechnik', company: 'Haller Antriebe GmbH' },
    },
  ]);

  it('an acronym of a unit loses to the employer named in full', async () => {
    const r = await parse(
      'Research Engineer\n\nQRL is a research lab inside the company. Corvane Systems Inc. is a maker of radar sensors for trains.',
    );
    expect(r.fields.company).toBe('Corvane Systems Inc.');
    const qrl = r.debug.company.candidates.find((c) => c.value === 'QRL');
    expect(qrl?.reasons.join(' ')).toMatch(/acronym of a unit/);
  });

  itReads([
    {
      name: 'the site name in <title> is dropped and the employer after the title is read',
      file: 'p.html',
      text: htmlPage({
        doctype: false,
        title: 'Lagerist (m/w/d) - Brandt Logistik GmbH | StepStone',
        body: '<nav>Anmelden</nav><p>Wir suchen einen Lageristen für unser Lager in Bremen mit Erfahrung im Umgang mit Flurförderzeugen und SAP.</p>',
      }),
      expected: { title: 'Lagerist', company: 'Brandt Logistik GmbH' },
    },
  ]);
});

describe('job-board JSON (class 3)', () => {
  it('reads JSON that contains NaN', () => {
    expect(parseLooseJson('{"a": NaN, "b": "NaN in a string", "c": -Infinity}')).toEqual({
      a: null,
      b: 'NaN in a string',
      c: null,
    });
  });

  it('a .json.txt file, JSON-LD in a .txt and HTML in a .txt are read as what they hold', () => {
    expect(detectFormat('offer.json.txt', '{"titulo": "Camarero"}')).toBe('json');
    expect(detectFormat('page.txt', '<script type="application/ld+json">{}</script>')).toBe('html');
    expect(detectFormat('page.txt', '<!doctype html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('notes.txt', 'Just a posting {with braces}')).toBe('text');
  });

  itReads([
    {
      name: 'nested keys in other languages, one walker for all',
      file: 'v.json',
      text: JSON.stringify({
        vacature: {
          functietitel: 'Kok',
          werkgever: { naam: 'Brasserie Het Anker' },
          standplaats: 'Haarlem',
          salaris: '€ 2.700 per maand',
          dienstverband: 'Deeltijd',
        },
      }),
      expected: {
        title: 'Kok',
        company: 'Brasserie Het Anker',
        location: 'Haarlem',
        employmentType: 'part-time',
        salary: { min: 2700, max: 2700, currency: 'EUR', period: 'month' },
      },
    },
  ]);
});

describe('workplace (class 4)', () => {
  it.each([
    ['Remote work is not available for this position.', 'onsite'],
    ['Kein Homeoffice, die Arbeit findet in der Werkstatt statt.', 'onsite'],
    ['Homeoffice möglich.', 'hybrid'],
    ['Mobiles Arbeiten an zwei Tagen pro Woche.', 'hybrid'],
    ['Wij bieden hybride werken.', 'hybrid'],
    ['Poste en présentiel uniquement.', 'onsite'],
    ['Sin teletrabajo.', 'onsite'],
    ['This is a fully remote role.', 'remote'],
  ])('%s → %s', (text, want) => {
    expect(workplaceFromText(text)).toBe(want);
  });
});

describe('dates (class 5)', () => {
  const de = { language: 'de', dayFirst: true };
  it('"12. März 2027" is not cut at the ". "', () => {
    expect(dateAtStart('12. März 2027', de, NOW, true)).toBe('2027-03-12');
  });
  it('Danish month names, which chrono-node lacks', () => {
    expect(dateAtStart('15. maj 2027', { language: 'da', dayFirst: true }, NOW, true)).toBe('2027-05-15');
    expect(dateAtStart('1. oktober 2027', { language: 'da', dayFirst: true }, NOW, true)).toBe('2027-10-01');
  });
  it('a stray "USA" in a blurb does not make a European posting month first', () => {
    expect(inferDayFirst('We sell in the USA. Posted 03/02/2027', 'en', { location: 'Dublin, Ireland' })).toBe(true);
    expect(inferDayFirst('Posted 03/02/2027', 'en', { location: 'Austin, TX' })).toBe(false);
    expect(inferDayFirst('Posted 03/02/2027', 'en', { currency: 'USD' })).toBe(false);
  });
  const dated = (lang: string, text: string, postedAt: string, deadline: string): PostingCase => ({
    name: `posted and deadline phrases without a colon (${lang})`,
    text,
    expected: { postedAt, deadline },
  });
  itReads([
    dated(
      'es',
      'Camarero\nPublicado el 3 de enero de 2027\nFecha límite 20 de enero de 2027\nBuscamos camarero para el verano en la costa.',
      '2027-01-03',
      '2027-01-20',
    ),
    dated(
      'fr',
      'Serveur\nPubliée le 4 janvier 2027\nCandidatures jusqu’au 25 janvier 2027\nNous recherchons un serveur pour notre restaurant.',
      '2027-01-04',
      '2027-01-25',
    ),
    dated(
      'nl',
      'Kok\nGeplaatst op 5 januari 2027\nSluitingsdatum 26 januari 2027\nWij zoeken een kok voor ons restaurant en de keuken.',
      '2027-01-05',
      '2027-01-26',
    ),
    dated(
      'da',
      'Kok\nIndrykket 6. januar 2027\nAnsøgningsfrist 27. januar 2027\nVi søger en kok til vores køkken og du er god.',
      '2027-01-06',
      '2027-01-27',
    ),
  ]);
});

describe('sidebars (class 6)', () => {
  it.each([
    ['Similar jobs', 'en'],
    ['Ähnliche Jobs', 'de'],
    ['Empleos similares', 'es'],
    ['Offres similaires', 'fr'],
    ['Vergelijkbare vacatures', 'nl'],
    ['Lignende job', 'da'],
    ['Offerte simili', 'it'],
    ['Vagas semelhantes', 'pt'],
  ])('nothing under "%s" is read (%s)', async (heading) => {
    const r = await parse(
      `Barista\nCompany: Kaffebar Nord\n\nWe roast our own beans.\n\n${heading}\nCook - €3,000 per month - 01/02/2027 - Oslo\n`,
    );
    expect(r.fields.salary).toBeNull();
    expect(r.fields.postedAt).toBeNull();
    expect(r.fields.location).toBeNull();
  });
});

describe('location (class 7)', () => {
  itReads([
    {
      name: 'a city in a navigation menu or a passing mention is not the location',
      text: 'Home | Jobs in Paris | Jobs in Lyon | Employers\nWaiter\nCompany: Bistro Sept\n\nOur chef trained in Paris and Rome before opening this place.',
      expected: { location: null },
    },
    {
      name: 'remote within a country keeps the country (en)',
      text: 'Support Agent\nCompany: Helpful Co\n\nThis role is remote within Germany and you answer tickets.',
      expected: { location: 'Germany' },
    },
    {
      name: 'remote within a country keeps the country (es)',
      text: 'Agente de soporte\nEmpresa: Ayuda SL\nModalidad: 100% remoto desde España',
      expected: { location: 'España' },
    },
  ]);
});

describe('salary (class 8)', () => {
  it('Dutch and Danish period words', () => {
    expect(parseSalary('€ 3.200 - € 3.900 per maand')?.period).toBe('month');
    expect(parseSalary('40.000 kr. om måneden')).toEqual({ min: 40000, max: 40000, currency: 'DKK', period: 'month' });
    expect(parseSalary('€ 52.000 per jaar')?.period).toBe('year');
    expect(parseSalary('2.000 € al mese')?.period).toBe('month');
    expect(parseSalary('1.500 € por mês')?.period).toBe('month');
  });
  it('a bare $ in a Canadian posting is CAD; US$ stays USD', () => {
    expect(parseSalary('$60,000 - $70,000 per year', { bareDollar: 'CAD' })?.currency).toBe('CAD');
    expect(parseSalary('US$60,000 per year', { bareDollar: 'CAD' })?.currency).toBe('USD');
  });
  it('a period not stated stays null, whatever the amount', () => {
    expect(parseSalary('45.000 kr.')?.period).toBeNull();
    expect(parseSalary('€52,000')?.period).toBeNull();
  });
});

describe('employment type and e-mail (class 9)', () => {
  itReads([
    {
      name: '"buenas prácticas" is not an internship',
      text: 'Jefe de obra\nAplicamos las buenas prácticas de seguridad en cada obra que hacemos.',
      expected: { employmentType: null },
    },
    {
      name: '"contrato de prácticas" is an internship',
      text: 'Auxiliar administrativo\nOfrecemos un contrato de prácticas de seis meses en la oficina.',
      expected: { employmentType: 'internship' },
    },
    {
      name: "a board's support, privacy and no-reply addresses are not the contact",
      text: 'Cook\nCompany: Brasa\n\nHelp: support@jobsboard-mail.com\nPrivacy: privacy@jobsboard-mail.com\nnoreply@jobsboard-mail.com\nDatenschutz: datenschutz@jobsboard-mail.com',
      expected: { email: null },
    },
  ]);
});

describe('skills from the business-tools data (class 10)', () => {
  it('accounting, design, analytics, directory and lab tools, with word boundaries', () => {
    const found = findSkills('We use QuickBooks, DATEV, Adobe InDesign, SPSS, Active Directory, Okta and a LIMS in the lab.');
    expect(found).toEqual(
      expect.arrayContaining(['QuickBooks', 'DATEV', 'Adobe InDesign', 'SPSS', 'Active Directory', 'Okta', 'LIMS']),
    );
    // Ordinary words that are also product names are not read on their own.
    expect(findSkills('We empower teams; the inventor of the idea will concur.')).toEqual([]);
    expect(findSkills('xeroxed limsy datevs')).toEqual([]);
  });
});

describe('languages (class 11)', () => {
  it.each([
    ['Wij zoeken een collega voor ons team in Utrecht. Je werkt met de klanten en het product.', 'nl'],
    ['Vi søger en kollega til vores team i Aarhus. Du har erfaring med kunder og du kan lide det.', 'da'],
    ['Siamo alla ricerca di una persona per il nostro team. Il candidato ideale ha esperienza nella vendita.', 'it'],
    ['Procuramos uma pessoa para a nossa equipa. Você vai trabalhar com os clientes e com o produto.', 'pt'],
    ['Buscamos una persona para el equipo de ventas en la oficina de Madrid.', 'es'],
  ])('%s → %s', (text, want) => {
    expect(detectLanguage(text)).toBe(want);
  });
});
