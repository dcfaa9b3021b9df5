import { describe } from 'vitest';
import { itReads } from './cases';

/*
 * A pasted board page opens with its menu, its logo line (the site's name, which its own addresses repeat),
 * then a breadcrumb whose last step the next line repeats: that line is the title, the logo line never is,
 * and the line under the title names the employer. Pastes of our own in French and Spanish.
 */
describe("a breadcrumb's repeated last step is the title, the site's name is not (class 1)", () => {
  itReads([
    {
      name: 'fr (CA): trail, title, employer; the logo line matches the support address',
      text: [
        'Passer au contenu principal',
        'Emploisquébec-demo',
        'Trouver un emploi',
        'Connexion',
        'Accueil › Emplois › Bureau › Granby › Commis comptable ou commise comptable',
        'Commis comptable ou commise comptable',
        "Fromagerie des Cantons de l'Est",
        'Granby, QC',
        'Temps plein',
        '',
        'Description du poste',
        "La Fromagerie des Cantons de l'Est cherche une personne pour tenir ses comptes fournisseurs.",
        '',
        'Aide : aide@emploisquébec-demo.example · Confidentialité',
      ].join('\n'),
      expected: { title: 'Commis comptable ou commise comptable', company: "Fromagerie des Cantons de l'Est" },
      reasons: { title: /breadcrumb/ },
    },
    {
      name: 'es: the same shape with "»" steps',
      text: [
        'Ir al contenido',
        'Trabajando-demo',
        'Buscar empleos',
        'Iniciar sesión',
        'Inicio » Empleos » Mendoza » Encargado o encargada de bodega',
        'Encargado o encargada de bodega',
        'Bodegas Altos del Plata',
        'Mendoza, Argentina',
        '',
        'Descripción',
        'Bodegas Altos del Plata busca una persona para coordinar su bodega de insumos.',
        '',
        'Soporte: ayuda@trabajando-demo.example',
      ].join('\n'),
      expected: { title: 'Encargado o encargada de bodega' },
      not: { title: 'Trabajando-demo' },
    },
  ]);
});
