import { describe, expect, it } from 'vitest';
import { findSkills } from '../../../electron/core/importer/skills';
import { fieldsOf } from './cases';

/*
 * A skill is reported under the name the posting uses (class 10): the candidate reads "Excel" where the
 * posting says Excel and "Navision" where it says Navision. A mere variant of the product's name (a version,
 * a plural, "MS" for Microsoft, a lower-case nickname) is reported under the product's name. One name per product.
 */
describe('skills are named as the posting names them (class 10)', () => {
  it('a product keeps the name the posting gives it (en, de, da, it, nl)', () => {
    expect(findSkills('Strong Excel and Photoshop skills.')).toEqual(['Excel', 'Photoshop']);
    expect(findSkills('Sehr gute Kenntnisse in Microsoft Excel und Visio.')).toEqual(['Microsoft Excel', 'Visio']);
    expect(findSkills('Erfaring med Navision og Excel er et plus.')).toEqual(['Navision', 'Excel']);
    expect(findSkills('Conoscenza di Dynamics NAV e Apache Kafka.')).toEqual(['Dynamics NAV', 'Apache Kafka']);
    // A product's edition or module is named too: "AFAS Profit", not only its maker's "AFAS".
    expect(findSkills('Kennis van AFAS Profit en Softland ERP.')).toEqual(['AFAS Profit', 'Softland ERP']);
  });

  it("a spelling of the product's name is reported under that name (en, es)", () => {
    expect(findSkills('Manejo de MS Excel y MS Project.')).toEqual(['Microsoft Excel', 'Microsoft Project']);
    expect(findSkills('Experience with k8s, ROS2, React.js and PowerBI dashboards.')).toEqual([
      'Kubernetes',
      'ROS',
      'React',
      'Power BI',
    ]);
  });

  it('one name per product, the first the posting uses (en, fr)', () => {
    expect(findSkills('Excel at an advanced level; Microsoft Excel macros are a plus.')).toEqual(['Excel']);
    expect(fieldsOf('Comptable\n\nMaîtrise de SAP FI et d’Excel ; Microsoft Excel avancé.').skills).toEqual([
      'SAP FI',
      'SAP',
      'Excel',
    ]);
  });

  it('a common word that is also a product is not read as the product (fr, de)', () => {
    expect(findSkills('Premier entretien en visio, puis rencontre sur site.')).toEqual([]);
    expect(findSkills('Prozesse dokumentieren Sie in Visio und Excel.')).toEqual(['Visio', 'Excel']);
  });
});
