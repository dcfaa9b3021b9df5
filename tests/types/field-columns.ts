/**
 * Type tests, compiled by `npm run typecheck` (never run): each `@ts-expect-error` below must meet an error,
 * or the typecheck fails. They show that a field in the contract without a column, or a column without a
 * field, does not compile (issue 15, item 1). Adding `referral` to `applicationFields` in shared/api.ts
 * fails the same way in electron/core/store/applications.ts:
 *   error TS2741: Property 'referral' is missing in type '{ excitement: ...; tags: StoredIn; }' but required
 *   in type 'FieldColumns<{ ...; referral?: string | null | undefined; }>'.
 */
import type { ApplicationFields } from '../../shared/api';
import type { PostingFieldsPatch } from '../../shared/api-fields';
import type { PostingFields } from '../../shared/domain';
import { APPLICATION_COLUMNS } from '../../electron/core/store/applications';
import { column, columnValues, type FieldColumns } from '../../electron/core/store/field-columns';
import { POSTING_COLUMNS } from '../../electron/core/store/postings';

type WithReferral<T> = T & { referral?: string | null };

// A field the contract has and the map does not.
// @ts-expect-error Property 'referral' is missing in type ... but required in type 'FieldColumns<...>'
export const applicationFieldWithoutColumn: FieldColumns<WithReferral<ApplicationFields>> = { ...APPLICATION_COLUMNS };
// @ts-expect-error Property 'referral' is missing in type 'FieldColumns<PostingFields>'
export const postingFieldWithoutColumn: FieldColumns<WithReferral<PostingFieldsPatch>> = POSTING_COLUMNS;

// A column whose field the contract does not have.
export const columnWithoutField: FieldColumns<ApplicationFields> = {
  ...APPLICATION_COLUMNS,
  // @ts-expect-error Object literal may only specify known properties, and 'referral' does not exist
  referral: column('referral'),
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
