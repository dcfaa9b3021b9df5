/**
 * The shape of one language's words. Everything language-specific the importer reads lives in one such
 * table per language (lang/en.ts, lang/de.ts, ...); the extraction code is language-neutral and builds its
 * patterns from all tables at once. Adding a language is adding a table and listing it in lang/index.ts.
 *
 * Phrases are plain text (spaces match any run of white space) unless a field says it takes regex
 * fragments; fragments must not hold nested quantifiers, so every pattern built from them stays linear.
 */
export type LabelField =
  'title' | 'company' | 'location' | 'employment' | 'workplace' | 'salary' | 'posted' | 'deadline' | 'url' | 'jobArea';

export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface LanguageTable {
  /** ISO 639-1 code. */
  code: string;
  /** Short function words, counted to tell the posting's language. */
  stopWords: readonly string[];
  /**
   * Field labels as boards write them. A label ending in `!` only counts inline (`Position: X`), never alone
   * on its line, because alone it is usually a section heading.
   */
  labels: Partial<Record<LabelField, readonly string[]>>;
  /** Words naming a pay period ("per maand", "om måneden"), plain phrases. */
  periods: Partial<Record<PayPeriod, readonly string[]>>;
  /** Units written after a slash ("/Monat", "/h"). */
  slashUnits?: Partial<Record<PayPeriod, readonly string[]>>;
  /** Workplace phrases, as regex fragments (they need alternatives such as `hybrid[- ]work`). */
  workplace: {
    remote: readonly string[];
    hybrid: readonly string[];
    onsite: readonly string[];
    /** Statements that remote work is NOT offered ("kein Homeoffice"): never read as remote. */
    notRemote: readonly string[];
  };
  /**
   * Bare words that decide a labelled workplace value ("Arbeitsmodell: Hybrid"); `partial` and `no` read
   * the value of a label that is itself the remote word ("Télétravail : un jour par semaine possible",
   * "Homeoffice: nein").
   */
  workplaceValues: {
    remote: readonly string[];
    hybrid: readonly string[];
    onsite: readonly string[];
    partial: readonly string[];
    no: readonly string[];
  };
  /** Headings that open a posting's body ("Job description", "Ihre Aufgaben"): the header block ends there. */
  bodyHeadings: readonly string[];
  /**
   * A site's own service inboxes as their local parts name them, accents dropped, a space for any separator
   * ("privacidade", "protecao dados", "datenschutz", "privatliv"): an address whose local part is one, or has
   * one as a part ("privacy-team@", "dpo.rgpd@"), is the board's, never the job's contact. Plain phrases.
   */
  serviceInboxes?: readonly string[];
  /** Headings of blocks about other jobs ("Similar jobs"): nothing below them is this posting's. */
  sidebarHeadings: readonly string[];
  /** Prose that introduces the posting date, colon optional ("Publicado el", "Geplaatst op"). */
  postedPhrases: readonly string[];
  /** Prose that introduces the deadline, colon optional ("Ansøgningsfrist", "Solliciteer voor"). */
  deadlinePhrases: readonly string[];
  /**
   * Weekday names and their short forms, plain words: a weekday before a date ("fino a venerdì 29 gennaio",
   * "le mardi 5 janvier") is stepped over, so the date still starts where its label ends.
   */
  weekdays: readonly string[];
  /** Month names, January first, for languages chrono-node has no parser for (forms separated by `|`). */
  months?: readonly string[];
  /** Words that say the text around is page chrome (navigation, sign-in), never a title or company. */
  chrome: readonly string[];
  /**
   * Where a skip link leads, after its verb ("to main content", "zum Inhalt", "al contenuto principale",
   * "para o conteúdo"): a short line of one or two verbs and such a target ("Passa al contenuto principale",
   * "Zum Inhalt springen", "Pular para o conteúdo") is page chrome, whatever the verb. Plain phrases.
   */
  skipLinkTargets: readonly string[];
  /** Nouns that make a line look like a job title ("Engineer", "Entwickler", "udvikler"). */
  roleWords: readonly string[];
  /** Verbs after a company name in its self-description ("Acme builds", "Acme sucht"). */
  companyVerbs: readonly string[];
  /** Openers before a company name ("At Acme, we" / "Bei Acme"), plain phrases. */
  companyLeads: readonly string[];
  /**
   * An agency's openers before its client's name ("On behalf of our client", "Per conto di un nostro
   * cliente"): the name after them is the employer, not the agency that wrote. Plain phrases.
   */
  clientLeads: readonly string[];
  /** Lower-case words inside company names ("van der", "del", "de la"), plain words. */
  nameParticles: readonly string[];
  /**
   * A career site's name before its employer's ("Careers at", "Werken bij", "Karriere bei", "Trabaja en"):
   * in og:site_name or a page title, the name after it is the employer. Plain phrases.
   */
  careerSiteLeads: readonly string[];
  /**
   * Headings of a block about people ("Meet the hiring team", "Ihr Ansprechpartner"): the names and job
   * titles under them are the recruiter's, never the posting's title or employer.
   */
  peopleHeadings: readonly string[];
  /** Heading words before the employer's name ("About", "Über", "À propos de", "Over", "Om"). Plain phrases. */
  aboutLeads: readonly string[];
  /**
   * Nouns for "the company" after an about lead ("Sobre a empresa", "Über das Unternehmen", "About the
   * company"): the paragraph under such a heading may open with the employer's name. Plain words.
   */
  companyNouns: readonly string[];
  /**
   * Words that open a header line naming the employer with no colon ("Recruiter Acme Trust", "Annonceur
   * Acme"), besides the company labels; the name must be given again in the text or carry a legal form.
   */
  employerLineLeads?: readonly string[];
  /** A career site's name after its employer's ("Acme Careers", "Acme Karriere", "Acme Vacatures"). Plain phrases. */
  careerSiteTails: readonly string[];
  /** Sign-offs that open an e-mail's signature ("Kind regards", "Mit freundlichen Grüßen"). Plain phrases. */
  signOffs: readonly string[];
  /**
   * What job-alert e-mails put before the title in their subject, up to its colon ("New job", "Neue Stelle",
   * "Nuova offerta per te"), plain phrases; the subject's title is what follows.
   */
  subjectLeads: readonly string[];
  /**
   * What a job-alert e-mail calls itself or its saved search ("job alert", "pour votre alerte", "Jobbericht",
   * "Suchauftrag"): a subject, `<title>` or heading holding one is the alert's, never a job title. Plain phrases.
   */
  alertPhrases: readonly string[];
  /**
   * The tail a job alert's subject or heading adds after its first job ("and 3 more jobs", "und 3 weitere
   * passende Jobs", "e altre 4 offerte"), plain phrases where `N` stands for the count: the tail and what
   * follows it are never the title's.
   */
  moreJobsTails?: readonly string[];
  /**
   * Permanent-contract words ("vast contract", "unbefristet", "indefinido"): they say how long, not how
   * many hours, and are never a freelance contract; alone they read as full-time. Plain phrases.
   */
  permanent: readonly string[];
  /**
   * "Hours per week" as postings write it after a number or a range ("24 tot 32 uur per week", "37 timer
   * om ugen"): with no employment word, up to 32 hours a week is part-time and 35 or more full-time.
   */
  weeklyHours: readonly string[];
  /**
   * Words of a Swiss-style workload in percent ("Pensum 60–80 %", "taux d'activité 80 %", "grado di
   * occupazione 50%"): below 100 % is part-time, exactly 100 % full-time, a range up to 100 % says neither.
   * Plain phrases.
   */
  workloadWords?: readonly string[];
  /** The words of a range between two numbers ("to", "tot", "bis", "til"), plain phrases. */
  rangeWords: readonly string[];
  /**
   * Words that say "applications" or "apply" in running text: a date after one of them and an until word
   * in the same sentence is the deadline ("Applications will be accepted until February 12"). Plain phrases.
   */
  applyWords: readonly string[];
  /** Words between a deadline label and its date ("hasta el", "bis zum", "until"), plain phrases. */
  untilWords: readonly string[];
}
