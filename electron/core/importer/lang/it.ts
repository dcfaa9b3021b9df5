import type { LanguageTable } from './types';

export const it: LanguageTable = {
  code: 'it',
  stopWords: ['il', 'lo', 'gli', 'e', 'di', 'che', 'per', 'con', 'una', 'della', 'delle', 'dei', 'nel', 'nella', 'siamo', 'sei', 'tuo', 'tua', 'nostro', 'nostra', 'è', 'alla', 'sono', 'anche'],
  labels: {
    title: ['titolo della posizione', 'posizione!', 'ruolo!', 'figura ricercata!'],
    company: ['azienda', 'società!', 'datore di lavoro', 'cliente!'],
    location: ['sede', 'sede di lavoro', 'luogo di lavoro', 'località', 'città!'],
    employment: ['tipo di contratto', 'contratto!', 'orario di lavoro', 'tipologia contrattuale', 'tipo di impiego'],
    workplace: ['modalità di lavoro', 'smart working!'],
    salary: ['retribuzione', 'stipendio', 'ral', 'compenso'],
    posted: ['data di pubblicazione', 'pubblicato il', 'pubblicato', 'data!'],
    deadline: ['scadenza', 'data di scadenza', 'scadenza candidature', 'candidature entro il'],
    url: ['link!'],
  },
  periods: {
    hour: ["all'ora", 'all’ora', 'orario lordo', 'per ora'],
    day: ['al giorno'],
    week: ['a settimana', 'alla settimana'],
    month: ['al mese', 'mensile', 'mensili', 'lordi mensili'],
    year: ["all'anno", 'all’anno', 'annuo', 'annui', 'annua', 'lordi annui', 'ral'],
  },
  slashUnits: { hour: ['ora'], month: ['mese'], year: ['anno'] },
  workplace: {
    remote: [String.raw`\bfull remote\b`, String.raw`\b100\s?% (?:remoto|smart working)\b`, String.raw`\blavoro da remoto\b`],
    hybrid: [String.raw`\bmodalità ibrida\b`, String.raw`\blavoro ibrido\b`, String.raw`\bsmart working (?:parziale|(?:di |per )?(?:uno|due|tre|[1-3]) giorni)\b`, String.raw`\b(?:uno|due|tre|[1-3]) giorni di smart working\b`],
    onsite: [String.raw`\bin sede\b`, String.raw`\bin presenza\b`],
    notRemote: [String.raw`\bnon (?:è )?previsto (?:lo )?smart working\b`, String.raw`\bniente smart working\b`],
  },
  workplaceValues: { remote: ['remoto', 'da remoto'], hybrid: ['ibrido', 'ibrida'], onsite: ['in sede', 'in presenza'] },
  sidebarHeadings: ['offerte simili', 'lavori simili', 'annunci simili', 'altre offerte', 'potrebbero interessarti'],
  postedPhrases: ['pubblicato il', 'pubblicata il', 'data di pubblicazione'],
  deadlinePhrases: ['candidature entro il', 'candidati entro il', 'scadenza candidature', 'scadenza il', 'scadenza', 'entro il'],
  chrome: ['vai al contenuto', 'accedi', 'registrati', 'cerca lavoro', 'offerte di lavoro', 'torna alla ricerca', 'candidati', 'condividi', 'salva'],
  roleWords: ['sviluppatore', 'sviluppatrice', 'ingegnere', 'tecnico', 'impiegato', 'impiegata', 'responsabile', 'addetto', 'addetta', 'consulente', 'analista', 'programmatore', 'progettista', 'commerciale', 'contabile', 'stagista'],
  companyVerbs: ['cerca', 'ricerca', 'sviluppa', 'offre'],
  companyLeads: ['presso'],
};
