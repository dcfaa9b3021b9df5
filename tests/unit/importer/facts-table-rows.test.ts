import { describe } from 'vitest';
import { htmlPage, itReads } from './cases';

/*
 * Facts tables copied or converted without their cells' borders: each row becomes "Label Value" with one
 * space ("Tipo di contratto Tempo determinato", "Jornada Período integral"). Three or more such rows in a
 * row are a facts table and their values are read; one line that merely opens with a label's word is not.
 * Postings of our own in Italian, Portuguese and Spanish (classes 4 and 9: employment type from labels).
 */
describe('facts table rows written "Label Value"', () => {
  itReads([
    {
      name: 'a pasted facts table: the fixed-term contract beside full-time hours is temporary (it)',
      text: 'Addetto al magazzino\n\nLogistica Ligure S.r.l.\nSavona (SV)\n\nTipo di contratto Tempo determinato (12 mesi)\nOrario Tempo pieno\nRetribuzione 1.550 € lordi al mese\nLuogo di lavoro In sede\n\nDescrizione\nGestione delle merci in entrata e in uscita.',
      expected: { employmentType: 'temporary' },
    },
    {
      name: 'a table of th/td rows: a permanent contract with full-day hours is full-time (pt-BR)',
      file: 'p.html',
      text: htmlPage({
        title: 'Assistente fiscal',
        lang: 'pt-BR',
        body: '<h1>Assistente fiscal</h1><p>Cooperativa Vale Verde Ltda.</p><table><tr><th>Regime de contratação</th><td>CLT (Efetivo)</td></tr><tr><th>Jornada</th><td>Período integral</td></tr><tr><th>Modelo de trabalho</th><td>Presencial</td></tr><tr><th>Publicada em</th><td>04/01/2027</td></tr></table><h2>Descrição da vaga</h2><p>Apurar impostos e manter a escrituração fiscal em dia no sistema da cooperativa, em Londrina.</p>',
      }),
      expected: { employmentType: 'full-time' },
    },
    {
      name: 'a pasted facts table: the part-time day is read from its row (es)',
      text: 'Auxiliar administrativo\nConservas del Cantábrico S.L.\nSantoña\n\nTipo de contrato Indefinido\nJornada Media jornada\nSalario 9.800 € brutos al año\nModalidad Presencial\n\nDescripción\nGestión de pedidos y facturación.',
      expected: { employmentType: 'part-time' },
    },
    {
      name: 'one line that opens with a label word is a sentence, not a row (es)',
      text: 'Auxiliar administrativo\nConservas del Cantábrico S.L.\nSantoña\n\nJornada que se adapta a tu vida\n\nDescripción\nGestión de pedidos y facturación.',
      expected: { employmentType: null },
    },
  ]);
});
