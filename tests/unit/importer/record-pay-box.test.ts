import { describe, expect, it } from 'vitest';
import { fieldsOf, recordFields } from './cases';

/*
 * An ATS's pay box inside a record's HTML content: a short heading that names pay ("Annual base salary",
 * "Salario bruto anual") above a line of figures with a currency. Read as one labelled value; a heading
 * above a line without a currency (a 401(k) plan) gives no salary.
 */
const payBox = (heading: string, figures: string) =>
  `<p>You will own the pipeline reports for the sales team.</p><div class="pay-input"><div class="title">${heading}</div>` +
  `<div class="pay-range"><span>${figures}</span></div></div><p>We are an equal opportunity employer.</p>`;

describe('a pay heading above its figures', () => {
  it('an annual base salary box in a record (en)', () => {
    const f = recordFields({
      title: 'Sales Analyst',
      company_name: 'Ridgeway Freight',
      content: payBox('Annual base salary', '<span>$70,000</span><span>&mdash;</span><span>$82,000 USD</span>'),
    });
    expect(f.salary).toEqual({ min: 70000, max: 82000, currency: 'USD', period: 'year' });
  });

  it('a gross yearly salary box in a record (es)', () => {
    const f = recordFields({
      titulo: 'Analista de ventas',
      empresa: 'Transportes Ribera',
      descripcion: payBox('Salario bruto anual', '28.000 € - 32.000 €'),
    });
    expect(f.salary).toEqual({ min: 28000, max: 32000, currency: 'EUR', period: 'year' });
  });

  it('a benefits heading above a line without a currency gives no salary (en)', () => {
    const f = fieldsOf('Data Clerk\n\nBase benefits\n401(k) plan with a 4% match\n\nApply by e-mail.');
    expect(f.salary ?? null).toBeNull();
  });
});
