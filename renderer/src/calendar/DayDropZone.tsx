import { useDroppable } from '@dnd-kit/core';
import type { HTMLAttributes } from 'react';
import type { DropTarget } from './drag';

/**
 * A day that takes dropped events (an all-day strip cell, an hour column): a group whose class gains
 * `cal-day-over` while an event is dragged over it. Its droppable id is `${idPrefix}-${day}`.
 */
export function DayDropZone({
  idPrefix,
  day,
  area,
  className,
  children,
  ...props
}: DropTarget & { idPrefix: string; className: string } & HTMLAttributes<HTMLDivElement>) {
  const { setNodeRef, isOver } = useDroppable({ id: `${idPrefix}-${day}`, data: { day, area } });
  return (
    <div ref={setNodeRef} className={isOver ? `${className} cal-day-over` : className} role="group" {...props}>
      {children}
    </div>
  );
}
