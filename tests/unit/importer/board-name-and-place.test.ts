import { describe } from 'vitest';
import { htmlPage, itReads } from './cases';

/*
 * A job board's <title> ends in its own name, which is also its address's domain name ("| Empleandia",
 * www.empleandia.example), and may put the town after a dash ("- Cali"): neither is the employer when the
 * posting's own text names one. Pages of our own in Spanish and English.
 */
const page = (lang: string, title: string, domain: string, body: string) =>
  htmlPage({
    lang,
    title,
    head: `<link rel="canonical" href="https://${domain}/e/123-x">`,
    body: `<header><a href="/" class="logo">Logo</a></header><main>${body}</main>`,
  });

describe("the board's domain name and the town in its <title> are not the employer (class 2)", () => {
  itReads([
    {
      name: "es: the domain's name after the title's bar loses to the employer's sentence",
      file: 'p.html',
      text: page(
        'es',
        'Analista de costos | Empleandia',
        'www.empleandia.example',
        '<h1>Analista de costos</h1><ul><li>Tiempo completo</li></ul><p>Lácteos del Valle busca un analista de costos para su planta.</p>',
      ),
      expected: { company: 'Lácteos del Valle' },
    },
    {
      name: "en: the same on a board's subdomain (jobs.jobnest.example)",
      file: 'p.html',
      text: page(
        'en',
        'Stock Controller | Jobnest',
        'jobs.jobnest.example',
        '<h1>Stock Controller</h1><ul><li>Full time</li></ul><p>At Pennine Castings, we make parts for rail.</p>',
      ),
      expected: { company: 'Pennine Castings' },
    },
    {
      name: 'es: the town after the dash is the header\'s place fact ("- Cali, Valle del Cauca")',
      file: 'p.html',
      text: page(
        'es',
        'Analista de costos - Cali',
        'www.empleos-demo.example',
        '<h1>Analista de costos</h1><ul><li>Cali, Valle del Cauca</li><li>Tiempo completo</li></ul><p>Lácteos del Valle busca un analista de costos para su planta.</p>',
      ),
      expected: { company: 'Lácteos del Valle' },
    },
    {
      name: "en: the town after the dash is the location label's value",
      file: 'p.html',
      text: page(
        'en',
        'Stock Controller - Derby',
        'www.jobs-demo.example',
        '<h1>Stock Controller</h1><dl><dt>Location</dt><dd>Derby</dd></dl><p>Pennine Castings makes parts for rail. You will count the stock.</p>',
      ),
      expected: { company: 'Pennine Castings' },
    },
  ]);
});
