import { describe } from 'vitest';
import { itReads } from './cases';

/*
 * Page chrome taken for the title (class 1): a title is never a labelled amount, a line ending in a date, a
 * list item or a site's address shown as its name; the title sits above the whole stack of labels, and the
 * line above an employer shown beside its place ("Acme NV – Geel") is the title. Pastes of our own in
 * German, Portuguese, Spanish, Dutch, French and English.
 */
describe('a title is never a label, date, bullet or site line', () => {
  itReads([
    {
      name: 'de: a salary line above the place label is passed over; the site address is no title',
      text: "Zum Inhalt springen\nstellenblick.ch\nJobs suchen\nAnmelden\n\nDisponent/in Lager\nAarewerk Transporte AG · Olten\nPensum: 100 %\nLohn: CHF 6'200 – 6'900 pro Monat\nArbeitsort: Olten\n\nDie Aarewerk Transporte AG ist ein Logistikunternehmen.",
      expected: { title: 'Disponent/in Lager' },
    },
    {
      name: 'pt: a "Publicado em <date>" line above the labels is no title',
      text: 'Saltar para o conteúdo\nClassificados Já\nPublicar anúncio\nFavoritos\n\nEmpregado de mesa (m/f)\nPublicado em 9 de janeiro de 2027\nLocalização: Braga\nEmpresa: Restaurante Sete Pontes\n\nProcuramos empregado de mesa com experiência.',
      expected: { title: 'Empregado de mesa', company: 'Restaurante Sete Pontes' },
    },
    {
      name: 'es: a dated label line and a bullet below are no title',
      text: 'Ir al contenido\nAvisos Sur\nPublicar aviso\nMi cuenta\n\nAsistente de bodega\nPublicado: 07/01/2027\nEmpresa: Comercial Lago Ranco SpA\nComuna: Osorno\n\nFunciones\n- Aplicar buenas prácticas de almacenaje y recepción de mercadería',
      expected: { title: 'Asistente de bodega', company: 'Comercial Lago Ranco SpA' },
    },
    {
      name: 'nl: the site address is no title; the line above "Name NV – Place" is',
      text: 'Ga naar de inhoud\nVacaturesite.be\nVacatures\nInloggen\n\nCalculator bouw\nDijlevallei Bouw NV – Leuven\nGeplaatst op 8 januari 2027\n\nWij zoeken een calculator voor onze bouwprojecten.',
      expected: { title: 'Calculator bouw' },
    },
    {
      name: 'fr: the line above "Name SA · Place" is the title; the site address is not',
      text: 'Aller au contenu\nemploisuisse.ch\nOffres\nConnexion\n\nMagasinier cariste\nEntrepôts du Léman SA · Vevey\nPublié le 6 janvier 2027\n\nNous cherchons un magasinier pour notre dépôt.',
      expected: { title: 'Magasinier cariste' },
    },
  ]);
});
