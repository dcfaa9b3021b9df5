import { z } from 'zod';
import type { Topic } from './domain';

export interface MethodDef<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type only. */
  result: R;
  mutates: readonly Topic[];
}

/** `method<Result>()(inputSchema, topicsChanged)`: curried so the input type is inferred from the schema. */
export const method =
  <R>() =>
  <I extends z.ZodType>(input: I, mutates: readonly Topic[] = []): MethodDef<I, R> => ({
    input,
    result: undefined as R,
    mutates,
  });

export const id = z.number().int().positive();
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-03-15 (YYYY-MM-DD)');
export const shortText = (label: string, max = 300) =>
  z.string().trim().min(1, `${label} cannot be empty`).max(max, `${label} is longer than ${max} characters`);
export const optionalText = (max = 2000) => z.string().trim().max(max).nullable().optional();
