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
import { computedThing, describedResult } from './described-result.js';
import { entityAction, entityIdArgument, entityType, nameWords, singular } from './entity-rules.js';
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
const FILLER = new Set([
  'by',
  'id',
  'ids',
  'details',
  'detail',
  'info',
  'information',
  'a',
  'an',
  'the',
  'for',
  'of',
  'in',
  'on',
  'to',
  'from',
  'and',
  'with',
  'get',
  'fetch',
  'retrieve',
  'find',
  'search',
  'lookup',
  'check',
  'show',
  'view',
  'list',
  'all',
  'api',
  'data',
]);
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
    (topic) => topic.nameOnly !== true && topic.genericWords !== true && described.some((word) => topic.words.test(word)),
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

/** Words of the tool's name and of its description's first sentence, lower-case. */
function actionText(words: string[], description: string): string {
  return `${words.join(' ')} ${(ownDescription(description).split(/(?<=[.!?])\s|\n/)[0] ?? '').toLowerCase()}`;
}

const score = { type: 'number', minimum: 0.05, maximum: 0.99 };
const timestamp = { type: 'string', format: 'date-time' };

/**
 * What a tool of no known topic returns, by what it does (its name, its description's first
 * sentence): a search returns hits with a score, a relation tool pairs subjects with related
 * entities, a commit or submit returns the new status, a status tool a status and times, a document
 * tool the document. `many` when the result is a list of such records; `undefined` when none fits.
 */
export function actionFields(
  words: string[],
  description: string,
  kind: ResultKind,
): { fields: Record<string, Json>; many?: boolean } | undefined {
  const text = actionText(words, description);
  const has = (pattern: RegExp): boolean => pattern.test(text);
  // a tool named for metrics or statistics returns them, not a name: counts of what its description counts
  if (words.some((word) => MEASURE_NOUN.test(word))) return { fields: measureFields(description) };
  if (has(/\b(session|sessions)\b/) && has(/\b(create|new|open|start)\b/))
    return {
      fields: {
        session_key: { type: 'string', pattern: '^[0-9a-f]{32}$' },
        status: { const: 'created' },
        lifetime_hours: { type: 'integer', minimum: 1, maximum: 48 },
      },
    };
  if (has(/\b(signature|signatures|signed)\b/))
    return {
      fields: {
        signature: { type: 'string' },
        algorithm: { type: 'string', enum: ['ecdsa-plain-SHA256', 'ecdsa-plain-SHA384'] },
        signed_at: timestamp,
      },
    };
  if (has(/\braw data\b|\braw\b/))
    return { fields: { raw: { type: 'string' }, format: { type: 'string', enum: ['base64'] }, created_at: timestamp } };
  if (
    has(/\b(related|relations?|associations?|associated|links?|neighbou?rs?|similar|interactions?|connections?)\b/) &&
    !has(/\b(by|for) (id|ids)\b/)
  ) {
    return {
      many: true,
      fields: {
        subject: { type: 'string' },
        related_name: { type: 'string' },
        related_type: { type: 'string' },
        relation_type: { type: 'string', enum: ['associated_with', 'interacts_with', 'part_of', 'similar_to'] },
        score,
      },
    };
  }
  if (has(/\b(search|best[ _]hit|hits?|autocomplete|suggest|suggestions?|closest|matches|lookup)\b/)) {
    return { many: true, fields: { name: { type: 'string' }, entity_type: { type: 'string' }, score } };
  }
  if (has(/\b(xml|zugferd|xrechnung|pdf|yaml|swagger|openapi|html|csv|document|docs|documentation)\b/)) {
    const format = has(/\b(xml|zugferd|xrechnung)\b/)
      ? 'application/xml'
      : has(/\b(yaml|swagger|openapi)\b/)
        ? 'application/yaml'
        : has(/\bpdf\b/)
          ? 'application/pdf'
          : has(/\bcsv\b/)
            ? 'text/csv'
            : 'text/html';
    return {
      fields: {
        content_type: { const: format },
        content: { type: 'string', contentMediaType: format },
        size_bytes: { type: 'integer', minimum: 100, maximum: 90_000 },
      },
    };
  }
  // a plot or a drawing is an image file, named after what it shows
  if (
    has(/^(plot|plots|draw|draws|render|renders|chart|graph|visuali[sz]e)\b/) ||
    has(/\b(generates?|creates?) an? (\w+ )?(image|picture|plot|chart)\b/)
  ) {
    const shown = words.filter(
      (word) => !/^(plot|plots|draw|draws|render|renders|chart|graph|visuali[sz]e|generate|create|image|picture|\d+)$/.test(word),
    );
    return {
      fields: {
        file_name: { const: `${shown.join('_') || 'figure'}.png` },
        format: { const: 'png' },
        width: { type: 'integer', enum: [800, 1024, 1200, 1600] },
        height: { type: 'integer', enum: [600, 768, 900] },
        created_at: timestamp,
      },
    };
  }
  if (has(/\b(best|optimal|cheapest|greenest|lowest|highest)\b/) && has(/\b(hours?|times?|slots?|days?|besthour)\b/)) {
    return { fields: { best_hour: timestamp, value: { type: 'number', minimum: 5, maximum: 95 } } };
  }
  if (has(/\b(commit|comit|submit|finali[sz]es?|finish(es|s)?|complete|confirm|approve|register|prepare|collect)\b/) || kind === 'create') {
    if (has(/\b(commit|comit|finali[sz]es?|finish(es|s)?|complete|confirm|approve)\b/))
      return {
        fields: {
          status: { type: 'string', enum: ['completed', 'finalized'] },
          item_count: { type: 'integer', minimum: 1, maximum: 12 },
          finalized_at: timestamp,
        },
      };
    if (has(/\b(prepare|collect)\b/))
      return {
        fields: {
          status: { type: 'string', enum: ['pending', 'open'] },
          item_count: { type: 'integer', minimum: 1, maximum: 12 },
          expires_at: timestamp,
        },
      };
    return { fields: { status: { type: 'string', enum: ['created', 'accepted'] }, created_at: timestamp } };
  }
  if (has(/\b(top|most|popular|trending|ranking)\b/)) {
    return { many: true, fields: { value: { type: 'string' }, count: { type: 'integer', minimum: 3, maximum: 5000 } } };
  }
  // the state of a service or database, not the "info" of a museum or a team
  if (
    has(/\b(status|health|ping|info|about|stats?|statistics)\b/) &&
    has(/\b(status|health|ping|service|server|database|db|api|system|uptime)\b/)
  ) {
    return {
      fields: {
        status: { type: 'string', enum: ['ok', 'operational'] },
        record_count: { type: 'integer', minimum: 1000, maximum: 5_000_000 },
        last_updated: timestamp,
      },
    };
  }
  if (has(/\b(uri|url|link)\b/))
    return { fields: { uri: { type: 'string', format: 'uri' }, title: { type: 'string' }, published_at: timestamp } };
  return undefined;
}

/** Words naming measures of something (`get_data_metrics`, `player_stats`), not a thing with a name. */
const MEASURE_NOUN = /^(metrics|stats|statistics|counts|totals|analytics|kpis?)$/;
/** Plurals a description uses for itself or its verbs, never a counted thing (`Returns the metrics about…`). */
const NOT_COUNTED =
  /^(metrics|stats|statistics|counts|totals|numbers|returns|gets|lists|shows|provides|gives|includes|contains|retrieves|fetches|details|results|data|others|things|items|values|this|thus|various|analytics|kpis|sources)$/;

/**
 * What a metrics or statistics tool measures: a count of each thing its description names in the
 * plural ("the number of associations and evidences, divided by datasource" → `association_count`,
 * `evidence_count`, `datasource_count`), else a record count; with the instant they were taken.
 */
function measureFields(description: string): Record<string, Json> {
  const said = nameWords(ownDescription(description));
  // what the counts are divided by (a data source, a region) is counted in tens, what they count in thousands
  const counted = new Map<string, Json>();
  const many = { type: 'integer', minimum: 120, maximum: 2_500_000 };
  const few = { type: 'integer', minimum: 3, maximum: 40 };
  said.forEach((word, index) => {
    const plural = /^[a-z]{3,}s$/.test(word) && !/(ss|us|is)$/.test(word) && !NOT_COUNTED.test(word);
    const divided = index > 0 && /^(by|per)$/.test(said[index - 1] as string) && /^[a-z]{4,}$/.test(word) && !NOT_COUNTED.test(word);
    if ((plural || divided) && counted.size < 5 && !counted.has(singular(word))) counted.set(singular(word), divided ? few : many);
  });
  if (counted.size === 0) counted.set('record', many);
  const fields: Record<string, Json> = {};
  // a run-together word is said apart (`datasource` → `data_source_count`, told "25 data sources")
  for (const [noun, count] of counted) fields[`${noun.replace(/^data(source|set|base|point)$/, 'data_$1')}_count`] = count;
  fields['measured_at'] = timestamp;
  return fields;
}

function fieldSchemaFor(word: string): Json {
  if (/^(rate|ratio|probability|percentage|percent|likelihood|chance)$/.test(word)) return { type: 'number', minimum: 0.01, maximum: 0.99 };
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

  // a search's terms and a page's size or start steer a read or a list: no field of the records it returns
  const reads = kind !== 'create' && kind !== 'update' && kind !== 'send' && kind !== 'compute';
  const inputFields = Object.keys(inputProperties).filter(
    (key) =>
      isFilterArgument(key) &&
      key !== idArgument &&
      !(reads && (QUERY.test(key) || pagingArgument(key, inputProperties[key]))) &&
      !isRequestDocument(key, inputProperties[key]),
  );
  const fields: Record<string, Json> = {};
  if (kind === 'list' || kind === 'create' || kind === 'update' || ((kind === 'read' || kind === 'other') && idArgument !== undefined)) {
    const idSchema = idArgument === undefined ? undefined : inputProperties[idArgument];
    fields['id'] = idSchema !== undefined && typeof idSchema['type'] === 'string' ? { type: idSchema['type'] } : { type: 'string' };
  }
  // what the description lists ("such as opening hours and ticket prices") where no topic or sense fits
  const described =
    topic === undefined && sense === undefined && kind !== 'delete' && kind !== 'compute' && kind !== 'send'
      ? describedFields(description, inputProperties)
      : {};
  // people are named as people (`get_monarchs` → full names), several when the noun is plural
  const people =
    topic === undefined && sense === undefined && kind !== 'delete' && kind !== 'compute' && kind !== 'send'
      ? peopleFields(withoutModifiers(subjectWords(words)), inputProperties)
      : undefined;
  const own = sense ?? (Object.keys(described).length > 0 || people !== undefined ? { ...people?.fields, ...described } : undefined);
  const noun = topic === undefined && own === undefined ? nounFields(words, inputProperties) : undefined;
  // a record of no topic whose noun says nothing typed (only a name): what the description says it
  // returns ("Retrieve the creator of a sculpture"), else shaped by what the tool does
  const untyped = noun !== undefined && 'name' in noun && kind !== 'delete' && kind !== 'compute' && kind !== 'send';
  const told = untyped ? describedResult(description, inputProperties) : undefined;
  const action = untyped ? (told ?? actionFields(words, description, kind)) : undefined;
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
  const record = objectSchema(fields, bareName ? ['name'] : []);

  const compute =
    kind === 'compute'
      ? computeSchema(words, entity, inputProperties, inputFields, describedQuantity(description), description)
      : undefined;
  // a find of one thing the description names (`the creator of a sculpture`) reads it, no list of them
  const shape = told !== undefined && told.many !== true && kind === 'list' ? 'read' : kind;
  const schema = ((): Json => {
    switch (shape) {
      case 'list':
        return objectSchema({ items: { type: 'array', items: record, minItems: 0 }, total: { type: 'integer', minimum: 0 } });
      case 'delete':
        return words.some((word) => /^(cancel|cancellation)$/.test(word))
          ? objectSchema({ id: { type: 'string' }, status: { const: 'cancelled' }, cancelled_at: { type: 'string', format: 'date-time' } })
          : words.includes('close')
            ? objectSchema({ id: { type: 'string' }, status: { const: 'closed' }, closed_at: { type: 'string', format: 'date-time' } })
            : objectSchema({ deleted: { const: true }, id: { type: 'string' } });
      case 'compute':
        return (compute as { schema: Json }).schema;
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
        return (topic?.many === true || action?.many === true || people?.many === true) && idArgument === undefined
          ? objectSchema({
              items: { type: 'array', items: record, minItems: 2, maxItems: 5 },
              total: { type: 'integer', minimum: 2, maximum: 5 },
            })
          : record;
    }
  })();
  return {
    ...(compute ? { resultField: compute.field } : {}),
    kind:
      shape === 'read' && kind === 'list'
        ? 'read'
        : (topic?.many === true || action?.many === true || people?.many === true) &&
            idArgument === undefined &&
            kind !== 'create' &&
            kind !== 'delete' &&
            kind !== 'update' &&
            kind !== 'send'
          ? 'list'
          : kind,
    record,
    schema,
    inputFields,
    words,
    ...(topic ? { topic: topic.name } : {}),
  };
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
  const field = named in inputProperties ? `${named}_result` : named;
  // a winner is a person, a sentiment a label with its confidence: no number, whatever the tool's verb
  const thing = computedThing(named.split('_'));
  if (thing !== undefined) {
    const fields = Object.fromEntries(Object.entries(thing).filter(([key]) => !(key in inputProperties)));
    const first = Object.keys(fields)[0];
    if (first !== undefined)
      return { schema: objectSchema({ ...pick(inputProperties, inputFields), ...fields }, inputFields), field: first };
  }
  // a time zone is a zone's name (`Europe/Berlin`), not a number
  const valueSchema = /^(zone|timezone|tz)$/.test(last)
    ? { type: 'string' }
    : quantity === undefined && MONEY.test(last)
      ? moneySchema(nouns)
      : quantity === undefined
        ? { type: 'number', minimum: 0.5, maximum: 5000 }
        : fieldSchemaFor(quantity)['type'] === 'number'
          ? fieldSchemaFor(quantity)
          : { type: 'number', minimum: 0.5, maximum: 5000 };
  // energy a plant or farm puts out is counted in kWh, a body's energy in joules
  const produced = nouns.includes('energy') && nouns.some((word) => /^(output|production|generation|yield|consumption|usage)$/.test(word));
  const unit =
    quantity === undefined && valueSchema['type'] === 'number'
      ? produced
        ? 'kWh'
        : [...nouns]
            .reverse()
            .map((word) => UNITS_BY_WORD.find(([pattern]) => pattern.test(word))?.[1])
            .find((found) => found !== undefined)
      : undefined;
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
