import { format } from 'date-fns';

/** The calendar day an instant falls on in this machine's time zone, as `YYYY-MM-DD` (core and renderer alike). */
export const localDay = (d: Date): string => format(d, 'yyyy-MM-dd');
