import type { CatalogTool } from '../catalog/catalog.js';
import { entityAction, entityIdArgument, entityType, nameWords } from './entity-rules.js';
import { RESULT_TOPICS, type ResultTopic } from './result-topics.js';

type Json = Record<string, unknown>;

/** What a result says, by the kind of call. */
export type ResultKind = 'list' | 'read' | 'create' | 'update' | 'delete' | 'compute' | 'send' | 'other';

/** The inferred result of a tool without an outputSchema. */
export interface InferredOutput {
  kind: ResultKind;
  /** One record of the tool's entity as the world stores it: an object schema, every field required. */
  record: Json;
  /** The whole result as the client sees it (`{items, total}` for a list, the record for a read...). */
  schema: Json;
  /** The record's fields that came from the input schema (created, updated or filtered by). */
  inputFields: string[];
  /** The tool name's words without a benchmark prefix (`simple_python_22_math_gcd` → math, gcd). */
  words: string[];
  /** compute: the field holding the computed value (replaced by exact values where a formula fits). */
  resultField?: string;
  topic?: string;
}

/** Whether an argument describes records (a field, a filter), not how the call is made (paging, versions, credentials). */
export function isFilterArgument(key: string): boolean {
  return !CONTROL.test(key) && !RANGE.test(key) && !/^x-/i.test(key);
}

/** Arguments that steer the call (paging, versions, formats, credentials), never fields of a record. */
const CONTROL = /^(limit|offset|page|page_?size|per_?page|page_?token|page_?number|cursor|next|sort|sort_?by|sort_?order|order_?by|direction|fields|include|expand|format|output_?format|api[-_]?version|version|callback|pretty|count|max_?results|top|skip|token|api_?key|access_?token|auth|authorization|signature|verbose|debug|timeout)$/i;
/** Range filters: `min_price` filters by price, it is not a field of its own. */
const RANGE = /^(min|max|from|to|start|end|since|until|before|after)[_A-Z]|[_a-z](min|max|from|to|before|after|since|until|Min|Max|From|To|Before|After|Since|Until)$/;
/** Free-text search arguments: what a search looks for, not a field of the records it finds. */
export const QUERY = /^(q|query|search|keyword|keywords|term|search_?term|search_?query|text|filter)$/i;
const COMPUTE = /^(convert|conversion|converter|calculate|calculator|calc|compute|estimate|estimation|predict|prediction|evaluate|solve|simulate|analy[sz]e|analysis|gcd|lcm|factorial|multiply|sum|average|mean|median|sqrt|power|integral|derivative|probability|roots|bmi)$/;
/** Compute words that are verbs (the rest name a quantity: probability, gcd, mean...). */
const VERBS = /^(convert|conversion|converter|calculate|calculator|calc|compute|estimate|estimation|predict|prediction|evaluate|solve|simulate|analy[sz]e|analysis|multiply)$/;
const SEND = /^(send|notify|notification|sms|email|mail|tweet|reply|publish|broadcast|alert|message|text|dm)$/;
const FILLER = new Set(['by', 'id', 'ids', 'details', 'detail', 'info', 'information', 'a', 'an', 'the', 'for', 'of', 'in', 'on', 'to', 'from', 'and', 'with', 'get', 'fetch', 'retrieve', 'find', 'search', 'lookup', 'check', 'show', 'view', 'list', 'all', 'api', 'data']);
const BENCHMARK_PREFIX = /^(simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;

const cache = new WeakMap<CatalogTool, InferredOutput>();

/** The result of a tool without an outputSchema, inferred once per tool from its name, description and input schema. */
export function inferOutputSchema(tool: CatalogTool): InferredOutput {
  let inferred = cache.get(tool);
  if (inferred === undefined) {
    inferred = infer(tool);
    cache.set(tool, inferred);
  }
  return inferred;
}

export function toolWords(tool: CatalogTool): string[] {
  return nameWords(tool.spec.name.replace(BENCHMARK_PREFIX, ''));
}

function resultKind(tool: CatalogTool, words: string[]): ResultKind {
  const action = entityAction(tool);
  if (words.some((word) => COMPUTE.test(word)) && action !== 'create' && action !== 'delete') return 'compute';
  if (SEND.test(words[0] ?? '') || (action === 'create' && words.some((word) => /^(send|notify)$/.test(word)))) return 'send';
  return action;
}

function findTopic(words: string[], description: string): ResultTopic | undefined {
  const byName = RESULT_TOPICS.find((topic) => words.some((word) => topic.words.test(word)));
  if (byName) return byName;
  // Only what the description's first sentence says the tool returns: "…in order of likelihood" is
  // no shop order, "the zugferd invoice" of a receipt no USD payment.
  const first = description.split(/(?<=[.!?])\s|\n/)[0] ?? '';
  const described = nameWords(first).slice(0, 12);
  return RESULT_TOPICS.find((topic) => topic.nameOnly !== true && topic.genericWords !== true && described.some((word) => topic.words.test(word)));
}

/** The words naming what a tool returns: `get_target_by_ensgid` → target (what follows "by" is the key). */
function subjectWords(words: string[]): string[] {
  const by = words.indexOf('by');
  const subject = by > 0 ? words.slice(0, by) : words;
  return subject.filter((word) => !FILLER.has(word) && !COMPUTE.test(word) && !/^\d+$/.test(word));
}

/**
 * The fields of a record of no known topic: one named after what the tool returns (`get_crime_rate`
 * → `crime_rate`, typed by its last word) where its type says something, plus a name, description
 * and category where it would only be text.
 */
function nounFields(words: string[], inputProperties: Record<string, Json>): Record<string, Json> {
  const nouns = subjectWords(words);
  const last = nouns.at(-1);
  const schema = last === undefined ? undefined : fieldSchemaFor(last);
  const name = nouns.slice(-2).join('_');
  const typed = schema !== undefined && !(schema['type'] === 'string' && Object.keys(schema).length === 1) && name !== '' && !(name in inputProperties);
  if (typed) return { [name]: schema };
  // no `category`: a made-up category ("business" for a drug) says nothing true
  return { name: { type: 'string' }, description: { type: 'string' }, updated_at: { type: 'string', format: 'date-time' } };
}

function fieldSchemaFor(word: string): Json {
  if (/^(rate|ratio|probability|percentage|percent|likelihood|chance)$/.test(word)) return { type: 'number', minimum: 0.01, maximum: 0.99 };
  if (/^(price|cost|value|worth|revenue|income|salary|gdp|budget|amount|payment|fee|tax|balance|profit|sales|valuation)$/.test(word)) return { type: 'number', minimum: 20, maximum: 90_000 };
  if (/^(count|number|population|quantity|visitors|votes|members|size)$/.test(word)) return { type: 'integer', minimum: 1, maximum: 250_000 };
  if (/^(score|rating|index|level|grade)$/.test(word)) return { type: 'number', minimum: 1, maximum: 100 };
  if (/^(rank|ranking|position|standing)$/.test(word)) return { type: 'integer', minimum: 1, maximum: 40 };
  if (/^(hours|opening|schedule)$/.test(word)) return { type: 'string', pattern: '^(Mon-Fri|Daily|Tue-Sun) (08|09|10):00-(17|18|20):00$' };
  if (/^(date|day|deadline|birthday|anniversary)$/.test(word)) return { type: 'string', format: 'date' };
  if (/^(year|founded)$/.test(word)) return { type: 'integer', minimum: 1800, maximum: 2025 };
  if (/^(time|timestamp)$/.test(word)) return { type: 'string', format: 'date-time' };
  if (/^(duration|age|length|height|width|weight|mass|area|volume|distance|speed|velocity|force|energy|pressure|density|frequency|temperature|calories|elevation|depth)$/.test(word)) return { type: 'number', minimum: 1, maximum: 900 };
  if (/^(status|availability|state)$/.test(word)) return { type: 'string', enum: ['available', 'limited', 'unavailable'] };
  if (/^(is|valid|available|exists)$/.test(word)) return { type: 'boolean' };
  if (/s$/.test(word) && !/ss$/.test(word)) return { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 5 };
  return { type: 'string' };
}

const UNITS_BY_WORD: Array<[RegExp, string]> = [
  [/^(area)$/, 'square meters'], [/^(volume)$/, 'cubic meters'], [/^(distance|length|height|width|depth|elevation|displacement)$/, 'meters'], [/^(velocity|speed)$/, 'm/s'],
  [/^(force)$/, 'N'], [/^(energy|work)$/, 'J'], [/^(pressure)$/, 'Pa'], [/^(mass|weight)$/, 'kg'], [/^(time|duration)$/, 's'], [/^(frequency)$/, 'Hz'],
  [/^(temperature)$/, 'celsius'], [/^(density)$/, 'kg/m³'], [/^(power)$/, 'W'], [/^(charge)$/, 'C'], [/^(field)$/, 'N/C'], [/^(calories)$/, 'kcal'], [/^(price|cost|revenue|value|payment|amount|worth)$/, 'USD'],
];

function infer(tool: CatalogTool): InferredOutput {
  const words = toolWords(tool);
  const entity = entityType(tool);
  const kind = resultKind(tool, words);
  const inputProperties = ((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json>;
  // Only a read, update or delete names its own record; a create's or a list's `product_id` is a field.
  const idArgument = kind === 'create' || kind === 'list' || kind === 'compute' || kind === 'send' ? undefined : entityIdArgument(Object.fromEntries(Object.keys(inputProperties).map((key) => [key, 'x'])), entity)?.[0];
  const topic = kind === 'compute' ? undefined : findTopic(words, tool.spec.description ?? '');

  const inputFields = Object.keys(inputProperties).filter((key) => isFilterArgument(key) && key !== idArgument && !(kind === 'list' && QUERY.test(key)));
  const fields: Record<string, Json> = {};
  if (kind === 'list' || kind === 'create' || kind === 'update' || ((kind === 'read' || kind === 'other') && idArgument !== undefined)) {
    const idSchema = idArgument === undefined ? undefined : inputProperties[idArgument];
    fields['id'] = idSchema !== undefined && typeof idSchema['type'] === 'string' ? { type: idSchema['type'] } : { type: 'string' };
  }
  if (topic) Object.assign(fields, topic.fields);
  else Object.assign(fields, nounFields(words, inputProperties));
  for (const key of inputFields) fields[key] = inputProperties[key] as Json;
  if (kind === 'create') fields['created_at'] = { type: 'string', format: 'date-time' };
  if (kind === 'update') fields['updated_at'] = { type: 'string', format: 'date-time' };
  const record = objectSchema(fields);

  const compute = kind === 'compute' ? computeSchema(words, entity, inputProperties, inputFields) : undefined;
  const schema = ((): Json => {
    switch (kind) {
      case 'list':
        return objectSchema({ items: { type: 'array', items: record, minItems: 0 }, total: { type: 'integer', minimum: 0 } });
      case 'delete':
        return words.some((word) => /^(cancel|cancellation)$/.test(word))
          ? objectSchema({ id: { type: 'string' }, status: { const: 'cancelled' }, cancelled_at: { type: 'string', format: 'date-time' } })
          : objectSchema({ deleted: { const: true }, id: { type: 'string' } });
      case 'compute':
        return (compute as { schema: Json }).schema;
      case 'send':
        return objectSchema({ message_id: { type: 'string', pattern: '^msg_[a-z0-9]{12}$' }, status: { type: 'string', enum: ['delivered', 'sent', 'queued'] }, sent_at: { type: 'string', format: 'date-time' }, ...pick(inputProperties, inputFields) }, inputFields);
      default:
        return topic?.many === true && idArgument === undefined
          ? objectSchema({ items: { type: 'array', items: record, minItems: 2, maxItems: 5 }, total: { type: 'integer', minimum: 2, maximum: 5 } })
          : record;
    }
  })();
  return { ...(compute ? { resultField: compute.field } : {}), kind: topic?.many === true && idArgument === undefined && kind !== 'create' && kind !== 'delete' && kind !== 'update' && kind !== 'send' ? 'list' : kind, record, schema, inputFields, words, ...(topic ? { topic: topic.name } : {}) };
}

/** compute: the inputs it used, the computed value (named after the tool) and its unit. */
function computeSchema(words: string[], entity: string, inputProperties: Record<string, Json>, inputFields: string[]): { schema: Json; field: string } {
  const nouns = subjectWords(words).filter((word) => !/^(math|physics|chemistry|finance|geometry|stats|statistics|calculus|algebra)$/.test(word));
  const last = nouns.at(-1) ?? entity;
  // `shuffle_card_probability`, `math_gcd`: the last word names the result when it is a quantity, not a verb.
  const quantity = [...words].reverse().find((word) => COMPUTE.test(word) && !VERBS.test(word));
  const named = quantity ?? (nouns.slice(-2).join('_') || 'result');
  const field = named in inputProperties ? `${named}_result` : named;
  const unit = quantity === undefined ? UNITS_BY_WORD.find(([pattern]) => pattern.test(last))?.[1] : undefined;
  const valueSchema = quantity === undefined ? { type: 'number', minimum: 0.5, maximum: 5000 } : fieldSchemaFor(quantity)['type'] === 'number' ? fieldSchemaFor(quantity) : { type: 'number', minimum: 0.5, maximum: 5000 };
  const schema = objectSchema(
    {
      ...pick(inputProperties, inputFields),
      [field]: valueSchema,
      ...(unit !== undefined && !('unit' in inputProperties) ? { unit: { const: unit } } : {}),
    },
    inputFields,
  );
  return { schema, field };
}

function pick(properties: Record<string, Json>, keys: string[]): Record<string, Json> {
  return Object.fromEntries(keys.map((key) => [key, properties[key] as Json]));
}

/** An object schema whose fields are all required, except `optional` (inputs the caller may not have sent). */
function objectSchema(properties: Record<string, Json>, optional: string[] = []): Json {
  return { type: 'object', properties, required: Object.keys(properties).filter((key) => !optional.includes(key)) };
}
