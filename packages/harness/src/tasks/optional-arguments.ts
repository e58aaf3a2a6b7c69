import { createRandom, isJsonObject, nameWords, parseJsonText, seedFrom } from '@inftool/core';
import { describedLabel } from '@inftool/user-sim';
import { FIELD_WORDS, readableName } from '../run/checks/english.js';

type Schema = Record<string, unknown>;

/** Optional arguments a request carries at most, besides the required ones. */
export const MAX_OPTIONAL = 2;

/** Request headers and output knobs: what the client sends, not what a person asks for (`Accept-Language`, `contentType`, `textFormat`). */
const HEADER_NAMES =
  /^(accept([-_]?(language|encoding|charset))?|content[-_]?type|x-[\w-]+|api[-_]?version|set[-_]?lang|user[-_]?agent|[a-z]*[-_]?format)$/i;

const SWITCH_NAMES =
  /^(sort|sort[-_]?(by|order|field)|order|order[-_]?by|orderby|direction|dir|facets?|expand|embed|include|exclude|data[-_]?structure|view|mode|verbose|debug|score[-_]?value[-_]?types|scorevalue[-_]?types)$/i;

/**
 * A technical switch a person does not put in a request: a flag (boolean), a sort, view or facet knob,
 * an internal code as value (`~scores.association_score`, `a.b.c`), or a one-word name that is no word
 * and whose description does not say it in words (`kwha`, `wh`).
 */
export function technicalSwitch(name: string, property: Schema | undefined, value: unknown): boolean {
  if (typeof value === 'boolean' || property?.['type'] === 'boolean') return true;
  // A flag typed as text: its default or its only choices are "true"/"false" (`includeDetails` with default "false").
  const choices = [property?.['default'], ...(Array.isArray(property?.['enum']) ? (property['enum'] as unknown[]) : [])].filter(
    (choice) => choice !== undefined,
  );
  if (choices.length > 0 && choices.every((choice) => /^(true|false)$/i.test(String(choice)))) return true;
  if (SWITCH_NAMES.test(name) || HEADER_NAMES.test(name)) return true;
  if (/^(sort|order)\b/i.test(String(property?.['description'] ?? '').trim())) return true;
  if (typeof value === 'string' && /^([~^][A-Za-z]|[a-z]+(\.[a-z_]+)+$)/.test(value)) return true;
  // An acronym the description writes as a word of its own ("VID key of the process") is a name a person says.
  const described = new RegExp(`(^|[^A-Za-z])${name}([^A-Za-z]|$)`, 'i').test(String(property?.['description'] ?? ''));
  return /^[a-z]+$/.test(name) && !FIELD_WORDS.has(name) && !readableName(name) && !described && describedLabel(property) === undefined;
}

const STOP = /^(a|an|the|of|for|by|in|on|to|from|with|and|or|is|it|its|list|all|one)$/;
const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/(ies)$/, 'y')
    .replace(/(?<=\w{3})s$/, '');

/**
 * An optional parameter the tool is about: every content word of its name is in the tool's name or
 * description (`postKeys` of "Get posts with the keys in the list"). A call of the tool without it
 * asks for nothing in particular, so it is always planned.
 */
export function aboutParameter(name: string, toolName: string, description: string | undefined): boolean {
  const words = nameWords(name)
    .filter((word) => !STOP.test(word))
    .map(stem);
  if (words.length === 0) return false;
  const said = new Set([...nameWords(toolName), ...(description ?? '').split(/[^A-Za-z0-9]+/)].filter(Boolean).map(stem));
  return words.every((word) => said.has(word));
}

/**
 * The optional arguments a request keeps, at most `MAX_OPTIONAL`: the ones naming its subject
 * (`subjects`: a forecast's place, a create's name) first, then those the tool is about, then a seeded
 * choice among the rest; technical switches never.
 */
export function keptOptional(
  args: Record<string, unknown>,
  schema: Schema,
  toolName: string,
  description: string | undefined,
  seed: number | string,
  subjects: readonly string[] = [],
): Record<string, unknown> {
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  const optional = Object.keys(args).filter(
    (name) =>
      !required.has(name) &&
      (subjects.includes(name) || (!technicalSwitch(name, properties[name], args[name]) && !saysDefault(properties[name], args[name]))),
  );
  const about = [
    ...optional.filter((name) => subjects.includes(name)),
    ...optional.filter((name) => !subjects.includes(name) && aboutParameter(name, toolName, description)),
  ];
  const random = createRandom(seedFrom('optional', seed, toolName));
  const others = optional.filter((name) => !about.includes(name));
  // Seeded shuffle of the others: which two are kept depends on the seed, not on the schema's order.
  for (let index = others.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [others[index], others[other]] = [others[other] as string, others[index] as string];
  }
  // A unit goes with its measure (`age.unit` with `age.value`): alone it says nothing ("with the age in months").
  const measured = others.filter((name) => !loneUnit(name, args, required));
  const kept = new Set([...about, ...measured].slice(0, MAX_OPTIONAL));
  const chosen = Object.keys(args).filter((name) => required.has(name) || kept.has(name));
  return Object.fromEntries(
    Object.entries(args).filter(
      ([name]) => chosen.includes(name) && !loneUnit(name, Object.fromEntries(chosen.map((other) => [other, args[other]])), required),
    ),
  );
}

/**
 * An optional value that is the schema's own default (`decimal_places: 0`, `usage_efficiency: 0.8`): the
 * API applies it unasked, and a person who did not ask for it would not say it, so the call leaves it out.
 */
export function saysDefault(property: Schema | undefined, value: unknown): boolean {
  // an empty object (`age: {}`) says nothing either
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) return true;
  if (property === undefined || !('default' in property) || value === undefined) return false;
  return JSON.stringify(property['default']) === JSON.stringify(value);
}

/**
 * A unit whose measure the call does not carry (`age.unit` without `age.value`, `distance_unit` without
 * `distance`): an optional one is left out, since a person names a unit only for a number they give.
 */
export function loneUnit(name: string, args: Record<string, unknown>, required: ReadonlySet<string>): boolean {
  if (required.has(name)) return false;
  const parts = /^(.+?)[._-]?unit$/i.exec(name);
  if (parts === null) return false;
  const measure = (parts[1] as string).replace(/[._-]$/, '');
  return !Object.keys(args).some(
    (other) =>
      other !== name && (other === measure || other.startsWith(`${measure}.`) || other.startsWith(`${measure}_`)) && !/unit$/i.test(other),
  );
}

/**
 * A request body typed as JSON text (`{"target":["ENSG…"],"facets":"true"}`) without its flags: a
 * person asks for the targets, not for `facets` on. Other values and texts that are no JSON object stay.
 */
export function bodyWithoutFlags(value: unknown): unknown {
  const parsed = typeof value === 'string' ? parseJsonText(value) : undefined;
  if (!isJsonObject(parsed)) return value;
  const entries = Object.entries(parsed);
  const kept = entries.filter(([, inner]) => !(typeof inner === 'boolean' || inner === 'true' || inner === 'false'));
  return kept.length === entries.length || kept.length === 0 ? value : JSON.stringify(Object.fromEntries(kept));
}

/** Whether a call's arguments keep to the request's limit: at most `MAX_OPTIONAL` optional ones. */
export function withinOptionalLimit(schema: Schema, args: Record<string, unknown>): boolean {
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  return Object.keys(args).filter((name) => !required.has(name)).length <= MAX_OPTIONAL;
}

const LOW = /^(after|since|from|start|starting|begin|min|minimum|lower|earliest|on or after)$/;
const HIGH = /^(before|until|to|end|ending|max|maximum|upper|latest|on or before)$/;

/** A bound parameter's side (`low` start, `high` end) and what it bounds (`DateCreatedOnOrBefore` → high of "date created"). */
function boundOf(name: string): { side: 'low' | 'high'; of: string } | undefined {
  const words = nameWords(name).join(' ');
  for (const phrase of ['on or before', 'on or after', ...words.split(' ')]) {
    const at = new RegExp(`(^| )${phrase}( |$)`);
    if (!at.test(words)) continue;
    const side = LOW.test(phrase) ? 'low' : HIGH.test(phrase) ? 'high' : undefined;
    if (side === undefined) continue;
    return { side, of: words.replace(at, ' ').replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}

const comparable = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
};

/** Ranges in order: a start (`DateCreatedAfter`, `start_date`, `min_price`) after its end has the two values swapped. */
export function orderedRanges(args: Record<string, unknown>): Record<string, unknown> {
  const ordered = { ...args };
  const names = Object.keys(args);
  for (const low of names) {
    const lowBound = boundOf(low);
    if (lowBound?.side !== 'low') continue;
    for (const high of names) {
      const highBound = boundOf(high);
      if (highBound?.side !== 'high' || highBound.of !== lowBound.of) continue;
      const a = comparable(ordered[low]);
      const b = comparable(ordered[high]);
      if (a !== undefined && b !== undefined && a > b && typeof ordered[low] === typeof ordered[high])
        [ordered[low], ordered[high]] = [ordered[high], ordered[low]];
    }
  }
  return ordered;
}

/** An object schema's properties and required names, `allOf` parts merged (a JSON:API body wraps its record so). */
function objectShape(schema: Schema | undefined): { properties: Record<string, Schema>; required: Set<string> } | undefined {
  if (schema === undefined) return undefined;
  const parts = [schema, ...(Array.isArray(schema['allOf']) ? (schema['allOf'] as Schema[]) : [])];
  const properties: Record<string, Schema> = {};
  const required = new Set<string>();
  for (const part of parts) {
    Object.assign(properties, (part['properties'] ?? {}) as Record<string, Schema>);
    for (const name of Array.isArray(part['required']) ? (part['required'] as string[]) : []) required.add(name);
  }
  return Object.keys(properties).length > 0 ? { properties, required } : undefined;
}

/** Optional values a nested object of a request keeps at most (its required ones always). */
export const MAX_NESTED_OPTIONAL = 1;

/**
 * A request body as a person fills it: each nested object keeps its required values and at most
 * `MAX_NESTED_OPTIONAL` optional ones (never a technical switch), seeded; a body with nothing
 * else to say keeps one. `rooms[0].adults` and the rate stay; notes from guest and seller go.
 */
export function trimmedBody(value: unknown, schema: Schema | undefined, seed: number | string, path = ''): unknown {
  if (Array.isArray(value))
    return value.map((item, index) => trimmedBody(item, schema?.['items'] as Schema | undefined, seed, `${path}.${index}`));
  const shape = objectShape(schema);
  if (typeof value !== 'object' || value === null || shape === undefined) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const optional = entries
    .filter(([name, inner]) => !shape.required.has(name) && !technicalSwitch(name, shape.properties[name], inner))
    .map(([name]) => name);
  const random = createRandom(seedFrom('nested', seed, path));
  for (let index = optional.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [optional[index], optional[other]] = [optional[other] as string, optional[index] as string];
  }
  const kept = new Set(optional.slice(0, MAX_NESTED_OPTIONAL));
  return Object.fromEntries(
    entries
      .filter(([name]) => shape.required.has(name) || kept.has(name))
      .map(([name, inner]) => [name, trimmedBody(inner, shape.properties[name], seed, `${path}.${name}`)]),
  );
}
