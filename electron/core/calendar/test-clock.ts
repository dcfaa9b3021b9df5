import type { CoreContext } from '../handlers/types';

/**
 * A clock e2e tests can move. It exists only when the core is created with `testClock: true` (the host's
 * `--test-clock` flag); a packaged build and a normal `serve` have none, and `testClock.set` is then an
 * unknown method.
 */
export interface TestClock {
  /** Shifts the core's clock so that it reads `to` now. */
  set(to: Date): void;
  advance(ms: number): void;
}

export type ContextWithTestClock = CoreContext & { testClock?: TestClock };

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
