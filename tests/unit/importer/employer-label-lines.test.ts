import { describe } from 'vitest';
import { htmlPage, itReads } from './cases';

/*
 * The employer a board states beside a label with no colon ("Recruiter Harrowgate Housing Trust", a table row
 * "Empresa | Acme SpA") or on the line under the title with a Latin American legal form (S.A.S., S.A.C., SpA)
 * beats the board's own name after the <title>'s bar. Pages of our own.
 */
const board = (title: string, body: string, lang: string) =>
  htmlPage({ title, lang, body: `<header><a href="/" class="logo">Boardname Jobs</a></header><main>${body}</main>` });

describe('an employer labelled without a colon, or with its legal form under the title (class 2)', () => {
  itReads([
    {
      name: 'en: "Recruiter <a>X</a>" under the h1, X named in the text',
      file: 'p.html',
      text: board(
        'Finance Officer job with Moorside Care Trust | Boardname Jobs',
        '<h1>Finance Officer</h1><p>Recruiter <a href="/e/1">Moorside Care Trust</a></p><dl><dt>Location</dt><dd>York</dd></dl><p>Moorside Care Trust runs twelve care homes. You will keep the ledgers.</p>',
        'en',
      ),
      expected: { company: 'Moorside Care Trust' },
      reasons: { company: /without a colon/ },
    },
    {
      name: 'fr: "Annonceur X SAS" under the h1',
      file: 'p.html',
      text: board(
        'Comptable - Lyon | Boardname Jobs',
        '<h1>Comptable</h1><p>Annonceur <a href="/e/2">Rhône Emballages SAS</a></p><p>Vous tenez la comptabilité fournisseurs.</p>',
        'fr',
      ),
      expected: { company: 'Rhône Emballages SAS' },
    },
    {
      name: 'en: a capitalised sentence after "Employer" that the text never names again is no employer line',
      file: 'p.html',
      text: board(
        'Finance Officer | Boardname Jobs',
        '<h1>Finance Officer</h1><p>Employer Branding Week is coming</p><p>You will keep the ledgers.</p>',
        'en',
      ),
      not: { company: 'Branding Week is coming' },
    },
    {
      name: 'es (CL): a table row "Empresa | X SpA" beats the place in the <title>',
      file: 'p.html',
      text: board(
        'Analista contable - Valparaíso | Boardname Jobs',
        '<h1>Analista contable</h1><table><tr><td>Empresa</td><td>Pesquera Caleta Sur SpA</td></tr><tr><td>Ubicación</td><td>Valparaíso</td></tr></table><p>Llevarás la contabilidad de la planta.</p>',
        'es',
      ),
      expected: { company: 'Pesquera Caleta Sur SpA' },
    },
    {
      name: "es (CO): the line under the h1 with S.A.S. beats the board's name",
      file: 'p.html',
      text: board(
        'Auxiliar contable - Cali | Boardname',
        '<h1>Auxiliar contable</h1><p>Confecciones del Pacífico S.A.S.</p><ul><li>Cali, Valle del Cauca</li></ul><p>Confecciones del Pacífico S.A.S., empresa de confección, busca auxiliar contable.</p>',
        'es',
      ),
      expected: { company: 'Confecciones del Pacífico S.A.S.' },
    },
    {
      name: 'es (PE): a pasted page whose line under the title ends in S.A.C.',
      text: 'Buscar empleos\nIniciar sesión\n\nAsistente contable\nMinera Los Andes S.A.C.\nArequipa, Arequipa\n\nDescripción\nMinera Los Andes busca un asistente contable para su sede de Arequipa.',
      expected: { company: 'Minera Los Andes S.A.C.' },
    },
  ]);
});
