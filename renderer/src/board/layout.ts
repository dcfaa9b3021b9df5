import type { ApplicationSummary, Stage } from '../../../shared/domain';

/** Card ids per stage, in board order. Never changed in place: every helper returns a new layout. */
export type Layout = ReadonlyMap<number, readonly number[]>;

/** What dnd-kit carries for each draggable or droppable, so handlers never guess from an id's shape. */
export type DragData = { type: 'card'; cardId: number } | { type: 'column'; stageId: number };

export const isDragData = (d: unknown): d is DragData =>
  typeof d === 'object' &&
  d !== null &&
  (((d as DragData).type === 'card' && typeof (d as { cardId?: unknown }).cardId === 'number') ||
    ((d as DragData).type === 'column' && typeof (d as { stageId?: unknown }).stageId === 'number'));

export const columnDndId = (stageId: number) => `stage-${stageId}`;

export function buildLayout(stages: readonly Stage[], cards: readonly ApplicationSummary[]): Layout {
  const layout = new Map<number, number[]>(stages.map((s) => [s.id, []]));
  // The server sends cards ordered by stage then position; keep that order.
  for (const c of cards) layout.get(c.stageId)?.push(c.id);
  return layout;
}

export function stageOf(layout: Layout, cardId: number): number | null {
  for (const [stageId, ids] of layout) if (ids.includes(cardId)) return stageId;
  return null;
}

/** The layout with `cardId` taken out of wherever it is and put at `index` of `stageId`'s column. */
export function moveCard(layout: Layout, cardId: number, stageId: number, index: number): Layout {
  const next = new Map<number, readonly number[]>();
  for (const [s, ids] of layout) next.set(s, ids.includes(cardId) ? ids.filter((i) => i !== cardId) : ids);
  const target = [...(next.get(stageId) ?? [])];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, cardId);
  next.set(stageId, target);
  return next;
}

export interface Placement {
  stageId: number;
  index: number;
  /** The card it now sits before (null: last in its column), what `applications.place` needs. */
  beforeId: number | null;
}

export function placementOf(layout: Layout, cardId: number): Placement | null {
  const stageId = stageOf(layout, cardId);
  if (stageId === null) return null;
  const ids = layout.get(stageId)!;
  const index = ids.indexOf(cardId);
  return { stageId, index, beforeId: ids[index + 1] ?? null };
}

/** A column's cards with the next page after them; a card already there (the column shifted) is not repeated. */
export function appendPage<T extends { id: number }>(cards: readonly T[], page: readonly T[]): T[] {
  const seen = new Set(cards.map((c) => c.id));
  return [...cards, ...page.filter((c) => !seen.has(c.id))];
}

/**
 * The neighbour that names where a dropped card goes. Below the last card loaded of a column that has more
 * (not loaded yet), "at the end" would be wrong: the card goes just after the one above it instead.
 */
export function dropAnchor(
  layout: Layout,
  cardId: number,
  hasMore: (stageId: number) => boolean,
): { stageId: number; beforeId: number | null; afterId?: number } | null {
  const p = placementOf(layout, cardId);
  if (!p) return null;
  if (p.beforeId !== null || !hasMore(p.stageId)) return { stageId: p.stageId, beforeId: p.beforeId };
  const above = layout.get(p.stageId)![p.index - 1];
  return above === undefined ? { stageId: p.stageId, beforeId: null } : { stageId: p.stageId, beforeId: null, afterId: above };
}

/** Where a card dragged over `overData` (a card or a column) would go in `layout`. */
export function targetOf(overData: unknown, layout: Layout): { stageId: number; index: number } | null {
  if (!isDragData(overData)) return null;
  if (overData.type === 'column') return { stageId: overData.stageId, index: layout.get(overData.stageId)?.length ?? 0 };
  const stageId = stageOf(layout, overData.cardId);
  return stageId === null ? null : { stageId, index: layout.get(stageId)!.indexOf(overData.cardId) };
}
