import { describe } from 'vitest';
import { eml, htmlPage, itReads } from './cases';

/*
 * The board's own addresses are never the job's contact, told by the structure of what was saved rather than by
 * the words of each language: a mailing's sender (a job alert carries List-Unsubscribe), a page's footer and
 * menus. A recruiter writing in person, and an address in the job's own text, still are.
 */
const mailing = (mail: Parameters<typeof eml>[0]) =>
  eml(mail).replace('MIME-Version: 1.0', 'List-Unsubscribe: <https://www.board.example/alerts/stop?t=9>\r\nMIME-Version: 1.0');

describe("a mailing's sender is the board's machine", () => {
  itReads([
    {
      name: "a job alert's sender, whatever its name, is not the contact (de)",
      file: 'alert.eml',
      text: mailing({
        from: 'Stellenwelt Jobpost <jobpost@stellenwelt.example>',
        to: 'lena@mail.example',
        subject: 'Dein Jobpost: Buchhalter (m/w/d)',
        body: 'Buchhalter (m/w/d)\nWeserland Mühlen GmbH – Bremen\nVollzeit, unbefristet\n\nZur Stelle: https://www.stellenwelt.example/jobs/buchhalter-4411',
      }),
      expected: { email: null, company: 'Weserland Mühlen GmbH' },
    },
    {
      name: "an alert's reply-to and sender are not the contact, an address the job gives is (es)",
      file: 'alerta.eml',
      text: mailing({
        from: 'Empleos Norte <boletin@empleosnorte.example>',
        replyTo: 'boletin@empleosnorte.example',
        to: 'ana@correo.example',
        subject: 'Nuevas ofertas: Administrativo contable',
        body: 'Administrativo contable\nConservas del Cantábrico S.L. – Santander\nJornada completa\n\nEnvía tu CV a seleccion@conservascantabrico.example',
      }),
      expected: { email: 'seleccion@conservascantabrico.example' },
    },
    {
      name: 'a recruiter writing in person is the contact (en)',
      file: 'recruiter.eml',
      text: eml({
        from: 'Priya Nair <priya.nair@harbourtalent.example>',
        to: 'sam@mail.example',
        subject: 'Payroll Officer role at Quayside Foods',
        body: 'Hi Sam,\n\nI am recruiting a Payroll Officer for Quayside Foods Ltd in Bristol, full-time, on site.\n\nBest,\nPriya',
      }),
      expected: { email: 'priya.nair@harbourtalent.example' },
    },
  ]);
});

describe("a page's footer and menus are the site's", () => {
  itReads([
    {
      name: "the footer's mailto link is not the contact (es)",
      file: 'oferta.html',
      text: htmlPage({
        title: 'Técnico de calidad - Empleos Sur',
        lang: 'es',
        body: '<main><h1>Técnico de calidad</h1><p>Aceites del Guadalquivir S.A. – Jaén</p><p>Jornada completa, contrato indefinido.</p></main><footer><p>Atención al usuario: <a href="mailto:usuarios@empleossur.example">usuarios@empleossur.example</a></p></footer>',
      }),
      expected: { email: null },
    },
    {
      name: "a mailto link in the job's text still is (fr)",
      file: 'offre.html',
      text: htmlPage({
        title: 'Comptable H/F - Emplois Ouest',
        lang: 'fr',
        body: '<nav><a href="mailto:contact@emploisouest.example">Nous écrire</a></nav><main><h1>Comptable H/F</h1><p>Biscuiterie de Pornic SAS – Pornic</p><p>CDI, temps plein. Candidatures : <a href="mailto:rh@biscuiterie-pornic.example">par e-mail</a></p></main>',
      }),
      expected: { email: 'rh@biscuiterie-pornic.example' },
    },
  ]);
});

describe('a heading of other jobs in capitals', () => {
  itReads([
    {
      name: "an alert's other jobs under a heading in capitals lend this one no deadline (de)",
      text: 'Controller (m/w/d)\nRuhrtal Armaturen GmbH – Essen\nVollzeit\nVeröffentlicht am 08.01.2027\n\nWEITERE JOBS, DIE GUT ZU DIR PASSEN\n\nJunior Controller (m/w/d)\nLippe Wasser GmbH – Hamm · befristet · Bewerbungsschluss 20.01.2027',
      expected: { deadline: null, employmentType: 'full-time' },
    },
    {
      name: 'other jobs under a heading in capitals lend this one no pay (en)',
      text: 'Stock Controller\nFenland Produce Ltd – Wisbech\nFull-time, on site.\n\nOTHER JOBS THAT MATCH YOUR SAVED SEARCH\n\nWarehouse Supervisor – King’s Lynn – £29,000 a year',
      expected: { salary: null },
    },
  ]);
});
