import { isJsonObject } from '@inftool/core';
type Json = Record<string, unknown>;

const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The most items a sized list gets where its schema sets no lower bound of its own: a result stays readable. */
export const SIZED_LIST_CAP = 48;

/** A length argument of a composed or generated sequence (`length: 10` notes, `num_notes`, `number_of_steps`). */
const LENGTH_KEY =
  /^(length|size|num_?(notes|steps|points|terms|items|elements|beats|bars)|number_?of_?(notes|steps|points|terms|items|elements|beats|bars))$/;
const SEQUENCE_TOOL =
  /(^|_)(melody|melodies|sequence|sequences|progression|progressions|chord|chords|composition|compose|scale|notes|rhythm|series|fibonacci|primes)(_|$)/;
/** A span argument of a series (`days: 20` of a daily forecast, `hours: 5` of an hourly one). */
const DAYS_KEY = /^(days|num_?days|n_?days|number_?of_?days|forecast_?days|day_?count)$/;
const HOURS_KEY = /^(hours|num_?hours|n_?hours|number_?of_?hours|forecast_?hours|hour_?count)$/;
const FORECAST_TOOL = /(^|_)(forecast|forecasts|prediction|predict|outlook)(_|$)/;
const DAILY_TOOL = /(^|_)daily(_|$)/;
const HOURLY_TOOL = /(^|_)hourly(_|$)/;

const wholeNumber = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 ? number : undefined;
};

/**
 * How many items a call's arguments ask its result's one list to hold, if they ask: a sequence tool's
 * `length` (a melody of 10 notes), a forecast's `days`/`hours` (a daily forecast of 20 days has 20 rows).
 * A `days` that bounds a history (`transactions of the last 3 days`) is a range, not a size; a `limit`
 * or `count` is at most, not exactly.
 */
export function askedListSize(toolName: string, args: Json): number | undefined {
  const tool = snake(toolName);
  for (const [key, raw] of Object.entries(args)) {
    const size = wholeNumber(raw);
    if (size === undefined) continue;
    const name = snake(key);
    if (LENGTH_KEY.test(name) && SEQUENCE_TOOL.test(tool)) return size;
    const forecast = FORECAST_TOOL.test(tool);
    if (DAYS_KEY.test(name) && forecast && !HOURLY_TOOL.test(tool)) return size;
    if (HOURS_KEY.test(name) && forecast && !DAILY_TOOL.test(tool)) return size;
  }
  return undefined;
}

/** The array schemas of `schema`'s properties, one wrapper deep (`{data: [...]}`, `{result: {notes: [...]}}`). */
function listSchemas(schema: Json): Array<{ owner: Json; key: string }> {
  const found: Array<{ owner: Json; key: string }> = [];
  const properties = schema['properties'];
  if (!isJsonObject(properties)) return found;
  for (const [key, property] of Object.entries(properties)) {
    if (!isJsonObject(property)) continue;
    if (property['type'] === 'array') found.push({ owner: properties, key });
    else if (property['type'] === 'object' && isJsonObject(property['properties']))
      for (const [inner, child] of Object.entries(property['properties'] as Json))
        if (isJsonObject(child) && child['type'] === 'array') found.push({ owner: property['properties'] as Json, key: inner });
  }
  return found;
}

/**
 * `schema` with its one list sized to `size` items (`minItems` = `maxItems`), capped by the list's own
 * `maxItems` when `declared` (a spec's bound holds; an inferred one yields to the call) and by
 * {@link SIZED_LIST_CAP}. A schema with no list, or with several, is returned as it is.
 */
export function sizedSchema(schema: Json, size: number | undefined, declared: boolean): Json {
  if (size === undefined) return schema;
  const copy = structuredClone(schema);
  const lists = listSchemas(copy);
  if (lists.length !== 1) return schema;
  const { owner, key } = lists[0]!;
  const list = owner[key] as Json;
  const bound = declared && typeof list['maxItems'] === 'number' ? (list['maxItems'] as number) : Infinity;
  const count = Math.min(size, bound, SIZED_LIST_CAP);
  owner[key] = { ...list, minItems: count, maxItems: count };
  return copy;
}
