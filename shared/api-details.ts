import { z } from 'zod';
import type { ApplicationSummary, Attachment, Contact, Note, TimelineEntry } from './domain';
import { day, id, instant, method, optionalText, shortText } from './api-method';

/** Largest document a user can attach; bigger files are refused with a message saying so. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const ATTACHMENT_KINDS = ['resume', 'cover-letter', 'other'] as const;

const contactFields = z.object({
  name: shortText('Name', 200),
  role: optionalText(200),
  email: z.email('That is not an e-mail address').nullable().optional(),
  phone: z.string().trim().max(60).nullable().optional(),
  profileUrl: z
    .url({ protocol: /^https?$/, error: 'Use a profile address starting with http:// or https://' })
    .nullable()
    .optional(),
});
/** A contact's fields in the contract; the store maps each to its column (store/contacts.ts). */
export type ContactFields = z.output<typeof contactFields>;

const noteBody = z.string().trim().min(1, 'A note cannot be empty').max(20_000, 'A note is longer than 20,000 characters');
/** A note's fields as the contract takes them; electron/core/store/notes.ts maps each to its column. */
export const noteFields = z.object({ body: noteBody });
export type NoteFields = z.output<typeof noteFields>;

/**
 * A file to attach, as base64 bytes: the page reads the file the user picked and sends it; the core copies
 * it into the data folder. There is deliberately no "copy from this path" over the API: through the browser
 * host that would let any holder of the token copy (and then read back) any file the user can read. Code that
 * runs in-process (the CLI, the shell) can call `storeAttachmentFile` with a path directly.
 */
const attachmentSource = z
  .object({
    base64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8, 'That file is larger than 25 MB'),
  })
  .strict();

/**
 * A document's own fields, which the user sets and edits (its name, type and bytes come with the file);
 * electron/core/store/attachments.ts maps each to its column.
 */
export const attachmentFields = z.object({ kind: z.enum(ATTACHMENT_KINDS).optional(), versionLabel: optionalText(120) });
export type AttachmentFields = z.output<typeof attachmentFields>;

/** Methods for application detail: notes, contacts, attachments, timeline, tags, undo of delete (issue 4). */
export const detailsApi = {
  'notes.add': method<Note>()(noteFields.extend({ applicationId: id }).strict(), ['applications']),
  'notes.update': method<Note>()(noteFields.extend({ id }).strict(), ['applications']),
  'notes.delete': method<{ id: number }>()(z.object({ id }).strict(), ['applications']),

  'contacts.add': method<Contact>()(contactFields.extend({ applicationId: id }).strict(), ['applications']),
  'contacts.update': method<Contact>()(z.object({ id, patch: contactFields.partial().strict() }).strict(), ['applications']),
  'contacts.delete': method<{ id: number }>()(z.object({ id }).strict(), ['applications']),

  'attachments.add': method<Attachment>()(
    attachmentFields
      .extend({
        applicationId: id,
        fileName: shortText('File name', 255),
        mimeType: z.string().max(200).nullable().optional(),
        source: attachmentSource,
      })
      .strict(),
    ['applications'],
  ),
  'attachments.update': method<Attachment>()(attachmentFields.extend({ id }).strict(), ['applications']),
  /** The stored file's absolute path; the desktop shell opens it with the system's app (`shell.openPath`). */
  'attachments.open': method<{ path: string; fileName: string }>()(z.object({ id }).strict()),
  /** The stored bytes, for the browser host to offer as a download. */
  'attachments.read': method<{ fileName: string; mimeType: string | null; base64: string }>()(z.object({ id }).strict()),
  'attachments.delete': method<{ id: number }>()(z.object({ id }).strict(), ['applications']),

  'applications.timeline': method<TimelineEntry[]>()(z.object({ id }).strict()),
  /**
   * Places an application just before `beforeId` in the column of `stageId` (`null`: at the end). The board
   * uses this rather than an index because a filtered board does not show every card of a column.
   */
  'applications.place': method<ApplicationSummary>()(
    // `afterId`: just after that card, for a drop below the last card loaded of a column that pages (issue 14).
    z.object({ id, stageId: id, beforeId: id.nullable(), afterId: id.optional() }).strict(),
    ['applications'],
  ),
  /** Undoes a move: puts back stage, position and applied date, and drops the stage change the move recorded. */
  'applications.undoMove': method<ApplicationSummary>()(
    z
      .object({
        id,
        stageId: id,
        position: z.number(),
        dateApplied: day.nullable(),
        lastActivityAt: instant,
      })
      .strict(),
    ['applications'],
  ),
  /** Brings back a deleted application (with its notes, contacts, documents, events and history). */
  'applications.restore': method<ApplicationSummary>()(z.object({ id }).strict(), [
    'applications',
    'postings',
    'events',
    'reminders',
  ]),
  'tags.list': method<string[]>()(z.object({}).strict()),
} as const;
