/**
 * A job board's own inbox on its own page. When a posting is read from a board (its address is the board's)
 * and an e-mail address found in the text is at that same site, while the employer's name has nothing to do
 * with the site, the address is the board's ("contact@jobboard", "redaktion@portal", "info@board"): the
 * candidate would be writing to the board, not to the employer. An employer's own career site
 * ("careers.acme" with "jobs@acme") keeps its address: the site is the employer's.
 */

/** Second-level suffixes under which the registrable name is one label further left (co.uk, com.br). */
const SECOND_LEVEL = /^(?:co|com|org|net|gov|ac|edu|gob|gouv|nic)$/;

/**
 * The registrable name of a host, letters and digits only: "www.jobs-portal.co.uk" → "jobsportal". The
 * reserved "example" label (RFC 2606: "board.example", "acme.example.de") is passed over like a suffix.
 */
export function siteName(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const reserved = labels.lastIndexOf('example');
  if (reserved > 0) labels.length = reserved + 1;
  if (labels.length < 2) return null;
  const secondLevel = reserved < 0 && labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2] ?? '');
  const name = labels[labels.length - (secondLevel ? 3 : 2)] ?? '';
  const compact = name.replace(/[^a-z0-9]/g, '');
  return compact.length >= 2 ? compact : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * A site's general inboxes, in each language: the board's front desk. A named person's or a branch's
 * address at the same site ("brescia@agency", "j.doe@agency") is a staffing agency's recruiter, who is the
 * contact for the job it advertises on its own site.
 */
const GENERAL_INBOX =
  /^(?:info|information|contact|contacto|contato|kontakt|contatti|contatto|hello|hallo|hola|ola|bonjour|team|equipe|redaktion|redaction|redaccion|redazione|redactie|redaktionen|editor|editorial|office|mail|post|admin|service|services|sales|ventes|ventas|vendas|vendite|verkauf|salg|marketing|advertising|ads|anzeigen|annonces|anuncios|annunci|annoncer|adverteren|partners?|employers?|arbeitgeber|recruiters?|kundeservice|kunden)$/i;

/** Lower case, accents and everything but letters and digits removed. */
function compact(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Whether the site's name and the employer's name share a word ("harrowgate" in "Harrowgate Housing Trust"). */
function namesTheEmployer(site: string, company: string): boolean {
  const whole = compact(company);
  if (whole.length >= 3 && (site.includes(whole) || whole.includes(site))) return true;
  return company
    .split(/[\s,.&/()'’-]+/)
    .map(compact)
    .some((w) => w.length >= 4 && site.includes(w));
}

/**
 * Whether `email` is the posting site's own general inbox: it is at the site the posting was read from
 * (`postingUrl`), that site does not carry the employer's name, and it is a front desk, not a person or a branch. Without an employer's name nothing
 * can be told apart, so the address stays.
 */
export function isBoardAddress(email: string, postingUrl: string | null, company: string | null): boolean {
  if (!postingUrl || !company || !GENERAL_INBOX.test(email.split('@')[0] ?? '')) return false;
  const host = hostOf(postingUrl);
  const site = host ? siteName(host) : null;
  const domain = email.split('@')[1];
  if (!site || !domain || siteName(domain) !== site) return false;
  return !namesTheEmployer(site, company);
}
