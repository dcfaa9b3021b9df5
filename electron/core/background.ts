import type { ActiveReminder } from '../../shared/api-calendar';
import { createReminderScheduler } from './calendar/scheduler';
import type { Core } from './core';
import { runAutoBackupIfDue } from './data/auto-backup';

const HOUR = 60 * 60 * 1000;

/**
 * The work the one process that owns a data folder (the desktop app or `pursuit serve`, never both: see
 * lock.ts) does in the background: deliver reminders, and take the daily backup. Returns `stop`.
 */
export function startBackgroundWork(core: Core, options: { onReminder?(reminder: ActiveReminder): void } = {}): () => void {
  const reminders = createReminderScheduler(core, { onDue: options.onReminder });
  reminders.start();

  const dataDir = core.dataDir;
  let backupTimer: ReturnType<typeof setInterval> | null = null;
  if (dataDir) {
    // Writes only when today's automatic backup is missing, so checking hourly costs next to nothing.
    const backup = () =>
      void runAutoBackupIfDue(core.db, dataDir, new Date()).catch((err: unknown) =>
        console.error('[pursuit] automatic backup failed:', err),
      );
    backup();
    backupTimer = setInterval(backup, HOUR);
    backupTimer.unref?.();
  }

  return () => {
    reminders.stop();
    if (backupTimer) clearInterval(backupTimer);
  };
}
