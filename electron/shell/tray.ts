import { format, isSameDay, parseISO } from 'date-fns';
import type { MenuItemConstructorOptions } from 'electron';
import type { AgendaItem } from '../core/calendar/agenda';
import { KIND_WORDS } from './notifications';

/** What the shell needs of Electron's Tray (tests pass a stand-in). */
export interface TrayLike<M> {
  setToolTip(text: string): void;
  setContextMenu(menu: M): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayState {
  upcoming: AgendaItem[];
  /** Reminders are held back until then (the tray's "Pause reminders for 1 hour"). */
  pausedUntil: Date | null;
  /** Today's events and reminders waiting in the panel. */
  dueCount: number;
  now: Date;
}

export interface TrayActions {
  open(): void;
  openApplication(applicationId: number): void;
  pauseForAnHour(): void;
  resumeReminders(): void;
  quit(): void;
}

const MAX_LABEL = 80;

/** "Today 14:00 · Interview: Designer at Initech"; all-day events show their day only. */
export function agendaLabel(item: AgendaItem, now: Date): string {
  const at = item.allDay ? parseISO(item.at) : new Date(item.at);
  const day = isSameDay(at, now) ? 'Today' : format(at, 'EEE d MMM');
  const when = item.allDay ? day : `${day} ${format(at, 'HH:mm')}`;
  const what = item.title || KIND_WORDS[item.kind];
  const label = `${when} · ${what}: ${item.applicationTitle || 'Untitled posting'} at ${item.company || 'unknown company'}`;
  // A menu as wide as a pasted 300-character title would be unusable.
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** The tray menu: Open Pursuit, the next due items, pause (or resume) reminders, Quit. */
export function trayMenuTemplate(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  const next: MenuItemConstructorOptions[] = state.upcoming.length
    ? state.upcoming.map((item) => ({
        label: agendaLabel(item, state.now),
        click: () => actions.openApplication(item.applicationId),
      }))
    : [{ label: 'Nothing scheduled', enabled: false }];
  return [
    { label: 'Open Pursuit', click: () => actions.open() },
    { type: 'separator' },
    { label: 'Next up', enabled: false },
    ...next,
    { type: 'separator' },
    state.pausedUntil
      ? {
          label: `Resume reminders (paused until ${format(state.pausedUntil, 'HH:mm')})`,
          click: () => actions.resumeReminders(),
        }
      : { label: 'Pause reminders for 1 hour', click: () => actions.pauseForAnHour() },
    { type: 'separator' },
    { label: 'Quit Pursuit', click: () => actions.quit() },
  ];
}

export const trayTooltip = (state: TrayState): string =>
  state.pausedUntil
    ? `Pursuit: reminders paused until ${format(state.pausedUntil, 'HH:mm')}`
    : state.dueCount
      ? `Pursuit: ${state.dueCount} due today or waiting`
      : 'Pursuit';

export interface TrayController {
  update(state: TrayState): void;
  destroy(): void;
}

/**
 * The tray icon while Pursuit keeps running with its window closed. `buildMenu` is Electron's
 * `Menu.buildFromTemplate`; a click on the icon (Windows, some Linux desktops) opens the window.
 */
export function createTrayController<M>(deps: {
  createTray: () => TrayLike<M>;
  buildMenu: (template: MenuItemConstructorOptions[]) => M;
  actions: TrayActions;
}): TrayController {
  const tray = deps.createTray();
  tray.on('click', () => deps.actions.open());
  return {
    update(state) {
      tray.setToolTip(trayTooltip(state));
      tray.setContextMenu(deps.buildMenu(trayMenuTemplate(state, deps.actions)));
    },
    destroy: () => tray.destroy(),
  };
}
