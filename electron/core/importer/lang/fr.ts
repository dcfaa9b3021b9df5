import type { LanguageTable } from './types';

export const fr: LanguageTable = {
  code: 'fr',
  stopWords: ['le', 'les', 'et', 'des', 'du', 'pour', 'avec', 'une', 'est', 'nous', 'vous', 'sur', 'dans', 'au', 'aux', 'votre', 'notre', 'qui', 'ou', 'ce'],
  labels: {
    title: ['intitulé du poste', 'titre du poste', 'poste!', 'intitulé!'],
    company: ['entreprise', 'société', 'employeur', 'client!', 'recruteur!'],
    location: ['lieu', 'lieu de travail', 'localisation', 'ville!'],
    employment: ['type de contrat', "type d'emploi", 'temps de travail', 'contrat!', 'durée du travail'],
    workplace: ['mode de travail', 'télétravail!'],
    salary: ['rémunération', 'salaire', 'fourchette de salaire'],
    posted: ['date de publication', 'publié le', 'publiée le', 'mis en ligne le', 'date de mise en ligne'],
    deadline: ['date limite', 'date limite de candidature', 'date de clôture', 'candidatures jusqu’au', "candidatures jusqu'au", 'clôture des candidatures'],
    url: ['lien'],
  },
  periods: {
    hour: ["de l'heure", 'de l’heure', 'par heure'],
    day: ['par jour'],
    week: ['par semaine'],
    month: ['par mois', 'mensuel', 'mensuelle', 'mensuels'],
    year: ['par an', 'annuel', 'annuelle', 'brut annuel', 'par année'],
  },
  slashUnits: { hour: ['heure'], day: ['jour'], week: ['semaine'], month: ['mois'], year: ['an'] },
  workplace: {
    remote: [String.raw`[([]\s*télétravail\s*[)\]]`, String.raw`\btélétravail (?:complet|total|à 100\s?%)`, String.raw`\b(?:full|entièrement) (?:en )?télétravail\b`, String.raw`\b100\s?% (?:en )?télétravail\b`],
    hybrid: [String.raw`[([]\s*hybride\s*[)\]]`, String.raw`\b(?:mode|travail) hybride\b`, String.raw`\btélétravail partiel\b`, String.raw`\b(?:un|deux|trois|[1-3]) jours? de télétravail\b`, String.raw`\btélétravail possible\b`],
    onsite: [String.raw`[([]\s*sur site\s*[)\]]`, String.raw`\bsur site\b`, String.raw`\ben présentiel(?: uniquement)?\b`, String.raw`\b100\s?% présentiel\b`],
    notRemote: [String.raw`\bpas de télétravail\b`, String.raw`\btélétravail (?:non possible|impossible|n['’]est pas possible)\b`, String.raw`\bsans télétravail\b`],
  },
  workplaceValues: { remote: ['télétravail', 'à distance'], hybrid: ['hybride'], onsite: ['sur site', 'présentiel'] },
  sidebarHeadings: ['offres similaires', 'emplois similaires', 'offres d’emploi similaires', "offres d'emploi similaires", 'autres offres', "d'autres offres", 'postes similaires'],
  postedPhrases: ['publié le', 'publiée le', 'mis en ligne le', 'mise en ligne le', 'date de publication'],
  deadlinePhrases: ['date limite de candidature', 'date limite est le', 'date limite', 'candidatures jusqu’au', "candidatures jusqu'au", 'candidature avant le', 'candidatures avant le', 'postulez avant le', 'clôture des candidatures le', 'clôture des candidatures'],
  chrome: ['aller au contenu', 'passer au contenu', 'se connecter', 'connexion', 'créer un compte', 'rechercher', 'offres d’emploi', "offres d'emploi", 'retour aux offres', 'retour à la recherche', 'postuler', 'partager', 'sauvegarder'],
  roleWords: ['développeur', 'développeuse', 'ingénieur', 'ingénieure', 'chef de projet', 'chargé', 'chargée', 'responsable', 'consultant', 'consultante', 'technicien', 'technicienne', 'assistant', 'assistante', 'analyste', 'comptable', 'commercial', 'commerciale', 'directeur', 'directrice', 'stagiaire'],
  companyVerbs: ['recrute', 'recherche', 'développe', 'conçoit', 'propose'],
  companyLeads: ['chez'],
};
