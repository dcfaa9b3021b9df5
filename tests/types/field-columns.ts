/**
 * Type tests, compiled by `npm run typecheck` (never run): each `@ts-expect-error` below must meet an error,
 * or the typecheck fails. They show that a field in the contract without a column, or a column without a
 * field, does not compile (issue 15, item 1). Adding `referral` to `applicationFields` in shared/api.ts
 * fails the same way in electron/core/store/applications.ts:
 *   error TS2741: Property 'referral' is missing in type '{ excitement: ...; tags: StoredIn; }' but required
 *   in type 'FieldColumns<{ ...; referral?: string | null | undefined; }>'.
 * Events and notes likewise: a `meetingLink` added to `eventFields` in shared/api-calendar.ts gives
 *   electron/core/store/events.ts(34,14): error TS2741: Property 'meetingLink' is missing in type '{ kind: ...;
 *   ... 8 more ...; reminderOffsets: { ...; }; }' but required in type 'FieldColumns<{ kind: ...; meetingLink?: ... }>'.
 * (and the same for `storedFields` and `fieldsOf`, which must give every field a value).
 */
import type { ApplicationFields } from '../../shared/api';
import type { EventInput } from '../../shared/api-calendar';
import type { AttachmentFields, NoteFields } from '../../shared/api-details';
import type { PostingFieldsPatch } from '../../shared/api-fields';
import type { PostingFields } from '../../shared/domain';
import { APPLICATION_COLUMNS } from '../../electron/core/store/applications';
import { ATTACHMENT_COLUMNS } from '../../electron/core/store/attachments';
import { EVENT_COLUMNS } from '../../electron/core/store/events';
import { column, columnValues, type FieldColumns } from '../../electron/core/store/field-columns';
import { NOTE_COLUMNS } from '../../electron/core/store/notes';
import { POSTING_COLUMNS } from '../../electron/core/store/postings';

type WithReferral<T> = T & { referral?: string | null };

// A field the contract has and the map does not.
// @ts-expect-error Property 'referral' is missing in type ... but required in type 'FieldColumns<...>'
export const applicationFieldWithoutColumn: FieldColumns<WithReferral<ApplicationFields>> = { ...APPLICATION_COLUMNS };
// @ts-expect-error Property 'referral' is missing in type 'FieldColumns<PostingFields>'
export const postingFieldWithoutColumn: FieldColumns<WithReferral<PostingFieldsPatch>> = POSTING_COLUMNS;
// @ts-expect-error Property 'meetingLink' is missing in type ... but required in type 'FieldColumns<...>'
export const eventFieldWithoutColumn: FieldColumns<EventInput & { meetingLink?: string }> = EVENT_COLUMNS;
// @ts-expect-error Property 'title' is missing in type '{ body: ...; }' but required in type 'FieldColumns<...>'
export const noteFieldWithoutColumn: FieldColumns<NoteFields & { title?: string }> = NOTE_COLUMNS;
// @ts-expect-error Property 'pages' is missing in type ... but required in type 'FieldColumns<...>'
export const attachmentFieldWithoutColumn: FieldColumns<AttachmentFields & { pages?: number }> = ATTACHMENT_COLUMNS;

// A column whose field the contract does not have.
export const columnWithoutField: FieldColumns<ApplicationFields> = {
  ...APPLICATION_COLUMNS,
  // @ts-expect-error Object literal may only specify known properties, and 'referral' does not exist
  referral: column('referral'),
};

export const eventColumnWithoutField: FieldColumns<EventInput> = {
  ...EVENT_COLUMNS,
  // @ts-expect-error Object literal may only specify known properties, and 'meetingLink' does not exist
  meetingLink: column('meeting_link'),
};

// A column that cannot hold the field's value as it is (a list needs jsonColumn).
export const listInPlainColumn: FieldColumns<PostingFields> = {
  ...POSTING_COLUMNS,
  // @ts-expect-error Type 'Readonly<Record<string, (value: SqlValue) => SqlValue>>' is not assignable (string[] is no SqlValue)
  skills: column('skills'),
};

// An INSERT needs every field's value: one left out does not compile.
export const insertMissingAField = () =>
  // @ts-expect-error Property 'dateApplied' is missing
  columnValues(APPLICATION_COLUMNS, { excitement: null, dateSaved: '2027-01-01', tags: [] });

// A boolean needs its own encoder (SQLite has no booleans): a plain column does not compile.
export const booleanInPlainColumn: FieldColumns<EventInput> = {
  ...EVENT_COLUMNS,
  // @ts-expect-error Type 'Readonly<Record<string, (value: SqlValue) => SqlValue>>' is not assignable (boolean is no SqlValue)
  allDay: column('all_day'),
};
