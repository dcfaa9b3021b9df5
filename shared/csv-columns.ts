/**
 * The CSV export's columns. Apart from the API contract (and so from zod) because the command-line export
 * loads this and nothing of the contract: a cold `pursuit export csv` should not pay for building schemas.
 */

/** The export's header row, in this order; the import recognises the same set as Pursuit's own format. */
export const CSV_COLUMNS = [
  'Title',
  'Company',
  'Location',
  'Workplace',
  'Employment Type',
  'Stage',
  'Date Saved',
  'Date Applied',
  'Deadline',
  'Next Event',
  'Salary Min',
  'Salary Max',
  'Currency',
  'Salary Period',
  'URL',
  'Contacts',
  'Tags',
  'Notes',
  'Last Activity',
] as const;

/**
 * The export's header: the columns above, then whether the application is archived (`yes`/`no`). Kept apart
 * from CSV_COLUMNS so that older exports, without it, are still recognised as Pursuit's own format.
 */
export const EXPORT_COLUMNS = [...CSV_COLUMNS, 'Archived'] as const;
