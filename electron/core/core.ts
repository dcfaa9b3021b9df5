import { z } from 'zod';
import { api, isApiMethod, type ApiMethod, type ApiResult } from '../../shared/api';
import type { ChangeEvent } from '../../shared/domain';
import { ApiError, type Envelope } from '../../shared/envelope';
import { handlers } from './handlers';
import type { CoreContext, Handler } from './handlers/types';
import { openDataDir, openDatabase, type Db, type OpenOptions } from './store/db';

export interface CoreOptions extends OpenOptions {
  /** Folder holding pursuit.db (and later backups and attachments); omit with `db` for tests. */
  dataDir?: string;
  db?: Db;
  now?: () => Date;
}

export interface Core {
  readonly db: Db;
  readonly dataDir: string | null;
  /** Validates the input, runs the handler, and never throws: every outcome is an envelope. */
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  close(): void;
}

function describeZodError(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function toErrorEnvelope(err: unknown): Envelope<never> {
  if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
  if (err instanceof z.ZodError) return { ok: false, error: { code: 'BAD_INPUT', message: describeZodError(err) } };
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
    return { ok: false, error: { code: 'CONFLICT', message: 'That change conflicts with saved data (a name or link already in use, or a value out of range).' } };
  console.error('[pursuit] internal error:', err);
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Pursuit; nothing was changed. Details are in the log.' } };
}

export function createCore(options: CoreOptions): Core {
  const db = options.db ?? (options.dataDir ? openDataDir(options.dataDir, options) : openDatabase(':memory:', options));
  const ctx: CoreContext = { db, dataDir: options.dataDir ?? null, now: options.now ?? (() => new Date()) };
  const listeners = new Set<(event: ChangeEvent) => void>();

  async function call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (!isApiMethod(method))
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Pursuit has no method called "${String(method).slice(0, 80)}".` } };
    try {
      const parsed = api[method].input.parse(input ?? {});
      const handler = handlers[method] as Handler<ApiMethod>;
      const value = (await handler(ctx, parsed as never)) as ApiResult<ApiMethod>;
      const topics = api[method].mutates;
      if (topics.length) {
        const event: ChangeEvent = { method, topics: [...topics], at: new Date().toISOString() };
        for (const l of listeners) l(event);
      }
      return { ok: true, value };
    } catch (err) {
      return toErrorEnvelope(err);
    }
  }

  return {
    db,
    dataDir: ctx.dataDir,
    call,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      if (db.open) db.close();
    },
  };
}
