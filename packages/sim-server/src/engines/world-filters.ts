import { countryCode, countryName, sameCountry } from './country-codes.js';
import { fieldOf, normalizeKey } from './record-projection.js';

type Json = Record<string, unknown>;
type Scalar = string | number | boolean;

/**
 * One filter of a listing call: the values it admits (several for a list argument, any of them) and
 * the field of the record schema it binds to (`target` → `target`, or `target_symbol` when the call
 * sends symbols and the records name their target by one), if the schema has one.
 */
export interface ListFilter {
  key: string;
  values: Scalar[];
  field?: string;
}

/** What kind of value a filter sends: a code (`ENSG00000133703`), a symbol (`KRAS`) or words (`type 2 diabetes`). */
export function valueClass(value: Scalar): 'code' | 'symbol' | 'words' | 'other' {
  if (typeof value !== 'string') return 'other';
  if (/\s/.test(value.trim())) return 'words';
  if (/^[A-Z][A-Z0-9-]{1,9}$/.test(value) && !/\d{5,}/.test(value)) return 'symbol';
  if (/\d{3,}/.test(value)) return 'code';
  return 'words';
}

/** The fields that name a thing by a value of each class: a symbol sits in `target_symbol`, words in `disease_name`. */
const ALIAS_SUFFIX: Record<string, RegExp> = { symbol: /^(symbol|code)$/, words: /^(name|label|title)$/, code: /^(id|code)$/ };

/** The field a `<noun>Kind`/`<noun>_type`/`<noun>Status` argument names when its noun is what the tool lists (`postKind` on `posts_get_latest` → `kind`; not `indexKind`). */
function ownKind(key: string, nouns: string[]): string | undefined {
  const match = /^([a-z]+)_?(kind|type|status|category)$/i.exec(key);
  if (!match) return undefined;
  const noun = match[1]!.toLowerCase();
  return nouns.some((word) => word === noun || word === `${noun}s` || word === `${noun}es`) ? match[2]!.toLowerCase() : undefined;
}

/** The record field a filter `key` with `values` binds to: a property of that name, else one named for it by the values' class. */
function boundField(schema: Json, key: string, values: Scalar[], nouns: string[] = []): string | undefined {
  const properties = Object.keys((schema['properties'] ?? {}) as Json);
  const wanted = normalizeKey(key);
  const own = properties.find((name) => normalizeKey(name) === wanted);
  if (own !== undefined) return own;
  // one value of a list the records hold (`country: PT` → `countries: ["PT", …]`)
  const plurals = [`${wanted}s`, `${wanted}es`, wanted.replace(/y$/, 'ies')];
  const plural = properties.find(
    (name) => plurals.includes(normalizeKey(name)) && ((schema['properties'] as Json)[name] as Json | undefined)?.['type'] === 'array',
  );
  if (plural !== undefined && values.length === 1) return plural;
  // a `name` asked of a tool named for a thing the records hold by name (`get_latest_country_data_by_name` → `country`)
  const named = wanted === 'name' ? properties.find((name) => nouns.includes(normalizeKey(name))) : undefined;
  if (named !== undefined && valueClass(values[0] as Scalar) === 'words') return named;
  const kind = ownKind(key, nouns);
  if (kind !== undefined) {
    // the records' kind, whether or not this tool shows it (`posts_get_all_keys` lists keys and titles of posts of a kind)
    return properties.find((name) => normalizeKey(name) === kind) ?? kind;
  }
  const valueKind = valueClass(values[0] as Scalar);
  const suffix = ALIAS_SUFFIX[valueKind];
  if (suffix === undefined || !values.every((value) => valueClass(value) === valueKind)) return undefined;
  return properties.find((name) => {
    const normal = normalizeKey(name);
    return normal.startsWith(wanted) && suffix.test(normal.slice(wanted.length));
  });
}

const scalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * The filters a listing call sets: its scalar arguments (`accept`ed by the caller), its lists of
 * values, and the fields of a JSON request body (`{"target": ["KRAS", "IL6"]}`) that a field of the
 * record schema binds: a body's field no record holds filters nothing it could show.
 */
export function listFilters(
  args: Json,
  recordSchema: Json,
  accept: (key: string, value: unknown) => boolean,
  document: (key: string, value: unknown) => Json | undefined,
  nouns: string[] = [],
): ListFilter[] {
  const filters: ListFilter[] = [];
  const add = (key: string, value: unknown, fromDocument: boolean): void => {
    const values = (Array.isArray(value) ? value : [value]).filter(
      (entry): entry is Scalar => scalar(entry) && String(entry).trim() !== '',
    );
    if (values.length === 0 || (Array.isArray(value) && values.length !== value.length)) return;
    // `postKind: default` (or `all`) asks for posts of every kind: no filter
    if (ownKind(key, nouns) !== undefined && values.some((entry) => /^(default|all|any)$/i.test(String(entry)))) return;
    const field = boundField(recordSchema, key, values, nouns);
    if ((fromDocument || Array.isArray(value)) && field === undefined) return;
    filters.push({ key, values, ...(field === undefined ? {} : { field }) });
  };
  for (const [key, value] of Object.entries(args)) {
    const sent = document(key, value);
    if (sent !== undefined) {
      for (const [inner, entry] of Object.entries(sent)) if (accept(inner, entry)) add(inner, entry, true);
    } else if (value !== null && accept(key, value) && (scalar(value) || Array.isArray(value))) add(key, value, false);
  }
  return filters;
}

/** The record schema without the fields filters bind: a record gains those only from a call that asked for them. */
export function withoutFiltered(schema: Json, filters: ListFilter[]): Json {
  const bound = new Set(filters.map((filter) => filter.field).filter((field) => field !== undefined));
  if (bound.size === 0) return schema;
  const properties = Object.fromEntries(Object.entries((schema['properties'] ?? {}) as Json).filter(([key]) => !bound.has(key)));
  const required = Array.isArray(schema['required']) ? (schema['required'] as string[]).filter((key) => !bound.has(key)) : undefined;
  return { ...schema, properties, ...(required === undefined ? {} : { required }) };
}

/** Words that name a class of things, not one of them: "breast cancer" and "lung cancer" share no subject. */
const CLASS_WORD = /^(disease|diseases|cancer|carcinoma|syndrome|disorder|city|county|state|region|district|type|group)$/;
const subjectWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .filter((word) => word.length >= 4 && !CLASS_WORD.test(word));

/** Whether a stored value is the one a filter asked for: the same (case aside), one inside the other, the same country, or names sharing a word. */
export function sameValue(stored: unknown, value: Scalar): boolean {
  if (typeof stored === 'string' && typeof value === 'string') {
    const [a, b] = [stored.toLowerCase(), value.toLowerCase()];
    if (a === b || a.includes(b) || (valueClass(value) === 'words' && b.includes(a) && a.length >= 4) || sameCountry(stored, value))
      return true;
    if (valueClass(value) !== 'words' || valueClass(stored) !== 'words') return false;
    const wanted = new Set(subjectWords(b));
    return subjectWords(a).some((word) => wanted.has(word));
  }
  if (Array.isArray(stored)) return stored.some((entry) => String(entry).toLowerCase() === String(value).toLowerCase());
  return normalizeKey(String(stored)) === normalizeKey(String(value));
}

/**
 * Whether a record passes a filter: a bound field must hold one of the values asked for (a record
 * without it was never shown with it, so it is not one the call asked for); an unbound one filters
 * only records that happen to carry a field of its name.
 */
export function matchesFilter(fields: Json, filter: ListFilter): boolean {
  const held = fieldOf(fields, filter.field ?? filter.key);
  if (held === undefined || held[1] === undefined || held[1] === null) return filter.field === undefined;
  return filter.values.some((value) => sameValue(held[1], value));
}

/**
 * Gives a record found for a filter the value it asked for (the `index`-th record of a list filter
 * takes its `index`-th value, in turn): a country asked by name where records hold codes
 * (`address_country: "New Zealand"` → `NZ`), and the other way round.
 */
export function placeFilter(fields: Json, filter: ListFilter, index: number): void {
  const value = filter.values[index % filter.values.length] as Scalar;
  const field = fieldOf(fields, filter.field ?? filter.key);
  const stored = field?.[1];
  // a list the records hold (`countries`) holds the value asked for, first
  if (Array.isArray(stored)) {
    const like = stored.find((entry) => typeof entry === 'string');
    const asked = typeof like === 'string' && /^[A-Z]{2}$/.test(like) && typeof value === 'string' ? (countryCode(value) ?? value) : value;
    fields[field![0]] = [asked, ...stored.filter((entry) => !sameValue(entry, value as Scalar))].slice(0, Math.max(1, stored.length));
    return;
  }
  const code = typeof value === 'string' && typeof stored === 'string' && /^[A-Z]{2}$/.test(stored) ? countryCode(value) : undefined;
  const name =
    typeof value === 'string' && typeof stored === 'string' && !/^[A-Z]{2}$/.test(stored) && /^[A-Z]{2}$/.test(value)
      ? countryName(value)
      : undefined;
  fields[field?.[0] ?? filter.field ?? filter.key] =
    code ?? (name !== undefined && typeof stored === 'string' && countryCode(stored) !== undefined ? name : value);
}
