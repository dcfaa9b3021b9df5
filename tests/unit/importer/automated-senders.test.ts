import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../electron/core/importer';
import { findEmail, validEmail } from '../../../electron/core/importer/contacts';

/*
 * An alert's or a board's automated sender is never the contact, also when its local part is a compound
 * ("jobalerts-noreply", "jobs-noreply", "alertas.empleo"); a plain "jobs@" or "careers@" inbox still is.
 */
const NOW = new Date(2027, 0, 10, 12);

function alertMail(from: string, subject: string, body: string): string {
  return [
    `From: Board <${from}>`,
    `Reply-To: ${from}`,
    'To: anna@mail.example.org',
    `Subject: ${subject}`,
    'Date: Fri, 8 Jan 2027 09:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ].join('\r\n');
}

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
    ])
      expect(validEmail(a), a).toBeNull();
    for (const a of ['jobs@bakery.example', 'careers@mill.example.co.uk', 'alex.alerton@firm.example.de'])
      expect(validEmail(a), a).toBe(a);
  });

  it("an alert mail's sender is not read as the contact (en, es)", async () => {
    const en = (
      await parsePosting(
        {
          name: 'alert.eml',
          text: alertMail(
            'jobalerts-noreply@board.example',
            'Harbour Mills is hiring a Payroll Specialist',
            'Payroll Specialist\nHarbour Mills · Leeds\n\nRun the monthly payroll for 400 staff.',
          ),
        },
        { now: NOW },
      )
    ).fields;
    expect(en.email).toBeNull();
    const es = (
      await parsePosting(
        {
          name: 'alerta.eml',
          text: alertMail(
            'alertas-noreply@portal.example.es',
            'Nueva oferta: Administrativo contable',
            'Administrativo contable\nEmpresa: Conservas Ribera S.L.\nUbicación: Logroño\n\nGestión de facturas.',
          ),
        },
        { now: NOW },
      )
    ).fields;
    expect(es.email).toBeNull();
    expect(findEmail('Envía tu CV a seleccion@conservasribera.example.es')).toBe('seleccion@conservasribera.example.es');
  });
});
