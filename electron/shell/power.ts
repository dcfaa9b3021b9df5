/** What the shell needs of Electron's powerMonitor (tests pass a stand-in). */
export interface PowerMonitorLike {
  on(event: 'resume', listener: () => void): unknown;
}

/**
 * When the computer wakes, the reminders that fell due while it slept are delivered at once, instead of at
 * the next timer tick (up to its interval later, and timers may be late just after a wake). The scheduler
 * claims each reminder in the database, so the tick that follows never delivers one again.
 */
export function deliverOnResume(powerMonitor: PowerMonitorLike, scheduler: { deliverDueNow(): unknown }): void {
  powerMonitor.on('resume', () => {
    try {
      scheduler.deliverDueNow();
    } catch (err) {
      console.error('[pursuit] delivering reminders after wake failed:', err);
    }
  });
}
