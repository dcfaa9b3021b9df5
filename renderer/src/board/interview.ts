import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { isRealDay, isRealInstant } from '../../../shared/real-date';

/**
 * A card's next interview as a person says it, in the user's time zone: "Interview today 14:30",
 * "Interview tomorrow", "Interview Thu 14:30" within the week, "Interview 12 Mar 09:00" later.
 * `next` is an ISO instant, or a `YYYY-MM-DD` day for an all-day interview.
 */
export function interviewLabel(next: string, now: Date): string | null {
  const allDay = next.length === 10;
  if (allDay ? !isRealDay(next) : !isRealInstant(next)) return null;
  const when = parseISO(next);
  const days = differenceInCalendarDays(when, now);
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : days > 1 && days < 7 ? format(when, 'EEE') : format(when, 'd MMM');
  return allDay ? `Interview ${day}` : `Interview ${day} ${format(when, 'HH:mm')}`;
}
