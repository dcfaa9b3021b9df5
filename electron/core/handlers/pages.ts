import type { pagesApi } from '../../../shared/api-pages';
import { BOARD_PAGE_SIZE } from '../../../shared/api-pages';
import { listNudges } from '../calendar/nudges';
import { columnPage, postingsPage } from '../store/board-pages';
import type { HandlerMap } from './types';

export const pagesHandlers: HandlerMap<keyof typeof pagesApi> = {
  'board.column': ({ db }, { stageId, filter, sort, offset, limit }) => columnPage(db, stageId, filter, sort, offset, limit),
  'postings.list': ({ db }, { search, offset, limit }) => postingsPage(db, search, offset, limit),
  // Whether a suggestion shows depends on calendar days in the user's time zone, so they are worked out in
  // code; only the page crosses to the window (14,000 suggestions at 100,000 applications).
  'nudges.page': ({ db, now }, { offset, limit = BOARD_PAGE_SIZE }) => {
    const all = listNudges(db, now());
    return { total: all.length, offset, items: all.slice(offset, offset + limit) };
  },
};
