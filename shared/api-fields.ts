import { z } from 'zod';
import { day, id, optionalText, shortText } from './api-method';
import { EMPLOYMENT_TYPES, SALARY_PERIODS, WORKPLACES } from './domain';

export const salarySchema = z
  .object({
    min: z.number().nonnegative().nullable(),
    max: z.number().nonnegative().nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Currency is a three-letter code such as EUR')
      .nullable(),
    period: z.enum(SALARY_PERIODS).nullable(),
  })
  .refine((s) => s.min === null || s.max === null || s.min <= s.max, 'Salary minimum is above the maximum');

/** Posting fields a user (or the importer's review form) may set on an application. */
export const postingFieldsPatch = z.object({
  title: shortText('Title').optional(),
  company: shortText('Company').optional(),
  location: optionalText(300),
  workplace: z.enum(WORKPLACES).nullable().optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES).nullable().optional(),
  salary: salarySchema.nullable().optional(),
  postedAt: day.nullable().optional(),
  deadline: day.nullable().optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'Use a web address starting with http:// or https://' })
    .nullable()
    .optional(),
  email: z.email('That is not an e-mail address').nullable().optional(),
  skills: z.array(z.string().trim().min(1).max(100)).max(500).optional(),
  requirements: z.array(z.string().trim().min(1).max(2000)).max(500).optional(),
  language: z.string().max(10).nullable().optional(),
});
/** The posting fields of the contract; the store maps each to its column(s) (store/postings.ts). */
export type PostingFieldsPatch = z.output<typeof postingFieldsPatch>;

/** What the board shows: also what its Export writes. */
export const boardFilter = z
  .object({
    search: z.string().max(200).optional(),
    tag: z.string().max(50).optional(),
    workplace: z.enum(WORKPLACES).optional(),
    stageId: id.optional(),
    hasDeadline: z.boolean().optional(),
    /** Archived applications only. */
    archived: z.boolean().optional(),
    /** Archived applications beside the active ones (the board's "Show archived"). */
    includeArchived: z.boolean().optional(),
  })
  .strict();
export type BoardFilter = z.infer<typeof boardFilter>;
