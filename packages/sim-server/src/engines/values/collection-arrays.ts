/** Arrays of a schema: their items, lengths and distinct names. */
import { mergeSchemas, literalFits, numberKeyword, resolveRef, type Schema } from './schema-tools.js';
import { distinctTagKeys } from './tag-pairs.js';
import { ownedName } from './collection-echo.js';
import { type CollectionEnvironment, MAX_DEPTH, isSchema } from './collection-environment.js';

/** Adds the string keys of `keys` to `chosen`; whether any was new. */
export function addAll(chosen: Set<string>, keys: unknown[]): boolean {
  let added = false;
  for (const key of keys) {
    if (typeof key === 'string' && !chosen.has(key)) {
      chosen.add(key);
      added = true;
    }
  }
  return added;
}

const testers = new Map<string, RegExp | null>();

export function safeTest(pattern: string, key: string): boolean {
  let regex = testers.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null;
    }
    testers.set(pattern, regex);
  }
  return regex?.test(key) ?? false;
}

/**
 * An array for `schema`: `prefixItems` first, then `items` (none when `items: false`), at least
 * `minContains` (default 1) items of `contains`, sized within `minItems`/`maxItems`, distinct when
 * `uniqueItems` (an enum of items is drawn without replacement).
 */
export function generateArray(schema: Schema, name: string, environment: CollectionEnvironment, depth: number): unknown[] {
  const { faker } = environment;
  if (depth >= MAX_DEPTH) return [];
  // items that admit no finite value: the one finite list is the empty one
  if (schema['items'] !== undefined && !(environment.finite?.(schema['items']) ?? true)) return [];
  const prefix = Array.isArray(schema['prefixItems']) ? (schema['prefixItems'] as unknown[]) : [];
  const itemsSchema = schema['items'] === false ? undefined : (schema['items'] as unknown);
  const closed = schema['items'] === false;
  const contains = isSchema(schema['contains']) ? schema['contains'] : undefined;
  const minContains = contains === undefined ? 0 : (numberKeyword(schema, 'minContains') ?? 1);
  const minItems = Math.max(numberKeyword(schema, 'minItems') ?? 1, minContains);
  const maxItems = Math.min(numberKeyword(schema, 'maxItems') ?? Infinity, closed ? prefix.length : Infinity);
  const upper = Math.max(minItems, Math.min(maxItems, minItems + 2, Math.max(3, prefix.length)));
  let count = Math.min(faker.number.int({ min: minItems, max: Math.max(minItems, upper) }), maxItems);
  const singular = name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
  const unique = schema['uniqueItems'] === true;
  const resolvedItems = isSchema(itemsSchema) ? resolveRef(itemsSchema, environment.root) : undefined;
  // A list of choices names each once (`["summer", "winter", "winter"]` reads as a glitch), unique or not.
  const enumerated = resolvedItems !== undefined && Array.isArray(resolvedItems['enum']) ? (resolvedItems['enum'] as unknown[]) : undefined;
  if (enumerated !== undefined && (unique || enumerated.length >= minItems) && prefix.length === 0 && contains === undefined) {
    const choices = enumerated;
    return faker.helpers.arrayElements(choices, Math.min(Math.max(count, Math.min(minItems, choices.length)), choices.length));
  }
  if (itemsSchema === undefined && !closed && prefix.length === 0 && contains === undefined) count = Math.min(count, 3);
  const items: unknown[] = [];
  const seen = new Set<string>();
  // a list of names or numbers repeats none (`["storage", "storage"]`, `[5, 10, 5]` read as a glitch), where the schema allows others
  const distinct =
    unique ||
    (resolvedItems !== undefined &&
      ['string', 'number', 'integer'].includes(String(resolvedItems['type'])) &&
      resolvedItems['const'] === undefined);
  const push = (item: unknown, repeatable = false): boolean => {
    const key = JSON.stringify(item);
    if ((unique || (distinct && !repeatable)) && seen.has(key)) return false;
    seen.add(key);
    items.push(item);
    return true;
  };
  for (let index = 0; index < prefix.length && index < Math.max(count, Math.min(prefix.length, maxItems)); index += 1) {
    for (let attempt = 0; attempt < 5 && !push(environment.generate(prefix[index], singular, depth + 1)); attempt += 1);
  }
  if (closed) return items;
  const containsSchema =
    contains === undefined ? undefined : isSchema(itemsSchema) ? mergeSchemas(itemsSchema, contains, environment.root) : contains;
  // `minContains` may ask for the same item twice (`contains: {const: 7}, minContains: 2`): those repeat.
  for (let made = 0; made < minContains && items.length < maxItems; made += 1) {
    for (let attempt = 0; attempt < 5 && !push(environment.generate(containsSchema, singular, depth + 1), !unique); attempt += 1);
  }
  for (let attempt = 0; items.length < count && attempt < count * 5; attempt += 1)
    push(environment.generate(itemsSchema ?? {}, singular, depth + 1));
  for (let attempt = 0; items.length < minItems && attempt < minItems * 5; attempt += 1)
    push(environment.generate(itemsSchema ?? {}, singular, depth + 1), true);
  distinctNames(items, resolvedItems, environment, depth, singular);
  distinctTagKeys(items, name, faker);
  return items;
}

const NAME_FIELDS = ['name', 'title', 'label', 'display_name', 'displayName', 'full_name', 'fullName'];
const MORE_QUALIFIERS = [' guide', ' statistics', ' news', ' (overview)', ' FAQ', ' history', ' near me', ' reviews', ' latest'];

/**
 * Records of one list name different things: a repeated name (three hits all called `KRAS`) is drawn
 * again from the field's schema; a search hit off a domain keeps to the query with a qualifier of its own.
 */
function distinctNames(
  items: unknown[],
  itemSchema: Schema | undefined,
  environment: CollectionEnvironment,
  depth: number,
  itemName = '',
): void {
  const records = items.filter((item): item is Record<string, unknown> => isSchema(item));
  if (records.length < 2) return;
  const field = NAME_FIELDS.find((key) => records.every((record) => typeof record[key] === 'string'));
  if (field === undefined) return;
  const properties = itemSchema !== undefined && isSchema(itemSchema['properties']) ? itemSchema['properties'] : {};
  const fieldSchema = isSchema(properties[field]) ? resolveRef(properties[field], environment.root) : { type: 'string' };
  if (Array.isArray(fieldSchema['enum']) || 'const' in fieldSchema) return;
  const used = new Set<string>();
  for (const record of records) {
    const name = record[field] as string;
    if (!used.has(name)) {
      used.add(name);
      continue;
    }
    const hit = typeof record['score'] === 'number' || typeof record['relevance'] === 'number';
    let fresh: string | undefined;
    if (!hit || environment.domain !== undefined) {
      for (let attempt = 0; attempt < 6 && fresh === undefined; attempt += 1) {
        // drawn again under the name it was first drawn under (`contact.title` is still a contact's)
        const drawn = environment.generate(fieldSchema, ownedName(itemName, field, depth + 1), depth + 2);
        if (typeof drawn === 'string' && drawn !== '' && !used.has(drawn)) fresh = drawn;
      }
    }
    if (fresh === undefined) {
      const base = name.replace(/( \(overview\)| guide| statistics| news| FAQ| history| near me| reviews| latest)$/, '');
      fresh = MORE_QUALIFIERS.map((qualifier) => `${base}${qualifier}`).find(
        (candidate) => !used.has(candidate) && literalFits(candidate, fieldSchema),
      );
    }
    if (fresh === undefined) continue;
    record[field] = fresh;
    used.add(fresh);
  }
}
