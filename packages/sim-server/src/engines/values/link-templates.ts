import type { Faker } from '@faker-js/faker';

type Schema = Record<string, unknown>;

/** A `{…}` placeholder in a spec's link (`{$INSTITUTION_ID}`, `{id}`). */
const PLACEHOLDER = /\{\$?([A-Za-z_][A-Za-z0-9_]*)\}/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** The spec's own link for a field, when it gives one as a template (`https://ob.nordigen.com/psd2/start/<uuid>/{$INSTITUTION_ID}`). */
function linkTemplate(schema: Schema): string | undefined {
  const candidates = [schema['default'], ...(Array.isArray(schema['examples']) ? schema['examples'] : [])];
  return candidates.find(
    (value): value is string =>
      typeof value === 'string' && /^https?:\/\/[^\s{}]+\//.test(value) && (PLACEHOLDER.test(value) || UUID.test(value)),
  );
}

/** The value a placeholder names, from what the call sent (`INSTITUTION_ID` → `institution_id`), else an id in its place. */
function placeholderValue(name: string, echo: Record<string, unknown> | undefined, faker: Faker): string {
  const key = name.toLowerCase();
  const sent = echo?.[key] ?? echo?.[key.replace(/_id$/, '')];
  if (typeof sent === 'string' && sent !== '' && !/\s/.test(sent)) return encodeURIComponent(sent);
  if (typeof sent === 'number') return String(sent);
  return /(^|_)id$/.test(key) ? faker.string.uuid() : faker.string.alphanumeric({ length: 8, casing: 'lower' });
}

/**
 * A link built the way the API's spec builds it: its template's placeholders filled with what the
 * call sent and its example uuid made fresh, so each record has its own link on the API's own host
 * and path (never the spec's sample uuid, never a path made from the tool's name).
 */
export function filledLink(schema: Schema, faker: Faker, echo?: Record<string, unknown>): string | undefined {
  const template = linkTemplate(schema);
  if (template === undefined) return undefined;
  return template
    .replace(new RegExp(UUID.source, 'gi'), () => faker.string.uuid())
    .replace(new RegExp(PLACEHOLDER.source, 'g'), (_whole, name: string) => placeholderValue(name, echo, faker));
}

/**
 * A record's links from the spec's templates, made again with the record's own values: the institution
 * placeholder takes the record's `institution_id`, and the template's uuid the record's own `id` (a
 * requisition's link is `…/psd2/start/<its id>/<its institution>`), so link and record agree.
 */
export function alignLinks(record: Record<string, unknown>, schema: Schema, faker: Faker, echo?: Record<string, unknown>): void {
  const properties = schema['properties'];
  if (typeof properties !== 'object' || properties === null) return;
  const id = typeof record['id'] === 'string' && new RegExp(`^${UUID.source}$`, 'i').test(record['id']) ? record['id'] : undefined;
  for (const [key, entry] of Object.entries(properties as Record<string, unknown>)) {
    if (typeof record[key] !== 'string' || typeof entry !== 'object' || entry === null) continue;
    const template = linkTemplate(entry as Schema);
    if (template === undefined) continue;
    const link = filledLink(entry as Schema, faker, { ...echo, ...record });
    if (link !== undefined) record[key] = id === undefined ? link : link.replace(new RegExp(UUID.source, 'i'), id);
  }
}
