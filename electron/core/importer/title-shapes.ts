/**
 * Lines that are never a job's title whatever the language, by their shape alone: a list item, a site's
 * address shown as its name ("StepStone.be", "jobfinder.ch"), a labelled amount ("Lohn: CHF 6'800",
 * "Sueldo: $850.000") or a line that ends in a full date ("Publicado em 4 de janeiro de 2027",
 * "Veröffentlicht am 06.01.2027"). Board headers stack such lines around the title.
 */
const BULLET = /^\s*[-•*▪◦–·]\s/;
const SITE_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?!js$|net$)[a-z]{2,4}$/iu;
const LABELLED_AMOUNT = /^[\p{L}][\p{L} .'/-]{0,30}:\s*(?:\p{Sc}|\d|(?:CHF|EUR|USD|GBP|DKK|BRL|ARS|CLP|MXN|INR|SGD|R\$)\b)/u;
const ENDS_IN_DATE = new RegExp(
  [
    // "4 de janeiro de 2027", "12. März 2027", "8 januari 2027", "January 8, 2027"
    String.raw`\b\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?(?:19|20)\d{2}$`,
    String.raw`\b\p{L}{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}$`,
    // "06.01.2027", "05/01/2027", "2027-01-06"
    String.raw`\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}$`,
    String.raw`\b(?:19|20)\d{2}-\d{2}-\d{2}$`,
  ].join('|'),
  'u',
);

export function neverATitle(line: string): boolean {
  const t = line.trim();
  return BULLET.test(t) || SITE_NAME.test(t) || LABELLED_AMOUNT.test(t) || ENDS_IN_DATE.test(t);
}
