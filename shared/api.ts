import { z } from 'zod';
import type { ApplicationDetail, ApplicationSummary, Board, ChangeEvent, Stage } from './domain';
import type { Envelope } from './envelope';
import { day, id, method, shortText } from './api-method';
import { boardFilter, postingFieldsPatch } from './api-fields';
export { boardFilter, type BoardFilter } from './api-fields';
import { calendarApi } from './api-calendar';
import { dataApi } from './api-data';
import { detailsApi } from './api-details';
import { boardListInput, pagesApi } from './api-pages';
import { bulkApi } from './api-bulk';
import { postingsApi } from './api-postings';
import { systemApi, type ProgressEvent } from './api-system';

/**
 * The one API contract. Each method maps to its input schema, its result type (a phantom: types only)
 * and the topics it changes. The Electron main process, the preload, the browser host and the renderer's
 * client all derive their wiring from this map; a method name is never written down a second time.
 * Each feature keeps its methods in its own `api-*.ts` file, spread in below.
 */

const applicationFields = z.object({
  excitement: z.number().int().min(1).max(5).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  dateSaved: day.optional(),
  dateApplied: day.nullable().optional(),
});
/** The application's own fields (besides its posting's); the store maps each to a column (store/applications.ts). */
export type ApplicationFields = z.output<typeof applicationFields>;

export const createApplicationInput = postingFieldsPatch
  .extend(applicationFields.shape)
  .extend({
    title: shortText('Title'),
    company: shortText('Company'),
    stageId: id.optional(),
  })
  .strict();

const applicationPatch = postingFieldsPatch.extend(applicationFields.shape).strict();

export const api = {
  'stages.list': method<Stage[]>()(z.object({}).strict()),
  'stages.create': method<Stage>()(z.object({ name: shortText('Stage name', 60), isClosed: z.boolean().optional() }).strict(), [
    'stages',
  ]),
  'stages.update': method<Stage>()(
    z.object({ id, name: shortText('Stage name', 60).optional(), isClosed: z.boolean().optional() }).strict(),
    ['stages'],
  ),
  'stages.reorder': method<Stage[]>()(z.object({ ids: z.array(id).min(1) }).strict(), ['stages']),
  'stages.delete': method<{ moved: number }>()(z.object({ id, moveTo: id.optional() }).strict(), ['stages', 'applications']),

  /** The stages, and each column's first page of cards (`limit`, default 50) with its total count. */
  'board.list': method<Board>()(boardListInput),

  'applications.list': method<ApplicationSummary[]>()(boardFilter),
  'applications.get': method<ApplicationDetail>()(z.object({ id }).strict()),
  'applications.create': method<ApplicationDetail>()(createApplicationInput, ['applications', 'postings']),
  'applications.update': method<ApplicationDetail>()(z.object({ id, patch: applicationPatch }).strict(), [
    'applications',
    'postings',
  ]),
  'applications.move': method<ApplicationSummary>()(z.object({ id, stageId: id, index: z.number().int().min(0) }).strict(), [
    'applications',
  ]),
  'applications.archive': method<ApplicationSummary>()(z.object({ id, archived: z.boolean() }).strict(), ['applications']),
  'applications.delete': method<{ id: number }>()(z.object({ id }).strict(), ['applications', 'events', 'reminders']),

  ...postingsApi,
  ...pagesApi,
  ...bulkApi,
  ...detailsApi,
  ...calendarApi,
  ...dataApi,
  ...systemApi,

  'demo.seed': method<{ created: number }>()(
    z.object({ count: z.number().int().min(1).max(20_000), seed: z.number().int().optional() }).strict(),
    ['applications', 'postings', 'events', 'reminders'],
  ),
  /** How many applications "Load sample data" added that are still there (0: nothing to remove). */
  'demo.sampleCount': method<{ count: number }>()(z.object({}).strict()),
  /** Deletes exactly the applications "Load sample data" added (edited ones too); the user's own stay. */
  'demo.removeSample': method<{ removed: number }>()(z.object({}).strict(), ['applications', 'postings', 'events', 'reminders']),
} as const;

export type Api = typeof api;
export type ApiMethod = keyof Api;
/** What a caller passes (before defaults and trimming). */
export type ApiInput<K extends ApiMethod> = z.input<Api[K]['input']>;
/** What the core's handler receives (validated). */
export type ApiParsedInput<K extends ApiMethod> = z.output<Api[K]['input']>;
export type ApiResult<K extends ApiMethod> = Api[K]['result'];

export const API_METHODS = Object.keys(api) as ApiMethod[];
export const isApiMethod = (name: unknown): name is ApiMethod =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);

/** Carries one call to the core and brings back its envelope as sent; never throws for an API error. */
export type Transport = (method: ApiMethod, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The object the preload exposes as `window.pursuit`, and the browser client mirrors. Its `call` is a
 * transport: the renderer types it through the one client (`createClient` in shared/client.ts).
 */
export interface PursuitBridge {
  call: Transport;
  /** Returns an unsubscribe function. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /**
   * The change stream has reconnected (a sleeping laptop, a restarted host): changes made while it was down may
   * not have been heard. Absent where none can be missed (the desktop's IPC). Returns an unsubscribe function.
   */
  onConnected?: (listener: () => void) => () => void;
  /** How far a long task has got (a CSV import commit, a backup); returns an unsubscribe function. */
  onProgress?: (listener: (event: ProgressEvent) => void) => () => void;
  /** Desktop only: the main process asks to show an application (a reminder notification was clicked). */
  onOpenApplication?(listener: (applicationId: number) => void): () => void;
}
