import { SALARY_PERIODS, type Salary, type SalaryPeriod } from './domain';

/**
 * The review form edits a salary as one line, `65,000–80,000 EUR per year`: the importer fills it in,
 * the candidate corrects it in place. This is that line's exact format, both ways; it is not a parser for
 * salaries as postings write them (the importer has that).
 */
export function formatSalary(s: Salary | null): string {
  if (!s || (s.min === null && s.max === null)) return '';
  const n = (v: number | null) => (v === null ? '' : v.toLocaleString('en-US'));
  const range =
    s.min !== null && s.max !== null && s.min !== s.max ? `${n(s.min)}–${n(s.max)}` : s.min === null ? `–${n(s.max)}` : n(s.min);
  return [range, s.currency, s.period ? `per ${s.period}` : null].filter(Boolean).join(' ');
}

const LINE = /^\s*([\d.,' ]*?)\s*(?:[–—-]\s*([\d.,' ]*?))?\s*(?:\b([A-Za-z]{3})\b)?\s*(?:(?:per|\/)\s*([a-z]+))?\s*$/i;

export type SalaryParse = { ok: true; salary: Salary | null } | { ok: false; message: string };

export function parseSalaryLine(line: string): SalaryParse {
  if (line.trim() === '') return { ok: true, salary: null };
  const m = LINE.exec(line);
  const toNumber = (v: string | undefined) => {
    const digits = (v ?? '').replace(/[^\d]/g, '');
    return digits ? Number(digits) : null;
  };
  const period = m?.[4]?.toLowerCase();
  if (!m || (period && !(SALARY_PERIODS as readonly string[]).includes(period))) {
    return { ok: false, message: 'Write the salary like “65,000–80,000 EUR per year” (per hour, day, week, month or year).' };
  }
  const min = toNumber(m[1]);
  const max = m[2] !== undefined ? toNumber(m[2]) : min;
  if (min === null && max === null)
    return {
      ok: false,
      message: 'The salary needs at least one amount, like “up to 90,000 EUR per year” written “–90,000 EUR per year”.',
    };
  if (min !== null && max !== null && min > max) return { ok: false, message: 'The salary minimum is above its maximum.' };
  return {
    ok: true,
    salary: { min, max, currency: m[3]?.toUpperCase() ?? null, period: (period as SalaryPeriod | undefined) ?? null },
  };
}
