import type { Stage } from './domain';

/**
 * Where "applied" falls among the user's stages. Stages are the user's to rename and reorder, so it is the
 * stage named Applied when there is one, otherwise the second stage (the first is where postings are saved
 * before applying). Both the board and the core use this one rule.
 */
export function appliedPosition(stages: readonly Pick<Stage, 'name' | 'position'>[]): number {
  const named = stages.find((s) => s.name.trim().toLowerCase() === 'applied');
  if (named) return named.position;
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  return ordered[1]?.position ?? ordered[0]?.position ?? 0;
}

/** Not applied yet: a stage before Applied, where an application deadline still matters. */
export const isBeforeApplied = (stage: Pick<Stage, 'position'>, stages: readonly Pick<Stage, 'name' | 'position'>[]): boolean =>
  stage.position < appliedPosition(stages);
