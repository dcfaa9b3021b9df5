import { useLayoutEffect } from 'react';

/**
 * Performance marks around the calendar's render, read by bench/calendar-render.bench.ts: `calendar:data`
 * when `calendar.range` answers, the measure `calendar:<view>` from there to the first paint after React
 * has put that data on screen, and `calendar:<view>:commit` from there to React's commit. They cost one mark per load.
 */
export function markDataReady<T>(value: T): T {
  performance.clearMarks('calendar:data');
  performance.mark('calendar:data');
  return value;
}

export function usePaintMark(view: string, data: unknown): void {
  useLayoutEffect(() => {
    if (!data || performance.getEntriesByName('calendar:data', 'mark').length === 0) return;
    // React's share: from the answer to the DOM being updated (before layout and paint).
    // Only the latest of each is kept, so a long session does not pile them up.
    performance.clearMeasures(`calendar:${view}:commit`);
    performance.clearMeasures(`calendar:${view}`);
    performance.measure(`calendar:${view}:commit`, 'calendar:data');
    // A frame callback runs before the next paint; a task queued from it runs after that paint.
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        performance.measure(`calendar:${view}`, 'calendar:data');
        performance.clearMarks('calendar:data');
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [view, data]);
}
