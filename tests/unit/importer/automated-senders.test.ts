import { describe, expect, it } from 'vitest';
import { findEmail, validEmail } from '../../../electron/core/importer/contacts';
import { eml, mailFields } from './cases';

/*
 * An alert's or a board's automated sender is never the contact, also when its local part is a compound
 * ("jobalerts-noreply", "jobs-noreply", "alertas.empleo"); a plain "jobs@" or "careers@" inbox still is.
 */
const alertMail = (from: string, subject: string, body: string) =>
  eml({ from: `Board <${from}>`, replyTo: from, to: 'anna@mail.example.org', subject, body });

describe('automated senders are not the contact (class 9)', () => {
  it('compound no-reply and alert local parts are refused, real inboxes kept', () => {
    for (const a of [
      'jobalerts-noreply@board.example',
      'jobs-noreply@board.example',
      'notifications.talent@board.example',
      'alertas-empleo@portal.example.es',
      'stellen_benachrichtigung@portal.example.de',
      'team+digest@board.example',
      'careersnoreply@board.example',
      // An unsubscribe address, in the alert's own language (a List-Unsubscribe header, a footer link).
      'unsubscribe@board.example',
      'uitschrijven@vacatures.example.be',
      'abmelden@jobportal.example.de',
      'desinscription@emplois.example.fr',
      'disiscrizione@lavoro.example.it',
      'frameld@job.example.dk',
      // An alert's own sender, by its word for alerts in each language.
      'avvisi@lavoro-annunci.example.it',
      'suchagent@stellenportal.example.at',
      'vacaturemeldingen@werkplein.example.nl',
      'jobagenten@jobportal.example.dk',
    ])
      expect(validEmail(a), a).toBeNull();
    for (const a of [
      'jobs@bakery.example',
      'careers@mill.example.co.uk',
      'alex.alerton@firm.example.de',
      'selezione@pastificio.example.it',
      'bewerbung@tischlerei.example.at',
    ])
      expect(validEmail(a), a).toBe(a);
  });

  it("an alert mail's sender is not read as the contact (en, es)", async () => {
    const en = await mailFields(
      alertMail(
        'jobalerts-noreply@board.example',
        'Harbour Mills is hiring a Payroll Specialist',
        'Payroll Specialist\nHarbour Mills · Leeds\n\nRun the monthly payroll for 400 staff.',
      ),
    );
    expect(en.email).toBeNull();
    const es = await mailFields(
      alertMail(
        'alertas-noreply@portal.example.es',
        'Nueva oferta: Administrativo contable',
        'Administrativo contable\nEmpresa: Conservas Ribera S.L.\nUbicación: Logroño\n\nGestión de facturas.',
      ),
      'alerta.eml',
    );
    expect(es.email).toBeNull();
    expect(findEmail('Envía tu CV a seleccion@conservasribera.example.es')).toBe('seleccion@conservasribera.example.es');
  });

  it('an alert whose only address is its unsubscribe address has no contact (nl, de)', async () => {
    const nl = await mailFields(
      eml({
        from: 'Vacaturemelder <meldingen@vacatures.example.be>',
        to: 'anna@mail.example.org',
        subject: 'Nieuwe vacature voor jou: Magazijnmedewerker',
        body: 'Magazijnmedewerker (m/v/x)\nLogistiek Schelde NV · Antwerpen\n\nGeen interesse meer? Uitschrijven: uitschrijven@vacatures.example.be',
      }),
      'melding.eml',
    );
    expect(nl.email).toBeNull();
    const de = await mailFields(
      eml({
        from: 'Jobportal <benachrichtigung@jobportal.example.de>',
        to: 'anna@mail.example.org',
        subject: 'Neuer Job: Lagerist (m/w/d)',
        body: 'Lagerist (m/w/d)\nSpedition Hollerbach GmbH · Kassel\n\nKeine E-Mails mehr? abmelden@jobportal.example.de',
      }),
      'job.eml',
    );
    expect(de.email).toBeNull();
  });
});

describe("a mail's footer after its unsubscribe line is the sender's", () => {
  it('an address there is not the contact; one in the job above it is (en, de, es)', () => {
    expect(
      findEmail(
        'Data Analyst\nKestrel Foods Ltd – Leeds\n\nApply: https://www.board.example/job/881\n\nUnsubscribe: https://www.board.example/alerts/off?id=2\nQuestions? Write to care@board.example.',
      ),
    ).toBeNull();
    expect(
      findEmail(
        'Lohnbuchhalter (m/w/d)\nFörde Logistik GmbH – Kiel\nFragen an personal@foerde-logistik.example\n\nSuchauftrag abbestellen: https://www.jobs.example.de/abmelden\nKontakt: info@jobs.example.de',
      ),
    ).toBe('personal@foerde-logistik.example');
    expect(
      findEmail(
        'Técnico de nóminas\nConservas Ría Baixa S.L. – Vigo\n\nPara darse de baja de estas alertas pulse aquí.\n¿Dudas? Escríbenos a equipo@portalempleo.example.es',
      ),
    ).toBeNull();
  });
});
