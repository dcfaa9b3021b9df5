import { z } from 'zod';
import type { Topic } from './domain';
import { DAY_HINT, INSTANT_HINT, isRealDay, isRealInstant } from './real-date';

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
/** A calendar day that exists, in years 1900 to 2200 (see real-date.ts); a regex alone let 2026-02-30 in. */
export const day = z.string().max(10, DAY_HINT).refine(isRealDay, DAY_HINT);
/** An ISO-8601 instant (`Z` or an offset) on a real day in years 1900 to 2200. */
export const instant = z.string().max(40, INSTANT_HINT).refine(isRealInstant, INSTANT_HINT);
export const shortText = (label: string, max = 300) =>
  z.string().trim().min(1, `${label} cannot be empty`).max(max, `${label} is longer than ${max} characters`);
export const optionalText = (max = 2000) => z.string().trim().max(max).nullable().optional();
