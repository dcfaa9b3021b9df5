import { describe, expect, it } from 'vitest';
import { expectFields, fieldsOf, recordFields } from './cases';

/*
 * JSON:API documents (Teamtailor-like): the company and the places are only in `included[]`, referenced
 * from `relationships`; the job page's link is under `links` with a key that says "careersite". Records
 * of our own in French and English.
 */
const json = (record: unknown) => recordFields(record, 'job.json');

function document(attributes: Record<string, unknown>, place: Record<string, unknown>, company: string, link: string) {
  return {
    data: {
      id: '42',
      type: 'jobs',
      links: { 'careersite-job-url': link, 'careersite-job-apply-url': `${link}/applications/new` },
      attributes,
      relationships: {
        department: { data: { id: '7', type: 'departments' } },
        locations: { data: [{ id: '9', type: 'locations' }] },
      },
    },
    included: [
      { id: '7', type: 'departments', attributes: { name: 'Ventes' } },
      { id: '9', type: 'locations', attributes: place },
      { id: '1', type: 'companies', attributes: { name: company, website: 'https://www.company.example' } },
    ],
  };
}

describe('JSON:API records (class 3)', () => {
  it('company, place and link resolved from included[] and links (fr)', () => {
    const f = json(
      document(
        {
          title: 'Chargé de clientèle',
          body: '<p>Vous conseillez nos clients particuliers sur leurs contrats.</p>',
          'created-at': '2027-01-05T09:00:00+01:00',
        },
        { name: 'Rennes Centre', city: 'Rennes', country: 'France' },
        'Mutuelle Armor',
        'https://carrieres.armor.example/jobs/42-charge-de-clientele',
      ),
    );
    expectFields(f, { title: 'Chargé de clientèle', company: 'Mutuelle Armor', postedAt: '2027-01-05' });
    expect(f.location).toContain('Rennes');
    expect(f.url).toBe('https://carrieres.armor.example/jobs/42-charge-de-clientele');
  });

  it('the same in English; the department is not the company (en)', () => {
    const f = json(
      document(
        { title: 'Field Service Engineer', body: '<p>You will maintain packaging lines across the North West.</p>' },
        { name: 'Warrington', city: 'Warrington', country: 'United Kingdom' },
        'Kestrel Packaging Ltd',
        'https://careers.kestrel.example/jobs/42-field-service-engineer',
      ),
    );
    expect(f.company).toBe('Kestrel Packaging Ltd');
    expect(f.location).toContain('Warrington');
    expect(f.url).toBe('https://careers.kestrel.example/jobs/42-field-service-engineer');
  });
});

describe('pay before a clause about revenue (class 8)', () => {
  it('the salary is read, the revenue clause is not (fr, en)', () => {
    const fr = fieldsOf(
      "Chargé d'affaires\n\nConditions\n\nCDI, statut cadre. Rémunération : 3 100 € à 3 500 € bruts par mois, plus variable sur le chiffre d'affaires.",
    );
    expect(fr.salary).toEqual({ min: 3100, max: 3500, currency: 'EUR', period: 'month' });
    const en = fieldsOf(
      'Account Manager\n\nWhat we offer\n\nA permanent role. We pay £31,000 to £36,000 a year, plus commission on revenue above target.',
    );
    expect(en.salary).toEqual({ min: 31000, max: 36000, currency: 'GBP', period: 'year' });
    const funding = fieldsOf('Account Manager\n\nAbout us\n\nWe raised £12 million in revenue funding last year.');
    expect(funding.salary).toBeNull();
  });
});
