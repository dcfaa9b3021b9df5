import { MOVE_HINT_ID } from './EventChip';
import { IcsExportButton } from './IcsExportButton';

export const MODES = ['Month', 'Week', 'Day', 'Agenda'] as const;
export type Mode = (typeof MODES)[number];

/** The calendar's title bar: view switcher, Add event, export; then Today, Previous, Next and what is shown. */
export function CalendarToolbar({
  mode,
  heading,
  onMode,
  onAdd,
  onToday,
  onStep,
}: {
  mode: Mode;
  heading: string;
  onMode: (mode: Mode) => void;
  onAdd: () => void;
  onToday: () => void;
  onStep: (n: number) => void;
}) {
  const unit = mode === 'Month' ? 'month' : mode === 'Week' ? 'week' : 'day';
  return (
    <>
      <div className="toolbar">
        <h1>Calendar</h1>
        <div className="cal-modes" role="group" aria-label="Calendar view">
          {MODES.map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => onMode(m)}>
              {m}
            </button>
          ))}
        </div>
        <button type="button" className="primary" onClick={onAdd}>
          Add event
        </button>
        <IcsExportButton />
      </div>
      {mode !== 'Agenda' && (
        <div className="cal-nav">
          <button type="button" onClick={onToday}>
            Today
          </button>
          <button type="button" onClick={() => onStep(-1)} title={`Previous ${unit}`}>
            Previous
          </button>
          <button type="button" onClick={() => onStep(1)} title={`Next ${unit}`}>
            Next
          </button>
          {/* Focusable by script: "+N more" sends focus here when it opens the day. */}
          <h2 className="cal-heading" aria-live="polite" tabIndex={-1}>
            {heading}
          </h2>
        </div>
      )}
      {mode !== 'Agenda' && (
        <p className="cal-hint muted" id={MOVE_HINT_ID}>
          To move an event, drag it{mode === 'Month' ? ' to another day' : ' to another time or day'}, or focus it and press
          Alt+↑/↓ ({mode === 'Month' ? 'timed: 15 minutes; all-day: a week' : '15 minutes'}) or Alt+←/→ (a day). Space picks it up
          for the arrow keys; Enter opens its application.
        </p>
      )}
    </>
  );
}
