import { CSV_COLUMNS, type CsvFormat, type ImportField } from '../../../shared/api-data';
import { EMPLOYMENT_TYPES, SALARY_PERIODS, type EmploymentType, type SalaryPeriod, type Workplace } from '../../../shared/domain';

/**
 * Which tracker wrote a CSV, told by its header set, and which column goes into which field.
 * Headers are compared folded: case, spaces and punctuation ignored (`Date Saved` = `date_saved` = `dateSaved`).
 */
export const fold = (header: string): string => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Pursuit's own header names, folded, to their fields. */
const OWN: Record<string, ImportField> = {
  title: 'title',
  company: 'company',
  location: 'location',
  workplace: 'workplace',
  employmenttype: 'employmentType',
  stage: 'stage',
  datesaved: 'dateSaved',
  dateapplied: 'dateApplied',
  deadline: 'deadline',
  nextevent: 'nextEvent',
  salarymin: 'salaryMin',
  salarymax: 'salaryMax',
  currency: 'currency',
  salaryperiod: 'salaryPeriod',
  url: 'url',
  contacts: 'contacts',
  tags: 'tags',
  notes: 'notes',
  lastactivity: 'lastActivity',
};

/** Names other trackers and hand-made spreadsheets use, folded, to their fields. */
const SYNONYMS: Record<string, ImportField> = {
  ...OWN,
  jobtitle: 'title',
  role: 'title',
  position: 'title',
  jobposition: 'title',
  companyname: 'company',
  employer: 'company',
  organization: 'company',
  organisation: 'company',
  city: 'location',
  workplacetype: 'workplace',
  remote: 'workplace',
  jobtype: 'employmentType',
  status: 'stage',
  listname: 'stage',
  list: 'stage',
  column: 'stage',
  createdat: 'dateSaved',
  created: 'dateSaved',
  dateadded: 'dateSaved',
  saved: 'dateSaved',
  appliedat: 'dateApplied',
  applieddate: 'dateApplied',
  applicationdeadline: 'deadline',
  duedate: 'deadline',
  minsalary: 'salaryMin',
  maxsalary: 'salaryMax',
  salary: 'salary',
  compensation: 'salary',
  pay: 'salary',
  link: 'url',
  joburl: 'url',
  postingurl: 'url',
  joblink: 'url',
  contact: 'contacts',
  labels: 'tags',
  note: 'notes',
  comments: 'notes',
  htmldescription: 'description',
  description: 'description',
  jobdescription: 'description',
  excitement: 'excitement',
  rating: 'excitement',
};

const OWN_SET = CSV_COLUMNS.map(fold);

export function detectFormat(headers: readonly string[]): CsvFormat {
  const set = new Set(headers.map(fold));
  const has = (...names: string[]) => names.every((n) => set.has(n));
  const any = (...names: string[]) => names.some((n) => set.has(n));
  if (OWN_SET.every((h) => set.has(h))) return 'pursuit';
  if (has('title', 'companyname') && any('listname', 'createdat', 'htmldescription')) return 'huntr';
  if (has('company', 'jobposition', 'status')) return 'teal';
  const rr = new Set([
    'company',
    'employer',
    'role',
    'title',
    'position',
    'stage',
    'status',
    'salary',
    'url',
    'location',
    'notes',
    'tags',
    'date',
    'id',
  ]);
  if (any('company', 'employer') && any('role', 'title', 'position') && [...set].every((h) => rr.has(h)))
    return 'reactive-resume';
  return 'unknown';
}

/** The suggested field of each column (each field used once, the first column naming it wins). */
export function suggestMapping(headers: readonly string[], format: CsvFormat): (ImportField | null)[] {
  const table = format === 'pursuit' ? OWN : SYNONYMS;
  const used = new Set<ImportField>();
  // A Huntr `title` is the job title; in Reactive Resume both Role and Title may appear: the first wins.
  return headers.map((h) => {
    const field = table[fold(h)] ?? null;
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

/** Stage names other trackers use, folded, to the default stage they mean. */
const STAGE_SYNONYMS: Record<string, string> = {
  wishlist: 'saved',
  bookmarked: 'saved',
  saved: 'saved',
  interested: 'saved',
  todo: 'saved',
  applying: 'applied',
  applied: 'applied',
  interview: 'interviewing',
  interviews: 'interviewing',
  interviewing: 'interviewing',
  phonescreen: 'interviewing',
  screening: 'interviewing',
  offer: 'offer',
  offered: 'offer',
  offers: 'offer',
  rejected: 'rejected',
  declined: 'rejected',
  notselected: 'rejected',
  closed: 'rejected',
  archived: 'rejected',
};

/** The folded name of the default stage an unknown stage name probably means, or null. */
export const stageSynonym = (name: string): string | null => STAGE_SYNONYMS[fold(name)] ?? null;

/** Cell words, folded, to the values they mean (the import reads these columns through them). */
export const WORKPLACE_WORDS: Record<string, Workplace> = {
  onsite: 'onsite',
  office: 'onsite',
  inoffice: 'onsite',
  inperson: 'onsite',
  hybrid: 'hybrid',
  remote: 'remote',
  fullyremote: 'remote',
  wfh: 'remote',
};
export const EMPLOYMENT_WORDS: Record<string, EmploymentType> = {
  ...Object.fromEntries(EMPLOYMENT_TYPES.map((t) => [fold(t), t])),
  permanent: 'full-time',
  fulltimeemployee: 'full-time',
  contractor: 'contract',
  freelance: 'contract',
  temp: 'temporary',
  intern: 'internship',
};
export const PERIOD_WORDS: Record<string, SalaryPeriod> = {
  ...Object.fromEntries(SALARY_PERIODS.map((p) => [p, p])),
  hourly: 'hour',
  hr: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  annum: 'year',
  peryear: 'year',
  perhour: 'hour',
};
