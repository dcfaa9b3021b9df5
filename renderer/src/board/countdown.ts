import { differenceInCalendarDays, parseISO } from 'date-fns';
import { isRealDay, isRealInstant } from '../../../shared/real-date';

export type DeadlineTone = 'overdue' | 'today' | 'soon' | 'later';

/** Within this many days a deadline counts as "due soon". */
export const DUE_SOON_DAYS = 3;

export interface DeadlineStatus {
  tone: DeadlineTone;
  /** "in 3 days", "tomorrow", "today", "2 days overdue". */
  label: string;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** How far away a deadline day is, counted in calendar days in the user's time zone. */
export function deadlineStatus(deadline: string, today: Date): DeadlineStatus {
  if (!isRealDay(deadline)) return { tone: 'overdue', label: 'date needs fixing' };
  const diff = differenceInCalendarDays(parseISO(deadline), today);
  if (diff < 0) return { tone: 'overdue', label: `${days(-diff)} overdue` };
  if (diff === 0) return { tone: 'today', label: 'due today' };
  if (diff === 1) return { tone: 'soon', label: 'due tomorrow' };
  return { tone: diff <= DUE_SOON_DAYS ? 'soon' : 'later', label: `due in ${days(diff)}` };
}

/** "today", "1 day ago", "12 days ago" since the last activity instant. */
export function sinceLabel(instant: string, now: Date): string {
  if (!isRealInstant(instant)) return 'at an unknown date';
  const diff = differenceInCalendarDays(now, parseISO(instant));
  if (diff <= 0) return 'today';
  return `${days(diff)} ago`;
}
