import type { ActiveReminder } from '../../../shared/api-calendar';
import type { ChangeEvent, Topic } from '../../../shared/domain';
import { untrackedWrite } from '../store/data-version';
import { maxEventId } from '../store/events';
import { writeTransaction, type Db } from '../store/db';
import { claimReminder, getActiveReminder, listDueReminders } from '../store/reminders';
import { planReminders } from './reminder-plan';

/** What the scheduler needs of the core (a `Core` fits; tests may pass a plain object). */
export interface SchedulerCore {
  db: Db;
  /** The core's clock (the test clock when there is one). */
  now: () => Date;
  onChange?(listener: (event: ChangeEvent) => void): () => void;
  /** Tells every window that reminders changed (the core's change events). */
  notifyChange?(method: string, topics: Topic[]): void;
  /** Milliseconds since a caller last asked something (a full pass steps aside meanwhile). */
  msSinceActivity?(): number;
}

export interface SchedulerOptions {
  /** Called once per delivered reminder: the shell shows a system notification, the host may push it. */
  onDue?: (reminder: ActiveReminder) => void;
  /** How often `start()` ticks; default 30 s. */
  intervalMs?: number;
  /**
   * A reminder delivered later than this after its time counts as missed (the machine slept, or a tick was
   * delayed that long). Default: two intervals, at least a minute.
   */
  lateAfterMs?: number;
}

export interface ReminderScheduler {
  /** Plans reminders for changed events and delivers the due ones; returns what it delivered. */
  tick(): ActiveReminder[];
  /**
   * Delivers what is due now, without waiting for the next tick: the computer woke up (the shell calls it on
   * power resume). Each reminder is still delivered once (claimed in the database).
   */
  deliverDueNow(): ActiveReminder[];
  /** Holds back delivery until `until` (null resumes); what fell due meanwhile is delivered then, not missed. */
  pause(until: Date | null): void;
  /** When a pause ends; null when not paused (or the pause is over). */
  pausedUntil(): Date | null;
  /**
   * Ticks now, then every interval and soon after any change to events, reminders or settings. The first
   * tick's pass over every event runs in slices, yielding to the event loop between them (the host answers
   * meanwhile); its delivery follows when the pass is done.
   */
  start(): void;
  stop(): void;
}

const WATCHED: Topic[] = ['events', 'reminders', 'settings', 'applications'];
const DELIVER_METHOD = 'reminders.deliver';

/** The time zone and its current offset: when either changes, all-day reminders are planned again. */
const zoneSignature = (now: Date) => `${Intl.DateTimeFormat().resolvedOptions().timeZone}|${now.getTimezoneOffset()}`;

/** Events planned per transaction in a full pass (about 5 ms at 100,000 applications on a quiet machine). */
const SLICE_EVENTS = 100;
/** How long a background full pass keeps the event loop before letting requests in (setImmediate). */
const SLICE_MS = 8;
/**
 * A full pass steps aside while requests come in: its next slice waits for this long without one. A page's first
 * requests at 100,000 applications each took several turns of the event loop, each behind a slice: 30-60 ms
 * for an answer of 3 ms.
 */
const QUIET_MS = 50;
/** ... but never for longer than this in a row: a steady stream of requests slows the pass, never stops it. */
const MAX_YIELD_MS = 500;
/** Due reminders read per query; a tick reads again until fewer come back. */
const DUE_BATCH = 500;

/**
 * A pass over every event (the first tick, or a new time zone), in id order: `next` is the first id not yet
 * planned. Its mark is taken before it starts, so what changes meanwhile is planned again by the next
 * incremental pass (planning is idempotent).
 */
interface FullPass {
  next: number;
  end: number;
  mark: string;
  zone: string;
}

/**
 * Delivers reminders at their time, once. Missed is decided at delivery: due before this scheduler was
 * created (Pursuit was not running) or more than `lateAfterMs` late (asleep). Delivery is recorded in the
 * database before `onDue` runs, so a restart never repeats one.
 */
export function createReminderScheduler(core: SchedulerCore, options: SchedulerOptions = {}): ReminderScheduler {
  const intervalMs = options.intervalMs ?? 30_000;
  const lateAfterMs = options.lateAfterMs ?? Math.max(60_000, 2 * intervalMs);
  const startedAt = core.now().getTime();
  let plannedThrough: string | null = null;
  let zone = '';
  let pass: FullPass | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let soon: ReturnType<typeof setTimeout> | null = null;
  /** Cancels the scheduled next step of a full pass or of a delivery under way; null when none is. */
  let resume: (() => void) | null = null;
  let yieldingSince: number | null = null;
  let unsubscribe: (() => void) | null = null;
  let ticking = false;
  // Kept after the pause ends: a reminder held back by it is measured from its end, so it is not "missed".
  let pauseEnd = 0;

  // updated_at is written with the real clock by other stores; step back a little for clock skew.
  const markNow = () => new Date(Date.now() - 5_000).toISOString();
  const needsFullPass = (now: Date) => !plannedThrough || zoneSignature(now) !== zone;

  /** Plans slices of the full pass until it is done (true) or `budgetMs` is spent (false). */
  function advance(now: Date, budgetMs: number): boolean {
    const sig = zoneSignature(now);
    if (pass?.zone !== sig) pass = { next: 0, end: maxEventId(core.db) + 1, mark: markNow(), zone: sig };
    const started = performance.now();
    while (pass.next < pass.end && performance.now() - started < budgetMs) {
      const to = Math.min(pass.end, pass.next + SLICE_EVENTS);
      planReminders(core.db, { idRange: [pass.next, to], now });
      pass.next = to;
    }
    if (pass.next < pass.end) return false;
    plannedThrough = pass.mark;
    zone = pass.zone;
    pass = null;
    return true;
  }

  /**
   * Plans what changed, then delivers what is due, `maxBatches` batches at most (each in one transaction): a
   * start after a long time closed can find tens of thousands due (missed), and delivering them all at once
   * held the host for seconds. `more`: some are still due (the next step delivers them).
   */
  function run(maxBatches: number): { delivered: ActiveReminder[]; more: boolean } {
    if (ticking || !core.db.open) return { delivered: [], more: false };
    ticking = true;
    try {
      const now = core.now();
      const held = now.getTime() < pauseEnd;
      // First tick or a new time zone: every event (what a background pass left, all at once here); after
      // that, only events changed since the last pass (the deadline follows the posting in the applications
      // store, the CLI may write while we run), read through an index: one change reads one event.
      if (needsFullPass(now)) advance(now, Infinity);
      else {
        const mark = markNow();
        planReminders(core.db, { changedSince: plannedThrough!, now });
        plannedThrough = mark;
      }

      const delivered: ActiveReminder[] = [];
      let more = false;
      // In batches through the due-time index: each claimed row leaves the next query's result.
      for (let batch = 0; !held; batch++) {
        if (batch >= maxBatches) {
          more = true;
          break;
        }
        const due = listDueReminders(core.db, now.toISOString(), DUE_BATCH);
        // Reminders only: a batch leaves the data version (and system.status's cached dates check) as it was.
        untrackedWrite(core.db, () =>
          writeTransaction(core.db, () => {
            for (const r of due) {
              const at = Date.parse(r.snoozedUntil ?? r.dueAt);
              const missed = at < startedAt || now.getTime() - Math.max(at, pauseEnd) > lateAfterMs;
              if (!claimReminder(core.db, r.id, now.toISOString(), missed)) continue;
              delivered.push(getActiveReminder(core.db, r.id));
            }
          }),
        );
        if (due.length < DUE_BATCH) break;
      }
      if (delivered.length) core.notifyChange?.(DELIVER_METHOD, ['reminders']);
      for (const r of delivered) {
        try {
          options.onDue?.(r);
        } catch (err) {
          console.error('[pursuit] showing a reminder failed:', err);
        }
      }
      return { delivered, more };
    } finally {
      ticking = false;
    }
  }
  const tick = (): ActiveReminder[] => run(Infinity).delivered;

  // From a timer a throw would be an uncaught exception and take the process down: a bad row is already
  // skipped by the planner, anything else unexpected is logged and tried again at the next tick.
  // A full pass (at start, 4 s at 100,000 applications) runs here in slices of SLICE_MS (a few chunks), yielding to the
  // event loop between them, so the host answers requests meanwhile; the tick follows when it is done.
  const step = () => {
    try {
      if (!core.db.open) return;
      const now = core.now();
      if (needsFullPass(now) && !advance(now, SLICE_MS)) {
        const quiet = core.msSinceActivity?.() ?? Infinity;
        const at = performance.now();
        if (quiet < QUIET_MS && (yieldingSince === null || at - yieldingSince < MAX_YIELD_MS)) {
          yieldingSince ??= at;
          stepAfter(QUIET_MS - quiet);
        } else {
          yieldingSince = null;
          stepAfter(0);
        }
        return;
      }
      yieldingSince = null;
      // A batch of due reminders at a time, the event loop answering requests between them.
      if (run(1).more) stepAfter(0);
    } catch (err) {
      console.error('[pursuit] reminder tick failed; trying again at the next one:', err);
    }
  };
  /** The next step, at the next turn of the event loop (0) or after `ms`. */
  function stepAfter(ms: number): void {
    const next = () => {
      resume = null;
      step();
    };
    if (ms > 0) {
      const t = setTimeout(next, ms);
      resume = () => clearTimeout(t);
    } else {
      const i = setImmediate(next);
      resume = () => clearImmediate(i);
    }
  }
  // Timers and change events; a full pass under way carries on by itself and ticks when done.
  const poke = () => {
    if (!resume) step();
  };

  const tickSoon = () => {
    if (soon) return;
    soon = setTimeout(() => {
      soon = null;
      poke();
    }, 0);
  };

  return {
    tick,
    deliverDueNow: tick,
    pause(until) {
      pauseEnd = until ? until.getTime() : Math.min(pauseEnd, core.now().getTime());
      if (!until) tick();
    },
    pausedUntil: () => (core.now().getTime() < pauseEnd ? new Date(pauseEnd) : null),
    start() {
      if (timer) return;
      step();
      timer = setInterval(poke, intervalMs);
      timer.unref();
      unsubscribe =
        core.onChange?.((event) => {
          if (event.method !== DELIVER_METHOD && event.topics.some((t) => WATCHED.includes(t))) tickSoon();
        }) ?? null;
    },
    stop() {
      if (timer) clearInterval(timer);
      if (soon) clearTimeout(soon);
      resume?.();
      timer = soon = resume = null;
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
