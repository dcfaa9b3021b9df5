import { describe, expect, it } from 'vitest';
import { workplaceFromText } from '../../../electron/core/importer/work-terms';
import { explain as parse } from './cases';

const reasons = (c: { reasons: string[] } | undefined) => c?.reasons.join(' | ') ?? '';

describe('company and title rules, each in two languages, with the reasons a bug report shows', () => {
  it("an agency's client is the employer, not the agency that writes (it, nl)", async () => {
    const it1 = await parse(
      'Buongiorno,\n\nPer conto di un nostro cliente, Vetreria Lagunare S.r.l., storica azienda, cerchiamo:\n\nResponsabile di produzione\n\nSede: Murano\n\nStudio Selezione Rossi S.r.l.',
    );
    expect(it1.fields.company).toBe('Vetreria Lagunare S.r.l.');
    expect(reasons(it1.debug.company.candidates[0])).toMatch(/agency's client/);
    const nl = await parse(
      'Beste Anna,\n\nNamens onze opdrachtgever Kaasmakerij Zuidhoek, een familiebedrijf in Gouda, zoek ik een:\n\nProductieleider\n\nLocatie: Gouda',
    );
    expect(nl.fields.company).toBe('Kaasmakerij Zuidhoek');
  });

  it('the same name with and without its legal form is one employer, the full one reported (es, nl)', async () => {
    const es = await parse(
      'Ir al contenido principal\nAdministrativo/a contable\nHarinera del Duero S.L.\nValladolid\n\nEn Harinera del Duero molemos trigo desde 1950.',
    );
    expect(es.fields.company).toBe('Harinera del Duero S.L.');
    expect(reasons(es.debug.company.candidates[0])).toMatch(/same name with its legal form/);
    const nl = await parse('Planner\nTransport Van den Berg B.V.\nTiel\n\nTransport Van den Berg B.V. is een vervoerder.');
    expect(nl.fields.company).toBe('Transport Van den Berg B.V.');
  });

  it('a team beside the place is not the employer when it repeats the title (pt, en)', async () => {
    const pt = await parse('Técnico de Suporte TI\nSuporte TI · Braga · Híbrido\n\nA Lusocode desenvolve software para escolas.');
    expect(pt.fields.company).toBe('Lusocode');
    expect(reasons(pt.debug.company.candidates.find((c) => c.value === 'Suporte TI'))).toMatch(/part of the job title/);
    const en = await parse('Customer Support Lead\nCustomer Support · Dublin\n\nAt Brightwell, we make booking software.');
    expect(en.fields.company).toBe('Brightwell');
  });

  it('a <title> that puts the company first gives the other part as title (en, de)', async () => {
    const en = await parse(
      '<html><head><title>Northgate Mills - Quality Engineer</title></head><body><h2>Quality Engineer</h2><p>Northgate Mills makes flour.</p></body></html>',
      'p.html',
    );
    expect(en.fields.title).toBe('Quality Engineer');
    expect(en.fields.company).toBe('Northgate Mills');
    const de = await parse(
      '<html><head><title>Weinhaus Sommer – Lagerist</title><meta property="og:site_name" content="Weinhaus Sommer"></head><body><h2>Lagerist</h2><p>Das Weinhaus Sommer liefert an die Gastronomie.</p></body></html>',
      'p.html',
    );
    expect(de.fields.title).toBe('Lagerist');
    expect(de.fields.company).toBe('Weinhaus Sommer');
  });
});

describe('workplace: negation with words between, partial remote (class 4)', () => {
  it('is read in every language table', () => {
    expect(workplaceFromText('Thuiswerken is in deze functie helaas niet mogelijk.')).toBe('onsite');
    expect(workplaceFromText('Hjemmearbejde er desværre ikke muligt i denne stilling.')).toBe('onsite');
    expect(workplaceFromText('El teletrabajo en este puesto no es posible.')).toBe('onsite');
    expect(workplaceFromText('Lo smart working per questo ruolo non è previsto.')).toBe('onsite');
    expect(workplaceFromText('Mobiles Arbeiten an bis zu zwei Tagen pro Woche')).toBe('hybrid');
    expect(workplaceFromText('Télétravail fréquent')).toBe('hybrid');
    expect(workplaceFromText('three days in the Leeds office and two from home')).toBe('hybrid');
  });
});
