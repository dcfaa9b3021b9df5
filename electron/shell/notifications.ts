import type { ApiInput } from '../../shared/api';
import type { ActiveReminder } from '../../shared/api-calendar';
import { createClient, type Transport } from '../../shared/client';

/** What the shell needs of Electron's Notification (tests pass a stand-in). */
export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  on(event: 'action', listener: (details?: { actionIndex?: number }, legacyIndex?: number) => void): unknown;
  show(): void;
}

export interface NotificationOptions {
  title: string;
  body: string;
  actions?: { type: 'button'; text: string }[];
}

export interface NotificationClass {
  new (options: NotificationOptions): NotificationLike;
  isSupported(): boolean;
}

export interface ReminderNotifierDeps {
  Notification: NotificationClass;
  platform: NodeJS.Platform;
  /** The core's API: an action goes through the same methods as the reminders panel. */
  core: { call: Transport };
  /** Shows the window (creating it if needed) on the reminder's application. */
  openApplication(applicationId: number): void;
}

/** An event's kind in words, for a notification or menu item of an event with no title of its own. */
export const KIND_WORDS: Record<ActiveReminder['event']['kind'], string> = {
  deadline: 'Deadline',
  interview: 'Interview',
  'follow-up': 'Follow-up',
  'offer-expiry': 'Offer expires',
  other: 'Event',
};

/** Buttons on a notification: macOS and Windows show them; Linux notifications open the app when clicked. */
export const REMINDER_ACTIONS = ['Open', 'Snooze 1 hour', 'Dismiss'] as const;
const supportsActions = (platform: NodeJS.Platform) => platform === 'darwin' || platform === 'win32';

// Electron drops the events of a notification that was garbage collected: keep the recent ones referenced.
const KEEP = 50;

export interface ReminderNotifier {
  show(reminder: ActiveReminder): void;
}

/**
 * Shows a delivered reminder as a system notification. Its actions have the result of the same buttons in
 * the reminders panel (`reminders.snooze` for an hour, `reminders.dismiss`), recorded once: a notification
 * answers its first click or action only, so a double click never snoozes twice.
 */
export function createReminderNotifier(deps: ReminderNotifierDeps): ReminderNotifier {
  const live = new Set<NotificationLike>();
  const api = createClient(deps.core.call);

  async function record<K extends 'reminders.snooze' | 'reminders.dismiss'>(method: K, input: ApiInput<K>): Promise<void> {
    const result = await api.send(method, input);
    // A reminder dismissed meanwhile in the panel is not an error worth a dialog; it is already handled.
    if (!result.ok) console.warn(`[pursuit] ${method} from a notification: ${result.error.message}`);
  }

  return {
    show(r) {
      if (!deps.Notification.isSupported()) return;
      const what = r.event.title || KIND_WORDS[r.event.kind];
      const n = new deps.Notification({
        title: `${r.missed ? 'Missed: ' : ''}${what}`,
        body: `${r.application.title} at ${r.application.company}`,
        ...(supportsActions(deps.platform)
          ? { actions: REMINDER_ACTIONS.map((text) => ({ type: 'button' as const, text })) }
          : {}),
      });
      let answered = false;
      const answer = (index: number) => {
        if (answered) return;
        answered = true;
        live.delete(n);
        const action = REMINDER_ACTIONS[index];
        if (action === 'Snooze 1 hour') void record('reminders.snooze', { id: r.id, until: 'hour' });
        else if (action === 'Dismiss') void record('reminders.dismiss', { id: r.id });
        else deps.openApplication(r.application.id);
      };
      n.on('click', () => answer(0));
      n.on('action', (details, legacyIndex) => answer(details?.actionIndex ?? legacyIndex ?? 0));
      // Closing the banner is not "dismiss": the reminder stays in the panel, as it would if never seen.
      n.on('close', () => live.delete(n));
      live.add(n);
      if (live.size > KEEP) live.delete(live.values().next().value!);
      n.show();
    },
  };
}
