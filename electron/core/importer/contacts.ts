/** Contact e-mail and posting URL: only real, well-formed ones; placeholders and obfuscations are not read. */
import { allOf } from './lang';

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const VALID_EMAIL =
  /^[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|domain\.(?:com|tld)|email\.tld|company\.tld|test|invalid|localhost)$/i;
const PLACEHOLDER_LOCAL =
  /^(?:name|yourname|your\.name|firstname\.lastname|vorname\.nachname|nombre|prenom\.nom|email|user|someone)$/i;
const NO_REPLY =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|ne[-_.]?repondez[-_.]?pas|nicht[-_.]?antworten|keine[-_.]?antwort|no[-_.]?responder|noresponder|niet[-_.]?beantwoorden|geen[-_.]?antwoord|svar[-_.]?ikke|ikke[-_.]?svar|non[-_.]?rispondere|nao[-_.]?responder|não[-_.]?responder|mailer-daemon|postmaster|notifications?|alerts?|jobalerts?|newsletter|unsubscribe|bounces?)$/i;
/**
 * An automated sender's local part names what it sends or that it takes no reply, often as one part of a
 * compound ("jobalerts-noreply", "jobs-noreply", "notifications.talent", "alertas-empleo"): any such part
 * makes the whole address a machine's, never the contact; so does an unsubscribe address, in every language
 * ("uitschrijven@", "abmelden@", "desinscription@", "disiscrizione@"). "jobs" or "careers" alone stay a real inbox.
 */
const AUTOMATED_PART =
  /(?:^|[._+-])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|no[-_.]?respondas|nao[-_.]?responder|niet[-_.]?beantwoorden|nicht[-_.]?antworten|non[-_.]?rispondere|svar[-_.]?ikke|ikke[-_.]?svar|notifications?|notificaciones|notificacoes|notifiche|benachrichtigung(?:en)?|meldingen|notifikationer|alerts?|alertas?|alertes?|job[-_.]?alerts?|jobagent(?:en)?|jobmail|avisos?|avvisi|avviso|segnalazioni|suchagent(?:en)?|jobalarm|stellenalarm|jobbericht|vacature[-_.]?(?:alerts?|meldingen)|newsletters?|digest|mailer|mailer-daemon|bounces?|automated|unsubscribe|uitschrijven|afmelden|abmelden|abbestellen|desinscription|desabonnement|desinscripcion|desuscripcion|frameld(?:ing)?|afmeld(?:ing)?|disiscrizione|disiscriviti|descadastr(?:o|ar)|cancelar[-_.]?inscricao)(?=$|[._+-])/i;

/**
 * A site's own service addresses (support, privacy, data protection, legal, press, webmaster): on a
 * job board's page they belong to the board, never to the job, so they are not the contact.
 */
const SERVICE_LOCAL =
  /^(?:support|help|helpdesk|hilfe|ayuda|aide|hulp|hjaelp|assistenza|ajuda|privacy|datenschutz|dataprotection|data-protection|dpo|gdpr|rgpd|dsgvo|privacidad|confidentialite|privacite|legal|abuse|security|webmaster|press|presse|prensa|cookies|feedback|customerservice|customer-service|kundenservice|service-client|serviceclient|klantenservice|kundeservice)$/i;
/** Every language's service inbox names, compacted ("protecao dados" → "protecaodados"). */
const SERVICE_INBOXES = new Set(allOf((l) => l.serviceInboxes).map((w) => w.replace(/\s+/g, '')));

/**
 * Whether a local part is a site's service inbox in some language: whole ("privacidade", "protecao-dados"),
 * or as one or two adjacent parts of a compound ("privacy-team", "dpo.rgpd", "data.protection.office").
 */
function isServiceInbox(local: string): boolean {
  const plain = local.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const parts = plain.split(/[._+-]+/).filter((p) => p !== '');
  if (SERVICE_INBOXES.has(parts.join(''))) return true;
  return parts.some((p, i) => SERVICE_INBOXES.has(p) || SERVICE_INBOXES.has(p + (parts[i + 1] ?? '')));
}

/**
 * A site's service inbox written as a compound ("supporto-carriere@", "careers-support@", "help.desk@",
 * "soporte-empleo@", "kundeservice-job@"): any support, help or customer-service part makes the whole address
 * the site's, in every language. A recruiter's or employer's inbox never names itself so.
 */
const SERVICE_PART =
  /(?:^|[._+-])(?:support|supporto|soporte|suporte|apoio|helpdesk|help|hilfe|ayuda|aide|hulp|hjaelp|hjælp|assistenza|assistance|asistencia|assistencia|ajuda|kundenservice|kundeservice|klantenservice|customerservice|servicedesk|service[-_.]?client|atencion[-_.]?(?:al[-_.]?)?(?:cliente|usuario)|atendimento|servizio[-_.]?clienti)(?=$|[._+-])/i;
/** Offers to unsubscribe, in each language (a line with one is about the site; what follows it is footer). */
const UNSUBSCRIBE_WORDS = String.raw`unsubscribe|abmelden|abbestellen|désabonner|se désinscrire|désinscription|uitschrijven|afmelden|darse de baja|cancelar (?:la )?suscripción|frameld|afmeld|disiscriviti|annulla l['’]iscrizione|descadastr\w*|cancelar inscrição|cancelar (?:a )?subscrição|anular (?:a )?subscrição`;
/** A line about the site itself (privacy policy, help centre, cookies, unsubscribing, technical support). */
const SERVICE_LINE = new RegExp(
  String.raw`\b(?:do not reply|don['’]t reply|unmonitored|unattended|no respondas|no responda|no contestes|sin supervisión|ne (?:pas )?répondez pas|ne pas répondre|non surveillée|nicht antworten|antworten sie nicht|nicht überwacht|niet beantwoorden|reageer niet|niet bewaakt|non rispondere|non monitorata|não responda|não respondas|não monitorizad[oa]|svar ikke|besvares ikke|privacy|data protection|datenschutz|protection des données|protección de datos|gegevensbescherming|persondata|databeskyttelse|privatliv|protezione dei dati|riservatezza|proteção de dados|proteçao de dados|privacidade|privacidad|confidentialit|cookie|help cent(?:er|re)|support team|technical (?:issues|problems)|${UNSUBSCRIBE_WORDS}|report (?:this|a) (?:job|problem)|copyright|all rights reserved|technical support|tech support|site support|technischer? (?:support|hilfe)|support technique|assistance technique|soporte técnico|asistencia técnica|technische (?:ondersteuning|hulp)|teknisk (?:support|hjælp|hjaelp)|assistenza tecnica|supporto tecnico|suporte técnico|assistência técnica|helpdesk)\b`,
  'i',
);
/**
 * An applicant-tracking system's routing host ("job.1487223@inbound.recruiting.example",
 * "apply@parse.ats.example"): a machine files what arrives there under a posting; the person named beside it
 * is the contact, and with none the field stays empty.
 */
const ROUTING_HOST = /(?:^|\.)(?:inbound|incoming|parse|parser|mailparser|relay|mailrelay|ingest|dropbox|mailin)\./i;
/** Asset names caught by the pattern (logo@2x.png). */
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|css|js)$/i;

export function validEmail(candidate: string): string | null {
  const e = candidate
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/(?<![.,;:])[.,;:]+$/, '');
  if (!VALID_EMAIL.test(e) || FILE_TLD.test(e)) return null;
  const [local = '', domain = ''] = e.split('@');
  if (
    PLACEHOLDER_DOMAIN.test(domain) ||
    ROUTING_HOST.test(domain) ||
    PLACEHOLDER_LOCAL.test(local) ||
    NO_REPLY.test(local) ||
    AUTOMATED_PART.test(local) ||
    /noreply|donotreply/i.test(local) ||
    SERVICE_LOCAL.test(local) ||
    SERVICE_PART.test(local) ||
    isServiceInbox(local)
  )
    return null;
  return e;
}

/**
 * A line offering to unsubscribe, in each language: what follows it is the sender's footer (an alert's "Questions?
 * Write to care@board"), never the job's contact.
 */
const UNSUBSCRIBE_LINE = new RegExp(String.raw`\b(?:${UNSUBSCRIBE_WORDS})\b`, 'i');

/** Words of applying, in each language, that make a sentence the job's own instructions. */
const APPLYING_SENTENCE =
  /\b(?:apply|application|send (?:your )?(?:cv|resume)|bewerb\w*|postul\w*|candidat\w*|candidatur\w*|candidarti|invia\w*|envie\w*|envoye[zr]|sollicit\w*|ansøg\w*|cv)\b/iu;

/**
 * The parts of a line an address may be read from: the whole line when it says nothing about the site;
 * else only its sentences about applying that name no site service ("Ihre Bewerbung richten Sie an
 * bewerbung@acme. Hinweise zum Datenschutz: datenschutz@acme" keeps the first).
 */
function serviceFreeParts(line: string): string[] {
  if (!SERVICE_LINE.test(line)) return [line];
  return line.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => !SERVICE_LINE.test(s) && APPLYING_SENTENCE.test(s));
}

/** The first real address in the text, then among extra candidates (mailto links, mail headers). */
export function findEmail(
  text: string,
  extra: readonly string[] = [],
  keep: (email: string) => boolean = () => true,
): string | null {
  // Only lines with an @ are scanned: the pattern is costly over long text without one.
  const lines = text.includes('@') ? text.split('\n') : [];
  const footer = lines.findIndex((l) => UNSUBSCRIBE_LINE.test(l));
  for (const line of footer >= 0 ? lines.slice(0, footer) : lines) {
    if (!line.includes('@')) continue;
    for (const m of serviceFreeParts(line).flatMap((part) => [...part.matchAll(EMAIL)])) {
      const ok = validEmail(m[0]);
      if (ok && keep(ok)) return ok;
    }
  }
  for (const c of extra) {
    const ok = validEmail(c);
    if (ok && keep(ok)) return ok;
  }
  return null;
}

const URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
const APPLY_WORDS =
  /\b(?:apply|application|posting|job|vacancy|career|bewerb\w*|stelle|postula\w*|solicitud|oferta|candidat\w*|postuler|offre|offerta|annuncio|annonce|vacature|vaga|stillingsopslag)\b/i;

/** Query parameters that say where a click came from, not which posting: they are dropped. */
const TRACKING_PARAM =
  /^(?:utm_\w+|gh_src|refid|ref_id|trk|trackingid|tracking_id|lipi|fbclid|gclid|msclkid|mc_cid|mc_eid|oga)$/i;

function withoutTracking(u: string): string {
  const q = u.indexOf('?');
  if (q < 0) return u;
  const hashAt = u.indexOf('#', q);
  const query = u.slice(q + 1, hashAt < 0 ? undefined : hashAt);
  const hash = hashAt < 0 ? '' : u.slice(hashAt);
  const kept = query.split('&').filter((p) => p !== '' && !TRACKING_PARAM.test(p.split('=')[0] ?? ''));
  return `${u.slice(0, q)}${kept.length > 0 ? `?${kept.join('&')}` : ''}${hash}`;
}

export function cleanUrl(raw: string): string | null {
  const u = raw.replace(/(?<![.,;:!?)])[.,;:!?)]+$/, '');
  try {
    const parsed = new globalThis.URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? withoutTracking(u) : null;
  } catch {
    return null;
  }
}

/**
 * A posting's own path: a job noun of any language read as a folder, then the posting's slug or id
 * ("/jobs/quality-engineer-4471", "/vacatures/planner", "/empleo/oferta/123", "/stellenangebote/...").
 */
const POSTING_PATH =
  /^https?:\/\/[^/\s]+\/(?:[^\s?#]*\/)?(?:jobs?|careers?|vacancies|vacancy|vacatures?|stellen(?:angebote?)?|stelle|jobangebote?|empleos?|ofertas?|offres?|offre-d-emploi|emplois?|annunci|annuncio|offert[ae]|lavoro|vagas?|empregos?|stillinger|stilling|ledige-stillinger|opening|openings|position|positions)\/[^\s?#]*[\p{L}\p{N}][^\s?#]{3,}/iu;

/**
 * A URL on a line about applying or the posting itself; else a URL whose path is a posting's own ("The
 * full spec is on our site:" then the link on the next line). A bare company homepage is not the posting.
 */
export function findPostingUrl(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!line.includes('http')) continue;
    if (!APPLY_WORDS.test(line)) continue;
    for (const m of line.matchAll(URL)) {
      const u = cleanUrl(m[0]);
      if (u) return u;
    }
  }
  for (const line of lines) {
    if (!line.includes('http')) continue;
    for (const m of line.matchAll(URL)) {
      const u = cleanUrl(m[0]);
      if (u && POSTING_PATH.test(u)) return u;
    }
  }
  return null;
}
