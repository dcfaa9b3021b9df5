import type { systemApi } from '../../../shared/api-system';
import { dismissRecovery, pendingRecovery } from '../recovery';
import { badDatesNow } from '../store/bad-dates';
import type { HandlerMap } from './types';

export const systemHandlers: HandlerMap<keyof typeof systemApi> = {
  'system.status': (ctx) => ({ recovered: pendingRecovery(ctx.db), badDates: badDatesNow(ctx.db) }),
  'system.dismissRecovery': (ctx) => {
    const had = pendingRecovery(ctx.db) !== null;
    dismissRecovery(ctx.db);
    return { dismissed: had };
  },
};
