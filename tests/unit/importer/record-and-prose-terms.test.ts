import { describe, expect, it } from 'vitest';
import { parseSalary, periodFromWord } from '../../../electron/core/importer/salary';
import { workplaceFromText, workplaceFromValue } from '../../../electron/core/importer/work-terms';
import { itReads, recordFields } from './cases';

/*
 * Record keys and prose terms found missing on holdout 5, each with postings of our own in two or more
 * languages: a participle as the date key, a place object's `cityName`, a pay code `PER_MONTH` with the
 * currency beside each bound, working hours that are no pay period, telework on one weekday, "não há
 * home office", and the hiring company under "Empresa contratante".
 */

describe('record keys (class 3)', () => {
  it('a participle as the posted key, cityName, PER_MONTH and a currency per bound (es, de)', () => {
    const es = recordFields({ titulo: 'Auxiliar administrativo', empresa: 'Gestoría Tajo S.L.', publicada: '05/01/2027' });
    expect(es.postedAt).toBe('2027-01-05');
    const de = recordFields({
      title: 'Steuerfachangestellte (m/w/d)',
      company: { name: 'Kanzlei Ostwall' },
      city: { cityName: 'Bielefeld', postalCode: '33602' },
      salary: { min: { amount: 2900, currency: 'EUR' }, max: { amount: 3300, currency: 'EUR' }, frequency: 'PER_MONTH' },
      veroeffentlicht: '2027-01-04',
    });
    expect(de.location).toBe('Bielefeld');
    expect(de.salary).toEqual({ min: 2900, max: 3300, currency: 'EUR', period: 'month' });
    expect(periodFromWord('PER_YEAR')).toBe('year');
    expect(periodFromWord('pro_stunde')).toBe('hour');
  });
});

describe('pay period and workplace in prose (classes 4, 8)', () => {
  it('working hours per week are not the pay period (de, nl, en)', () => {
    expect(parseSalary('2.150 – 2.450 € brutto im Monat (Teilzeit, 25 Std./Woche)')?.period).toBe('month');
    expect(parseSalary('€ 2.400 bruto per maand bij 32 uur per week')?.period).toBe('month');
    expect(parseSalary('£1,900 a month for 30 hours per week')?.period).toBe('month');
    expect(parseSalary('1.200 € pro Woche')?.period).toBe('week');
  });

  it('telework on one weekday is hybrid, every weekday is not (es, en, de)', () => {
    expect(workplaceFromText('Teletrabajo los viernes; de lunes a jueves en nuestra oficina.')).toBe('hybrid');
    expect(workplaceFromText('Teletrabajo de lunes a viernes.')).toBe('remote');
    expect(workplaceFromText('You can work from home on Fridays.')).toBe('hybrid');
    expect(workplaceFromText('Homeoffice freitags, sonst im Büro.')).toBe('hybrid');
  });

  it('"não há home office" and "no hay teletrabajo" are on-site (pt, es)', () => {
    expect(workplaceFromValue('100% presencial (não há home office)')).toBe('onsite');
    expect(workplaceFromValue('Presencial, no hay teletrabajo')).toBe('onsite');
  });

  itReads([
    {
      name: '"Empresa contratante:" names the employer in a recruiter\'s mail (pt)',
      text: 'Olá!\n\nVaga: Analista Fiscal\nEmpresa contratante: Serra Azul Cerâmicas Ltda.\nLocal: Criciúma/SC\n\nA vaga é para o time fiscal.',
      expected: { company: 'Serra Azul Cerâmicas Ltda.' },
    },
    {
      name: '"Empresa contratante:" names the employer in a recruiter\'s mail (es)',
      text: 'Hola:\n\nPuesto: Contable sénior\nEmpresa contratante: Aceites del Jalón S.A.\nUbicación: Calatayud\n\nBuscamos un perfil con experiencia.',
      expected: { company: 'Aceites del Jalón S.A.' },
    },
  ]);
});
