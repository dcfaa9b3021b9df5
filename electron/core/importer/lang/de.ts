import type { LanguageTable } from './types';

export const de: LanguageTable = {
  code: 'de',
  stopWords: ['der', 'die', 'das', 'und', 'ist', 'mit', 'für', 'wir', 'ein', 'eine', 'zu', 'von', 'den', 'auf', 'bei', 'dich', 'du', 'ihre', 'nicht', 'sich', 'im', 'dem', 'oder', 'uns', 'sind'],
  labels: {
    title: ['stellenbezeichnung', 'stellentitel', 'jobtitel', 'stelle!', 'position (m/w/d)!'],
    company: ['unternehmen', 'firma', 'arbeitgeber', 'auftraggeber', 'kunde!'],
    location: ['standort', 'standorte', 'arbeitsort', 'einsatzort', 'dienstort', 'ort!'],
    employment: ['anstellungsart', 'beschäftigungsart', 'arbeitszeit', 'vertragsart', 'anstellung!', 'art der anstellung'],
    workplace: ['arbeitsmodell', 'homeoffice!', 'remote-arbeit!'],
    salary: ['gehalt', 'vergütung', 'jahresgehalt', 'gehaltsspanne', 'bruttojahresgehalt'],
    posted: ['datum!', 'veröffentlicht', 'veröffentlicht am', 'veröffentlichungsdatum', 'erstellt am', 'online seit', 'ausschreibungsdatum'],
    deadline: ['bewerbungsfrist', 'bewerbungsschluss', 'einsendeschluss', 'bewerbung bis', 'bewerbungen bis'],
    jobArea: ['bereich!', 'fachbereich'],
  },
  periods: {
    hour: ['pro stunde', 'stundenlohn'],
    day: ['pro tag', 'tagessatz'],
    week: ['pro woche'],
    month: ['monatlich', 'pro monat', 'monatsgehalt', 'im monat'],
    year: ['jährlich', 'pro jahr', 'jahresgehalt', 'brutto/jahr', 'brutto / jahr', 'brutto jahr', 'im jahr', 'bruttojahresgehalt'],
  },
  slashUnits: { hour: ['std', 'stunde'], day: ['tag'], week: ['woche'], month: ['monat'], year: ['jahr'] },
  workplace: {
    remote: [String.raw`\bvollständig remote\b`, String.raw`\b100\s?%\s*(?:homeoffice|home office|remote)\b`, String.raw`\bdeutschlandweit remote\b`],
    hybrid: [
      String.raw`\bhybrides\s+arbeiten\b`,
      String.raw`\b(?:homeoffice|home-office|home office|mobiles arbeiten|remote-arbeit) (?:ist )?(?:möglich|nach absprache|teilweise)\b`,
      String.raw`\bmobiles arbeiten an (?:einem|zwei|drei|[1-4]) tagen\b`,
      String.raw`\b(?:zwei|drei|[1-4]) tage? (?:pro woche |die woche )?(?:im )?(?:homeoffice|mobil)\b`,
      String.raw`\bteilweise (?:remote|homeoffice|mobil)\b`,
    ],
    onsite: [String.raw`\bvor ort (?:im büro|tätig)\b`, String.raw`\bausschließlich vor ort\b`, String.raw`\bpräsenzstelle\b`],
    notRemote: [
      String.raw`\bkein(?:e)? (?:homeoffice|home-office|home office|remote-arbeit|mobiles arbeiten)\b`,
      String.raw`\b(?:homeoffice|remote-arbeit|mobiles arbeiten) (?:ist )?(?:leider )?nicht möglich\b`,
    ],
  },
  workplaceValues: { remote: ['homeoffice', 'remote'], hybrid: ['hybrid'], onsite: ['präsenz', 'vor ort', 'büro'] },
  sidebarHeadings: ['ähnliche jobs', 'ähnliche stellen', 'ähnliche stellenangebote', 'weitere jobs', 'weitere stellenangebote', 'das könnte dich auch interessieren', 'passende jobs'],
  postedPhrases: ['veröffentlicht am', 'online seit', 'erstellt am'],
  deadlinePhrases: ['bewerbungsfrist endet am', 'bewerbungsfrist bis', 'bewerbungsfrist', 'bewerbungsschluss ist', 'bewerbungsschluss', 'bewerben sie sich bis zum', 'bewerben sie sich bis', 'bewirb dich bis zum', 'bewirb dich bis'],
  chrome: ['zum inhalt springen', 'zum hauptinhalt', 'anmelden', 'einloggen', 'registrieren', 'jobs finden', 'stellenangebote', 'karriere', 'zurück zur übersicht', 'zurück zur suche', 'jetzt bewerben', 'merken', 'teilen', 'für arbeitgeber'],
  roleWords: ['entwickler', 'entwicklerin', 'ingenieur', 'ingenieurin', 'berater', 'beraterin', 'leiter', 'leiterin', 'referent', 'referentin', 'sachbearbeiter', 'werkstudent', 'praktikant', 'kaufmann', 'kauffrau', 'techniker', 'mitarbeiter', 'manager', 'projektleiter', 'softwareentwickler', 'administrator', 'architekt', 'buchhalter'],
  companyVerbs: ['sucht', 'entwickelt', 'baut', 'bietet', 'stellt ein'],
  companyLeads: ['bei'],
};
