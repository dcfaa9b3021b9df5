import type { pagesApi } from '../../../shared/api-pages';
import { BOARD_PAGE_SIZE } from '../../../shared/api-pages';
import { pageNudges } from '../calendar/nudge-pages';
import { columnPage, postingsPage } from '../store/board-pages';
import { pageActiveReminders } from '../store/reminders';
import type { HandlerMap } from './types';

export const pagesHandlers: HandlerMap<keyof typeof pagesApi> = {
  'board.column': ({ db, now }, { stageId, filter, sort, offset, limit }) =>
    columnPage(db, stageId, filter, sort, offset, limit, now()),
  'postings.list': ({ db }, { search, sort, offset, limit }) => postingsPage(db, search, offset, limit, sort),
  'nudges.page': ({ db, now }, { offset, limit = BOARD_PAGE_SIZE }) => pageNudges(db, now(), offset, limit),
  'reminders.page': ({ db }, { offset, limit = BOARD_PAGE_SIZE }) => pageActiveReminders(db, offset, limit),
};
