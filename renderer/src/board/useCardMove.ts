import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import type { ApplicationSummary } from '../../../shared/domain';
import { call, errorMessage } from '../api-client';
import { useNotify } from '../components/Toasts';
import type { BoardSort } from '../../../shared/api-pages';
import { SORT_LABELS } from './BoardSortControl';
import { dropAnchor, type Layout, type Placement } from './layout';
import { columnsOf, type BoardData, type BoardPage } from './useBoardPages';

/**
 * The board's pages with the loaded cards in `layout`'s order (a card moved across stages carries its new
 * stage, and the counts follow it). The board page then holds every loaded card; the column pages keep their
 * params (so a refetch asks for as many cards again) and their counts.
 */
export function withLayout(data: BoardData, layout: Layout, movedId: number): BoardData {
  const { columns } = columnsOf(data);
  const byId = new Map([...columns.values()].flatMap((c) => c.cards).map((c) => [c.id, c]));
  const from = [...columns].find(([, c]) => c.cards.some((card) => card.id === movedId))?.[0];
  const to = [...layout].find(([, ids]) => ids.includes(movedId))?.[0];
  const totals = new Map([...columns].map(([id, c]) => [id, c.total]));
  if (from !== undefined && to !== undefined && from !== to) {
    totals.set(from, (totals.get(from) ?? 1) - 1);
    totals.set(to, (totals.get(to) ?? 0) + 1);
  }
  const cardsOf = (stageId: number): ApplicationSummary[] => {
    const ids = layout.get(stageId);
    if (!ids) return columns.get(stageId)?.cards ?? [];
    return ids.flatMap((id) => {
      const card = byId.get(id);
      return card ? [card.stageId === stageId ? card : { ...card, stageId }] : [];
    });
  };
  const pages = data.pages.map((p): BoardPage => {
    if (p.kind === 'column')
      return { kind: 'column', page: { ...p.page, items: [], total: totals.get(p.page.stageId) ?? p.page.total } };
    const { board } = p;
    return {
      kind: 'board',
      board: {
        ...board,
        cards: board.stages.flatMap((s) => cardsOf(s.id)),
        columns: board.columns.map((c) => ({ stageId: c.stageId, total: totals.get(c.stageId) ?? c.total })),
      },
    };
  });
  return { pages, pageParams: data.pageParams };
}

interface Move {
  card: ApplicationSummary;
  /** The board's loaded cards as they are after the drop. */
  layout: Layout;
  anchor: Omit<ApiInput<'applications.place'>, 'id'>;
  stageName: string;
}

/**
 * Saving a card's move with the query library's optimistic update: the board's cached pages show the drop at
 * once (any refetch under way is cancelled so it cannot undo it), a failure puts the pages back as they were
 * with the message, and either way the board is read again.
 */
export function useCardMove(boardKey: QueryKey): (move: Move) => void {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const mutation = useMutation({
    mutationFn: ({ card, anchor }: Move) => call('applications.place', { id: card.id, ...anchor }),
    onMutate: async ({ card, layout }: Move) => {
      await queryClient.cancelQueries({ queryKey: boardKey });
      const before = queryClient.getQueryData<BoardData>(boardKey);
      if (before) queryClient.setQueryData<BoardData>(boardKey, withLayout(before, layout, card.id));
      return { before };
    },
    onError: (err, { card }, context) => {
      if (context?.before) queryClient.setQueryData(boardKey, context.before);
      notify({ kind: 'error', message: `Could not move “${card.title}”, so it is back where it was. ${errorMessage(err)}` });
    },
    onSuccess: (_saved, { card, anchor, stageName }) => {
      const previous = {
        stageId: card.stageId,
        position: card.position,
        dateApplied: card.dateApplied,
        lastActivityAt: card.lastActivityAt,
      };
      notify({
        kind: 'info',
        message: previous.stageId === anchor.stageId ? `Reordered “${card.title}”.` : `Moved “${card.title}” to ${stageName}.`,
        action: {
          label: 'Undo',
          run: async () => {
            try {
              await call('applications.undoMove', { id: card.id, ...previous });
            } catch (err) {
              notify({ kind: 'error', message: `Could not undo the move: ${errorMessage(err)}` });
            }
          },
        },
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: boardKey }),
  });
  return mutation.mutate;
}

interface Drop {
  card: ApplicationSummary;
  /** The board's loaded cards with the card where it was dropped. */
  layout: Layout;
  from: { stageId: number; index: number };
  to: Placement;
  hasMore: (stageId: number) => boolean;
  cardsById: ReadonlyMap<number, ApplicationSummary>;
}

/** What a drop on the board does: in manual order it places the card by its neighbours; sorted, it changes stage only. */
export function useCardDrop(boardKey: QueryKey, sort: BoardSort, stageNames: ReadonlyMap<number, string>): (drop: Drop) => void {
  const notify = useNotify();
  const move = useCardMove(boardKey);
  return ({ card, layout, from, to, hasMore, cardsById }) => {
    const save = (anchor: Move['anchor']) =>
      move({ card, layout, anchor, stageName: stageNames.get(anchor.stageId) ?? 'its new stage' });
    if (sort !== 'manual') {
      // A sorted column has no hand-made order: a drop into another stage moves the card there (to the end of
      // the manual order), a drop within the same stage is refused with the way out.
      if (to.stageId === from.stageId) {
        notify({
          kind: 'info',
          message: `Cards are sorted by ${SORT_LABELS[sort].toLowerCase()}; choose “Manual order” to reorder them by hand.`,
        });
        return;
      }
      save({ stageId: to.stageId, beforeId: null });
      return;
    }
    const anchor = dropAnchor(layout, card.id, hasMore);
    if (!anchor) return;
    // Archived cards (shown after the active ones) are no neighbours to place by: next to one means the end.
    const archived = (n: number | null | undefined) => n != null && cardsById.get(n)?.archived === true;
    save(archived(anchor.beforeId) || archived(anchor.afterId) ? { stageId: anchor.stageId, beforeId: null } : anchor);
  };
}
