import { describe, expect, it } from 'vitest';
import { employmentFromValues } from '../../../electron/core/importer/work-terms';
import { fieldsOf } from './cases';

/*
 * Fixed-term contracts beside full-time hours are temporary jobs, in every language's own words: Spanish
 * "plazo fijo" / "término fijo" (although "fijo" alone is permanent), Dutch "jaarcontract", Italian
 * "Tempo determinato"; Brazilian "PJ" is a contractor's engagement and "Período integral" full-time.
 */
describe('fixed-term contracts and regime words', () => {
  it('Spanish: plazo fijo and término fijo are temporary, fijo alone stays permanent', () => {
    expect(employmentFromValues(['Término fijo (12 meses)', 'Tiempo completo'])).toBe('temporary');
    expect(employmentFromValues(['Contrato a plazo fijo', 'Jornada completa'])).toBe('temporary');
    expect(employmentFromValues(['Fijo', 'Tiempo completo'])).toBe('full-time');
    const page = fieldsOf(
      'Auxiliar contable\nDistribuidora Andina SAC\n\nUbicación: Cusco\nTipo de contrato: Plazo fijo (6 meses)\nJornada: Tiempo completo',
    );
    expect(page.employmentType).toBe('temporary');
  });

  it('Dutch jaarcontract and Italian tempo determinato beside full-time hours', () => {
    const nl = fieldsOf(
      'Planner\nTransport Zaanstreek BV\n\nStandplaats: Zaandam\nContract: jaarcontract met uitzicht op vast\nUren: 38 uur per week',
    );
    expect(nl.employmentType).toBe('temporary');
    const it_ = fieldsOf(
      'Magazziniere\nLogistica Brenta Srl\n\nSede: Padova\nContratto: Tempo determinato 6 mesi\nOrario di lavoro: full time',
    );
    expect(it_.employmentType).toBe('temporary');
  });

  it('Brazilian regimes: PJ is a contract, CLT with Período integral is full-time', () => {
    expect(fieldsOf('Desenvolvedor Back-end\nNimbus Tech\n\nLocal: Curitiba - PR\nRegime: PJ').employmentType).toBe('contract');
    expect(
      fieldsOf('Analista de RH\nGrupo Itaoca\n\nLocal: Blumenau - SC\nCLT (efetivo) · Período integral · Presencial')
        .employmentType,
    ).toBe('full-time');
  });
});
