import { describe, expect, it } from 'vitest';
import { isBoardAddress, siteName } from '../../../electron/core/importer/board-addresses';
import { fieldsOf, htmlPage } from './cases';

/*
 * A job board's own inbox on its own page ("contact@board", "redaktion@portal") is not the employer's contact
 * (class 9): the candidate would be writing to the board. The employer's own career site keeps its inbox, and
 * an employer's address found after the board's is still taken.
 */
describe("a board's own address on its page is not the contact (class 9)", () => {
  it('drops the board inbox of a saved English page and takes the employer address after it', () => {
    const page = htmlPage({
      title: 'Payroll Officer - Kestrel Foods Ltd | HireBoard',
      head: '<link rel="canonical" href="https://www.hireboard.example/jobs/4411-payroll-officer">',
      body: `<h1>Payroll Officer</h1>
<p>Kestrel Foods Ltd · Leeds</p>
<p>Kestrel Foods Ltd is a family bakery group looking for a payroll officer to run the monthly payroll.</p>
<p>Questions about this listing? Write to contact@hireboard.example.</p>
<p>Send your CV to people@kestrelfoods.example before the end of the month.</p>`,
    });
    const f = fieldsOf(page, 'job.html');
    expect(f.company).toBe('Kestrel Foods Ltd');
    expect(f.email).toBe('people@kestrelfoods.example');
  });

  it('leaves the e-mail empty when a German paste names only the portal inbox', () => {
    const text = `Buchhalter (m/w/d)
Weserland Metall GmbH
Bremen

Die Weserland Metall GmbH sucht zum nächsten Möglichen Zeitpunkt einen Buchhalter in Vollzeit.
Ihre Aufgaben: Kreditoren, Debitoren, Monatsabschluss.

Bewerben Sie sich über den Button auf https://www.stellenmarkt-nord.example/stellenangebote/buchhalter-8841
Fragen zu Ihrem Konto beantwortet redaktion@stellenmarkt-nord.example`;
    const f = fieldsOf(text);
    expect(f.company).toBe('Weserland Metall GmbH');
    expect(f.url).toBe('https://www.stellenmarkt-nord.example/stellenangebote/buchhalter-8841');
    expect(f.email).toBeNull();
  });

  it("keeps the employer's inbox on its own career site (es, co.uk)", () => {
    const page = htmlPage({
      title: 'Técnico de calidad - Cerámicas del Sur',
      head: '<link rel="canonical" href="https://empleo.ceramicasdelsur.example/ofertas/1203-tecnico-calidad">',
      body: `<h1>Técnico de calidad</h1>
<p>Empresa: Cerámicas del Sur S.L.</p>
<p>Ubicación: Castellón de la Plana</p>
<p>Envía tu candidatura a seleccion@ceramicasdelsur.example indicando la referencia 1203.</p>`,
      lang: 'es',
    });
    expect(fieldsOf(page, 'oferta.html').email).toBe('seleccion@ceramicasdelsur.example');
    expect(isBoardAddress('jobs@harrowgate.co.uk', 'https://careers.harrowgate.co.uk/v/12', 'Harrowgate Housing Trust')).toBe(
      false,
    );
  });

  it('reads the registrable name under two-level suffixes and refuses only on the same site', () => {
    expect(siteName('www.jobs-portal.co.uk')).toBe('jobsportal');
    expect(siteName('vagas.empregos.com.br')).toBe('empregos');
    expect(siteName('localhost')).toBeNull();
    // The reserved "example" label is a suffix: two different sites under it stay two sites.
    expect(siteName('portal.example.es')).toBe('portal');
    expect(siteName('www.hireboard.example')).toBe('hireboard');
    expect(isBoardAddress('rh@acme.example.es', 'https://www.portal.example.es/oferta/1', 'Acme SL')).toBe(false);
    expect(isBoardAddress('info@jobs-portal.co.uk', 'https://www.jobs-portal.co.uk/job/1', 'Acme Ltd')).toBe(true);
    expect(isBoardAddress('info@acme.example', 'https://www.jobs-portal.co.uk/job/1', 'Acme Ltd')).toBe(false);
    // A person's or a branch's address at a staffing agency's own site is its recruiter's.
    expect(
      isBoardAddress('brescia@lavoro-agenzia.example', 'https://www.lavoro-agenzia.example/offerte/9', 'Officine Rossi S.r.l.'),
    ).toBe(false);
    expect(
      isBoardAddress('m.peeters@uitzendnet.example', 'https://www.uitzendnet.example/vacature/3', 'Brouwerij Haacht NV'),
    ).toBe(false);
    // Without an employer's name the site cannot be told from the employer's: the address stays.
    expect(isBoardAddress('info@jobs-portal.co.uk', 'https://www.jobs-portal.co.uk/job/1', null)).toBe(false);
  });
});
