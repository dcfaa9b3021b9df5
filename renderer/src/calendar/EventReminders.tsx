import { offsetLabel } from './dates';

const ALL_DAY_CHOICES = [0, 1440, 3 * 1440, 7 * 1440];
const TIMED_CHOICES = [15, 60, 3 * 60, 1440, 2 * 1440];

/**
 * An event's reminders: its kind's defaults, or its own choice of offsets (the usual ones, any already set and
 * the defaults). Turning the defaults off starts from them.
 */
export function EventReminders({
  allDay,
  defaults,
  own,
  offsets,
  onChange,
}: {
  allDay: boolean;
  defaults: readonly number[];
  own: boolean;
  offsets: number[];
  onChange: (next: { ownReminders: boolean; offsets: number[] }) => void;
}) {
  const choices = [...new Set([...(allDay ? ALL_DAY_CHOICES : TIMED_CHOICES), ...offsets, ...defaults])].sort((a, b) => a - b);
  const toggle = (m: number) =>
    onChange({ ownReminders: own, offsets: offsets.includes(m) ? offsets.filter((x) => x !== m) : [...offsets, m] });
  return (
    <fieldset className="cal-reminders">
      <legend>Reminders</legend>
      <label className="cal-check">
        <input
          type="checkbox"
          checked={!own}
          onChange={(e) =>
            onChange({
              ownReminders: !e.target.checked,
              offsets: !e.target.checked && offsets.length === 0 ? [...defaults] : offsets,
            })
          }
        />{' '}
        Use my default reminders ({defaults.map((m) => offsetLabel(m, allDay).toLowerCase()).join(', ') || 'none'})
      </label>
      {own &&
        choices.map((m) => (
          <label key={m} className="cal-check">
            <input type="checkbox" checked={offsets.includes(m)} onChange={() => toggle(m)} /> {offsetLabel(m, allDay)}
          </label>
        ))}
    </fieldset>
  );
}
