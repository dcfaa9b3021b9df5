import type { ApiMethod, ApiParsedInput, ApiResult } from '../../../shared/api';
import type { ProgressEvent } from '../../../shared/api-system';
import type { Db } from '../store/db';

/** What every handler gets besides its validated input. */
export interface CoreContext {
  db: Db;
  dataDir: string | null;
  /** Injectable clock: reminders and tests move time through it. */
  now: () => Date;
  /** The desktop shell's build of better-sqlite3, for worker threads' own connections. */
  nativeBinding?: string;
  /** Reports how far a long task (an import) has got; shown by the app while it runs. */
  progress?: (event: Omit<ProgressEvent, 'at'>) => void;
}

export type Handler<K extends ApiMethod> = (ctx: CoreContext, input: ApiParsedInput<K>) => ApiResult<K> | Promise<ApiResult<K>>;
export type HandlerMap<K extends ApiMethod> = { [M in K]: Handler<M> };
