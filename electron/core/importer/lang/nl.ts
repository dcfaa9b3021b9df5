import type { LanguageTable } from './types';

export const nl: LanguageTable = {
  code: 'nl',
  stopWords: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'je', 'jij', 'wij', 'we', 'ons', 'onze', 'jouw', 'bij', 'op', 'zijn', 'naar', 'niet', 'ook', 'wat', 'als', 'dat', 'aan'],
  labels: {
    title: ['functietitel', 'functie!', 'vacaturetitel', 'vacature!'],
    company: ['werkgever', 'bedrijf', 'organisatie', 'opdrachtgever', 'bedrijfsnaam'],
    location: ['locatie', 'standplaats', 'werklocatie', 'plaats!', 'werkplek!'],
    employment: ['dienstverband', 'soort dienstverband', 'type dienstverband', 'contracttype', 'uren per week', 'arbeidsduur', 'contract!', 'uren!'],
    workplace: ['werkmodel', 'thuiswerken!', 'werkvorm'],
    salary: ['salaris', 'salarisindicatie', 'salarisschaal', 'beloning', 'bruto maandsalaris'],
    posted: ['geplaatst', 'geplaatst op', 'publicatiedatum', 'datum plaatsing', 'gepubliceerd op', 'datum!'],
    deadline: ['sluitingsdatum', 'reageren voor', 'reageren tot', 'solliciteren tot', 'solliciteren voor', 'deadline!'],
    url: ['link!'],
  },
  periods: {
    hour: ['per uur', 'uurloon'],
    day: ['per dag', 'dagtarief'],
    week: ['per week'],
    month: ['per maand', 'bruto per maand', 'maandsalaris', 'maandelijks', 'p/m', 'p.m.'],
    year: ['per jaar', 'jaarsalaris', 'bruto per jaar', 'jaarlijks'],
  },
  slashUnits: { hour: ['uur'], month: ['maand', 'mnd'], year: ['jaar'] },
  workplace: {
    remote: [String.raw`\bvolledig (?:op afstand|remote|thuis)\b`, String.raw`\b100\s?% (?:remote|thuiswerken)\b`],
    hybrid: [String.raw`\bhybride? werken\b`, String.raw`\bhybride (?:functie|rol|werkplek)\b`, String.raw`\bthuiswerken (?:is )?mogelijk\b`, String.raw`\bdeels thuis(?:werken)?\b`, String.raw`\b(?:een|twee|drie|[1-3]) dagen? (?:per week )?thuis(?:werken)?\b`],
    onsite: [String.raw`\bop (?:kantoor|locatie) (?:aanwezig|werken)\b`, String.raw`\bvolledig op kantoor\b`],
    notRemote: [String.raw`\bthuiswerken is niet mogelijk\b`, String.raw`\bgeen (?:thuiswerken|thuiswerkmogelijkheid|remote)\b`],
  },
  workplaceValues: { remote: ['thuiswerken', 'op afstand'], hybrid: ['hybride', 'hybrid'], onsite: ['op kantoor', 'op locatie'] },
  sidebarHeadings: ['vergelijkbare vacatures', 'soortgelijke vacatures', 'andere vacatures', 'meer vacatures', 'bekijk ook', 'vacatures die je misschien interessant vindt'],
  postedPhrases: ['geplaatst op', 'gepubliceerd op', 'publicatiedatum'],
  deadlinePhrases: ['sluitingsdatum', 'reageren kan tot', 'reageren kan tot en met', 'solliciteren kan tot', 'solliciteren kan tot en met', 'solliciteer voor', 'reageer voor', 'reageren voor'],
  chrome: ['naar de inhoud', 'inloggen', 'aanmelden', 'registreren', 'vacatures zoeken', 'vacatures', 'terug naar overzicht', 'terug naar zoekresultaten', 'solliciteer', 'solliciteer nu', 'delen', 'opslaan'],
  roleWords: ['ontwikkelaar', 'medewerker', 'adviseur', 'beheerder', 'consultant', 'monteur', 'verpleegkundige', 'docent', 'teamleider', 'projectleider', 'specialist', 'engineer', 'stagiair', 'analist', 'boekhouder', 'accountmanager'],
  companyVerbs: ['zoekt', 'ontwikkelt', 'bouwt', 'biedt', 'maakt'],
  companyLeads: ['bij'],
};
