import { describe, expect, it } from 'vitest';
import { fieldsOf } from './cases';

/*
 * Partial remote stated as a count of days at home, in prose or under a remote label, is hybrid: the
 * German dative ("an bis zu zwei Tagen pro Woche"), one day a week in English, the Danish verb phrase
 * "arbejde hjemme", the Italian label "Telelavoro". Our own postings, never a holdout's.
 */
const posting = (title: string, lines: string[]) => `${title}\nKestrel Werkzeuge GmbH\n\n${lines.join('\n')}`;

describe('days at home a week are hybrid', () => {
  it('German: Homeoffice an bis zu zwei Tagen pro Woche (prose and a benefits list)', () => {
    const prose = fieldsOf(
      posting('Sachbearbeiter Einkauf (m/w/d)', [
        'Standort: Kassel',
        '',
        'Was wir bieten',
        '- 30 Tage Urlaub',
        '- Homeoffice an bis zu zwei Tagen pro Woche möglich',
      ]),
    );
    expect(prose.workplace).toBe('hybrid');
    const rest = fieldsOf(
      posting('Lagerleiter (m/w/d)', [
        'Standort: Fulda',
        '',
        'Mobiles Arbeiten an einzelnen Tagen: Homeoffice an drei Tagen in der Woche, die übrigen Tage im Werk.',
      ]),
    );
    expect(rest.workplace).toBe('hybrid');
  });

  it('English: work that can be done from home one day a week', () => {
    const en = fieldsOf(
      posting('Occupational Therapist', [
        'Location: Harlow',
        '',
        'Reports and supervision can be done from home one day a week after your induction.',
      ]),
    );
    expect(en.workplace).toBe('hybrid');
    const away = fieldsOf(posting('Field Engineer', ['Location: Harlow', '', 'Expect travel away from home one day a week.']));
    expect(away.workplace).toBeNull();
  });

  it('Danish: du kan arbejde hjemme én til to dage om ugen', () => {
    const da = fieldsOf(
      posting('Bogholder', ['Arbejdssted: Aalborg', '', 'Du kan arbejde hjemme én til to dage om ugen efter aftale.']),
    );
    expect(da.workplace).toBe('hybrid');
  });

  it('Italian: a "Telelavoro" label with a count of days', () => {
    const it_ = fieldsOf(
      posting('Impiegata amministrativa', ['Luogo di lavoro: Lugano', 'Telelavoro: fino a 2 giorni a settimana']),
    );
    expect(it_.workplace).toBe('hybrid');
  });
});
