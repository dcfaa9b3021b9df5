import { z } from 'zod';
import { EMPLOYMENT_TYPES, SALARY_PERIODS, WORKPLACES } from './domain';

/**
 * What the importer reads out of a posting. Every scalar is null when the posting does not state it:
 * the review form shows an empty field rather than a guess. Calendar days are `YYYY-MM-DD`.
 * Structurally identical to `PostingFields` in domain.ts, so a parse result can be saved as is.
 */
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD day');

export const parsedSalarySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** ISO 4217 code such as `EUR`. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code')
    .nullable(),
  period: z.enum(SALARY_PERIODS).nullable(),
});

export const parsedPostingSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  workplace: z.enum(WORKPLACES).nullable(),
  employmentType: z.enum(EMPLOYMENT_TYPES).nullable(),
  salary: parsedSalarySchema.nullable(),
  postedAt: calendarDay.nullable(),
  deadline: calendarDay.nullable(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  skills: z.array(z.string()),
  requirements: z.array(z.string()),
  /** ISO 639-1 code such as `en`, `de`, `es`, `fr`. */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'expected an ISO 639-1 language code')
    .nullable(),
});

export type ParsedSalary = z.infer<typeof parsedSalarySchema>;
export type ParsedPosting = z.infer<typeof parsedPostingSchema>;

export function emptyParsedPosting(): ParsedPosting {
  return {
    title: null,
    company: null,
    location: null,
    workplace: null,
    employmentType: null,
    salary: null,
    postedAt: null,
    deadline: null,
    url: null,
    email: null,
    skills: [],
    requirements: [],
    language: null,
  };
}
