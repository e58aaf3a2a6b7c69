/** A call and its result as the offline assistant reads them: the payload, the entity, the verb, the noun. */
import { toolEntity, type EntityAction } from '@inftool/sim-server';
import { doPhrase } from './action-phrase.js';
import { englishWord, humanKey, sayableKey } from './result-facts.js';
import { type MeasureSystem } from './fact-measures.js';
import { ID, NOISE } from './record-names.js';
import { isRecord } from './result-record.js';

/** One call as the assistant reports it: the tool, its arguments and what came back. */
export interface CallOutcome {
  tool: string;
  /** What the tool is for (its description), when known. */
  description?: string;
  arguments: Record<string, unknown>;
  result: string;
  isError: boolean;
  /** What the user asked, in their words: the fields it names are said first. */
  request?: string;
  /** The measurement system the tool uses when the call left its `units` parameter out (the schema's default). */
  system?: MeasureSystem;
}

export function parse(result: string): unknown {
  try {
    return resource(JSON.parse(result));
  } catch {
    return undefined;
  }
}

/** The keys of a JSON:API resource object besides its `attributes`. */
const RESOURCE_KEYS = /^(id|type|attributes|relationships|links|meta)$/;

/**
 * A JSON:API resource (`{"id", "type", "attributes": {…}, "relationships", "links"}`) as the record
 * it stands for: its id with its attributes; links and relationships to other records left out. At any depth.
 */
function resource(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resource);
  if (!isRecord(value)) return value;
  const attributes = value['attributes'];
  if (isRecord(attributes) && Object.keys(value).every((key) => RESOURCE_KEYS.test(key)))
    return { ...(value['id'] !== undefined ? { id: value['id'] } : {}), ...attributes };
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resource(inner)]));
}

/** List keys that are no noun for what the list holds (`latest`, `is`, `results`): the tool's entity names them instead. */
export const readsAsNoun = (words: string) =>
  /^[a-z][a-z ]{2,}$/.test(words) &&
  !/^(is|are|has|latest|recent|new|top|all|results?|items?|data|list|entries|records?|rows?|values?|hits|matches|content|response|payload|objects?)$/.test(
    words,
  );

/** `faxes` → `fax`, `entries` → `entry`. */
export const singularOf = (word: string) =>
  /(^| )media$/.test(word)
    ? `${word} item`
    : word
        .replace(/children$/, 'child')
        .replace(/ies$/, 'y')
        .replace(/(ch|sh|x|ss)es$/, '$1')
        .replace(/([^s])s$/, '$1');

/** Mass nouns: never counted themselves ("2 data", "2 qualities"); a count of them counts their records. */
const MASS =
  /(^| )(data|info|information|metadata|history|quality|weather|feedback|advice|software|analytics|evidence|research|knowledge|equipment|furniture|traffic)$/;

/** A count's noun: "2 orders", "1 order"; a mass noun counts its records ("2 records", "3 order history records"). */
export const plural = (word: string, count: number): string => {
  const records = count === 1 ? 'record' : 'records';
  if (/(^| )(media|news)$/.test(word)) return `${word} ${count === 1 ? 'item' : 'items'}`;
  if (/(^| )(data|info|information|metadata)$/.test(word)) return word.replace(/(^| )\w+$/, `$1${records}`);
  if (MASS.test(word)) return `${word} ${records}`;
  if (/(children|people|men|series|staff)$/.test(word)) return word;
  if (count === 1) return singularOf(word);
  if (word.endsWith('y') && !/[aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return word.endsWith('s') ? word : `${word}s`;
};

/** Nouns a tool name holds that say when or how, not what came back (`get_spots_month`, `quick_search`, `get_association_filter`). */
export const NO_THING =
  /^(second|minute|hour|day|week|month|year|today|tomorrow|yesterday|daily|weekly|monthly|yearly|annual|latest|current|recent|new|now|quick|search|lookup|autocomplete|query|info|information|data|result|detail|dispatch|besthour|prediction|bulk|batch|one|all|single|by|relation|metering|filter|match|sort|page)s?$/;

/** The tool's noun when it names the thing that came back: English words, and no time or action word. */
export function thingNoun(noun: string): string | undefined {
  const said = sayableKey(noun);
  if (said === undefined || !readsAsNoun(said) || said.split(' ').some((word) => NO_THING.test(word))) return undefined;
  return argumentWords(said);
}

/** An argument's name as a user reads it: `drug_id` → "drug ID". */
export function argumentWords(name: string): string {
  return humanKey(name).replace(/\b(id|sid|uuid|url|uri|api)\b/g, (word) => word.toUpperCase());
}

/** One side of an "x vs y" choice said as chosen over the other ("thinking vs feeling" = feeling → "feeling over thinking"). */
function sideChosen(words: string, text: string): string | undefined {
  const sides = /^(.+?) (?:vs|versus) (.+)$/i.exec(words);
  if (sides === null) return undefined;
  const chosen = [sides[1], sides[2]].findIndex((side) => side?.toLowerCase() === text.toLowerCase());
  return chosen < 0 ? undefined : `${text} over ${(chosen === 0 ? sides[2] : sides[1]) as string}`;
}

/** An argument said with its value ("drug ID X"); one side of an "x vs y" choice as that side over the other. */
export function namedArgument(words: string, text: string): string {
  return sideChosen(words, text) ?? `${words} ${text}`;
}

/** What the call did, as a verb phrase ("fetch a specific fax", "handle enrichment analysis"). */
export function phrase(outcome: CallOutcome): string {
  return doPhrase(outcome.tool, outcome.description);
}

const FILLER = new Set(['one', 'all', 'item', 'list', 'detail', 'details', 'info', 'by', 'id', 'key', 'single', 'specific', 'uri', 'url']);

/** Tool words that spell a thing out (`envvar` → "environment variable"). */
const THING_WORDS: Record<string, string> = { envvar: 'environment variable', envvars: 'environment variable' };

/** The thing a tool's closing `name` belongs to, when the word before it names one (`…_envvar_name` → environment variable). */
function ownerOfField(tool: string): string | undefined {
  const words = humanKey(plainToolName(tool)).split(' ');
  return words.at(-1) === 'name' ? THING_WORDS[words.at(-2) ?? ''] : undefined;
}

/** What the call acts on and how: `ministries_get_one` → ministry, read. */
export function action(outcome: CallOutcome): { entity: string; action: EntityAction } {
  const named = toolEntity({
    name: plainToolName(outcome.tool),
    ...(outcome.description ? { description: outcome.description } : {}),
    inputSchema: { type: 'object' },
  });
  // A name the rules could not split (`get_post`) still starts with its verb.
  const found = {
    ...named,
    entity: named.entity
      .replace(/^(get|fetch|list|search|find|read|retrieve|show|create|add|update|delete|remove)[_ -]+(?=\w)/i, '')
      // a verb closing the name (`book_find`) is no part of its noun: never "one book find"
      .replace(/(?<=\w)[_ -]+(find|search|lookup|get|fetch|list|query|retrieve)$/i, ''),
  };
  // A tool that runs an analysis on its noun (`post_enrichment_target`: "Enrichment analysis. …") returns the analysis, not a target.
  const analysis = /^\s*([a-z]+) (analysis|report|summary)\b/i.exec(outcome.description ?? '');
  const kind = analysis?.[1]?.toLowerCase();
  if (analysis !== null && kind !== undefined && kind !== found.entity && humanKey(outcome.tool).split(' ').includes(kind))
    return { entity: `${kind}_${(analysis[2] as string).toLowerCase()}`, action: found.action };
  // `status` is stemmed to `statu` by the entity rules.
  if (found.entity.endsWith('u') && humanKey(outcome.tool).includes(`${found.entity}s`))
    return { entity: `${found.entity}s`, action: found.action };
  // A field closing the name (`…_envvar_name`) is no thing: the deleted record is the environment variable, never "name X".
  const owner = found.entity === 'name' ? ownerOfField(outcome.tool) : undefined;
  if (owner !== undefined) return { entity: owner, action: found.action };
  if (!FILLER.has(found.entity)) return found;
  const words = humanKey(outcome.tool)
    .split(' ')
    .filter((word) => !FILLER.has(word) && !/^(get|fetch|list|search|find|by|create|delete|update|read|retrieve|show)$/.test(word));
  const noun = words[0] ?? 'record';
  return {
    entity: noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun,
    action: found.action,
  };
}

/** Verbs a tool name may end with as a participle (`requisition_created`), by their participle. */
const PARTICIPLE_VERBS: Record<string, string> = {
  created: 'create',
  updated: 'update',
  deleted: 'delete',
  added: 'add',
  removed: 'remove',
  fetched: 'get',
  listed: 'list',
};

/**
 * A tool name as its verb and noun: a version closing it goes (`retrieve_account_transactions_v2_2` →
 * `retrieve_account_transactions`, never the entity "2"), a participle closing it comes first as its verb
 * (`requisition_created` → `create_requisition`, never the entity "created").
 */
export function plainToolName(name: string): string {
  const bare = name.replace(/(?:[_-]v?\d+)+$/i, '').replace(/(?<=[a-z])V\d+$/, '') || name;
  const participle = /^(.+?)[_-](created|updated|deleted|added|removed|fetched|listed)$/i.exec(bare);
  return participle ? `${PARTICIPLE_VERBS[(participle[2] as string).toLowerCase()] as string}_${participle[1] as string}` : bare;
}

/** The id the call was about: `id`/`sid`/`key` first, then any `*_id` among its arguments. */
export function subjectId(outcome: CallOutcome): string | undefined {
  const key = subjectIdKey(outcome);
  return key === undefined ? undefined : String(outcome.arguments[key]);
}

/** The argument that holds the record's id (`id`, `place_id`, `messageid`), when the call sent one. */
export function subjectIdKey(outcome: CallOutcome): string | undefined {
  const usable = Object.keys(outcome.arguments).filter(
    (name) => typeof outcome.arguments[name] === 'string' || typeof outcome.arguments[name] === 'number',
  );
  // A glued id (`messageid`, `batchid`) is one too: a noun and `id` in one lower-case word.
  const glued = (name: string) => /^([a-z]{3,})(id|sid|uuid|guid)$/.exec(name)?.[1];
  const key =
    usable.find((name) => /^(id|sid|uuid|guid|key)$/i.test(name)) ??
    usable.find((name) => ID.test(name)) ??
    usable.find((name) => englishWord(glued(name) ?? '') !== undefined);
  return key;
}

/** Keys around a payload that are only the envelope: `{"data": {…}, "status": 200, "type": "collection"}`. */
export const ENVELOPE =
  /^(status|status_?code|code|type|kind|object|message|msg|success|ok|meta|links|page|per_?page|total|count|next|previous|request_?id|api_?version)$/i;
export const PAYLOAD = /^(data|result|results|payload|response|body|items|records)$/i;
/** Keys naming figures about the caller's records, not one record (`{"stats": {"received_count": 50}}`): the figures are the payload. */
const AGGREGATE = /^(stats|statistics|summary|totals|counts|metrics|overview|usage)$/i;

/** The payload inside an envelope, when the result has one. */
export function unwrap(value: unknown, entity?: string): unknown {
  if (!isRecord(value)) return value;
  // The record named by the tool's noun (`{"podcast": {…}, "status": "found"}` from `submit_podcast`) is a payload too.
  const noun = entity !== undefined ? humanKey(entity).replace(/s$/, '') : undefined;
  const payload = Object.keys(value).find(
    (key) =>
      (PAYLOAD.test(key) && (isRecord(value[key]) || Array.isArray(value[key]))) ||
      (AGGREGATE.test(key) && isRecord(value[key])) ||
      (noun !== undefined && noun !== '' && humanKey(key) === noun && isRecord(value[key])),
  );
  if (payload === undefined || !Object.keys(value).every((key) => key === payload || ENVELOPE.test(key) || NOISE.test(key))) return value;
  return unwrap(value[payload], entity);
}

/** An argument value short enough to name a call by ("Europe", "2025-05-14"). */
export const nameable = (value: unknown) =>
  (typeof value === 'string' && value.length <= 40 && !/[{}[\]"]/.test(value)) || typeof value === 'number' || typeof value === 'boolean';
