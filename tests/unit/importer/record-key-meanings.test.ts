import { describe, expect, it } from 'vitest';
import { expectFields, recordFields } from './cases';

/*
 * Job-board records keyed by meaning, whatever the board's language or casing: a post's designation, the
 * organisation beside its department, a town beside a province code, the posting's own link beside an
 * apply link, a details object that holds the contact address, a list of pay objects with min, max and
 * interval, a period written beside the figures, pay as text, closing and opening days. Records of our own,
 * in at least two languages per rule.
 */
const json = (record: unknown) => recordFields(record, 'offer.json');
const body = (text: string) => `<p>${text}</p><p>${text}</p>`;

describe('title and organisation keys by meaning', () => {
  it("a post's designation is its title (pt)", () => {
    const f = json({
      ofertas: [
        {
          numeroOferta: '1',
          designacao: 'Assistente administrativo',
          entidade: { nome: 'Serralharia do Mondego, Lda.', atividade: 'Metalomecânica' },
          descricao: body('Procuramos assistente administrativo para o escritório de Coimbra.'),
        },
      ],
    });
    expectFields(f, { title: 'Assistente administrativo', company: 'Serralharia do Mondego, Lda.' });
  });

  it("a position's title and its employer object are read (it)", () => {
    const f = json({
      esito: 'OK',
      vacancy: {
        titoloPosizione: 'Impiegata contabile',
        datoreLavoro: { denominazione: 'Ceramiche Vallauri S.r.l.', settore: 'Ceramica' },
        descrizione: body("Cerchiamo un'impiegata contabile per la sede di Sassuolo."),
      },
    });
    expectFields(f, { title: 'Impiegata contabile', company: 'Ceramiche Vallauri S.r.l.' });
  });

  it('the organisation, not the department beside it, is the employer (en)', () => {
    const f = json({
      PositionTitle: 'Budget Analyst',
      OrganizationName: 'Northern Plains Transit District',
      DepartmentName: 'Department of Public Works',
      QualificationSummary: 'One year of budget experience in a public body is required for this role.',
    });
    expect(f.company).toBe('Northern Plains Transit District');
  });
});

describe('places: the town before a province code', () => {
  it('a municipality replaces the province read before it (es)', () => {
    const f = json({
      titulo: 'Mozo de almacén',
      lugar: { provincia: 'CS', municipio: 'Onda' },
      descripcion: body('Carga y descarga.'),
    });
    expect(f.location).toBe('Onda');
  });

  it('a comune replaces the province code read before it (it)', () => {
    const f = json({
      titolo: 'Saldatore',
      provincia: 'BS',
      comune: 'Gardone Val Trompia',
      descrizione: body('Saldatura a filo.'),
    });
    expect(f.location).toBe('Gardone Val Trompia');
  });

  it("a place object's locality and a place group's town are read (da, en)", () => {
    const da = json({ titel: 'Lagermedarbejder', lokation: { adresse: 'Havnevej 2', postnr: '7100', by: 'Vejle' } });
    expect(da.location).toBe('Vejle');
    const en = json({ title: 'Bookkeeper', locations: [{ address: '1 Main St', locality: 'Leeds', postalCode: 'LS1' }] });
    expect(en.location).toBe('Leeds');
  });

  it("a municipality's number code is not a place (fr)", () => {
    const f = json({ intitule: 'Magasinier', commune: '44109', description: body('Préparation de commandes.') });
    expect(f.location ?? null).toBeNull();
  });
});

describe("links: the posting's own page before an apply form", () => {
  it('`url` after `applyUrl` is the posting (en)', () => {
    const f = json({
      title: 'Office Manager',
      applyUrl: 'https://www.acme-widgets.example/careers/office-manager/apply',
      url: 'https://board-like.example/jobs/4411',
    });
    expect(f.url).toBe('https://board-like.example/jobs/4411');
  });

  it("a Portuguese `ligacao` and a position's URI are the posting's link (pt, en)", () => {
    const pt = json({ designacao: 'Rececionista', ligacao: 'https://ofertas.portal-like.example/oferta/77' });
    expect(pt.url).toBe('https://ofertas.portal-like.example/oferta/77');
    const en = json({
      PositionTitle: 'Park Ranger',
      ApplyURI: ['https://portal-like.example/job/9/apply'],
      PositionURI: 'https://portal-like.example/job/9',
    });
    expect(en.url).toBe('https://portal-like.example/job/9');
  });
});

describe('a details object read as the description still holds fields', () => {
  it("the agency's contact address and telework inside `UserArea.Details` (en)", () => {
    const f = json({
      SearchResult: {
        SearchResultItems: [
          {
            MatchedObjectDescriptor: {
              PositionTitle: 'GIS Technician',
              UserArea: {
                Details: {
                  JobSummary: 'You will maintain the map layers used by field crews and planners across the district.',
                  Telework: 'Telework of up to two days a week is available after training.',
                  AgencyContactEmail: 'jobs@plains-transit.example',
                },
              },
            },
          },
        ],
      },
      Support: { HelpDesk: 'helpdesk@portal-like.example' },
    });
    expectFields(f, { email: 'jobs@plains-transit.example', workplace: 'hybrid' });
  });

  it('a contact e-mail inside `details` (fr)', () => {
    const f = json({
      intitule: 'Assistant de gestion',
      details: {
        resume: "Vous assurez la facturation et le suivi des dossiers clients de l'agence de Tours.",
        courrielContact: 'recrutement@loire-gestion.example',
      },
    });
    expect(f.email).toBe('recrutement@loire-gestion.example');
  });
});

describe('pay: lists of pay objects, the period beside the figures, pay as text', () => {
  it("a remuneration list with min, max and interval; the dollar of the record's country (en)", () => {
    const f = json({
      PositionTitle: 'Civil Engineer',
      PositionLocation: [{ CityName: 'Boise', CountryCode: 'United States' }],
      PositionRemuneration: [{ MinimumRange: '68000.0', MaximumRange: '88000.0', RateIntervalCode: 'Per Year' }],
    });
    expect(f.salary).toEqual({ min: 68000, max: 88000, currency: 'USD', period: 'year' });
  });

  it('no currency and no country: no salary is guessed (en)', () => {
    const f = json({
      PositionTitle: 'Civil Engineer',
      PositionRemuneration: [{ MinimumRange: '68000.0', MaximumRange: '88000.0', RateIntervalCode: 'Per Year' }],
    });
    expect(f.salary ?? null).toBeNull();
  });

  it('a period phrase under an unknown key beside the figures (it, es)', () => {
    const it_ = json({
      titolo: 'Tornitore',
      retribuzione: { minima: 26000, massima: 29000, valuta: 'EUR', riferimento: 'Lordo annuo' },
    });
    expect(it_.salary).toEqual({ min: 26000, max: 29000, currency: 'EUR', period: 'year' });
    const es = json({ titulo: 'Camarero', salario: { minimo: 1400, maximo: 1600, moneda: 'EUR', concepto: 'Bruto mensual' } });
    expect(es.salary).toEqual({ min: 1400, max: 1600, currency: 'EUR', period: 'month' });
  });

  it('pay stated as text under a key naming pay (da, de)', () => {
    const da = json({ titel: 'Butiksmedhjælper', salary_text: '145 kr. i timen' });
    expect(da.salary).toMatchObject({ min: 145, currency: 'DKK', period: 'hour' });
    const de = json({ titel: 'Lagerhelfer', gehaltsangabe: '2.900 € brutto im Monat' });
    expect(de.salary).toMatchObject({ min: 2900, currency: 'EUR', period: 'month' });
  });
});

describe('closing and opening days, employment and remote option keys', () => {
  it('the end of registration and applications closing are the deadline (es, en)', () => {
    const es = json({ titulo: 'Electricista', fechas: { fechaPublicacion: '2027-01-08', fechaFinInscripcion: '2027-02-08' } });
    expectFields(es, { postedAt: '2027-01-08', deadline: '2027-02-08' });
    const en = json({ PositionTitle: 'Hydrologist', ApplicationCloseDate: '2027-01-29T23:59:59.9970' });
    expect(en.deadline).toBe('2027-01-29');
  });

  it('the day an opening was opened is its posted day, before its creation time (en)', () => {
    const f = json({ Posting_Title: 'Welder', Created_Time: '2027-01-03T11:00:00+01:00', Date_Opened: '2027-01-05' });
    expect(f.postedAt).toBe('2027-01-05');
  });

  it('an employment group and a working-relationship key (da, it)', () => {
    const da = json({ titel: 'Lønbogholder', ansaettelse: { type: 'Fuldtid', varighed: 'Fast' } });
    expect(da.employmentType).toBe('full-time');
    const it_ = json({ titolo: 'Magazziniere', tipoRapporto: 'Lavoro a tempo indeterminato', modalitaOrario: 'Tempo parziale' });
    expect(it_.employmentType).toBe('part-time');
  });

  it('a partial remote option is hybrid (da, en)', () => {
    const da = json({ titel: 'Marketingassistent', remote_option: 'Delvist hjemmefra' });
    expect(da.workplace).toBe('hybrid');
    const en = json({ title: 'Data Clerk', remote_option: 'Partially remote, two days a week' });
    expect(en.workplace).toBe('hybrid');
  });
});
