import { createContext, useContext } from 'react';
import type { Stage } from '../../../shared/domain';
import { isBeforeApplied } from '../../../shared/stage-order';

/** The user's stages, loaded once for the whole window (cards ask where their stage falls). */
export const StagesContext = createContext<readonly Stage[]>([]);

/**
 * An application deadline matters until the candidate has applied: shown on cards in stages before Applied
 * only. While the stages are loading (or the stage is unknown) it shows, as before.
 */
export function useDeadlineMatters(stageId: number): boolean {
  const stages = useContext(StagesContext);
  const stage = stages.find((s) => s.id === stageId);
  return !stage || isBeforeApplied(stage, stages);
}
