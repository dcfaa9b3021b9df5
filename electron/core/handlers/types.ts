import type { ApiMethod, ApiParsedInput, ApiResult } from '../../../shared/api';
import type { Db } from '../store/db';

/** What every handler gets besides its validated input. */
export interface CoreContext {
  db: Db;
  dataDir: string | null;
  /** Injectable clock: reminders and tests move time through it. */
  now(): Date;
}

export type Handler<K extends ApiMethod> = (ctx: CoreContext, input: ApiParsedInput<K>) => ApiResult<K> | Promise<ApiResult<K>>;
export type HandlerMap<K extends ApiMethod> = { [M in K]: Handler<M> };
