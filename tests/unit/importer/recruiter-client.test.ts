import { describe } from 'vitest';
import { eml, itReads } from './cases';

/*
 * A recruiter's e-mail names the agency (its own sentence, its signature) and the client it hires for
 * ("Unser Klient, die X GmbH", "Mijn opdrachtgever X B.V.", "My client, X Ltd"): the client is the employer.
 * A sentence opened by a pronoun ("Je maakt ...", "Wir bieten ...") names nobody. Mails of our own.
 */
const mail = (subject: string, body: string) =>
  eml({ from: 'Agent <agent@agency.example>', to: 'me@mail.example', subject, body });

describe("a recruiter's client is the employer, a pronoun never is (class 2)", () => {
  itReads([
    {
      name: 'de: "Unser Klient, die X GmbH" beats the agency "bei der Y GmbH"',
      file: 'm.eml',
      text: mail(
        'Leitung Einkauf – vertrauliche Anfrage',
        'Guten Tag Frau Berger,\r\n\r\nich bin bei der Donaublick Personal GmbH für Einkauf zuständig.\r\n\r\nUnser Klient, die Murtal Metallbau GmbH, ein Hersteller von Stahlbauteilen, sucht eine Leitung Einkauf.\r\n\r\nMit freundlichen Grüßen\r\nAnna Gruber\r\nDonaublick Personal GmbH',
      ),
      expected: { company: 'Murtal Metallbau GmbH' },
      reasons: { company: /client/ },
    },
    {
      name: 'nl: "Mijn opdrachtgever X B.V." and no company "Je" from "Je maakt ..."',
      file: 'm.eml',
      text: mail(
        'Werkvoorbereider bij Polderwerk (Utrecht)',
        'Hoi Sanne,\r\n\r\nMijn opdrachtgever Polderwerk Bouw B.V. bouwt scholen en zoekt een werkvoorbereider.\r\n\r\nFunctie: Werkvoorbereider\r\n\r\nJe maakt de planning en bewaakt de budgetten.\r\n\r\nGroet,\r\nKees',
      ),
      expected: { company: 'Polderwerk Bouw B.V.' },
    },
    {
      name: 'nl: a sentence opened by a pronoun gives no company at all',
      file: 'm.eml',
      text: mail(
        'Werkvoorbereider (Utrecht)',
        'Hoi Sanne,\r\n\r\nFunctie: Werkvoorbereider\r\n\r\nJe maakt de planning en bewaakt de budgetten.\r\n\r\nGroet,\r\nKees',
      ),
      expected: { company: null },
    },
    {
      name: 'en: "My client, X Ltd, ..." beats the agency in the signature',
      file: 'm.eml',
      text: mail(
        'Payroll Manager opportunity',
        'Hi Tom,\r\n\r\nI work at Northgate Talent Ltd as a finance recruiter.\r\n\r\nMy client, Wensleydale Creameries Ltd, is looking for a Payroll Manager in Hawes.\r\n\r\nBest,\r\nAmy\r\nNorthgate Talent Ltd',
      ),
      expected: { company: 'Wensleydale Creameries Ltd' },
    },
  ]);
});
