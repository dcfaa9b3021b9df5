import type { ApiMethod } from './api';
import type { Topic } from './domain';

/**
 * What each method's answer depends on: the topics whose change makes a cached answer stale. It sits beside
 * the contract's `mutates` (api.ts and the api-*.ts tables): a write names the topics it changes, a read names
 * the topics it reads, and the renderer's query cache (renderer/src/query.ts) refetches every cached answer
 * whose method reads a topic a change event names. A call site never names topics itself.
 *
 * The type lists every method, so a method added to the contract without its reads fails the typecheck.
 * Writes read nothing (their answers are never cached); so do reads whose answer is taken once (a parse, a
 * file to download).
 */
export const reads = {
  'stages.list': ['stages'],
  'stages.create': [],
  'stages.update': [],
  'stages.reorder': [],
  'stages.delete': [],

  // Cards show their posting's fields and next interview or deadline.
  'board.list': ['applications', 'stages', 'postings', 'events'],
  'board.column': ['applications', 'stages', 'postings', 'events'],
  'applications.list': ['applications', 'stages', 'postings', 'events'],
  'applications.get': ['applications', 'postings', 'events', 'stages'],
  'applications.create': [],
  'applications.update': [],
  'applications.move': [],
  'applications.archive': [],
  'applications.delete': [],
  'applications.timeline': ['applications', 'events', 'stages'],
  'applications.place': [],
  'applications.undoMove': [],
  'applications.restore': [],
  'applications.bulk': [],
  'applications.bulkUndo': [],
  'tags.list': ['applications'],

  'postings.parse': [],
  'postings.save': [],
  'postings.importFile': [],
  'postings.importFiles': [],
  'postings.list': ['applications', 'postings', 'stages'],

  'notes.add': [],
  'notes.update': [],
  'notes.delete': [],
  'contacts.add': [],
  'contacts.update': [],
  'contacts.delete': [],
  'attachments.add': [],
  'attachments.update': [],
  'attachments.open': [],
  'attachments.read': [],
  'attachments.delete': [],

  'calendar.range': ['events', 'applications', 'postings', 'stages'],
  'calendar.exportIcs': [],
  'events.get': ['events', 'applications'],
  'events.create': [],
  'events.update': [],
  'events.move': [],
  'events.delete': [],
  'reminders.active': ['reminders', 'events', 'applications'],
  'reminders.page': ['reminders', 'events', 'applications'],
  'reminders.snoozed': ['reminders', 'events', 'applications'],
  'reminders.snooze': [],
  'reminders.dismiss': [],
  'reminders.settings': ['settings'],
  'reminders.updateSettings': [],
  'nudges.list': ['applications', 'events', 'settings', 'stages'],
  'nudges.page': ['applications', 'events', 'settings', 'stages'],
  'nudges.dismiss': [],
  'nudges.markGhosted': [],

  'data.exportCsv': [],
  'data.exportSettings': ['settings'],
  'data.updateExportSettings': [],
  'data.proofReport': ['applications', 'events', 'stages', 'postings'],
  'data.proofCsv': [],
  'data.importAnalyze': [],
  'data.importCommit': [],
  'data.backupJson': [],
  'data.backupNow': [],
  // A restore or a new start writes a backup; both also change the applications.
  'data.listBackups': ['applications', 'settings'],
  'data.restore': [],

  // The recovery notice (settings) and the dates that need fixing (applications, events, postings).
  'system.status': ['settings', 'applications', 'events', 'postings'],
  'system.dismissRecovery': [],

  'demo.seed': [],
  'demo.sampleCount': ['applications'],
  'demo.removeSample': [],
} as const satisfies Readonly<Record<ApiMethod, readonly Topic[]>>;

/** Whether a cached answer of `method` is stale after a change to any of `topics`. */
export const readsAny = (method: ApiMethod, topics: readonly Topic[]): boolean =>
  (reads[method] as readonly Topic[]).some((t) => topics.includes(t));
