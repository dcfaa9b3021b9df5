import { describe } from 'vitest';
import { htmlPage, itReads } from './cases';

/*
 * "Fjordsyd Revision ApS, Vejle": the line under the title names the employer (legal form) and then its
 * place; with the employer's own sentence it outweighs the board's name after the <title>'s bar. Pages of
 * our own in Danish and English.
 */
const page = (title: string, h1: string, below: string, prose: string) => {
  const [employer, place] = below.split(',');
  return htmlPage({
    doctype: false,
    title,
    body: `<header><a href="/">Jobportalen</a></header><main><h1>${h1}</h1><div><b>${employer ?? ''}</b>,${place ?? ''}</div><p>${prose}</p></main>`,
  });
};

describe('employer and place on the line under the title (class 2)', () => {
  itReads([
    {
      name: "the employer before the comma beats the board's name in <title> (da)",
      file: 'p.html',
      text: page(
        'Lønbogholder i Vejle | Jobportalen',
        'Lønbogholder i Vejle',
        'Fjordsyd Revision ApS, Vejle Ø',
        'Fjordsyd Revision ApS er et revisionskontor med 15 medarbejdere. Du kører løn for 40 kunder.',
      ),
      expected: { company: 'Fjordsyd Revision ApS' },
      reasons: { company: /before its place/ },
    },
    {
      name: 'the same shape in English (en)',
      file: 'p.html',
      text: page(
        'Payroll Officer in Carlisle | Jobportalen',
        'Payroll Officer in Carlisle',
        'Kestrel Foods Ltd, Carlisle',
        'Kestrel Foods Ltd is a family bakery with 120 staff. You will run the weekly payroll.',
      ),
      expected: { company: 'Kestrel Foods Ltd' },
    },
  ]);
});
