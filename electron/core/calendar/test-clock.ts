import { z } from 'zod';
import { instant } from '../../../shared/api-method';

/**
 * A clock e2e tests can move. It exists only when the core is created with `testClock: true` (the host's
 * `--test-clock` flag, not in --help). Its one method, `testClock.set`, is not part of the shipped contract
 * (shared/api.ts): the core answers it only then, and anywhere else it is an unknown method.
 */
export interface TestClock {
  /** Shifts the core's clock so that it reads `to` now. */
  set(to: Date): void;
  advance(ms: number): void;
}

/** The test-only method: `to` sets the time, `advanceMinutes` moves it; neither reads it. */
export const TEST_CLOCK_METHOD = 'testClock.set';
export const testClockInput = z.object({ to: instant.optional(), advanceMinutes: z.number().int().optional() }).strict();

/** Moves the clock as `testClock.set` asks; returns the time it now reads. */
export function setTestClock(clock: TestClock, now: () => Date, input: unknown): { now: string } {
  const { to, advanceMinutes } = testClockInput.parse(input ?? {});
  if (to) clock.set(new Date(to));
  if (advanceMinutes) clock.advance(advanceMinutes * 60_000);
  return { now: now().toISOString() };
}

/** Wraps a base clock with a movable offset. */
export function createTestClock(base: () => Date): { now: () => Date; clock: TestClock } {
  let offsetMs = 0;
  return {
    now: () => new Date(base().getTime() + offsetMs),
    clock: {
      set(to) {
        offsetMs = to.getTime() - base().getTime();
      },
      advance(ms) {
        offsetMs += ms;
      },
    },
  };
}
