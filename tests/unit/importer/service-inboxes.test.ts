import { describe, expect, it } from 'vitest';
import { validEmail } from '../../../electron/core/importer/contacts';
import { eml, itReads } from './cases';

/*
 * A site's own service inboxes (privacy, data protection, legal, help, support, press) in every language
 * the importer reads, whole or as a part of a compound: the board's, never the job's contact. The words
 * live in each language's table (serviceInboxes).
 */
describe("a site's service inboxes in eight languages", () => {
  const service = [
    'privacidade@board.example.pt',
    'protecao-dados@board.example.pt',
    'lgpd@board.example.br',
    'privacidad@board.example.es',
    'proteccion.datos@board.example.es',
    'confidentialite@board.example.fr',
    'donnees-personnelles@board.example.fr',
    'riservatezza@board.example.it',
    'protezione.dati@board.example.it',
    'privatliv@board.example.dk',
    'persondata@board.example.dk',
    'databeskyttelse@board.example.dk',
    'gegevensbescherming@board.example.nl',
    'klantenservice@board.example.nl',
    'datenschutz-team@board.example.de',
    'dsgvo@board.example.de',
    'privacy.office@board.example.co.uk',
    'dpo@board.example.com',
  ];
  for (const address of service) it(`${address} is a service inbox`, () => expect(validEmail(address)).toBeNull());

  const people = [
    'ana.privado@acme.example.pt',
    'jobs@acme.example.dk',
    'h.persson@acme.example.se',
    'recrutamento@acme.example.pt',
  ];
  for (const address of people) it(`${address} stays a contact`, () => expect(validEmail(address)).toBe(address));
});

describe("an alert's footer inboxes are not the contact", () => {
  itReads([
    {
      name: "the board's data-protection inbox beside a 'cancelar subscrição' line is not the contact (pt)",
      file: 'alerta.eml',
      text: eml({
        from: 'Vagas Norte <alertas@vagasnorte.example>',
        to: 'rita@correio.example',
        subject: 'Nova vaga: Técnico de Contabilidade',
        body: 'Técnico de Contabilidade\nMoagem do Douro, Lda. – Porto\nTempo inteiro\n\nVer vaga: https://www.vagasnorte.example/vaga/88120\n\nCancelar subscrição: https://www.vagasnorte.example/alertas/cancelar\nProteção de dados: privacidade@vagasnorte.example',
      }),
      expected: { email: null },
    },
    {
      name: "the board's privacy inbox in a page's text is not the contact (da)",
      text: 'Bogholder\nFjordlys Møbler A/S · Vejle\n\nFuldtid. Du står for bogføring og afstemninger.\n\nSpørgsmål om dine data: privatliv@jobportal-eksempel.example',
      expected: { email: null },
    },
    {
      name: "the board's riservatezza inbox is passed over for the recruiter's (it)",
      text: 'Contabile\nMolini del Po S.r.l. – Cremona\n\nTempo pieno. Scrivi a selezione@molinidelpo.example per informazioni.\n\nRiservatezza: riservatezza@lavoro-esempio.example',
      expected: { email: 'selezione@molinidelpo.example' },
    },
  ]);
});

/*
 * An applicant-tracking system's routing inbox (a host labelled inbound, parse, relay) files mail under a
 * posting; the recruiter the posting names is the contact. Records and pages of our own in French and German.
 */
describe("an applicant-tracking system's routing inbox is not the contact", () => {
  itReads([
    {
      name: "a record's mailbox address on an inbound host gives way to the named recruiter (fr)",
      file: 'r.json',
      text: JSON.stringify({
        title: 'Responsable des ventes',
        company: 'Horlogerie du Lac SA',
        location: 'Nyon',
        mailbox_email: 'job.558120@inbound.ats-exemple.example',
        description:
          '<p>Vous développez notre réseau de détaillants en Suisse romande.</p><p>Contact : M. Luc Favre, luc.favre@horlogeriedulac.example</p>',
      }),
      expected: { email: 'luc.favre@horlogeriedulac.example' },
    },
    {
      name: 'a routing address alone leaves the contact empty (de)',
      text: 'Vertriebsinnendienst (m/w/d)\nAlpenglas AG · Chur\n\nVollzeit. Bewerbungen bitte an stelle-8812@parse.bewerbermanager.example',
      expected: { email: null },
    },
  ]);
});

/*
 * A line may give the job's address and then the site's data-protection one: the sentence about applying
 * keeps its address; the service sentence's is passed over. Pastes of our own in German and French.
 */
describe('an application sentence beside a data-protection sentence', () => {
  itReads([
    {
      name: 'the application address before a Datenschutz sentence is the contact (de)',
      text: 'Industriemechaniker (m/w/d)\nWeserstahl GmbH · Minden\n\nVollzeit, unbefristet.\n\nIhre Bewerbung senden Sie bitte an Herrn Olaf Brandt: karriere@weserstahl.example. Hinweise zum Datenschutz: datenschutz@weserstahl.example',
      expected: { email: 'karriere@weserstahl.example' },
    },
    {
      name: 'the application address before a protection-des-données sentence is the contact (fr)',
      text: 'Technicien de maintenance H/F\nAciéries du Rhône · Lyon\n\nCDI à temps plein.\n\nEnvoyez votre candidature à recrutement@acieriesrhone.example. Protection des données : dpo@acieriesrhone.example',
      expected: { email: 'recrutement@acieriesrhone.example' },
    },
    {
      name: 'a footer line with a privacy word gives no address outside an application sentence (en)',
      text: 'Warehouse Operative\nDockside Freight Ltd · Hull\n\nFull-time, on site.\n\n© 2027 Jobsboard. Contact info@jobsboard-sample.example. Privacy policy and cookies.',
      expected: { email: null },
    },
  ]);
});
