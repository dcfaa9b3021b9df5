import {
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type Modifier,
} from '@dnd-kit/core';
import { eventLabel, longDay } from './dates';
import { isEventDrag } from './EventChip';
import { PX_PER_MINUTE, SNAP_MINUTES } from './time-layout';

const QUARTER_PX = SNAP_MINUTES * PX_PER_MINUTE;

/**
 * Arrow keys move a picked-up event by the grid's own geometry: a day cell (left, right) or a week row (up,
 * down) in the month; a day column (left, right) or a quarter hour (up, down) in the hour grid.
 */
export const gridSteps: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const data = context.active?.data.current;
  const inTime = isEventDrag(data) && data.area === 'time';
  const cell = document.querySelector(inTime ? '[data-cal-col]' : '[data-cal-cell]')?.getBoundingClientRect();
  const w = cell?.width ?? 100;
  const h = inTime ? QUARTER_PX : (cell?.height ?? 100);
  switch (event.code) {
    case 'ArrowRight':
      return { ...currentCoordinates, x: currentCoordinates.x + w };
    case 'ArrowLeft':
      return { ...currentCoordinates, x: currentCoordinates.x - w };
    case 'ArrowDown':
      return { ...currentCoordinates, y: currentCoordinates.y + h };
    case 'ArrowUp':
      return { ...currentCoordinates, y: currentCoordinates.y - h };
    default:
      return undefined;
  }
};

/** In the hour grid the dragged chip moves in quarter hours, so where it shows is where it lands. */
export const snapToQuarterHours: Modifier = ({ transform, active }) =>
  isEventDrag(active?.data.current) && active.data.current.area === 'time'
    ? { ...transform, y: Math.round(transform.y / QUARTER_PX) * QUARTER_PX }
    : transform;

export const collisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

export interface DropTarget {
  day: string;
  area: 'day' | 'time';
}

export const dropTarget = (over: { data: { current?: Record<string, unknown> } } | null): DropTarget | null => {
  const d = over?.data.current;
  return typeof d?.day === 'string' ? { day: d.day, area: d.area === 'time' ? 'time' : 'day' } : null;
};

export const announcements: Announcements = {
  onDragStart: ({ active }) => (isEventDrag(active.data.current) ? `Picked up ${eventLabel(active.data.current.event)}.` : ''),
  onDragOver: ({ over }) => {
    const target = dropTarget(over);
    return target ? `Over ${longDay(target.day)}.` : 'Not over a day.';
  },
  onDragEnd: ({ active, over }) => {
    const target = dropTarget(over);
    return isEventDrag(active.data.current) && target
      ? `Dropped ${eventLabel(active.data.current.event)} on ${longDay(target.day)}.`
      : 'Not moved.';
  },
  onDragCancel: () => 'Move cancelled; the event stays where it was.',
};
