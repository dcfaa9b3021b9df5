import { describe, expect, it } from 'vitest';
import { parsePostingSync } from '../../../electron/core/importer';
import { workplaceFromText } from '../../../electron/core/importer/work-terms';

/*
 * General rules found missing on holdout 6, each with postings of our own (invented companies and text)
 * in two or more languages.
 */
const NOW = new Date(2027, 0, 10, 12);
const text = (t: string) => parsePostingSync({ name: 'p.txt', text: t }, { now: NOW }).fields;
const json = (record: unknown) => parsePostingSync({ name: 'r.json', text: JSON.stringify(record) }, { now: NOW }).fields;

describe('record keys: an opening named by its own noun, a contact person, hours and creation keys', () => {
  it('an ATS opening name is the title (en, nl, de)', () => {
    const en = json({ jobOpening: { jobOpeningName: 'Payroll Coordinator', datePosted: '2027-01-06' } });
    expect(en.title).toBe('Payroll Coordinator');
    const nl = json({ vacature: { functienaam: 'Planner binnendienst', werkgever: { naam: 'Dijkstra Installatietechniek' } } });
    expect(nl.title).toBe('Planner binnendienst');
    expect(nl.company).toBe('Dijkstra Installatietechniek');
    const de = json({ stelle: { stellenbezeichnung: 'Lagerist (m/w/d)', arbeitgeber: 'Brenner Logistik GmbH' } });
    expect(de.title).toBe('Lagerist');
  });

  it("a contact person's job title is never the posting's title; their e-mail is the contact (nl, en, de)", () => {
    const nl = json({
      vacature: {
        omschrijving: 'Wij zoeken een collega voor de planning van onze monteurs in de regio Zwolle en omstreken.',
        contactpersoon: { naam: 'Ruud Hoekstra', functie: 'Hoofd planning', email: 'r.hoekstra@dijkstra-it.example' },
        functienaam: 'Planner buitendienst',
      },
    });
    expect(nl.title).toBe('Planner buitendienst');
    expect(nl.email).toBe('r.hoekstra@dijkstra-it.example');
    const en = json({
      contact: { name: 'Priya Nair', title: 'Talent Partner', email: 'priya@orchardlane.example' },
      openingName: 'Line Cook',
      company: 'Orchard Lane Bistro',
    });
    expect(en.title).toBe('Line Cook');
    const de = json({
      ansprechpartner: { name: 'Jana Vogt', position: 'Personalreferentin', email: 'jobs@brenner-logistik.example' },
      arbeitgeber: 'Brenner Logistik GmbH',
      beschreibung: 'Wir suchen Verstärkung für unser Lager in Kassel: Kommissionierung, Wareneingang und Inventur.',
    });
    expect(de.title).not.toBe('Personalreferentin');
    expect(de.email).toBe('jobs@brenner-logistik.example');
  });

  it('hours under their own key decide beside a permanent contract; a posting creation key is the posted day (da, nl, en)', () => {
    const da = json({
      Title: 'Rengøringsassistent',
      EmploymentType: 'Fastansættelse',
      WorkHours: 'Deltid',
      PostingCreated: '2027-01-05T00:00:00',
    });
    expect(da.employmentType).toBe('part-time');
    expect(da.postedAt).toBe('2027-01-05');
    const nl = json({ functienaam: 'Kassamedewerker', dienstverband: 'Vast', arbeidsduur: 'Parttime' });
    expect(nl.employmentType).toBe('part-time');
    const en = json({ title: 'Bookkeeper', employmentType: 'Permanent', workHours: 'Full-time', postingDate: '2027-01-08' });
    expect(en.employmentType).toBe('full-time');
    expect(en.postedAt).toBe('2027-01-08');
  });
});

describe('workplace in prose: a verb refusing work from home, and some of the days at home', () => {
  it('a refusal is on-site, whatever remote or hybrid word it names (en, da, it, es, de)', () => {
    expect(workplaceFromText('Please note this is not a remote or hybrid role: the plant needs you on the floor.')).toBe(
      'onsite',
    );
    expect(workplaceFromText('This is neither a hybrid nor a remote position.')).toBe('onsite');
    expect(workplaceFromText('Opgaverne kan af hensyn til kunderne ikke udføres hjemmefra.')).toBe('onsite');
    expect(workplaceFromText("Il ruolo non consente il lavoro da casa per via dell'assistenza in sede.")).toBe('onsite');
    expect(workplaceFromText('Por la atención en mostrador no contamos con home office para esta vacante.')).toBe('onsite');
    expect(workplaceFromText('Die Tätigkeit kann leider nicht im Homeoffice ausgeübt werden.')).toBe('onsite');
  });

  it('some of the working days at home is hybrid (en, de, nl, es)', () => {
    expect(workplaceFromText('Once trained, two of your days can be worked from home.')).toBe('hybrid');
    expect(workplaceFromText('Zwei Ihrer Arbeitstage können Sie nach der Einarbeitung von zu Hause arbeiten.')).toBe('hybrid');
    expect(workplaceFromText('Twee van je werkdagen kun je thuis werken.')).toBe('hybrid');
    expect(workplaceFromText('Dos de tus días pueden trabajarse desde casa.')).toBe('hybrid');
  });

  it("a record's description states the workplace its keys leave out (en, de)", () => {
    const en = json({
      jobOpeningName: 'Claims Assistant',
      isRemote: null,
      description: '<p>Three days at our Leeds office; after training, two of your days can be worked from home.</p>',
    });
    expect(en.workplace).toBe('hybrid');
    const de = json({
      stellenbezeichnung: 'Sachbearbeiter Einkauf (m/w/d)',
      beschreibung: '<p>Zwei Ihrer Arbeitstage können Sie von zu Hause aus arbeiten, die übrigen im Büro in Fulda.</p>',
    });
    expect(de.workplace).toBe('hybrid');
  });
});

describe("an agency's client named after a plain lead ('are working with', 'im Auftrag der', 'per conto di', 'pour le compte de')", () => {
  it('the client is the employer, not the agency that writes (en, de, it, fr)', () => {
    const en = text(
      'Maintenance Planner\nBrightline Staffing\nRecruiter\nDerby\n\nBrightline Staffing are working with Calder Rail Services Ltd, a rolling-stock maintainer, to find a Maintenance Planner for their Derby depot.\n\nApply with your CV.',
    );
    expect(en.company).toBe('Calder Rail Services Ltd');
    const de = text(
      'Sehr geehrter Herr Lenz,\n\nim Auftrag der Mühlenwerke Ostheim GmbH & Co. KG in Fulda suche ich einen\n\nSchichtleiter Produktion (m/w/d)\n\nOstheim ist ein Familienunternehmen mit 140 Beschäftigten.\n\nMit freundlichen Grüßen\nKarin Busch\nBusch Personalberatung GmbH',
    );
    expect(de.company).toBe('Mühlenwerke Ostheim GmbH & Co. KG');
    const it = text(
      'Gentile Marco,\n\nTalentia Selezione, per conto di Oleificio Val di Noto, storica azienda olearia siciliana, ricerca un/una:\n\nAddetto controllo qualità\n\nCordiali saluti,\nGiulia Sanna',
    );
    expect(it.company).toBe('Oleificio Val di Noto');
    const fr = text(
      'Technicien de maintenance H/F\n\nCabinet Alto Recrutement recrute pour le compte de Laiterie des Combes, coopérative fromagère du Jura, un technicien de maintenance.\n\nPostulez avec votre CV.',
    );
    expect(fr.company).toBe('Laiterie des Combes');
  });
});

describe('dates: a weekday before the date, and more date labels', () => {
  it('a weekday word between the until word and the date is stepped over (it, fr, en, de)', () => {
    const it = text(
      'Magazziniere\n\nCooperativa Trasporti Euganei ricerca un magazziniere per il deposito di Este.\n\nLe candidature saranno raccolte fino a giovedì 28 gennaio 2027.',
    );
    expect(it.deadline).toBe('2027-01-28');
    const fr = text('Assistant comptable H/F\n\nDate limite de candidature : vendredi 29 janvier 2027\n\nPostulez en ligne.');
    expect(fr.deadline).toBe('2027-01-29');
    const en = text('Warehouse Operative\n\nClosing date: Friday, 29 January 2027\n\nApply online.');
    expect(en.deadline).toBe('2027-01-29');
    const de = text('Lagerhelfer (m/w/d)\n\nBewerbungsfrist: Freitag, 29.01.2027\n\nWir freuen uns auf Sie.');
    expect(de.deadline).toBe('2027-01-29');
  });

  it("'Vigencia de la oferta' is the deadline; 'Oprettet' with a dotted day is the posted day (es, da)", () => {
    const es = text(
      'Auxiliar de almacén\nDistribuidora Lerma\n\nDetalles de la oferta\nFecha de publicación: 07/01/2027\nVigencia de la oferta: 06/02/2027',
    );
    expect(es.deadline).toBe('2027-02-06');
    const da = text('Lagermedarbejder\nOprettet 06.01.2027\n\nVi søger en lagermedarbejder til vores lager i Vejle.');
    expect(da.postedAt).toBe('2027-01-06');
  });
});

describe("a bare dollar sign is the dollar of the posting's country", () => {
  it('MXN in Mexico, CAD in Canada, AUD in Australia, USD in the US (es, fr, en)', () => {
    const mx = text('Auxiliar de nóminas\nComercial Altos del Bajío\nLeón, Guanajuato\n\nSueldo: $12,000 - $13,500 mensuales');
    expect(mx.salary?.currency).toBe('MXN');
    const mx2 = text('Vendedor de piso\n\nOfrecemos sueldo de $9,800 al mes en nuestra sucursal de Monterrey.');
    expect(mx2.salary?.currency).toBe('MXN');
    const ca = text('Commis de cuisine\nBistro Saint-Roch\nQuébec, QC\n\nSalaire : 19 $ - 21 $ de l’heure');
    expect(ca.salary?.currency).toBe('CAD');
    const au = text('Site Administrator\nKestrel Civil Pty Ltd\nBrisbane, QLD\n\nSalary: $78,000 - $85,000 per year');
    expect(au.salary?.currency).toBe('AUD');
    const us = text('Forklift Operator\nRidgeway Supply\nSeattle, WA\n\nPay: $21 - $24 per hour');
    expect(us.salary?.currency).toBe('USD');
  });
});

describe('sidebars headed "Jobs you may like" in every language', () => {
  it("another job's terms under the heading are not this posting's (en, de, fr)", () => {
    const en = text(
      'Dispatch Coordinator\nRiverbend Freight\nFull-time\n\nCoordinate drivers and loads from our yard.\n\nJobs you may like\nLogistics Intern\nInternship\nRemote',
    );
    expect(en.employmentType).toBe('full-time');
    expect(en.workplace).toBeNull();
    const de = text(
      'Disponent (m/w/d)\nSpedition Hallberg\nVollzeit\n\nSie planen unsere Touren.\n\nDas könnte Sie auch interessieren\nPraktikum Logistik\nPraktikum',
    );
    expect(de.employmentType).toBe('full-time');
    const fr = text(
      'Affréteur H/F\nTransports Morin\nTemps partiel\n\nVous organisez les tournées.\n\nOffres qui pourraient vous plaire\nStage logistique\nStage',
    );
    expect(fr.employmentType).toBe('part-time');
  });
});

describe('a permanent-contract word says how long, not the hours', () => {
  it('beside a part-time word it is part-time; alone it is full-time (fr, de, es)', () => {
    expect(text('Secrétaire médicale H/F\n\nContrat : CDI à temps partiel, 24 heures par semaine').employmentType).toBe(
      'part-time',
    );
    expect(text('Secrétaire médicale H/F\n\nContrat : CDI').employmentType).toBe('full-time');
    expect(text('Empfangskraft (m/w/d)\n\nAnstellung: Festanstellung in Teilzeit').employmentType).toBe('part-time');
    expect(text('Recepcionista\n\nContrato: indefinido, media jornada').employmentType).toBe('part-time');
  });
});

describe('slashed dates: US dollars say month first when the place is a bare city', () => {
  it('a city without a state and $ pay is read month first; pounds or a Mexican page day first (en, es)', () => {
    const us = text(
      'Line Mechanic\nHarlan Fleet Services\nSacramento\n\n$27 - $31 an hour\n\nPosted on 01/05/2027\nApplication deadline: 02/03/2027',
    );
    expect(us.postedAt).toBe('2027-01-05');
    expect(us.deadline).toBe('2027-02-03');
    const uk = text('Line Mechanic\nHarlan Fleet Services\nLeeds\n\n£14 - £16 an hour\n\nPosted on 06/01/2027');
    expect(uk.postedAt).toBe('2027-01-06');
    const mx = text(
      'Mecánico de flotilla\nTransportes Harlan\nZapopan, Jalisco\n\nSueldo: $14,000 mensuales\n\nFecha de publicación: 06/01/2027',
    );
    expect(mx.postedAt).toBe('2027-01-06');
  });
});
