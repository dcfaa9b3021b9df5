import { describe, it } from 'vitest';
import { expectFields, recordFields } from './cases';

/*
 * Job-board records inside a service's response, and values given in several languages: the job is the
 * nested object that names a title, never the board's own support block beside it; a value written as
 * `{ nl, fr }` or `{ de, en }` reads as its first stated language; pay as income (`renta`) and a town by its
 * commune. Records of our own, in at least two languages per rule.
 */
const json = (record: unknown) => recordFields(record, 'offer.json');
const body = (text: string) => `<p>${text}</p><p>${text}</p>`;

describe("a response's job, not its support block", () => {
  it('reads the offer under an unknown wrapper beside a support object (es)', () => {
    const f = json({
      estado: 'OK',
      ayuda: { correo: 'ayuda@portal-empleo.example' },
      respuesta: {
        avisos: [
          {
            cargo: 'Técnico de bodega',
            empleador: { razonSocial: 'Frutícola del Maule SpA' },
            lugarTrabajo: { region: 'Región del Maule', comuna: 'Talca' },
            renta: { minima: 700000, maxima: 800000, moneda: 'CLP', periodicidad: 'Mensual' },
            descripcion: body('Frutícola del Maule busca técnico de bodega para su planta de Talca.'),
          },
        ],
      },
    });
    expectFields(f, {
      title: 'Técnico de bodega',
      company: 'Frutícola del Maule SpA',
      location: 'Talca',
      salary: { min: 700000, max: 800000, currency: 'CLP', period: 'month' },
    });
  });

  it('reads the vacancy under an unknown wrapper beside a meta object (en)', () => {
    const f = json({
      meta: { url: 'https://board.example/api', contact: 'help@board.example' },
      payload: { entries: [{ jobTitle: 'Warehouse Lead', employer: { name: 'Northgate Freight LLC' } }] },
    });
    expectFields(f, { title: 'Warehouse Lead', company: 'Northgate Freight LLC' });
  });
});

describe('values given in several languages', () => {
  it('reads a {nl, fr} title, employer and town as the first language (nl)', () => {
    const f = json({
      titel: { nl: 'Magazijnier (m/v/x)', fr: 'Magasinier (h/f/x)' },
      werkgever: { naam: { nl: 'Schelde Logistiek bv', fr: 'Escaut Logistique srl' } },
      plaatsTewerkstelling: { gemeente: { nl: 'Vilvoorde', fr: 'Vilvorde' } },
      beschrijving: body('Schelde Logistiek zoekt een magazijnier voor het depot in Vilvoorde.'),
    });
    expectFields(f, { title: 'Magazijnier (m/v/x)', company: 'Schelde Logistiek bv', location: 'Vilvoorde' });
  });

  it('reads a {de, en} title as the first language (de)', () => {
    const f = json({
      titel: { de: 'Fachkraft für Lagerlogistik', en: 'Warehouse operative' },
      arbeitgeber: { name: { de: 'Rheinlager GmbH', en: 'Rheinlager GmbH' } },
      beschreibung: body('Die Rheinlager GmbH sucht einen Lageristen für das Lager in Köln.'),
    });
    expectFields(f, { title: 'Fachkraft für Lagerlogistik', company: 'Rheinlager GmbH' });
  });
});

describe('employer, conditions and posting link keys by meaning', () => {
  it("reads a French employer, a conditions group and the posting's link before its noun (fr)", () => {
    const f = json({
      offre: {
        titre: 'Préposé à l’entrepôt',
        employeur: { nom: 'Distribution Laurentides inc.' },
        conditionsEmploi: { duree: 'Permanent', horaire: 'Temps plein' },
        lienOffre: 'https://emplois.example/offre/5521',
        lienPostuler: 'https://emplois.example/postuler/5521',
        description: body('Distribution Laurentides recherche un préposé à l’entrepôt à Saint-Jérôme.'),
      },
    });
    expectFields(f, {
      company: 'Distribution Laurentides inc.',
      employmentType: 'full-time',
      url: 'https://emplois.example/offre/5521',
    });
  });

  it('reads a Spanish link before its noun, never the apply link, and a Dutch conditions group (es, nl)', () => {
    const es = json({
      titulo: 'Auxiliar de bodega',
      enlacePostulacion: 'https://empleos.example/postular/881',
      enlaceOferta: 'https://empleos.example/oferta/881',
      descripcion: body('Buscamos auxiliar de bodega para el centro de distribución.'),
    });
    expectFields(es, { url: 'https://empleos.example/oferta/881' });
    const nl = json({
      functietitel: 'Magazijnmedewerker',
      arbeidsvoorwaarden: { contract: 'Onbepaalde duur', regime: 'Deeltijds (24 uur per week)' },
      linkVacature: 'https://vacatures.example/v/1203',
      omschrijving: body('Wij zoeken een magazijnmedewerker voor ons depot in Gent.'),
    });
    expectFields(nl, { employmentType: 'part-time', url: 'https://vacatures.example/v/1203' });
  });
});
