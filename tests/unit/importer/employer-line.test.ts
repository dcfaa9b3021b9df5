import { describe, expect, it } from 'vitest';
import { explainPosting } from '../../../electron/core/importer';

/*
 * "Fjordsyd Revision ApS, Vejle": the line under the title names the employer (legal form) and then its
 * place; with the employer's own sentence it outweighs the board's name after the <title>'s bar. Pages of
 * our own in Danish and English.
 */
const NOW = new Date(2027, 0, 10, 12);
const page = (title: string, h1: string, below: string, prose: string) =>
  explainPosting(
    {
      name: 'p.html',
      text: `<html><head><title>${title}</title></head><body><header><a href="/">Jobportalen</a></header><main><h1>${h1}</h1><div><b>${below.split(',')[0]}</b>,${below.split(',')[1]}</div><p>${prose}</p></main></body></html>`,
    },
    { now: NOW },
  );

describe('employer and place on the line under the title (class 2)', () => {
  it("the employer before the comma beats the board's name in <title> (da)", async () => {
    const r = await page(
      'Lønbogholder i Vejle | Jobportalen',
      'Lønbogholder i Vejle',
      'Fjordsyd Revision ApS, Vejle Ø',
      'Fjordsyd Revision ApS er et revisionskontor med 15 medarbejdere. Du kører løn for 40 kunder.',
    );
    expect(r.fields.company).toBe('Fjordsyd Revision ApS');
    expect(r.debug.company.candidates[0]?.reasons.join(' | ')).toMatch(/before its place/);
  });

  it('the same shape in English (en)', async () => {
    const r = await page(
      'Payroll Officer in Carlisle | Jobportalen',
      'Payroll Officer in Carlisle',
      'Kestrel Foods Ltd, Carlisle',
      'Kestrel Foods Ltd is a family bakery with 120 staff. You will run the weekly payroll.',
    );
    expect(r.fields.company).toBe('Kestrel Foods Ltd');
  });
});
