import { describe, expect, it } from 'vitest';
import { fieldsOf, recordFields } from './cases';

/*
 * A business suite named by its maker alone ("le logiciel Sage", "el programa Sage"): a skill when the
 * word for software stands beside it, in the posting's language; the plain word ("sage advice", a person
 * called Sage) is not.
 */
describe('a suite named by its maker beside the word for software', () => {
  it('a public service record (fr)', () => {
    const f = recordFields({
      intitule: 'Comptable fournisseurs',
      description:
        'Saisie des factures fournisseurs et lettrage des comptes. Vous maîtrisez le logiciel Sage (module comptabilité).',
    });
    expect(f.skills).toContain('Sage');
  });

  it('a board record (es)', () => {
    const f = recordFields({
      titulo: 'Administrativo contable',
      descripcion: 'Contabilización de facturas y conciliaciones bancarias. Se valora experiencia con el programa Sage.',
    });
    expect(f.skills).toContain('Sage');
  });

  it('a person called Sage or sage advice is not a skill (en)', () => {
    const f = fieldsOf(
      'Office Assistant\n\nYou will report to Sage Thompson, our office lead.\nShe gives sage advice to every new starter.',
    );
    expect(f.skills).not.toContain('Sage');
  });
});
