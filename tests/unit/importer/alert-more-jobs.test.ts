import { describe } from 'vitest';
import { eml, itReads } from './cases';

/*
 * A job alert's subject names its first job and then counts the rest ("und 3 weitere passende Jobs", "e altre
 * 4 offerte", "and 2 more jobs"): the count is not the title's. A subject that adds a place or a note after
 * the title the body gives on its own line ("Teamleitung Disposition in Linz – vertrauliche Anfrage") keeps
 * only that line. Mails of our own.
 */
const alert = (subject: string, body: string) =>
  eml({ from: 'Alerts <alerts@board.example>', to: 'me@mail.example', subject, body });

describe('an alert\'s "and N more jobs" tail and a subject\'s note are not the title (class 1)', () => {
  itReads([
    {
      name: 'de: "Dein Jobletter: X (m/w/d) und 3 weitere passende Jobs"',
      file: 'a.eml',
      text: alert(
        'Dein Jobletter: Junior Buchhalter (m/w/d) und 3 weitere passende Jobs',
        'Hallo Jan,\r\n\r\nhier ist dein Jobletter.\r\n\r\nWeserkai Handel GmbH – Bremen\r\nVollzeit\r\n\r\nViel Erfolg!',
      ),
      expected: { title: 'Junior Buchhalter' },
    },
    {
      name: 'it: "X – Pescara e altre 4 offerte"',
      file: 'a.eml',
      text: alert(
        'Addetto alla contabilità – Pescara e altre 4 offerte',
        'Ciao Marco,\r\n\r\necco una nuova offerta per te:\r\n\r\nADDETTO ALLA CONTABILITÀ\r\nAdriatica Servizi S.r.l. - Pescara (PE)\r\nTempo pieno\r\n\r\nAltre offerte per te',
      ),
      expected: { title: 'Addetto alla contabilità' },
    },
    {
      name: 'en: "X and 2 more jobs for you"',
      file: 'a.eml',
      text: alert(
        'Warehouse Supervisor and 2 more jobs for you',
        'Hi Sam,\r\n\r\nNew jobs matching your search.\r\n\r\nBrackenfield Foods Ltd · Leeds\r\nFull time\r\n\r\nGood luck!',
      ),
      expected: { title: 'Warehouse Supervisor' },
    },
    {
      name: "de: the subject's place and note after the title the body gives on its own line",
      file: 'm.eml',
      text: eml({
        from: 'Agent <agent@agency.example>',
        to: 'me@mail.example',
        subject: 'Leitung Fuhrpark in Graz – vertrauliche Anfrage',
        body: 'Sehr geehrte Frau Berger,\r\n\r\nunser Kunde sucht für den Standort Graz eine\r\n\r\nLeitung Fuhrpark\r\n\r\nBei Interesse antworten Sie mir gerne.',
      }),
      expected: { title: 'Leitung Fuhrpark' },
    },
    {
      name: "fr: the subject's place after the title the body gives on its own line",
      file: 'm.eml',
      text: eml({
        from: 'Agent <agent@agency.example>',
        to: 'me@mail.example',
        subject: 'Chef d’équipe logistique à Rennes – opportunité confidentielle',
        body: 'Bonjour Madame Durand,\r\n\r\nnotre client recherche un\r\n\r\nChef d’équipe logistique\r\n\r\npour son site de Rennes. Au plaisir de vous lire.',
      }),
      expected: { title: 'Chef d’équipe logistique' },
    },
  ]);
});
