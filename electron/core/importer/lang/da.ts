import type { LanguageTable } from './types';

/** Danish: chrono-node ships no Danish parser, so the month names live here. */
export const da: LanguageTable = {
  code: 'da',
  stopWords: ['og', 'er', 'af', 'til', 'med', 'på', 'en', 'et', 'vi', 'du', 'har', 'som', 'der', 'for', 'den', 'det', 'vores', 'dig', 'kan', 'ikke', 'hos', 'skal', 'os'],
  labels: {
    title: ['stillingsbetegnelse', 'jobtitel', 'stilling!'],
    company: ['virksomhed', 'arbejdsgiver', 'firma', 'virksomhedsnavn'],
    location: ['arbejdssted', 'lokation', 'placering', 'sted!', 'by!'],
    employment: ['ansættelsesform', 'ansættelsestype', 'arbejdstid', 'stillingstype', 'ansættelse!'],
    workplace: ['arbejdsform', 'hjemmearbejde!'],
    salary: ['løn', 'lønniveau', 'gage', 'månedsløn', 'årsløn'],
    posted: ['indrykket', 'oprettet', 'opslået', 'dato for opslag', 'udgivet', 'publiceret', 'dato!'],
    deadline: ['ansøgningsfrist', 'frist', 'sidste ansøgningsdato', 'ansøg senest'],
    url: ['link!'],
  },
  periods: {
    hour: ['i timen', 'pr. time', 'per time', 'timeløn'],
    day: ['pr. dag', 'om dagen'],
    week: ['om ugen', 'pr. uge'],
    month: ['om måneden', 'pr. måned', 'per måned', 'månedsløn', 'månedligt'],
    year: ['om året', 'pr. år', 'per år', 'årsløn', 'årligt'],
  },
  slashUnits: { hour: ['time', 't'], month: ['md', 'måned', 'md.'], year: ['år'] },
  workplace: {
    remote: [String.raw`\bfuld(?:t|stændig) hjemmearbejde\b`, String.raw`\b100\s?% (?:remote|hjemmearbejde)\b`],
    hybrid: [String.raw`\bmulighed for (?:delvis )?hjemmearbejde\b`, String.raw`\bhybrid(?:t)? arbejde\b`, String.raw`\b(?:en|to|tre|[1-3]) hjemmearbejdsdage?\b`, String.raw`\bdelvis hjemmearbejde\b`],
    onsite: [String.raw`\bfysisk til stede\b`, String.raw`\bpå kontoret hver dag\b`],
    notRemote: [String.raw`\bikke mulighed for hjemmearbejde\b`, String.raw`\bhjemmearbejde er ikke muligt\b`, String.raw`\bingen hjemmearbejde\b`],
  },
  workplaceValues: { remote: ['hjemmearbejde', 'remote'], hybrid: ['hybrid'], onsite: ['på kontoret', 'fysisk'] },
  sidebarHeadings: ['lignende job', 'lignende jobs', 'lignende stillinger', 'andre job', 'andre jobs', 'flere job', 'se også'],
  postedPhrases: ['indrykket', 'opslået', 'oprettet den', 'udgivet den', 'publiceret den'],
  deadlinePhrases: ['ansøgningsfrist er', 'ansøgningsfristen er', 'ansøgningsfrist', 'ansøgningsfristen', 'ansøg senest', 'send din ansøgning senest', 'senest den'],
  months: ['januar|jan', 'februar|feb', 'marts|mar', 'april|apr', 'maj', 'juni|jun', 'juli|jul', 'august|aug', 'september|sep|sept', 'oktober|okt', 'november|nov', 'december|dec'],
  chrome: ['gå til indhold', 'log ind', 'opret profil', 'søg job', 'job', 'tilbage til søgning', 'søg stillingen', 'ansøg', 'del', 'gem'],
  roleWords: ['udvikler', 'ingeniør', 'konsulent', 'medarbejder', 'sælger', 'leder', 'chef', 'specialist', 'tekniker', 'assistent', 'elev', 'praktikant', 'bogholder', 'projektleder', 'sygeplejerske', 'lektor', 'adjunkt'],
  companyVerbs: ['søger', 'udvikler', 'tilbyder', 'bygger'],
  companyLeads: ['hos'],
};
