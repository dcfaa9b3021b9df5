import type { LanguageTable } from './types';

export const pt: LanguageTable = {
  code: 'pt',
  stopWords: ['o', 'os', 'as', 'e', 'de', 'do', 'da', 'dos', 'das', 'que', 'para', 'com', 'uma', 'um', 'em', 'no', 'na', 'nossa', 'nosso', 'você', 'é', 'ao', 'pelo', 'pela', 'são'],
  labels: {
    title: ['cargo', 'título da vaga', 'vaga!', 'função!'],
    company: ['empresa', 'empregador', 'contratante'],
    location: ['localização', 'local de trabalho', 'local!', 'cidade!'],
    employment: ['tipo de contrato', 'regime de contratação', 'regime!', 'contrato!', 'jornada!', 'horário!', 'tipo de vaga'],
    workplace: ['modelo de trabalho', 'modalidade'],
    salary: ['salário', 'remuneração', 'faixa salarial', 'vencimento'],
    posted: ['data de publicação', 'publicado em', 'publicada em', 'data!'],
    deadline: ['prazo de candidatura', 'data limite', 'candidaturas até', 'inscrições até', 'prazo!'],
    url: ['link!'],
  },
  periods: {
    hour: ['por hora'],
    day: ['por dia'],
    week: ['por semana'],
    month: ['por mês', 'mensal', 'mensais', 'ao mês'],
    year: ['por ano', 'anual', 'anuais', 'ao ano'],
  },
  slashUnits: { hour: ['hora'], month: ['mês'], year: ['ano'] },
  workplace: {
    remote: [String.raw`\b(?:trabalho|regime) remoto\b`, String.raw`\b100\s?% remoto\b`, String.raw`\bteletrabalho\b`, String.raw`\bhome office\b`],
    hybrid: [String.raw`\b(?:regime|modelo|trabalho) híbrido\b`, String.raw`\b(?:um|dois|três|[1-3]) dias? (?:de|em) (?:teletrabalho|home office)\b`],
    onsite: [String.raw`\b(?:regime|modelo|trabalho) presencial\b`, String.raw`\b100\s?% presencial\b`],
    notRemote: [String.raw`\bsem (?:teletrabalho|trabalho remoto|home office)\b`, String.raw`\bnão (?:é )?possível (?:o )?(?:teletrabalho|trabalho remoto)\b`],
  },
  workplaceValues: { remote: ['remoto', 'teletrabalho'], hybrid: ['híbrido', 'hibrido'], onsite: ['presencial'] },
  sidebarHeadings: ['vagas semelhantes', 'vagas similares', 'ofertas semelhantes', 'outras vagas', 'empregos semelhantes'],
  postedPhrases: ['publicado em', 'publicada em', 'data de publicação'],
  deadlinePhrases: ['candidaturas até', 'candidaturas até ao dia', 'inscrições até', 'prazo de candidatura', 'data limite', 'candidate-se até'],
  chrome: ['ir para o conteúdo', 'entrar', 'iniciar sessão', 'criar conta', 'procurar emprego', 'vagas', 'voltar à pesquisa', 'candidatar', 'candidatar-me', 'partilhar', 'compartilhar', 'guardar'],
  roleWords: ['desenvolvedor', 'desenvolvedora', 'engenheiro', 'engenheira', 'técnico', 'técnica', 'analista', 'consultor', 'consultora', 'gestor', 'gestora', 'assistente', 'programador', 'programadora', 'estagiário', 'estagiária', 'contabilista', 'coordenador'],
  companyVerbs: ['procura', 'recruta', 'desenvolve', 'oferece'],
  companyLeads: ['na', 'no'],
};
