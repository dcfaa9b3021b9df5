import { describe, expect, it } from 'vitest';
import { fieldsOf, mailFields, eml } from './cases';

/*
 * Deadlines stated in a sentence or under a long label, in several languages: a label with its purpose
 * ("Fecha límite para postularse", "Termine di candidatura"), an accented "vóór", a recruiter's sentence
 * about the CV or the file ("votre dossier d'ici au", "Ihren Lebenslauf bis zum"), wrapped over two lines.
 * Our own postings, never a holdout's.
 */
const page = (lines: string[]) => `Técnico de mantenimiento\nTalleres Ribera SL\n\n${lines.join('\n')}`;

describe('deadlines under long labels and in sentences', () => {
  it('labels that name their purpose (es, it) and an accented vóór (nl)', () => {
    expect(fieldsOf(page(['Ubicación: Toledo', 'Fecha límite para postularse: 12/02/2027'])).deadline).toBe('2027-02-12');
    expect(fieldsOf(page(['Ubicación: Toledo', 'Fecha límite para enviar solicitudes: 12/02/2027'])).deadline).toBe('2027-02-12');
    expect(fieldsOf(page(['Sede: Como', 'Termine di candidatura: 14 febbraio 2027'])).deadline).toBe('2027-02-14');
    expect(fieldsOf(page(['Standplaats: Breda', 'Reageren vóór 3 februari 2027'])).deadline).toBe('2027-02-03');
  });

  it("a recruiter's sentence wrapped over two lines (de, en, fr)", async () => {
    const mail = (body: string) =>
      eml({ from: 'Recruiter <r@search-partners.example>', to: 'anna@example.org', subject: 'Opportunity', body });
    const de = await mailFields(
      mail(
        'Guten Tag,\n\nfür einen Kunden suche ich eine Teamleitung Logistik.\n\nBitte senden Sie Ihren Lebenslauf bis zum\n5. Februar 2027 an mich.\n',
      ),
    );
    expect(de.deadline).toBe('2027-02-05');
    const en = await mailFields(
      mail(
        "Hi Anna,\n\nI'm recruiting a Plant Controller.\n\nI'm submitting candidates until\nThursday, February 4, 2027, so reply soon.\n",
      ),
    );
    expect(en.deadline).toBe('2027-02-04');
    const enCv = await mailFields(
      mail('Hi Anna,\n\nPlease reply with your updated CV, current salary and notice period by 8 February 2027.\n'),
    );
    expect(enCv.deadline).toBe('2027-02-08');
    const fr = await mailFields(mail("Bonjour,\n\nMerci de me faire parvenir votre dossier d'ici au 9 février 2027.\n"));
    expect(fr.deadline).toBe('2027-02-09');
  });

  it('a start date after a CV sentence is not a deadline (en)', () => {
    expect(fieldsOf(page(['Location: Leeds', 'Send your CV.', 'Start by 1 March 2027'])).deadline).toBeNull();
  });
});
