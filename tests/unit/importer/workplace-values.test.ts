import { describe, expect } from 'vitest';
import { itReads } from './cases';

/*
 * A workplace word under a location label ("Work Location: In person", "Ubicación: Presencial") says how
 * one works, not where: it is the workplace, and the place is read from the header. Postings of our own.
 */
const place = (town: string): unknown => expect.stringContaining(town);

describe('workplace words under a location label (classes 4, 7)', () => {
  itReads([
    {
      name: '"In person" is on-site, not a place (en)',
      text: 'Dental Receptionist\nMaple Grove Dental · Spokane, WA\n\nJob type: Part-time\n\nGreet patients and book appointments.\n\nWork Location: In person',
      expected: { workplace: 'onsite', location: place('Spokane') },
    },
    {
      name: '"Presencial" under a location label is on-site (es)',
      text: 'Recepcionista\nClínica Dental Ebro · Zaragoza\n\nJornada: Completa\n\nAtención a pacientes y gestión de citas.\n\nUbicación: Presencial',
      expected: { workplace: 'onsite', location: place('Zaragoza') },
    },
    {
      name: '"Vor Ort" under a location label is on-site (de)',
      text: 'Empfangskraft (m/w/d)\nZahnarztpraxis am Dom GmbH · Bamberg\n\nArbeitszeit: Teilzeit\n\nSie empfangen Patienten und vergeben Termine.\n\nArbeitsort: Vor Ort',
      expected: { workplace: 'onsite', location: place('Bamberg') },
    },
    {
      name: '"the position is in person" in prose is on-site (en)',
      text: 'Barista\nHarbour Coffee · Leith\n\nThis position is in person at our café.',
      expected: { workplace: 'onsite' },
    },
    {
      name: '"Company · City, ST (Hybrid)" in an alert gives the place and the workplace (en)',
      text: 'Your job alert for payroll\n\n## Payroll Specialist\nPrairie Seed Co · Lethbridge, AB (Hybrid)\n\nRun payroll for 300 staff.',
      expected: { company: 'Prairie Seed Co', location: place('Lethbridge'), workplace: 'hybrid' },
    },
    {
      name: '"Company · City, ST (Hybride)" in an alert gives the place and the workplace (fr)',
      text: 'Votre alerte emploi\n\n## Technicienne comptable\nBoulangeries Estrie · Magog, QC (Hybride)\n\nTenue des comptes fournisseurs.',
      expected: { company: 'Boulangeries Estrie', location: place('Magog'), workplace: 'hybrid' },
    },
    {
      name: 'a header line "Town, ST postcode" is the place even for a town the list lacks (en)',
      text: 'Dental Receptionist\nMaple Grove Dental\nSpokane, WA 99201\n\nJob type: Part-time\n\nGreet patients.\n\nWork Location: In person',
      expected: { location: place('Spokane'), workplace: 'onsite' },
    },
    {
      name: 'a header line "Town, ST postcode" is the place even for a town the list lacks (fr)',
      text: 'Technicienne comptable\nBoulangeries Estrie\nSherbrooke, QC J1H 5N4\n\nType de poste : Temps plein\n\nTenue des comptes fournisseurs.',
      expected: { location: place('Sherbrooke') },
    },
    {
      name: 'a remote word alone as a label, its answer on the next line: a refusal is on-site (fr)',
      text: 'Contrôleur de gestion H/F\nFonderies Mazarguet SAS - Lyon\n\nTélétravail\nNon\n\nDescriptif\nVous pilotez la performance. Le télétravail est possible chez nos partenaires.',
      expected: { workplace: 'onsite' },
    },
    {
      name: 'a remote word alone as a label, its answer on the next line: a partial answer is hybrid (de)',
      text: 'Lohnbuchhalter (m/w/d)\nMesserschmiede Hartl GmbH · Solingen\n\nHomeoffice\n2 Tage pro Woche\n\nSie erstellen Lohnabrechnungen.',
      expected: { workplace: 'hybrid' },
    },
  ]);
});
