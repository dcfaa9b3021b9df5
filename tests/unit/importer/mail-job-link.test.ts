import { describe } from 'vitest';
import { eml, itReads } from './cases';

/*
 * An HTML alert e-mail has no canonical address: the job's link is the link that is its heading, else
 * a "View job" / "Bekijk vacature" link; tracking parameters are dropped. Alerts of our own in English
 * and Dutch.
 */
const htmlMail = (subject: string, body: string) =>
  eml({ from: 'Alerts <alerts@board.example>', to: 'anna@mail.example.org', subject, body, html: true });

describe("an alert mail's job link (class 9)", () => {
  itReads([
    {
      name: 'the heading link is the posting link, tracking dropped (en)',
      file: 'alert.eml',
      text: htmlMail(
        'Harbour Mills is hiring',
        '<html><body><h2><a href="https://jobs.board.example/view/5521?utm_source=alert">Payroll Specialist</a></h2><p>Harbour Mills · Leeds</p><p>Run the monthly payroll.</p><h3>More jobs for you</h3><p><a href="https://jobs.board.example/view/9999">Finance Intern</a></p></body></html>',
      ),
      expected: { url: 'https://jobs.board.example/view/5521' },
    },
    {
      name: 'a "Bekijk vacature" link when the heading has none (nl)',
      file: 'alert.eml',
      text: htmlMail(
        'Nieuwe vacature: Boekhouder',
        '<html><body><h2>Boekhouder</h2><p>Zuivel Friesland B.V. · Leeuwarden</p><p>Je verwerkt de inkoopfacturen.</p><p><a href="https://vacatures.board.example/v/812">Bekijk vacature</a></p></body></html>',
      ),
      expected: { url: 'https://vacatures.board.example/v/812' },
    },
  ]);
});
