import { describe } from 'vitest';
import { eml, itReads } from './cases';

/*
 * A plain-text alert gives its first job's link after "Vedi l'offerta:", "Voir l'annonce :", "Ver vaga:":
 * the offer's own words in Italian, French and Portuguese say the link is the posting's. Alerts of our own.
 */
const alert = (subject: string, body: string) =>
  eml({ from: 'Avvisi <avvisi@board.example>', to: 'me@mail.example', subject, body });

describe("a plain-text alert's offer link (class 9)", () => {
  itReads([
    {
      name: 'it: "Vedi l\'offerta: <link>"',
      file: 'a.eml',
      text: alert(
        'Contabile junior – Ravenna',
        "Ciao Luca,\r\n\r\nCONTABILE JUNIOR\r\nRomagna Trasporti S.r.l. - Ravenna (RA)\r\nTempo pieno\r\nVedi l'offerta: https://it.board.example/r/55021877\r\n\r\nDisattiva l'avviso: https://it.board.example/avvisi/off?k=1",
      ),
      expected: { url: 'https://it.board.example/r/55021877' },
    },
    {
      name: 'fr: "Voir l\'annonce : <link>"',
      file: 'a.eml',
      text: alert(
        'Comptable – Nantes',
        "Bonjour Léa,\r\n\r\nCOMPTABLE\r\nAtlantique Menuiserie SAS - Nantes (44)\r\nCDI\r\nVoir l'annonce : https://fr.board.example/r/771204\r\n\r\nSe désabonner : https://fr.board.example/stop?k=1",
      ),
      expected: { url: 'https://fr.board.example/r/771204' },
    },
    {
      name: 'pt: "Ver vaga: <link>"',
      file: 'a.eml',
      text: alert(
        'Assistente administrativo – Braga',
        'Olá Rita,\r\n\r\nASSISTENTE ADMINISTRATIVO\r\nMinho Têxteis, Lda. - Braga\r\nTempo inteiro\r\nVer vaga: https://pt.board.example/r/33019\r\n\r\nCancelar alerta: https://pt.board.example/stop?k=1',
      ),
      expected: { url: 'https://pt.board.example/r/33019' },
    },
  ]);
});
