import { describe, expect, it } from 'vitest';
import { parsePostingSync } from '../../../electron/core/importer';

/*
 * A workplace word under a location label ("Work Location: In person", "Ubicación: Presencial") says how
 * one works, not where: it is the workplace, and the place is read from the header. Postings of our own.
 */
const NOW = new Date(2027, 0, 10, 12);
const parse = (text: string) => parsePostingSync({ name: 'p.txt', text }, { now: NOW }).fields;

describe('workplace words under a location label (classes 4, 7)', () => {
  it('"In person" is on-site, not a place (en)', () => {
    const f = parse(
      'Dental Receptionist\nMaple Grove Dental · Spokane, WA\n\nJob type: Part-time\n\nGreet patients and book appointments.\n\nWork Location: In person',
    );
    expect(f.workplace).toBe('onsite');
    expect(f.location).toContain('Spokane');
  });

  it('"Presencial" and "Vor Ort" under a location label are on-site (es, de)', () => {
    const es = parse(
      'Recepcionista\nClínica Dental Ebro · Zaragoza\n\nJornada: Completa\n\nAtención a pacientes y gestión de citas.\n\nUbicación: Presencial',
    );
    expect(es.workplace).toBe('onsite');
    expect(es.location).toContain('Zaragoza');
    const de = parse(
      'Empfangskraft (m/w/d)\nZahnarztpraxis am Dom GmbH · Bamberg\n\nArbeitszeit: Teilzeit\n\nSie empfangen Patienten und vergeben Termine.\n\nArbeitsort: Vor Ort',
    );
    expect(de.workplace).toBe('onsite');
    expect(de.location).toContain('Bamberg');
  });

  it('"the position is in person" in prose is on-site (en)', () => {
    expect(parse('Barista\nHarbour Coffee · Leith\n\nThis position is in person at our café.').workplace).toBe('onsite');
  });

  it('"Company · City, ST (Hybrid)" in an alert gives the place and the workplace (en, fr)', () => {
    const en = parse(
      'Your job alert for payroll\n\n## Payroll Specialist\nPrairie Seed Co · Lethbridge, AB (Hybrid)\n\nRun payroll for 300 staff.',
    );
    expect(en.company).toBe('Prairie Seed Co');
    expect(en.location).toContain('Lethbridge');
    expect(en.workplace).toBe('hybrid');
    const fr = parse(
      'Votre alerte emploi\n\n## Technicienne comptable\nBoulangeries Estrie · Magog, QC (Hybride)\n\nTenue des comptes fournisseurs.',
    );
    expect(fr.company).toBe('Boulangeries Estrie');
    expect(fr.location).toContain('Magog');
    expect(fr.workplace).toBe('hybrid');
  });

  it('a header line "Town, ST postcode" is the place even for a town the list lacks (en, fr)', () => {
    const en = parse(
      'Dental Receptionist\nMaple Grove Dental\nSpokane, WA 99201\n\nJob type: Part-time\n\nGreet patients.\n\nWork Location: In person',
    );
    expect(en.location).toContain('Spokane');
    expect(en.workplace).toBe('onsite');
    const fr = parse(
      'Technicienne comptable\nBoulangeries Estrie\nSherbrooke, QC J1H 5N4\n\nType de poste : Temps plein\n\nTenue des comptes fournisseurs.',
    );
    expect(fr.location).toContain('Sherbrooke');
  });

  it('a remote word alone as a label, its answer on the next line (fr, de)', () => {
    const fr = parse(
      'Contrôleur de gestion H/F\nFonderies Mazarguet SAS - Lyon\n\nTélétravail\nNon\n\nDescriptif\nVous pilotez la performance. Le télétravail est possible chez nos partenaires.',
    );
    expect(fr.workplace).toBe('onsite');
    const de = parse(
      'Lohnbuchhalter (m/w/d)\nMesserschmiede Hartl GmbH · Solingen\n\nHomeoffice\n2 Tage pro Woche\n\nSie erstellen Lohnabrechnungen.',
    );
    expect(de.workplace).toBe('hybrid');
  });
});
