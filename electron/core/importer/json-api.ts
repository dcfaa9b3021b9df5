/**
 * JSON:API documents (`{ data: { attributes, relationships, links }, included: [...] }`, as Teamtailor-like
 * ATSs serve them): the posting's company and places are often only in `included[]`, referenced by
 * `{ type, id }`. The document is turned into one plain record so the key-table walker reads it like any
 * other: the attributes, the links, each relationship replaced by the attributes it points to, and an
 * included resource nobody references (the company) under its type's name.
 */

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function refKey(v: unknown): string | null {
  if (!isObject(v)) return null;
  const { type, id } = v;
  return (typeof type === 'string' || typeof type === 'number') && (typeof id === 'string' || typeof id === 'number')
    ? `${type}:${id}`
    : null;
}

/** `companies` → `company`, `locations` → `location`: the record key the walker's table knows. */
function singular(type: string): string {
  if (/ies$/i.test(type)) return `${type.slice(0, -3)}y`;
  return type.replace(/s$/i, '');
}

/** The plain record a JSON:API document stands for, or null when the value is not one. */
export function flattenJsonApi(value: unknown): Record<string, unknown> | null {
  if (!isObject(value) || !Array.isArray(value['included'])) return null;
  const data = Array.isArray(value['data']) ? (value['data'][0] as unknown) : value['data'];
  if (!isObject(data) || !isObject(data['attributes'])) return null;
  const included = new Map<string, Record<string, unknown>>();
  for (const item of value['included'] as unknown[]) {
    const key = refKey(item);
    if (key && isObject(item) && isObject(item['attributes'])) included.set(key, item['attributes']);
  }
  const record: Record<string, unknown> = { ...data['attributes'] };
  if (isObject(data['links'])) record['links'] = data['links'];
  const used = new Set<string>();
  const relationships = isObject(data['relationships']) ? data['relationships'] : {};
  for (const [name, rel] of Object.entries(relationships)) {
    if (!isObject(rel) || name in record) continue;
    const refs = Array.isArray(rel['data']) ? (rel['data'] as unknown[]) : [rel['data']];
    const resolved = refs.flatMap((r) => {
      const key = refKey(r);
      const attrs = key ? included.get(key) : undefined;
      if (key) used.add(key);
      return attrs ? [attrs] : [];
    });
    if (resolved.length > 0) record[name] = Array.isArray(rel['data']) ? resolved : resolved[0];
  }
  for (const [key, attrs] of included) {
    const name = singular(key.slice(0, key.lastIndexOf(':')));
    if (!used.has(key) && !(name in record)) record[name] = attrs;
  }
  return record;
}
