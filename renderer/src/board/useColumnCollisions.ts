import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useRef, type RefObject } from 'react';
import { isDragData, type Layout } from './layout';

/**
 * What a dragged card is over. Over a column: the nearest card in it (or the column itself when empty);
 * dnd-kit's multi-container recipe. Between droppables the last one hit stays the target (`lastOver`, which a
 * new drag clears).
 */
export function useColumnCollisions(layoutRef: RefObject<Layout>): {
  collisionDetection: CollisionDetection;
  /** A new drag starts with no target. */
  resetOver: () => void;
} {
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const collisionDetection = useCallback<CollisionDetection>(
    (args) => {
      const pointer = pointerWithin(args);
      const hits = pointer.length > 0 ? pointer : rectIntersection(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId !== null) {
        const data = args.droppableContainers.find((c) => c.id === overId)?.data.current;
        if (isDragData(data) && data.type === 'column') {
          const inColumn = new Set(layoutRef.current.get(data.stageId) ?? []);
          if (inColumn.size > 0) {
            const nearest = closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter((c) => typeof c.id === 'number' && inColumn.has(c.id)),
            });
            overId = getFirstCollision(nearest, 'id') ?? overId;
          }
        }
        lastOver.current = overId;
        return [{ id: overId }];
      }
      return lastOver.current !== null ? [{ id: lastOver.current }] : [];
    },
    [layoutRef],
  );
  const resetOver = useCallback(() => {
    lastOver.current = null;
  }, []);
  return { collisionDetection, resetOver };
}
