import { z } from 'zod';
import { api, isApiMethod, type ApiMethod } from '../../shared/api';
import type { ChangeEvent, Topic } from '../../shared/domain';
import { ApiError, type Envelope } from '../../shared/envelope';
import { createTestClock, setTestClock, TEST_CLOCK_METHOD } from './calendar/test-clock';
import { handlers } from './handlers';
import { PostingInputError } from './importer';
import { describeMachineFault } from './machine-faults';
import type { CoreContext, Handler } from './handlers/types';
import { openDataDirWithRecovery } from './recovery';
import { openDatabase, type Db, type OpenOptions } from './store/db';
import type { ProgressEvent, RecoveryRecord } from '../../shared/api-system';

export interface CoreOptions extends OpenOptions {
  /** Folder holding pursuit.db (and later backups and attachments); omit with `db` for tests. */
  dataDir?: string;
  db?: Db;
  now?: () => Date;
  /** Adds a movable clock and the `testClock.set` method (e2e only: the host's `--test-clock`). */
  testClock?: boolean;
  /** Read-only commands: a damaged data file is reported and left in place, never moved aside. */
  leaveDamaged?: boolean;
}

export interface Core {
  readonly db: Db;
  readonly dataDir: string | null;
  /** Set when the data file was damaged (or too new) and moved aside at this start; the UI reads it via `system.status`. */
  readonly recovered: RecoveryRecord | null;
  /** The SQLite build to load in worker threads (the Electron shell's own), when not the default. */
  readonly nativeBinding?: string;
  /** Validates the input, runs the handler, and never throws: every outcome is an envelope. */
  call: (method: string, input: unknown) => Promise<Envelope<unknown>>;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** How far long tasks (imports) have got; the host forwards these as `progress` events. */
  onProgress: (listener: (event: ProgressEvent) => void) => () => void;
  /** The core's clock (moved by the test clock when there is one); the reminder scheduler reads it. */
  now: () => Date;
  /** Sends a change event to every listener, for writes made outside `call` (the reminder scheduler). */
  notifyChange(method: string, topics: Topic[]): void;
  /** Notes that a caller is asking something (every `call` does; the host as each request arrives). */
  noteActivity(): void;
  /** Milliseconds since the last `noteActivity`: background passes step aside while requests come in. */
  msSinceActivity(): number;
  close(): void;
}

function describeZodError(err: z.ZodError): string {
  return err.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function toErrorEnvelope(err: unknown, dataDir: string | null = null): Envelope<never> {
  if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
  if (err instanceof z.ZodError) return { ok: false, error: { code: 'BAD_INPUT', message: describeZodError(err) } };
  // A file the importer refuses (too deep, unreadable) wherever it turned up, e.g. as HTML in a CSV cell.
  if (err instanceof PostingInputError)
    return { ok: false, error: { code: err.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'BAD_INPUT', message: err.message } };
  const fault = describeMachineFault(err, dataDir);
  if (fault) {
    console.warn('[pursuit]', fault.message, (err as Error).message);
    return { ok: false, error: fault };
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
    return {
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'That change conflicts with saved data (a name or link already in use, or a value out of range).',
      },
    };
  console.error('[pursuit] internal error:', err);
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'Something went wrong inside Pursuit; nothing was changed. Details are in the log.' },
  };
}

export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  // A damaged data file is moved aside (never deleted) and a fresh one opened, so every shell still starts.
  const opened = options.db
    ? { db: options.db, recovered: null, warning: null }
    : options.dataDir
      ? openDataDirWithRecovery(options.dataDir, options, now)
      : { db: openDatabase(':memory:', options), recovered: null, warning: null };
  if (opened.recovered) console.warn(`[pursuit] ${opened.recovered.message}`);
  if (opened.warning) console.warn(`[pursuit] ${opened.warning}`);
  const db = opened.db;
  const test = options.testClock ? createTestClock(now) : null;
  const progressListeners = new Set<(event: ProgressEvent) => void>();
  const ctx: CoreContext = {
    db,
    dataDir: options.dataDir ?? null,
    now: test?.now ?? now,
    nativeBinding: options.nativeBinding,
    progress(event) {
      const stamped: ProgressEvent = { ...event, at: new Date().toISOString() };
      for (const l of progressListeners) l(stamped);
    },
  };
  const listeners = new Set<(event: ChangeEvent) => void>();
  const notifyChange = (method: string, topics: Topic[]) => {
    const event: ChangeEvent = { method, topics: [...topics], at: new Date().toISOString() };
    for (const l of listeners) l(event);
  };

  let lastActivity = -Infinity;
  const noteActivity = () => {
    lastActivity = performance.now();
  };

  // `method` is unknown here: IPC and HTTP callers may send anything; the contract's type is Core['call'].
  async function call(method: unknown, input: unknown): Promise<Envelope<unknown>> {
    noteActivity();
    if (test && method === TEST_CLOCK_METHOD) {
      try {
        const value = setTestClock(test.clock, ctx.now, input);
        notifyChange(method, ['reminders']);
        return { ok: true, value };
      } catch (err) {
        return toErrorEnvelope(err, ctx.dataDir);
      }
    }
    if (!isApiMethod(method))
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: `Pursuit has no method called "${String(method).slice(0, 80)}".` },
      };
    try {
      const parsed = api[method].input.parse(input ?? {});
      const handler = handlers[method] as Handler<ApiMethod>;
      const value = await handler(ctx, parsed);
      const topics = api[method].mutates;
      if (topics.length) notifyChange(method, [...topics]);
      return { ok: true, value };
    } catch (err) {
      return toErrorEnvelope(err, ctx.dataDir);
    }
  }

  return {
    db,
    dataDir: ctx.dataDir,
    recovered: opened.recovered,
    nativeBinding: ctx.nativeBinding,
    call,
    noteActivity,
    msSinceActivity: () => performance.now() - lastActivity,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    now: ctx.now,
    notifyChange,
    close() {
      listeners.clear();
      progressListeners.clear();
      if (db.open) db.close();
    },
  };
}
