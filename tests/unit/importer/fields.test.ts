import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../electron/core/importer';
import { parseSalary } from '../../../electron/core/importer/salary';
import { findSkills } from '../../../electron/core/importer/skills';

const NOW = new Date(2026, 0, 5, 12);
const parse = async (text: string, name = 'p.txt') => (await parsePosting({ name, text }, { now: NOW })).fields;

describe('languages: labels and dates', () => {
  it('German', async () => {
    const f = await parse(
      'Softwareentwickler (m/w/d)\nUnternehmen: Müller Logistik GmbH\nStandort: Köln\nAnstellungsart: Vollzeit, befristet auf 2 Jahre\nVeröffentlicht am: 02.03.2026\nBewerbungsfrist: 26.03.2026\nGehalt: 65.000 – 80.000 € brutto/Jahr\n\nWir suchen dich für die Entwicklung unserer Plattform mit Java und Kotlin. Du arbeitest in einem kleinen Team und bist für die Qualität der Software verantwortlich.\n\nIhr Profil\n- Studium der Informatik\n- Erfahrung mit Spring Boot\n',
    );
    expect(f).toMatchObject({
      title: 'Softwareentwickler',
      company: 'Müller Logistik GmbH',
      location: 'Köln',
      employmentType: 'temporary',
      postedAt: '2026-03-02',
      deadline: '2026-03-26',
      salary: { min: 65000, max: 80000, currency: 'EUR', period: 'year' },
      language: 'de',
      requirements: ['Studium der Informatik', 'Erfahrung mit Spring Boot'],
    });
  });

  it('German Teilzeit and Praktikum', async () => {
    expect(
      (await parse('Werkstudent Marketing\nArbeitszeit: Teilzeit (20 Std.)\nWir sind ein Team in Berlin.')).employmentType,
    ).toBe('part-time');
    expect(
      (
        await parse(
          'Praktikum Data Science\nWir bieten ein Praktikum für 6 Monate in der Abteilung für Analyse und die Arbeit mit Daten.',
        )
      ).employmentType,
    ).toBe('internship');
  });

  it('Spanish', async () => {
    const f = await parse(
      'Desarrollador Frontend\nEmpresa: Sol Digital\nUbicación: Valencia\nJornada completa\nFecha de publicación: 10/01/2027\nFecha límite: 28 de febrero de 2027\n\nBuscamos una persona para el equipo de producto que trabaje con React y TypeScript en nuestra oficina.\n\nRequisitos\n- Experiencia con React\n- Inglés fluido\n',
    );
    expect(f).toMatchObject({
      title: 'Desarrollador Frontend',
      company: 'Sol Digital',
      location: 'Valencia',
      employmentType: 'full-time',
      postedAt: '2027-01-10',
      deadline: '2027-02-28',
      language: 'es',
      requirements: ['Experiencia con React', 'Inglés fluido'],
    });
  });

  it('French', async () => {
    const f = await parse(
      "Chef de projet IT (H/F)\nEntreprise : Banque du Rhône\nLieu : Lyon\nType de contrat : CDI\nDate de publication : 01/02/2027\nDate limite : 15 mars 2027\n\nNous recherchons une personne pour piloter nos projets avec les équipes métier et les équipes techniques.\n\nProfil recherché\n- 5 ans d'expérience\n- Maîtrise de Jira\n",
    );
    expect(f).toMatchObject({
      title: 'Chef de projet IT',
      company: 'Banque du Rhône',
      location: 'Lyon',
      employmentType: 'full-time',
      postedAt: '2027-02-01',
      deadline: '2027-03-15',
      language: 'fr',
      requirements: ["5 ans d'expérience", 'Maîtrise de Jira'],
    });
  });

  it('English: "Apply by March 15, 2027" in a sentence, US page reads 03/04/2027 month first', async () => {
    const f = await parse(
      'Account Executive\nLocation: Boston, MA\nPosted: 03/04/2027\nPay: $70,000 base\n\nWe are growing our sales team and you will own the pipeline. Please apply by March 15, 2027.',
    );
    expect(f).toMatchObject({ title: 'Account Executive', postedAt: '2027-03-04', deadline: '2027-03-15', language: 'en' });
  });

  it('European dd/mm/yyyy, proven by a day above 12 on the page', async () => {
    const f = await parse(
      'Laboratory Technician\nPublished: 06/05/2021\nApplication deadline: 26/05/2021\n\nThe lab is in Copenhagen and the team is small.',
    );
    expect(f).toMatchObject({ postedAt: '2021-05-06', deadline: '2021-05-26' });
  });
});

describe('salaries', () => {
  it.each([
    ['65.000 – 80.000 € brutto/Jahr', { min: 65000, max: 80000, currency: 'EUR', period: 'year' }],
    ['$120k–$150k', { min: 120000, max: 150000, currency: 'USD', period: null }],
    ['£45,000 per annum', { min: 45000, max: 45000, currency: 'GBP', period: 'year' }],
    ['$35/hr', { min: 35, max: 35, currency: 'USD', period: 'hour' }],
    ["CHF 110'000", { min: 110000, max: 110000, currency: 'CHF', period: null }],
    ['up to 90,000 EUR', { min: null, max: 90000, currency: 'EUR', period: null }],
    ['from €3,500 per month', { min: 3500, max: null, currency: 'EUR', period: 'month' }],
    ['4.200 € monatlich', { min: 4200, max: 4200, currency: 'EUR', period: 'month' }],
    ['€450 per day', { min: 450, max: 450, currency: 'EUR', period: 'day' }],
    ['50 000 € - 60 000 € brut annuel', { min: 50000, max: 60000, currency: 'EUR', period: 'year' }],
    ['USD 80-95k', { min: 80000, max: 95000, currency: 'USD', period: null }],
  ])('%s', (text, expected) => {
    expect(parseSalary(text)).toEqual(expected);
  });

  it('is null without an amount and currency', () => {
    expect(parseSalary('competitive')).toBeNull();
    expect(parseSalary('3 days a week in the office')).toBeNull();
  });
});

describe('honesty: what the posting does not state is null', () => {
  it('a founding year is not a posting date', async () => {
    const f = await parse('Office Manager\nFounded in 1998, we have grown to 200 people.\nSince 2005 we have been profitable.');
    expect(f.postedAt).toBeNull();
    expect(f.deadline).toBeNull();
  });

  it('"deadline-driven" is not a deadline', async () => {
    const f = await parse(
      'Producer\nYou thrive in a deadline-driven environment.\nDeadlines: tight, and we meet them 2 weeks early.\nWe ship on 1 June 2026.',
    );
    expect(f.deadline).toBeNull();
  });

  it('"competitive salary" is null', async () => {
    const f = await parse('Designer\nSalary: competitive\nWe offer a competitive salary and great benefits.');
    expect(f.salary).toBeNull();
  });

  it("another role's salary is not this role's", async () => {
    const f = await parse(
      'Junior Analyst\nWe offer a competitive salary.\nOur other opening, Senior Analyst, pays $120,000 per year.\nWe raised $50M in Series B funding.\nYou get a $2,000 annual learning budget.',
    );
    expect(f.salary).toBeNull();
  });

  it('a date without a year resolves against the posting date', async () => {
    const f = await parse('Teacher\nPosted: 20 November 2024\nApplication deadline: 10 January\n\nThe school is small.');
    expect(f.postedAt).toBe('2024-11-20');
    expect(f.deadline).toBe('2025-01-10');
  });

  it('unstated fields stay null; obfuscated and invalid e-mails are not read', async () => {
    const f = await parse(
      'Barista\nWrite to jobs [at] cafe [dot] com or Jobs@abc.123 or name@example.com.\nWe make good coffee.',
    );
    expect(f).toMatchObject({
      company: null,
      location: null,
      workplace: null,
      employmentType: null,
      salary: null,
      postedAt: null,
      deadline: null,
      url: null,
      email: null,
    });
  });
});

describe('skills vocabulary', () => {
  it('matches case-insensitively, multi-word names, and is careful with C, R and Go', () => {
    expect(findSkills('Experience with tensorflow lite and python; kubernetes a plus.')).toEqual([
      'TensorFlow Lite',
      'Python',
      'Kubernetes',
    ]);
    expect(findSkills('A good team. Go ahead and apply. DK 8000 Århus C. Plan B. R&D department. C-level buy-in.')).toEqual([]);
    expect(findSkills('Strong C/C++ and Go programming; R or Python for statistics.')).toEqual(
      expect.arrayContaining(['C', 'C++', 'Go', 'R', 'Python']),
    );
    expect(findSkills('We build on ARM. Arm yourself with patience.')).toEqual(['ARM']);
    expect(findSkills('JavaScript, Java and .NET')).toEqual(['JavaScript', 'Java', '.NET']);
  });
});
