import { describe, expect, it } from 'vitest';
import { parseSalary } from '../../../electron/core/importer/salary';
import { findSkills } from '../../../electron/core/importer/skills';
import { itReads, type PostingCase } from './cases';

/** These postings are read on 5 January 2026. */
const on2026 = (cases: PostingCase[]) => cases.map((c) => ({ ...c, now: new Date(2026, 0, 5, 12) }));

describe('languages: labels and dates', () => {
  itReads(
    on2026([
      {
        name: 'German',
        text: 'Softwareentwickler (m/w/d)\nUnternehmen: Müller Logistik GmbH\nStandort: Köln\nAnstellungsart: Vollzeit, befristet auf 2 Jahre\nVeröffentlicht am: 02.03.2026\nBewerbungsfrist: 26.03.2026\nGehalt: 65.000 – 80.000 € brutto/Jahr\n\nWir suchen dich für die Entwicklung unserer Plattform mit Java und Kotlin. Du arbeitest in einem kleinen Team und bist für die Qualität der Software verantwortlich.\n\nIhr Profil\n- Studium der Informatik\n- Erfahrung mit Spring Boot\n',
        expected: {
          title: 'Softwareentwickler',
          company: 'Müller Logistik GmbH',
          location: 'Köln',
          employmentType: 'temporary',
          postedAt: '2026-03-02',
          deadline: '2026-03-26',
          salary: { min: 65000, max: 80000, currency: 'EUR', period: 'year' },
          language: 'de',
          requirements: ['Studium der Informatik', 'Erfahrung mit Spring Boot'],
        },
      },
      {
        name: 'German Teilzeit',
        text: 'Werkstudent Marketing\nArbeitszeit: Teilzeit (20 Std.)\nWir sind ein Team in Berlin.',
        expected: { employmentType: 'part-time' },
      },
      {
        name: 'German Praktikum',
        text: 'Praktikum Data Science\nWir bieten ein Praktikum für 6 Monate in der Abteilung für Analyse und die Arbeit mit Daten.',
        expected: { employmentType: 'internship' },
      },
      {
        name: 'Spanish',
        text: 'Desarrollador Frontend\nEmpresa: Sol Digital\nUbicación: Valencia\nJornada completa\nFecha de publicación: 10/01/2027\nFecha límite: 28 de febrero de 2027\n\nBuscamos una persona para el equipo de producto que trabaje con React y TypeScript en nuestra oficina.\n\nRequisitos\n- Experiencia con React\n- Inglés fluido\n',
        expected: {
          title: 'Desarrollador Frontend',
          company: 'Sol Digital',
          location: 'Valencia',
          employmentType: 'full-time',
          postedAt: '2027-01-10',
          deadline: '2027-02-28',
          language: 'es',
          requirements: ['Experiencia con React', 'Inglés fluido'],
        },
      },
      {
        name: 'French',
        text: "Chef de projet IT (H/F)\nEntreprise : Banque du Rhône\nLieu : Lyon\nType de contrat : CDI\nDate de publication : 01/02/2027\nDate limite : 15 mars 2027\n\nNous recherchons une personne pour piloter nos projets avec les équipes métier et les équipes techniques.\n\nProfil recherché\n- 5 ans d'expérience\n- Maîtrise de Jira\n",
        expected: {
          title: 'Chef de projet IT',
          company: 'Banque du Rhône',
          location: 'Lyon',
          employmentType: 'full-time',
          postedAt: '2027-02-01',
          deadline: '2027-03-15',
          language: 'fr',
          requirements: ["5 ans d'expérience", 'Maîtrise de Jira'],
        },
      },
      {
        name: 'English: "Apply by March 15, 2027" in a sentence, US page reads 03/04/2027 month first',
        text: 'Account Executive\nLocation: Boston, MA\nPosted: 03/04/2027\nPay: $70,000 base\n\nWe are growing our sales team and you will own the pipeline. Please apply by March 15, 2027.',
        expected: { title: 'Account Executive', postedAt: '2027-03-04', deadline: '2027-03-15', language: 'en' },
      },
      {
        name: 'European dd/mm/yyyy, proven by a day above 12 on the page',
        text: 'Laboratory Technician\nPublished: 06/05/2021\nApplication deadline: 26/05/2021\n\nThe lab is in Copenhagen and the team is small.',
        expected: { postedAt: '2021-05-06', deadline: '2021-05-26' },
      },
    ]),
  );
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
  const unstated = ['company', 'location', 'workplace', 'employmentType', 'salary', 'postedAt', 'deadline', 'url', 'email'];
  itReads(
    on2026([
      {
        name: 'a founding year is not a posting date',
        text: 'Office Manager\nFounded in 1998, we have grown to 200 people.\nSince 2005 we have been profitable.',
        expected: { postedAt: null, deadline: null },
      },
      {
        name: '"deadline-driven" is not a deadline',
        text: 'Producer\nYou thrive in a deadline-driven environment.\nDeadlines: tight, and we meet them 2 weeks early.\nWe ship on 1 June 2026.',
        expected: { deadline: null },
      },
      {
        name: '"competitive salary" is null',
        text: 'Designer\nSalary: competitive\nWe offer a competitive salary and great benefits.',
        expected: { salary: null },
      },
      {
        name: "another role's salary is not this role's",
        text: 'Junior Analyst\nWe offer a competitive salary.\nOur other opening, Senior Analyst, pays $120,000 per year.\nWe raised $50M in Series B funding.\nYou get a $2,000 annual learning budget.',
        expected: { salary: null },
      },
      {
        name: 'a date without a year resolves against the posting date',
        text: 'Teacher\nPosted: 20 November 2024\nApplication deadline: 10 January\n\nThe school is small.',
        expected: { postedAt: '2024-11-20', deadline: '2025-01-10' },
      },
      {
        name: 'unstated fields stay null; obfuscated and invalid e-mails are not read',
        text: 'Barista\nWrite to jobs [at] cafe [dot] com or Jobs@abc.123 or name@example.com.\nWe make good coffee.',
        expected: Object.fromEntries(unstated.map((field) => [field, null])),
      },
    ]),
  );
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
