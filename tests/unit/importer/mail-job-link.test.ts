import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../../electron/core/importer';

/*
 * An HTML alert e-mail has no canonical address: the job's link is the link that is its heading, else
 * a "View job" / "Bekijk vacature" link; tracking parameters are dropped. Alerts of our own in English
 * and Dutch.
 */
const NOW = new Date(2027, 0, 10, 12);

function htmlMail(subject: string, html: string): string {
  return [
    'From: Alerts <alerts@board.example>',
    'To: anna@mail.example.org',
    `Subject: ${subject}`,
    'Date: Fri, 8 Jan 2027 09:00:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    html,
  ].join('\r\n');
}

describe("an alert mail's job link (class 9)", () => {
  it('the heading link is the posting link, tracking dropped (en)', async () => {
    const r = await parsePosting(
      {
        name: 'alert.eml',
        text: htmlMail(
          'Harbour Mills is hiring',
          '<html><body><h2><a href="https://jobs.board.example/view/5521?utm_source=alert">Payroll Specialist</a></h2><p>Harbour Mills · Leeds</p><p>Run the monthly payroll.</p><h3>More jobs for you</h3><p><a href="https://jobs.board.example/view/9999">Finance Intern</a></p></body></html>',
        ),
      },
      { now: NOW },
    );
    expect(r.fields.url).toBe('https://jobs.board.example/view/5521');
  });

  it('a "Bekijk vacature" link when the heading has none (nl)', async () => {
    const r = await parsePosting(
      {
        name: 'alert.eml',
        text: htmlMail(
          'Nieuwe vacature: Boekhouder',
          '<html><body><h2>Boekhouder</h2><p>Zuivel Friesland B.V. · Leeuwarden</p><p>Je verwerkt de inkoopfacturen.</p><p><a href="https://vacatures.board.example/v/812">Bekijk vacature</a></p></body></html>',
        ),
      },
      { now: NOW },
    );
    expect(r.fields.url).toBe('https://vacatures.board.example/v/812');
  });
});
