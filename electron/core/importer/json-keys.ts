/**
 * The multilingual key table of job-board JSON records: which keys name which field, in every language
 * the importer reads (normalised: lower case, no `_`, `-` or spaces). Data only; json-record.ts walks
 * records with it. A new board's keys or a new language is an edit here, not code.
 */
import { POSTING_KEYS } from './record-keys-posting';
import { TERMS_KEYS } from './record-keys-terms';

export * from './record-keys-terms';

export type RecordField =
  | 'title'
  | 'company'
  | 'location'
  | 'employment'
  | 'workplace'
  | 'salary'
  | 'posted'
  | 'deadline'
  | 'url'
  | 'email'
  | 'description';

/** Keys as boards name them (lower case, without `_` and `-`), per field, in every language read. */
export const KEYS: Record<RecordField, readonly string[]> = { ...POSTING_KEYS, ...TERMS_KEYS };

/** The key of a nested object that holds its display text. */
export const DISPLAY_KEYS = [
  'name',
  // A place object's own name key (`city: { cityName, postalCode }`), before its other parts.
  'cityname',
  'placename',
  // A town as an address's locality (`locality`, `addressLocality`).
  'locality',
  'addresslocality',
  'town',
  'locationname',
  'townname',
  'nom',
  'nombre',
  'naam',
  'navn',
  'nome',
  'libelle',
  'label',
  'displayname',
  'text',
  'value',
  'city',
  'title',
  // A company object's legal name, a place object's town, in each language.
  'raisonsociale',
  'razonsocial',
  'ragionesociale',
  'firmenname',
  'bedrijfsnaam',
  'virksomhedsnavn',
  'denominacao',
  'denominacion',
  'ville',
  'ciudad',
  'localidad',
  'comuna',
  'municipio',
  'stadt',
  'ort',
  'stad',
  'plaats',
  'by',
  'citta',
  'città',
  'comune',
  'cidade',
  'localidade',
  'razaosocial',
  'nomefantasia',
  'nomeempresa',
  // A company object's firm name and a place object's municipality (`firma`, `gemeente`, `denominazione`).
  'firma',
  'denominazione',
  'gemeente',
  'gemeinde',
  'kommune',
  'commune',
  'municipality',
];
/** Wrappers around one or more records. */
export const LIST_KEYS = [
  'resultats',
  'results',
  'data',
  'jobs',
  'offres',
  'ofertas',
  'items',
  'postings',
  'vacatures',
  'hits',
  'records',
  'job',
  'offer',
  'posting',
  'vacancy',
  'listing',
  'offre',
  'oferta',
  'offerta',
  'vacature',
  'stelle',
  'stilling',
  'vaga',
  'annonce',
  'anuncio',
];

/**
 * Keys inside a record that hold other jobs ("offresSimilaires", "relatedJobs", "ofertasSimilares"):
 * nothing is read below them (another role's salary or date is not this one's). Matched as stems.
 */
export const OTHER_JOBS_STEMS = [
  'similar',
  'similaire',
  'ahnlich',
  'ähnlich',
  'related',
  'recommend',
  'otherjobs',
  'moreJobs',
  'autresoffres',
  'otrasofertas',
  'vergelijkbar',
  'lignende',
  'simili',
  'semelhante',
].map((s) => s.toLowerCase());

/**
 * Keys of a contact person's object (`contactpersoon: { naam, functie, email }`, `recruiter`,
 * `ansprechpartner`): below them only the e-mail is the posting's; the person's job title, name and
 * place are never its title, employer or location. Matched as stems.
 */
export const PERSON_STEMS = [
  'contact',
  'kontakt',
  'contatto',
  'contacto',
  'ansprechpartner',
  'ansprechperson',
  'recruiter',
  'recruteur',
  'reclutador',
  'hiringmanager',
  'interlocuteur',
  'referente',
  'persona',
  'person',
];

/**
 * Keys that are the remote word itself (`homeoffice`, `thuiswerk`, `lavoroAgile`): their value answers
 * whether one may work from home, so a partial or counted answer ("max. 2 Tage pro Woche") is hybrid and a
 * refusal on-site.
 */
export const REMOTE_KEYS = [
  'homeoffice',
  'thuiswerken',
  'thuiswerk',
  'telewerk',
  'telewerken',
  'hjemmearbejde',
  'hjemmekontor',
  'fjernarbejde',
  'smartworking',
  'lavoroagile',
  'telelavoro',
  'teletravail',
  'teletrabajo',
  'teletrabalho',
  'remote',
  'remotework',
  'remotepolicy',
  'remoteoption',
  'remoteoptions',
  'telework',
  'hjemmearbejdsmulighed',
];

/**
 * A record's group of links (`links: { inserat, bewerbung }`, `link: { annuncio, candidatura }`): a web
 * address in it is the posting's own page unless its key names applying or another page (APPLY_STEMS).
 */
export const LINK_GROUP_KEYS = [
  'links',
  'link',
  'urls',
  'liens',
  'lien',
  'enlaces',
  'enlace',
  'collegamenti',
  'ligacoes',
  'weblinks',
];
export const APPLY_STEMS = [
  'apply',
  'application',
  'bewerb',
  'postul',
  'candidat',
  'solicit',
  'sollicit',
  'ansoeg',
  'ansøg',
  'inscri',
  'inschrijv',
  'logo',
  'image',
  'company',
  'employer',
  'website',
];

/** A key that names an e-mail address in each language (`byEmail`, `contactMail`, `courrielContact`). */
export const EMAIL_KEY_STEMS = ['email', 'mail', 'courriel', 'correo', 'epost'];
