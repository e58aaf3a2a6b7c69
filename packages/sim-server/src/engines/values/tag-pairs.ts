import type { Faker } from '@faker-js/faker';

/**
 * A tag is a key and a value that go together, as people tag resources (`environment: production`,
 * `team: payments`): never a number drawn as its key (`"Key": "3369810"`) nor a value of another key.
 */
const TAGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['environment', ['production', 'staging', 'development']],
  ['team', ['payments', 'platform', 'data-engineering', 'marketing']],
  ['project', ['website-redesign', 'mobile-app', 'billing-migration']],
  ['owner', ['ops-team', 'finance', 'security']],
  ['cost-center', ['CC-1042', 'CC-2210', 'CC-3307']],
  ['department', ['finance', 'legal', 'engineering', 'support']],
  ['application', ['checkout', 'crm', 'reporting']],
];

const TAG_OBJECT = /(^|[^a-z])(tags?|labels?|tag_?list|tag_?set)$/i;
const KEY_FIELD = /^(key|tag_?key)$/i;
const VALUE_FIELD = /^(value|tag_?value)$/i;

const tagKeyOf = (record: unknown): string | undefined =>
  typeof record === 'object' && record !== null && !Array.isArray(record)
    ? Object.keys(record).find((key) => KEY_FIELD.test(key))
    : undefined;

/** Tags of one list have different keys (two `environment` tags contradict): a repeated key takes a pair not used yet. */
export function distinctTagKeys(items: unknown[], listName: string, faker: Faker): void {
  if (!TAG_OBJECT.test(listName.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))) return;
  const used = new Set<string>();
  for (const item of items) {
    const field = tagKeyOf(item);
    if (field === undefined) continue;
    const record = item as Record<string, unknown>;
    const free = TAGS.filter(([key]) => !used.has(key));
    if (used.has(String(record[field])) && free.length > 0) {
      const [key, values] = faker.helpers.arrayElement(free);
      record[field] = key;
      const valueField = Object.keys(record).find((name) => VALUE_FIELD.test(name));
      if (valueField !== undefined && typeof record[valueField] === 'string') record[valueField] = faker.helpers.arrayElement(values);
    }
    used.add(String(record[field]));
  }
}

/** Sets a tag's key and value (`{Key, Value}` of `Tags[]`) to a pair people use, unless the call sent them. */
export function tagPair(record: Record<string, unknown>, objectName: string, faker: Faker, echo?: Record<string, unknown>): void {
  if (!TAG_OBJECT.test(objectName.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))) return;
  const keyField = Object.keys(record).find((key) => KEY_FIELD.test(key));
  if (keyField === undefined || typeof record[keyField] !== 'string' || echo?.[keyField] === record[keyField]) return;
  const valueField = Object.keys(record).find((key) => VALUE_FIELD.test(key));
  if (valueField === undefined) return;
  const [key, values] = faker.helpers.arrayElement(TAGS);
  record[keyField] = key;
  if (typeof record[valueField] === 'string' && echo?.[valueField] !== record[valueField])
    record[valueField] = faker.helpers.arrayElement(values);
}
