import { describe, expect, it } from 'vitest';
import { eml, mailFields } from './cases';

/*
 * A job alert in HTML lists each job under a heading that links to it (`<h2><a href>Title</a></h2>`). The
 * posting is the first job; from the second job's heading on, the mail is other jobs, whose deadline,
 * contract, workplace and place are never this posting's. Alerts of our own in German, Spanish and English.
 */
const job = (href: string, title: string, lines: readonly string[]) =>
  `<tr><td><h2><a href="${href}">${title}</a></h2>${lines.map((l) => `<p>${l}</p>`).join('')}</td></tr>`;
const alert = (subject: string, intro: string, jobs: readonly string[]) =>
  eml({
    from: 'Jobalarm <alarm@stellenpost.example>',
    to: 'kim@mail.example',
    subject,
    html: true,
    body: `<html><body><p>${intro}</p><table>${jobs.join('')}</table><p>Abmelden / unsubscribe</p></body></html>`,
  });

describe('an alert lists jobs under linked headings: only the first job is the posting', () => {
  it("the second job's deadline, fixed term and remote work are not read (de)", async () => {
    const fields = await mailFields(
      alert('2 neue Jobs: Buchhalter Kassel', 'Hallo Kim, hier sind 2 neue Stellen für Ihren Suchauftrag.', [
        job('https://www.stellenpost.example/job/buchhalter-kassel-101', 'Buchhalter (m/w/d)', [
          'Fulda Feinkost GmbH — Kassel',
          'Vollzeit · unbefristet · 2 Tage Homeoffice pro Woche',
          'Veröffentlicht am 06.01.2027',
          'Sie buchen Kreditoren und Debitoren, bereiten Monatsabschlüsse vor und arbeiten eng mit dem Steuerberater zusammen.',
        ]),
        job('https://www.stellenpost.example/job/lohnbuchhalter-goettingen-202', 'Lohnbuchhalter (m/w/d)', [
          'Leine Logistik AG — Göttingen',
          'Befristet · Teilzeit · 100 % remote',
          'Veröffentlicht am 02.01.2027 · Bewerbungsschluss 25.01.2027',
        ]),
      ]),
    );
    expect(fields.deadline).toBeNull();
    expect(fields.employmentType).toBe('full-time');
    expect(fields.workplace).toBe('hybrid');
    expect(fields.location).toContain('Kassel');
    expect(fields.url).toBe('https://www.stellenpost.example/job/buchhalter-kassel-101');
  });

  it("the second job's closing date, internship and remote work are not read (es)", async () => {
    const fields = await mailFields(
      alert('2 nuevas ofertas: contable Zaragoza', 'Hola Kim, tenemos 2 nuevas ofertas para tu alerta.', [
        job('https://www.ofertas.example/oferta/contable-zaragoza-301', 'Contable', [
          'Conservas del Ebro S.L. — Zaragoza',
          'Contrato indefinido · Jornada completa · Presencial',
          'Publicada el 07/01/2027',
          'Llevarás la contabilidad general, prepararás las declaraciones de IVA y apoyarás los cierres mensuales del grupo.',
        ]),
        job('https://www.ofertas.example/oferta/practicas-huesca-302', 'Prácticas en contabilidad', [
          'Aceites Somontano S.A. — Huesca',
          'Prácticas · 100 % teletrabajo',
          'Publicada el 03/01/2027 · Fecha límite 28/01/2027',
        ]),
      ]),
    );
    expect(fields.deadline).toBeNull();
    expect(fields.employmentType).toBe('full-time');
    expect(fields.workplace).toBe('onsite');
    expect(fields.location).toContain('Zaragoza');
  });

  it("the first job's own deadline is still read when the second has none (en)", async () => {
    const fields = await mailFields(
      alert('2 new jobs: bookkeeper Leeds', 'Hi Kim, here are 2 new jobs for your alert.', [
        job('https://www.jobpost.example/job/bookkeeper-leeds-401', 'Bookkeeper', [
          'Aire Valley Foods Ltd — Leeds',
          'Full-time · Permanent · Hybrid (2 days from home)',
          'Posted 05/01/2027 · Closing date 29/01/2027',
          'You will keep the purchase and sales ledgers, reconcile the bank accounts and prepare the monthly VAT figures.',
        ]),
        job('https://www.jobpost.example/job/payroll-york-402', 'Payroll Assistant', [
          'Ouse Print Ltd — York',
          'Temporary · Part-time · Remote',
        ]),
      ]),
    );
    expect(fields.deadline).toBe('2027-01-29');
    expect(fields.employmentType).toBe('full-time');
    expect(fields.workplace).toBe('hybrid');
  });
});
