/**
 * One typed map per entity from API field to column(s), from which the store builds its INSERT and UPDATE
 * statements. The map is declared as `FieldColumns<Fields>` of the contract's field list:
 * a field added to the contract without a column is a missing property, and a column whose field is gone
 * is an unknown one, so either fails `npm run typecheck` instead of saving nothing (issue 15).
 */
import { cached, type Db } from './db';

/** A value SQLite stores as it is. */
export type SqlValue = string | number | bigint | null;

/** The columns one field fills, each with how the field's value is written there (in this order). */
export type Columns<V> = Readonly<Record<string, (value: V) => SqlValue>>;

/** A field kept in another table (tags in `application_tags`): its store function writes it there. */
export interface StoredIn {
  readonly storedIn: string;
}

/** Every field of `Fields`, none left out and none extra: its columns, or the table that holds it. */
export type FieldColumns<Fields> = { readonly [K in keyof Fields]-?: Columns<Exclude<Fields[K], undefined>> | StoredIn };

/** Every field given a value (what an INSERT writes). */
export type AllFields<Fields> = { [K in keyof Fields]-?: Exclude<Fields[K], undefined> };

/** A field stored as it is in one column. */
export const column = (name: string): Columns<SqlValue> => ({ [name]: (value) => value });

/** A list stored as JSON text in one column. */
export const jsonColumn = (name: string): Columns<unknown> => ({ [name]: (value) => JSON.stringify(value) });

export const storedIn = (table: string): StoredIn => ({ storedIn: table });

const isStoredIn = (spec: object): spec is StoredIn => 'storedIn' in spec && typeof spec.storedIn === 'string';

/** The map's entries with columns, in the map's order (the order of every list built from it). */
function columnEntries<Fields>(map: FieldColumns<Fields>): [keyof Fields, string, (value: never) => SqlValue][] {
  const out: [keyof Fields, string, (value: never) => SqlValue][] = [];
  for (const field of Object.keys(map) as (keyof Fields)[]) {
    const spec: object = map[field];
    if (isStoredIn(spec)) continue;
    for (const [name, encode] of Object.entries(spec as Columns<never>)) out.push([field, name, encode]);
  }
  return out;
}

/** The column names the map's fields fill. */
export function columnNames<Fields>(map: FieldColumns<Fields>): string[] {
  return columnEntries(map).map(([, name]) => name);
}

/** The values of every mapped column, in `columnNames` order. */
export function columnValues<Fields>(map: FieldColumns<Fields>, fields: AllFields<Fields>): SqlValue[] {
  return columnEntries(map).map(([field, , encode]) => (encode as (value: unknown) => SqlValue)(fields[field]));
}

/** `INSERT INTO table (own..., fields...) VALUES (?, ...)`: run it with the own values, then `columnValues`. */
export function insertSql<Fields>(table: string, ownColumns: readonly string[], map: FieldColumns<Fields>): string {
  const names = [...ownColumns, ...columnNames(map)];
  return `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
}

/**
 * `SET col = ?, ...` for the fields a patch gives (undefined: left as is), then the `always` columns (such as
 * `updated_at`); run it with `values` followed by the values of `always`.
 */
export function setClause<Fields>(
  map: FieldColumns<Fields>,
  patch: Partial<Fields>,
  always: readonly string[] = [],
): { sql: string; values: SqlValue[] } {
  const given = columnEntries(map).filter(([field]) => patch[field] !== undefined);
  const names = [...given.map(([, name]) => name), ...always];
  return {
    sql: `SET ${names.map((name) => `${name} = ?`).join(', ')}`,
    values: given.map(([field, , encode]) => (encode as (value: unknown) => SqlValue)(patch[field])),
  };
}

/** Writes the fields `patch` gives to row `id` of `table` (no statement when it gives none). */
export function updateRow<Fields>(db: Db, table: string, map: FieldColumns<Fields>, id: number, patch: Partial<Fields>): void {
  const set = setClause(map, patch);
  if (set.values.length) cached(db, `UPDATE ${table} ${set.sql} WHERE id = ?`).run(...set.values, id);
}

/** The map's fields that `source` gives (undefined ones left out): splits one API input between entities. */
export function pickFields<Fields>(source: object, map: FieldColumns<Fields>): Partial<Fields> {
  const out: Partial<Record<keyof Fields, unknown>> = {};
  for (const field of Object.keys(map) as (keyof Fields & string)[]) {
    const value = (source as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  return out as Partial<Fields>;
}
