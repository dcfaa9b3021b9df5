import type { LanguageTable } from './types';

export const es: LanguageTable = {
  code: 'es',
  stopWords: ['el', 'los', 'las', 'y', 'que', 'con', 'para', 'por', 'una', 'del', 'se', 'es', 'nuestro', 'nuestra', 'tu', 'como', 'más', 'al', 'lo', 'sus'],
  labels: {
    title: ['puesto', 'título del puesto', 'puesto de trabajo', 'cargo!', 'vacante!', 'título!'],
    company: ['empresa', 'empleador', 'cliente!', 'compañía'],
    location: ['ubicación', 'localización', 'lugar de trabajo', 'ciudad!', 'lugar!', 'provincia!'],
    employment: ['jornada', 'tipo de contrato', 'tipo de jornada', 'tipo de empleo', 'horario!', 'contrato!'],
    workplace: ['modalidad', 'modalidad de trabajo'],
    salary: ['salario', 'sueldo', 'remuneración', 'salario bruto', 'retribución'],
    posted: ['fecha de publicación', 'publicado', 'publicado el', 'fecha!'],
    deadline: ['fecha límite', 'fecha límite de solicitud', 'fecha límite de postulación', 'plazo', 'plazo de solicitud', 'plazo de inscripción', 'cierre de la oferta'],
    url: ['enlace'],
  },
  periods: {
    hour: ['por hora', 'la hora'],
    day: ['por día', 'al día'],
    week: ['por semana', 'a la semana'],
    month: ['al mes', 'mensual', 'mensuales', 'por mes'],
    year: ['al año', 'anual', 'anuales', 'por año', 'brutos anuales'],
  },
  slashUnits: { hour: ['hora'], day: ['día'], week: ['semana'], month: ['mes'], year: ['año'] },
  workplace: {
    remote: [String.raw`[([]\s*remoto\s*[)\]]`, String.raw`\b(?:teletrabajo|trabajo remoto|en remoto)\b`, String.raw`\b100\s?% remoto\b`],
    hybrid: [String.raw`[([]\s*híbrido\s*[)\]]`, String.raw`\b(?:trabajo|modalidad|modelo|régimen) híbrid[oa]\b`, String.raw`\bteletrabajo parcial\b`, String.raw`\b(?:uno|dos|tres|[1-3]) días? de teletrabajo\b`],
    onsite: [String.raw`[([]\s*presencial\s*[)\]]`, String.raw`\bpresencial\b`],
    notRemote: [String.raw`\bsin (?:teletrabajo|trabajo remoto)\b`, String.raw`\bno (?:se )?(?:ofrece|permite|es posible el) (?:teletrabajo|trabajo remoto)\b`],
  },
  workplaceValues: { remote: ['remoto', 'teletrabajo'], hybrid: ['híbrido', 'híbrida'], onsite: ['presencial', 'en oficina'] },
  sidebarHeadings: ['empleos similares', 'ofertas similares', 'trabajos similares', 'otras ofertas', 'más ofertas', 'ofertas relacionadas'],
  postedPhrases: ['publicado el', 'publicada el', 'fecha de publicación'],
  deadlinePhrases: ['fecha límite de inscripción', 'fecha límite de postulación', 'fecha límite es el', 'fecha límite', 'plazo de inscripción hasta el', 'plazo hasta el', 'plazo de solicitud', 'inscripciones hasta el', 'postula antes del', 'postúlate antes del'],
  chrome: ['ir al contenido', 'saltar al contenido', 'iniciar sesión', 'acceder', 'registrarse', 'buscar empleo', 'empleos', 'volver a la búsqueda', 'inscribirme', 'postularme', 'compartir', 'guardar'],
  roleWords: ['desarrollador', 'desarrolladora', 'ingeniero', 'ingeniera', 'técnico', 'técnica', 'analista', 'consultor', 'consultora', 'responsable', 'jefe', 'jefa', 'gestor', 'gestora', 'administrativo', 'administrativa', 'programador', 'programadora', 'diseñador', 'diseñadora', 'comercial', 'contable'],
  companyVerbs: ['busca', 'selecciona', 'desarrolla', 'ofrece', 'precisa', 'necesita'],
  companyLeads: ['en'],
};
