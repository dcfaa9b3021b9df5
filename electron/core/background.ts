import type { ActiveReminder } from '../../shared/api-calendar';
import { createReminderScheduler, type ReminderScheduler } from './calendar/scheduler';
import type { Core } from './core';
import { pendingRecovery } from './recovery';
import { runInWorker } from './worker/run-in-worker';

const HOUR = 60 * 60 * 1000;

const hasApplications = (core: Core): boolean =>
  (core.db.prepare('SELECT EXISTS (SELECT 1 FROM applications) AS found').get() as { found: number }).found === 1;

export interface BackgroundWork {
  /** The running reminder scheduler: the desktop shell delivers at once on wake and pauses from the tray. */
  readonly reminders: ReminderScheduler;
  /** The hourly backup check, run now; resolves when it is done. */
  checkBackup(): Promise<void>;
  /** Stops the timers and waits for a backup in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * The work the one process that owns a data folder (the desktop app or `pursuit serve`, never both: see
 * lock.ts) does in the background: deliver reminders, and take the daily backup.
 */
export function startBackgroundWork(
  core: Core,
  options: { onReminder?: (reminder: ActiveReminder) => void } = {},
): BackgroundWork {
  const reminders = createReminderScheduler(core, { onDue: options.onReminder });
  reminders.start();

  const dataDir = core.dataDir;
  // Writes only when today's automatic backup is missing, so checking hourly costs next to nothing.
  // Not of a database with no applications (a backup of nothing would later be offered as "the latest
  // backup"), and so not while a damaged file was just set aside and the user has not yet chosen between
  // restoring and starting empty.
  // One check at a time: two backups of the same day would write the same file.
  let running: Promise<void> | null = null;
  const checkBackup = (): Promise<void> => {
    if (!dataDir || !core.db.open || pendingRecovery(core.db) || !hasApplications(core)) return Promise.resolve();
    // In a worker thread (its own connection), so a large database with many documents never holds the app.
    running ??= runInWorker({
      task: 'backup.auto',
      input: { dataDir, now: new Date() },
      dbFile: core.db.name,
      nativeBinding: core.nativeBinding,
    })
      .then(() => undefined)
      .catch((err: unknown) => console.error('[pursuit] automatic backup failed:', err))
      .finally(() => (running = null));
    return running;
  };
  void checkBackup();
  const timer = setInterval(() => void checkBackup(), HOUR);
  timer.unref();

  return {
    reminders,
    checkBackup,
    async stop() {
      reminders.stop();
      clearInterval(timer);
      await running;
    },
  };
}
