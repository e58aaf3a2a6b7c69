import type { CatalogTool } from '../catalog/catalog.js';
import { isFileCommand } from './file-commands.js';
import {
  contextFields,
  describedFields,
  describedQuantity,
  detailFields,
  ownDescription,
  peopleFields,
  typedNoun,
  withoutModifiers,
} from './described-fields.js';
import { actionFields, commandFields, type ActionFields } from './action-fields.js';
import { computedThing, describedResult } from './described-result.js';
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
const CONTROL =
  /^(limit|offset|page|page_?size|per_?page|page_?token|page_?number|cursor|next|sort|sort_?by|sort_?order|order_?by|direction|fields|include|expand|format|output_?format|api[-_]?version|version|callback|pretty|count|max_?results|top|skip|token|api_?key|access_?token|auth|authorization|signature|verbose|debug|timeout)$/i;
/** A JSON text (`{"target": [...]}`): a request document, never a value a record holds. */
export function isJsonDocument(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return false;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object';
  } catch {
    return false;
  }
}

/** An input that carries the request as a JSON document (a `body` whose examples are JSON): what it asks is no field of a record. */
function isRequestDocument(key: string, schema: Json | undefined): boolean {
  if (schema === undefined) return false;
  const examples = [...(Array.isArray(schema['examples']) ? (schema['examples'] as unknown[]) : []), schema['example'], schema['default']];
  // an example of a document (`{"disease": [...], "facets" = "true"}`), even one that is not quite JSON
  if (examples.some((example) => isJsonDocument(example) || (typeof example === 'string' && /^\s*[[{]\s*"/.test(example)))) return true;
  return (
    /^(body|payload|request_?body|json)$/i.test(key) &&
    (schema['type'] === 'object' || schema['type'] === 'array' || /\b(json|list|array)\b/i.test(String(schema['description'] ?? '')))
  );
}

/**
 * An argument that pages or shapes a response (`size` "Maximum amount of results to return", `from`
 * "How many initial results should be skipped", `facets` "Returns facets", `datastructure`, what the
 * other filters apply to: `scorevalue_types` "the score types to apply the score value min and max filters").
 */
function pagingArgument(key: string, schema: Json | undefined): boolean {
  if (/^(facets|data_?structure|page_?index|start_?index)$/i.test(key)) return true;
  const description = String(schema?.['description'] ?? '');
  // what other filters apply to (`scorevalue_types` "score types to apply the score value min and max filters"): a switch of the call
  if (/\bto apply the\b.{0,60}\bfilters?\b|\b(filters?|cut-?offs?) (apply|applies) to\b/i.test(description)) return true;
  return (
    /^(size|from|start|first|max|rows|num|n|results)$/i.test(key) &&
    /\b(results?|items|records|entries|hits|rows)\b.{0,30}\b(return|skip|show)|\bskipped\b|\bto (return|skip)\b|\bpage\b/i.test(description)
  );
}

/** Range filters: `min_price` filters by price, it is not a field of its own. */
const RANGE =
  /^(min|max|from|to|start|end|since|until|before|after)[_A-Z]|[_a-z](min|max|from|to|before|after|since|until|Min|Max|From|To|Before|After|Since|Until)$/;
/** Free-text search arguments: what a search looks for, not a field of the records it finds. */
export const QUERY = /^(q|query|search|keyword|keywords|term|search_?term|search_?query|text|filter)$/i;
const COMPUTE =
  /^(convert|conversion|converter|calculate|calculator|calc|compute|estimate|estimation|predict|prediction|evaluate|solve|simulate|analy[sz]e|analysis|gcd|lcm|factorial|multiply|sum|average|mean|median|sqrt|power|integral|derivative|probability|roots|bmi|primes?|fibonacci|quadratic|displacement|deviation|factorize|factorization|circumference|cagr|mortgage)$/;
/** Compute words that are verbs (the rest name a quantity: probability, gcd, mean...). */
const VERBS =
  /^(convert|conversion|converter|calculate|calculator|calc|compute|estimate|estimation|predict|prediction|evaluate|solve|simulate|analy[sz]e|analysis|multiply)$/;
const SEND = /^(send|notify|notification|sms|email|mail|tweet|reply|publish|broadcast|alert|message|text|dm)$/;
const FILLER = new Set(
  'by id ids details detail info information a an the for of in on to from and with get fetch retrieve find search lookup check show view list all api data'.split(
    ' ',
  ),
);
const BENCHMARK_PREFIX =
  /^(simple_python|simple_java|simple_javascript|simple|parallel_multiple|parallel|multiple|irrelevance|live_[a-z]+)_\d+_/;

const cache = new WeakMap<CatalogTool, InferredOutput>();
/** Topic words that also say what is done with a quantity before them (a revenue forecast is no weather forecast). */
const MODIFIER_TOPIC = /^(forecast|forecasts|history|schedule|route|distance|travel)$/;

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
  if (words.includes('word') && words.includes('count')) return 'compute';
  // a t-test computes its statistic; a winner is decided from the players or hands the call sends
  if (words.includes('ttest') || (words.includes('t') && words.includes('test')) || words.includes('winner')) return 'compute';
  // a name with no verb (`solar_farm_potential`) whose description estimates or calculates something computes it
  if (action === 'other' && describedQuantity(tool.spec.description ?? '') !== undefined) return 'compute';
  if (SEND.test(words[0] ?? '') || (action === 'create' && words.some((word) => /^(send|notify)$/.test(word)))) return 'send';
  return action;
}

function findTopic(words: string[], description: string): ResultTopic | undefined {
  // `revenue_forecast` forecasts revenue: a topic's word after a quantity is what is done with the quantity, not the topic
  const quantityAt = words.findIndex((word) => fieldSchemaFor(word)['type'] === 'number');
  const byName = RESULT_TOPICS.find(
    (topic) =>
      (topic.requires === undefined || topic.requires.test(`${words.join(' ')} ${description}`)) &&
      words.some((word, index) => topic.words.test(word) && !(quantityAt >= 0 && index > quantityAt && MODIFIER_TOPIC.test(word))),
  );
  if (byName) return byName;
  // Only what the description's first sentence says the tool returns: "…in order of likelihood" is
  // no shop order, "the zugferd invoice" of a receipt no USD payment.
  const first = ownDescription(description).split(/(?<=[.!?])\s|\n/)[0] ?? '';
  const described = nameWords(first).slice(0, 12);
  return RESULT_TOPICS.find(
    (topic) =>
      topic.nameOnly !== true &&
      topic.genericWords !== true &&
      (topic.requires === undefined || topic.requires.test(`${words.join(' ')} ${description}`)) &&
      described.some((word) => topic.words.test(word)),
  );
}

/** The words naming what a tool returns: `get_target_by_ensgid` → target (what follows "by" is the key). */
function subjectWords(words: string[]): string[] {
  const by = words.indexOf('by');
  const subject = by > 0 ? words.slice(0, by) : words;
  return subject.filter((word) => !FILLER.has(word) && !COMPUTE.test(word) && !/^\d+$/.test(word));
}

/** Plural nouns of no kind of their own: `bureau_statistics`, `player_stats` are no list of things with names. */
const ABSTRACT_PLURAL =
  /^(statistics|stats|results|details|trends|records|facts|insights|metrics|values|changes|options|preferences|progressions|patterns|contributions|effects|impacts|outcomes|features|properties|characteristics|specifications|specs|requirements|updates|events|activities|data)$/;

/**
 * The fields of a record of no known topic: one named after what the tool returns (`get_crime_rate`
 * → `crime_rate`, typed by its last word) where its type says something, plus a name, description
 * and category where it would only be text.
 */
function nounFields(words: string[], inputProperties: Record<string, Json>): Record<string, Json> {
  const typed = typedNoun(subjectWords(words), inputProperties) ?? detailFields(subjectWords(words), inputProperties);
  if (typed !== undefined) return typed;
  const nouns = withoutModifiers(subjectWords(words));
  const last = nouns.at(-1);
  const name = nouns.slice(-2).join('_');
  // a game's or a book's sales are copies sold, never a few dollars (`video_games_get_sales` → `copies_sold`)
  if (
    last === 'sales' &&
    nouns.some((word) => /^(games?|titles?|books?|albums?|consoles?|units?)$/.test(word)) &&
    !('copies_sold' in inputProperties)
  )
    return { copies_sold: { type: 'integer', minimum: 250_000, maximum: 30_000_000 } };
  // an amount of money comes with its currency (`property_valuation`: 845000, `currency`: USD)
  if (last !== undefined && MONEY.test(last) && name !== '' && !(name in inputProperties))
    return { [name]: moneySchema(nouns), ...('currency' in inputProperties ? {} : { currency: { const: 'USD' } }) };
  const schema = last === undefined ? undefined : fieldSchemaFor(last);
  if (
    schema !== undefined &&
    !(schema['type'] === 'string' && Object.keys(schema).length === 1) &&
    // a list of statistics, results or trends would be a list of labels: such a noun says no kind
    !(schema['type'] === 'array' && ABSTRACT_PLURAL.test(last as string)) &&
    name !== '' &&
    !(name in inputProperties)
  )
    return { [name]: schema };
  // no `category`: a made-up category ("business" for a drug) says nothing true; no `description`:
  // a sentence from a shared pool says nothing true of this tool's record either
  return { name: { type: 'string' }, updated_at: { type: 'string', format: 'date-time' } };
}

function fieldSchemaFor(word: string): Json {
  // a probability may be tiny (a full house: 0.0014); a computed one must fit
  if (/^(probability|likelihood|chance)$/.test(word)) return { type: 'number', minimum: 0, maximum: 1 };
  if (/^(rate|ratio|percentage|percent)$/.test(word)) return { type: 'number', minimum: 0.01, maximum: 0.99 };
  if (/^(return|returns|roi|yield|growth)$/.test(word)) return { type: 'number', minimum: -12, maximum: 40 };
  if (/^(price|cost|value|worth|revenue|income|salary|gdp|budget|amount|payment|fee|tax|balance|profit|sales|valuation)$/.test(word))
    return { type: 'number', minimum: 20, maximum: 90_000 };
  if (/^(count|number|population|quantity|visitors|votes|members|size)$/.test(word))
    return { type: 'integer', minimum: 1, maximum: 250_000 };
  if (/^(score|rating|index|level|grade)$/.test(word)) return { type: 'number', minimum: 1, maximum: 100 };
  if (/^(rank|ranking|position|standing)$/.test(word)) return { type: 'integer', minimum: 1, maximum: 40 };
  if (/^(hours|opening|schedule)$/.test(word)) return { type: 'string', pattern: '^(Mon-Fri|Daily|Tue-Sun) (08|09|10):00-(17|18|20):00$' };
  if (/^(date|day|deadline|birthday|anniversary)$/.test(word)) return { type: 'string', format: 'date' };
  if (/^(year|founded)$/.test(word)) return { type: 'integer', minimum: 1800, maximum: 2025 };
  if (/^(time|timestamp)$/.test(word)) return { type: 'string', format: 'date-time' };
  if (
    /^(duration|age|length|height|width|weight|mass|area|volume|distance|speed|velocity|force|energy|pressure|density|frequency|temperature|calories|elevation|depth)$/.test(
      word,
    )
  )
    return { type: 'number', minimum: 1, maximum: 900 };
  if (/^(status|availability|state)$/.test(word)) return { type: 'string', enum: ['available', 'limited', 'unavailable'] };
  if (/^(is|valid|available|exists)$/.test(word)) return { type: 'boolean' };
  if ((/s$/.test(word) && !/ss$/.test(word)) || /^(children|people|media)$/.test(word))
    return { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 5 };
  return { type: 'string' };
}

const UNITS_BY_WORD: Array<[RegExp, string]> = [
  [/^(area)$/, 'square meters'],
  [/^(volume)$/, 'cubic meters'],
  [/^(distance|length|height|width|depth|elevation|displacement)$/, 'meters'],
  [/^(velocity|speed)$/, 'm/s'],
  [/^(force)$/, 'N'],
  [/^(energy|work)$/, 'J'],
  [/^(pressure)$/, 'Pa'],
  [/^(mass|weight)$/, 'kg'],
  [/^(time|duration)$/, 's'],
  [/^(frequency)$/, 'Hz'],
  [/^(temperature)$/, 'celsius'],
  [/^(density)$/, 'kg/m³'],
  [/^(power)$/, 'W'],
  [/^(charge)$/, 'C'],
  [/^(field)$/, 'N/C'],
  [/^(calories)$/, 'kcal'],
  [/^(price|cost|revenue|value|valuation|payment|amount|worth)$/, 'USD'],
];

/** The topic of a file-system command's inferred result (`cat`, `sort`, `wc`…): answered by `fileCommandResult`. */
export const FILE_COMMAND_TOPIC = 'file_command';

function infer(tool: CatalogTool): InferredOutput {
  const words = toolWords(tool);
  if (isFileCommand(words, tool.spec.description ?? ''))
    return { kind: 'other', record: { type: 'object' }, schema: { type: 'object' }, inputFields: [], words, topic: FILE_COMMAND_TOPIC };
  const facts = toolFacts(tool, words);
  const { kind, topic, idArgument, inputFields } = facts;
  const sources = recordSources(facts);
  const record = recordSchema(facts, sources);
  const compute =
    kind === 'compute'
      ? computeSchema(words, facts.entity, facts.inputProperties, inputFields, describedQuantity(facts.description), facts.description)
      : undefined;
  // a find of one thing the description names (`the creator of a sculpture`) reads it, no list of them
  const shape = sources.told !== undefined && sources.told.many !== true && kind === 'list' ? 'read' : kind;
  // several records when the topic, the action or the people say so and no argument names one
  const many = (topic?.many === true || sources.action?.many === true || sources.people?.many === true) && idArgument === undefined;
  return {
    ...(compute ? { resultField: compute.field } : {}),
    kind:
      shape === 'read' && kind === 'list'
        ? 'read'
        : many && kind !== 'create' && kind !== 'delete' && kind !== 'update' && kind !== 'send'
          ? 'list'
          : kind,
    record,
    schema: compute === undefined ? resultSchema(facts, shape, record, many) : compute.schema,
    inputFields,
    words,
    ...(topic ? { topic: topic.name } : {}),
  };
}

/** What a tool says of its result before its record is shaped. */
interface ToolFacts {
  words: string[];
  entity: string;
  kind: ResultKind;
  description: string;
  inputProperties: Record<string, Json>;
  /** The argument naming the tool's own record (a read's, update's or delete's `product_id`). */
  idArgument: string | undefined;
  /** The fields of the system's sense of the noun (a ticket of a ticketing system). */
  sense: Record<string, Json> | undefined;
  topic: ResultTopic | undefined;
  /** The inputs that are fields of the record. */
  inputFields: string[];
}

function toolFacts(tool: CatalogTool, words: string[]): ToolFacts {
  const entity = entityType(tool);
  const kind = resultKind(tool, words);
  const inputProperties = ((tool.spec.inputSchema as Json)['properties'] ?? {}) as Record<string, Json>;
  // Only a read, update or delete names its own record; a create's or a list's `product_id` is a field.
  const idArgument =
    kind === 'create' || kind === 'list' || kind === 'compute' || kind === 'send'
      ? undefined
      : entityIdArgument(Object.fromEntries(Object.keys(inputProperties).map((key) => [key, 'x'])), entity)?.[0];
  const description = tool.spec.description ?? '';
  // the system's sense of the noun first: a ticket of a ticketing system is no event booking
  const sense = kind === 'compute' || kind === 'send' ? undefined : contextFields(words, description, kind === 'create');
  const topic = kind === 'compute' || sense !== undefined ? undefined : findTopic(words, description);
  const inputFields = recordInputs(kind, inputProperties, idArgument);
  return { words, entity, kind, description, inputProperties, idArgument, sense, topic, inputFields };
}

/** The inputs that are fields of the record: not the id naming it, nor how the call is made. */
function recordInputs(kind: ResultKind, inputProperties: Record<string, Json>, idArgument: string | undefined): string[] {
  // a search's terms and a page's size or start steer a read or a list: no field of the records it returns
  const reads = kind !== 'create' && kind !== 'update' && kind !== 'send' && kind !== 'compute';
  return Object.keys(inputProperties).filter(
    (key) =>
      isFilterArgument(key) &&
      key !== idArgument &&
      !(reads && (QUERY.test(key) || pagingArgument(key, inputProperties[key]))) &&
      // the data a computation runs on (a t-test's samples, a sum's elements) is no finding of it: its result gives the outcome only
      !(kind === 'compute' && inputProperties[key]?.['type'] === 'array') &&
      !isRequestDocument(key, inputProperties[key]),
  );
}

/** What describes a record where no topic does: the system's sense, the description, people, the name's noun, the action. */
interface RecordSources {
  own: Record<string, Json> | undefined;
  noun: Record<string, Json> | undefined;
  told: ActionFields | undefined;
  action: ActionFields | undefined;
  people: ActionFields | undefined;
}

function recordSources(facts: ToolFacts): RecordSources {
  const { words, kind, description, inputProperties, sense, topic } = facts;
  const free = topic === undefined && sense === undefined && kind !== 'delete' && kind !== 'compute' && kind !== 'send';
  // what the description lists ("such as opening hours and ticket prices") where no topic or sense fits
  const described = free ? describedFields(description, inputProperties) : {};
  // people are named as people (`get_monarchs` → full names), several when the noun is plural
  const people = free ? peopleFields(withoutModifiers(subjectWords(words)), inputProperties) : undefined;
  const own = sense ?? (Object.keys(described).length > 0 || people !== undefined ? { ...people?.fields, ...described } : undefined);
  const noun = topic === undefined && own === undefined ? nounFields(words, inputProperties) : undefined;
  // a record of no topic whose noun says nothing typed (only a name): what the description says it
  // returns ("Retrieve the creator of a sculpture"), else shaped by what the tool does
  const untyped = noun !== undefined && 'name' in noun && kind !== 'delete' && kind !== 'compute' && kind !== 'send';
  const told = untyped ? describedResult(description, inputProperties) : undefined;
  const action = untyped ? (told ?? actionFields(words, description, kind) ?? commandFields(inputProperties)) : undefined;
  return { own, noun, told, action, people };
}

/** One record of the tool's entity: its id, its topic's or sources' fields, the inputs it holds and its times. */
function recordSchema(facts: ToolFacts, sources: RecordSources): Json {
  const { words, kind, inputProperties, idArgument, topic, inputFields } = facts;
  const { own, noun, action } = sources;
  const fields: Record<string, Json> = {};
  if (kind === 'list' || kind === 'create' || kind === 'update' || ((kind === 'read' || kind === 'other') && idArgument !== undefined)) {
    const idSchema = idArgument === undefined ? undefined : inputProperties[idArgument];
    fields['id'] = idSchema !== undefined && typeof idSchema['type'] === 'string' ? { type: idSchema['type'] } : { type: 'string' };
  }
  if (topic) Object.assign(fields, topic.fields);
  // a record just created is in its topic's first state (a case just filed is open, a booking confirmed)
  const states = topic?.fields['status']?.['enum'];
  const opens = kind === 'create' || (kind === 'other' && words.some((word) => /^(file|submit|lodge|raise|open)$/.test(word)));
  if (topic && opens && Array.isArray(states)) fields['status'] = { const: states[0] };
  else Object.assign(fields, own ?? action?.fields ?? noun);
  // the bare name of a record nothing else describes is left out when nothing knows one (never `standard charge`)
  const bareName = !topic && !own && !action?.fields && noun !== undefined && 'name' in noun && !inputFields.includes('name');
  for (const key of inputFields) fields[key] = inputProperties[key] as Json;
  if (kind === 'create') fields['created_at'] = { type: 'string', format: 'date-time' };
  if (kind === 'update') fields['updated_at'] = { type: 'string', format: 'date-time' };
  return objectSchema(fields, bareName ? ['name'] : []);
}

/** The whole result as the client sees it, by its shape: a page of records, a deletion, a message sent, one record or several. */
function resultSchema(facts: ToolFacts, shape: ResultKind, record: Json, many: boolean): Json {
  const { words, inputProperties, inputFields } = facts;
  switch (shape) {
    case 'list':
      return objectSchema({ items: { type: 'array', items: record, minItems: 0 }, total: { type: 'integer', minimum: 0 } });
    case 'delete':
      return words.some((word) => /^(cancel|cancellation)$/.test(word))
        ? objectSchema({ id: { type: 'string' }, status: { const: 'cancelled' }, cancelled_at: { type: 'string', format: 'date-time' } })
        : words.includes('close')
          ? objectSchema({ id: { type: 'string' }, status: { const: 'closed' }, closed_at: { type: 'string', format: 'date-time' } })
          : objectSchema({ deleted: { const: true }, id: { type: 'string' } });
    case 'send':
      return objectSchema(
        {
          message_id: { type: 'string', pattern: '^msg_[a-z0-9]{12}$' },
          status: { type: 'string', enum: ['delivered', 'sent', 'queued'] },
          sent_at: { type: 'string', format: 'date-time' },
          ...pick(inputProperties, inputFields),
        },
        inputFields,
      );
    default:
      return many
        ? objectSchema({
            items: { type: 'array', items: record, minItems: 2, maxItems: 5 },
            total: { type: 'integer', minimum: 2, maximum: 5 },
          })
        : record;
  }
}

/** compute: the inputs it used, the computed value (named after the tool) and its unit. */
function computeSchema(
  words: string[],
  entity: string,
  inputProperties: Record<string, Json>,
  inputFields: string[],
  described?: string[],
  description = '',
): { schema: Json; field: string } {
  const { nouns, last, quantity, named } = computedName(words, entity, described, description);
  const field = named in inputProperties ? `${named}_result` : named;
  // a winner is a person, a sentiment a label with its confidence: no number, whatever the tool's verb
  const thing = computedThing(named.split('_'));
  if (thing !== undefined) {
    const fields = Object.fromEntries(Object.entries(thing).filter(([key]) => !(key in inputProperties)));
    const first = Object.keys(fields)[0];
    if (first !== undefined)
      return { schema: objectSchema({ ...pick(inputProperties, inputFields), ...fields }, inputFields), field: first };
  }
  const valueSchema = computedValueSchema(last, quantity, nouns);
  const unit = quantity === undefined && valueSchema['type'] === 'number' ? computedUnit(nouns) : undefined;
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

/** What a compute tool computes: the nouns naming it, the last of them, the quantity its name says, the value's name. */
function computedName(
  words: string[],
  entity: string,
  described: string[] | undefined,
  description: string,
): { nouns: string[]; last: string; quantity: string | undefined; named: string } {
  // what the name says it computes, else what the description does ("Estimate the energy output of…" → energy_output)
  const named_ = subjectWords(words).filter(
    (word) => !/^(math|physics|chemistry|finance|geometry|stats|statistics|calculus|algebra)$/.test(word),
  );
  const nouns = withoutModifiers(
    named_.some((word) => COMPUTE.test(word) || UNITS_BY_WORD.some(([pattern]) => pattern.test(word))) || described === undefined
      ? named_
      : described,
  );
  const last = nouns.at(-1) ?? entity;
  // `shuffle_card_probability`, `math_gcd`: the last word names the result when it is a quantity, not a verb.
  const quantity = [...words].reverse().find((word) => COMPUTE.test(word) && !VERBS.test(word));
  // an acronym the description spells out ("the return on assets (ROA)") is named in its words: `return_on_assets`, not `ratios_roa`
  const named = quantity ?? spelledAcronym(last, description) ?? (nouns.slice(-2).join('_') || 'result');
  return { nouns, last, quantity, named };
}

/** The computed value's schema: a zone's name, an amount of money, the quantity's own range, else a number. */
function computedValueSchema(last: string, quantity: string | undefined, nouns: string[]): Json {
  // a time zone is a zone's name (`Europe/Berlin`), not a number
  return /^(zone|timezone|tz)$/.test(last)
    ? { type: 'string' }
    : quantity === undefined && MONEY.test(last)
      ? moneySchema(nouns)
      : quantity === undefined
        ? { type: 'number', minimum: 0.5, maximum: 5000 }
        : fieldSchemaFor(quantity)['type'] === 'number'
          ? fieldSchemaFor(quantity)
          : { type: 'number', minimum: 0.5, maximum: 5000 };
}

/** The unit of a computed number, from the last noun that has one. */
function computedUnit(nouns: string[]): string | undefined {
  // energy a plant or farm puts out is counted in kWh, a body's energy in joules
  const produced = nouns.includes('energy') && nouns.some((word) => /^(output|production|generation|yield|consumption|usage)$/.test(word));
  if (produced) return 'kWh';
  // a genotype's, an allele's or a word's frequency is a share of a population or a text, not hertz
  if (nouns.some((word) => /^(genotypes?|alleles?|genes?|variants?|mutations?|phenotypes?|words?|letters?|terms?)$/.test(word)))
    return undefined;
  return [...nouns]
    .reverse()
    .map((word) => UNITS_BY_WORD.find(([pattern]) => pattern.test(word))?.[1])
    .find((found) => found !== undefined);
}

/** Words naming an amount of money: a computed one is in dollars, never a bare 0.5–5000. */
const MONEY = /^(price|cost|value|worth|valuation|revenue|income|salary|budget|amount|payment|fee|tax|balance|profit|sales)$/;

/** A computed amount of money: a property's value runs to hundreds of thousands, other amounts to tens of thousands. */
function moneySchema(nouns: string[]): Json {
  return nouns.some((word) => /^(property|properties|house|home|apartment|condo|villa|estate|building|land)$/.test(word))
    ? { type: 'number', minimum: 120_000, maximum: 2_500_000 }
    : { type: 'number', minimum: 20, maximum: 90_000 };
}

/** The words an acronym stands for in a description ("the return on assets (ROA)" → `return_on_assets`), or undefined. */
export function spelledAcronym(word: string, description: string): string | undefined {
  if (!/^[a-z]{2,6}$/.test(word)) return undefined;
  const before = new RegExp(`((?:[A-Za-z-]+\\s+){${word.length}})\\(${word}\\)`, 'i').exec(description)?.[1];
  const words = before?.trim().toLowerCase().split(/\s+/);
  if (words === undefined || words.map((part) => part[0]).join('') !== word) return undefined;
  return words.join('_');
}

function pick(properties: Record<string, Json>, keys: string[]): Record<string, Json> {
  return Object.fromEntries(keys.map((key) => [key, properties[key] as Json]));
}

/** An object schema whose fields are all required, except `optional` (inputs the caller may not have sent). */
function objectSchema(properties: Record<string, Json>, optional: string[] = []): Json {
  return { type: 'object', properties, required: Object.keys(properties).filter((key) => !optional.includes(key)) };
}
