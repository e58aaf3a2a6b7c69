import { toolEntity, type EntityAction } from '@inftool/sim-server';
import { doPhrase } from './action-phrase.js';
import { ID, type Json, NOISE, capital, factSentence, facts, formatValue, humanKey, isRecord, labelOf, listing, nameLike, nameOf, pick, sayableKey } from './result-facts.js';

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
}


function parse(result: string): unknown {
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
  if (isRecord(attributes) && Object.keys(value).every((key) => RESOURCE_KEYS.test(key))) return { ...(value['id'] !== undefined ? { id: value['id'] } : {}), ...attributes };
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resource(inner)]));
}

/** The first list in a result (or the result itself when it is one). */
function listIn(value: unknown): { key?: string; items: unknown[] } | undefined {
  if (Array.isArray(value)) return { items: value };
  if (!isRecord(value)) return undefined;
  const entry = Object.entries(value).find(([key, field]) => Array.isArray(field) && !NOISE.test(key));
  return entry ? { key: entry[0], items: entry[1] as unknown[] } : undefined;
}

/** List keys that are no noun for what the list holds (`latest`, `is`, `results`): the tool's entity names them instead. */
const readsAsNoun = (words: string) => /^[a-z][a-z ]{2,}$/.test(words) && !/^(is|are|has|latest|recent|new|top|all|results?|items?|data|list|entries|records?|rows?|values?|hits|matches|content|response|payload|objects?)$/.test(words);

/** `faxes` → `fax`, `entries` → `entry`. */
const singularOf = (word: string) => /(^| )media$/.test(word) ? `${word} item` : word.replace(/children$/, 'child').replace(/ies$/, 'y').replace(/(ch|sh|x|ss)es$/, '$1').replace(/([^s])s$/, '$1');

const plural = (word: string, count: number) =>
  /(^| )media$/.test(word)
    ? `${word} ${count === 1 ? 'item' : 'items'}`
    : /(children|people|men)$/.test(word)
    ? word
    : count === 1
    ? singularOf(word)
    : (/(data|media|info|information|news|series|staff|equipment)$/.test(word) ? word : word.endsWith('y') && !/[aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`);

/** Nouns a tool name holds that say when or how, not what came back (`get_spots_month`, `quick_search`). */
const NO_THING = /^(second|minute|hour|day|week|month|year|today|tomorrow|yesterday|daily|weekly|monthly|yearly|annual|latest|current|recent|new|now|quick|search|lookup|autocomplete|query|info|information|data|result|detail|dispatch|besthour|prediction|bulk|batch|one|all|single|by|relation|metering)s?$/;

/** The tool's noun when it names the thing that came back: English words, and no time or action word. */
function thingNoun(noun: string): string | undefined {
  const said = sayableKey(noun);
  if (said === undefined || !readsAsNoun(said) || said.split(' ').some((word) => NO_THING.test(word))) return undefined;
  return argumentWords(said);
}

/** The plural noun the user asked for ("list all APIs for provider …" → "APIs"), when the tool is about it too. */
function requestedNoun(request: string | undefined, outcome: CallOutcome): string | undefined {
  if (request === undefined) return undefined;
  const about = `${humanKey(outcome.tool)} ${outcome.description ?? ''}`.toLowerCase();
  for (const match of request.matchAll(/\b(?:all|list|the|any|which|what|many|every|some|those|these|my|your|of)\s+(?:the\s+)?(?:(?:latest|recent|new|newest|top|first|last|available|related|current)\s+)?([A-Za-z]{3,}s)(?=\s+(?:for|of|in|on|from|with|by|that|which|to|and|about|under)\b|\s*[?.!,]|\s*$)/g)) {
    const word = match[1] as string;
    if (/(ss|us|is|ous)$/.test(word) || sayableKey(word) === undefined || NO_THING.test(word.toLowerCase())) continue;
    const stem = word.toLowerCase().replace(/(ies|es|s)$/, '').slice(0, 6);
    if (about.includes(stem)) return /^[A-Z]+s$/.test(word) ? word : word.toLowerCase();
  }
  return undefined;
}

/** A request that asks to see something ("show me the meter reading"), not to make it. */
const READS = /^\W*(?:\w+[,!]?\s+){0,6}?(?:show|get|look|pull|list|find|fetch|check|see|tell|give|retrieve|search|display|read|view|what|which|how)\b/i;
const MAKES = /\b(create|add|make|submit|send|register|book|upload|generate|post|new|commit|prepare|start|place|issue|open)\b/i;

/** Tools that read by POST: a search, a lookup, a batch query, an analysis, a metered reading. */
const LOOKS_UP = /\b(find|finds|search|searches|query|queries|lookup|look up|filter|filters|get|gets|retrieve|retrieves|fetch|return|returns|analysis|analyse|analyze|enrichment|match|matches|hit|reading|readings|batch|list|lists|check|validate|verify|calculate|compute|estimate|predict)\b/i;
const firstSentence = (text?: string) => (text ?? '').split(/(?<=[.!?])\s/)[0] ?? '';

/** The argument a service refused, from its error text (`rejected drug_id = "x"`, `$.Sid: is required`). */
export function refusedArgument(outcome: CallOutcome): { name: string; value?: string } | undefined {
  const text = outcome.result;
  const rejected = /rejected ([\w.$-]+) = "([^"]*)"/.exec(text);
  if (rejected) return { name: rejected[1] as string, value: rejected[2] as string };
  const invalid = /\$\.([\w-]+)(?:\.[\w.-]+)?: /.exec(text);
  return invalid ? { name: invalid[1] as string } : undefined;
}

/** An argument's name as a user reads it: `drug_id` → "drug ID". */
export function argumentWords(name: string): string {
  return humanKey(name).replace(/\b(id|sid|uuid|url|uri|api)\b/g, (word) => word.toUpperCase());
}

/** An HTTP status in plain words. */
const STATUS_WORDS: Record<string, string> = {
  '400': 'it said the request was malformed',
  '401': 'it needs credentials I do not have',
  '403': 'it refused access',
  '404': 'it found nothing there',
  '409': 'it reported a conflict with the current state',
  '422': 'it rejected the request as invalid',
  '429': 'it is rate-limiting requests (429)',
  '500': 'it had an internal error (500)',
  '502': 'its upstream service failed (502)',
  '503': 'it is unavailable right now (503)',
  '504': 'it timed out (504)',
};

/**
 * An error result said plainly, as an assistant tells a user: what could not be done and why, in
 * words (the refused value named, the status explained), never the server's raw text or JSON.
 */
export function describeError(outcome: CallOutcome): string {
  const could = `I could not ${phrase(outcome)}`;
  const text = outcome.result.replace(/^Error:\s*/, '').trim();
  const refused = refusedArgument(outcome);
  if (refused?.value !== undefined) {
    const what = `the ${argumentWords(refused.name)} '${refused.value}'`;
    return pick([`The service rejected ${what} as invalid, so ${could}.`, `${capital(could)}: the service did not accept ${what}.`, `${capital(what)} was refused by the service as invalid, so ${could}.`, `The service said ${what} is not valid, so ${could}.`], outcome.result + outcome.tool);
  }
  if (refused && /is required/.test(text)) return `${could}: the service needs the ${argumentWords(refused.name)}.`;
  if (refused && /pattern|format/.test(text)) return `${could}: the ${argumentWords(refused.name)} is not in the form the service expects.`;
  if (refused) return `${could}: the service did not accept the ${argumentWords(refused.name)}.`;
  const missing = /^404[^:]*:\s*(.+?) "([^"]*)" does not exist( \(it was deleted\))?/.exec(text);
  if (missing) return `${could}: there is no ${missing[1]} '${missing[2]}'${missing[3] ? ' any more, it was deleted' : ''}.`;
  const status = /^(?:HTTP\/[\d.]+\s+)?([45]\d\d)\b/.exec(text)?.[1];
  if (status !== undefined) return `${could}: ${STATUS_WORDS[status] ?? `the service answered with status ${status}`}.`.replace(/: it /, ': the service ').replace(/: its /, ': the service’s ');
  const body = parse(outcome.result);
  if (isRecord(body)) {
    const code = body['status'] ?? body['statusCode'] ?? body['status_code'] ?? body['code'];
    const message = [body['error'], body['message'], body['detail']].find((value): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= 120 && !/["{}[\]]/.test(value));
    if (typeof code === 'number' && STATUS_WORDS[String(code)]) return `${could}: ${STATUS_WORDS[String(code)]}${message ? ` (${message.replace(/[.]+$/, '')})` : ''}.`.replace(/: it /, ': the service ').replace(/: its /, ': the service’s ');
    if (message) return `${could}: the service reported an error, ${message.replace(/[.]+$/, '')}.`;
    return `${could}: the service reported an error${typeof code === 'number' || typeof code === 'string' ? ` (status ${String(code)})` : ''}.`;
  }
  const line = (text.split('\n')[0] ?? '').replace(/"/g, "'").replace(/[{}[\]]/g, '');
  const reason = line.length > 160 ? `${line.slice(0, line.lastIndexOf(' ', 160))}` : line;
  return `${could}: the service said ${reason.replace(/[.:;,]+$/, '')}.`;
}

/** What the call did, as a verb phrase ("fetch a specific fax", "handle enrichment analysis"). */
function phrase(outcome: CallOutcome): string {
  return doPhrase(outcome.tool, outcome.description);
}

const FILLER = new Set(['one', 'all', 'item', 'list', 'detail', 'details', 'info', 'by', 'id', 'key', 'single', 'specific', 'uri', 'url']);

/** What the call acts on and how: `ministries_get_one` → ministry, read. */
function action(outcome: CallOutcome): { entity: string; action: EntityAction } {
  const named = toolEntity({ name: outcome.tool, ...(outcome.description ? { description: outcome.description } : {}), inputSchema: { type: 'object' } });
  // A name the rules could not split (`get_post`) still starts with its verb.
  const found = { ...named, entity: named.entity.replace(/^(get|fetch|list|search|find|read|retrieve|show|create|add|update|delete|remove)[_ -]+(?=\w)/i, '') };
  // `status` is stemmed to `statu` by the entity rules.
  if (found.entity.endsWith('u') && humanKey(outcome.tool).includes(`${found.entity}s`)) return { entity: `${found.entity}s`, action: found.action };
  if (!FILLER.has(found.entity)) return found;
  const words = humanKey(outcome.tool).split(' ').filter((word) => !FILLER.has(word) && !/^(get|fetch|list|search|find|by|create|delete|update|read|retrieve|show)$/.test(word));
  const noun = words[0] ?? 'record';
  return { entity: noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun, action: found.action };
}

/** The id the call was about: `id`/`sid`/`key` first, then any `*_id` among its arguments. */
function subjectId(outcome: CallOutcome): string | undefined {
  const usable = Object.keys(outcome.arguments).filter((name) => typeof outcome.arguments[name] === 'string' || typeof outcome.arguments[name] === 'number');
  const key = usable.find((name) => /^(id|sid|uuid|guid|key)$/i.test(name)) ?? usable.find((name) => ID.test(name));
  return key === undefined ? undefined : String(outcome.arguments[key]);
}

/** Keys around a payload that are only the envelope: `{"data": {…}, "status": 200, "type": "collection"}`. */
const ENVELOPE = /^(status|status_?code|code|type|kind|object|message|msg|success|ok|meta|links|page|per_?page|total|count|next|previous|request_?id|api_?version)$/i;
const PAYLOAD = /^(data|result|results|payload|response|body|items|records)$/i;

/** The payload inside an envelope, when the result has one. */
function unwrap(value: unknown, entity?: string): unknown {
  if (!isRecord(value)) return value;
  // The record named by the tool's noun (`{"podcast": {…}, "status": "found"}` from `submit_podcast`) is a payload too.
  const noun = entity !== undefined ? humanKey(entity).replace(/s$/, '') : undefined;
  const payload = Object.keys(value).find((key) => (PAYLOAD.test(key) && (isRecord(value[key]) || Array.isArray(value[key]))) || (noun !== undefined && noun !== '' && humanKey(key) === noun && isRecord(value[key])));
  if (payload === undefined || !Object.keys(value).every((key) => key === payload || ENVELOPE.test(key) || NOISE.test(key))) return value;
  return unwrap(value[payload], entity);
}

/** A record whose every field is itself a record (`{"primary": {…}, "secondary": {…}}`, entries keyed by date): its entries. */
function entriesOf(value: unknown): Array<{ key: string; record: Json }> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([, field]) => isRecord(field))) return undefined;
  return entries.map(([key, record]) => ({ key, record: record as Json }));
}

/** Map keys that name their entry (not `primary`, `0`, or a long date string). */
const namingKey = (key: string) => key.length <= 40 && !/^(primary|secondary|tertiary|default|\d+|item\d*)$/i.test(key) && !/\d{4}/.test(key);

/** A small stable hash, to vary the wording by the result and not by chance. */

/** How many were found, worded several ways ("There are 3 faxes", "The service returned one fax"). */
function countOpening(count: number, what: string, seed: string): string {
  const number = count === 1 ? 'one' : String(count);
  return pick(
    [
      `I found ${number} ${what}`,
      `There ${count === 1 ? 'is' : 'are'} ${number} ${what}`,
      `The service returned ${number} ${what}`,
      count === 1 ? `Just one ${what} came back` : `Here are the ${number} ${what}`,
      `${capital(number)} ${what} ${count === 1 ? 'matches' : 'match'}`,
      `You have ${number} ${what}`,
      `I see ${number} ${what}`,
      `I got back ${number} ${what}`,
      `The lookup turned up ${number} ${what}`,
      `${count === 1 ? 'There is exactly' : 'In all there are'} ${number} ${what}`,
    ],
    seed,
  );
}

/** A short value that tells records apart ("related name psoriasis", "kind personal"), or undefined. */
function telling(record: Json, key: string): string | undefined {
  const value = record[key];
  const text = typeof value === 'string' || typeof value === 'number' ? formatValue(value) : undefined;
  const said = sayableKey(key);
  return text === undefined || said === undefined || text.length > 40 || ID.test(key) || NOISE.test(key) ? undefined : `${said} ${text}`;
}

/**
 * What each listed item is called: its name, a name-like field (`approved_symbol`, a document's
 * headline), a naming map key, else its own id; a score goes with a name that is not a `name`
 * ("asthma (score 0.72)"), and items that share a label get the field that tells them apart.
 */
function itemLabels(items: unknown[], entity: string, keys?: string[]): { names: Array<string | undefined>; scoreKey?: string } {
  // The field said beside each name (a score, a status): the facts of the first leave it out.
  let scoreKey: string | undefined;
  const labels = items.map((item, index) => (isRecord(item) ? labelOf(item, entity) ?? (keys?.[index] !== undefined && namingKey(keys[index] as string) ? keys[index] : undefined) : formatValue(item)));
  const scored = items.map((item, index) => {
    const label = labels[index];
    // An item known only by its id says what it is beside it: "FX1 (status delivered)", "ME1 (content type image/png)".
    if (isRecord(item) && label !== undefined && nameOf(item) === undefined && items.length <= 5) {
      const key = Object.keys(item).find((field) => /(status|state|type|kind|format|category)$/i.test(field) && telling(item, field) !== undefined) ?? Object.keys(item).find((field) => /(date|time|_at|At|on)$/.test(field) && !NOISE.test(field) && !/update|modif/i.test(field) && telling(item, field) !== undefined);
      if (key !== undefined) scoreKey ??= key;
      return key !== undefined ? `${label} (${telling(item, key) as string})` : label;
    }
    if (!isRecord(item) || label === undefined || nameLike(item) === undefined || labelOf(item, entity) !== nameLike(item)?.text) return label;
    const score = Object.keys(item).find((key) => /(^|_)(score|relevance|rank)$|Score$/.test(key) && typeof item[key] === 'number');
    scoreKey ??= score;
    return score !== undefined ? `${label} (${humanKey(score)} ${formatValue(item[score]) as string})` : label;
  });
  const names = scored.map((label, index) => {
    const item = items[index];
    const twins = scored.map((other, at) => (other === label ? at : -1)).filter((at) => at >= 0);
    if (label === undefined || twins.length < 2 || !isRecord(item)) return label;
    const others = twins.map((at) => items[at]).filter(isRecord);
    // The field whose value differs among the twins, a name-like field first.
    const fields = Object.keys(item).sort((a, b) => Number(/name|title|headline|symbol|subject/i.test(b)) - Number(/name|title|headline|symbol|subject/i.test(a)));
    const key = fields.find((field) => telling(item, field) !== undefined && new Set(others.map((other) => JSON.stringify(other[field]))).size === others.length);
    if (key !== undefined) return `${label.replace(/ \(.*\)$/, '')} (${telling(item, key) as string})`;
    // Else their own ids tell them apart: "“Adopting a State Scorpion” (bil_1)".
    const own = fields.find((field) => /^(id|sid|uuid|guid|key)$/i.test(field) && typeof item[field] === 'string' && (item[field] as string).length <= 40 && new Set(others.map((other) => other[field])).size === others.length);
    return own !== undefined ? `${label.replace(/ \(.*\)$/, '')} (${item[own] as string})` : label;
  });
  return { names, ...(scoreKey !== undefined ? { scoreKey } : {}) };
}

/** A name that opens a sentence only when it is a name, not an id (`key-4620` stays lower-case behind "The first,"). */
const isName = (label: string) => /^[A-Z“]/.test(label) && !/^[A-Z]{2}[0-9a-f]{8,}$/i.test(label);

/**
 * A list or map of records in prose: how many, all of them by name when they are few (five or
 * fewer), the first three when they are many, and the salient values of the first (or only) one.
 */
function describeMany(items: unknown[], what: string, singular: string, entity: string, seed: string, keys?: string[], request?: string): string {
  if (items.length === 0) return pick([`I found no ${what} for that request.`, `There are no ${what} for that request.`, `The service returned no ${what} for that request.`], seed);
  const records = items.filter(isRecord);
  const { names, scoreKey } = itemLabels(items, entity, keys);
  const named = names.every((name): name is string => name !== undefined);
  const head = countOpening(items.length, items.length === 1 ? singular : what, seed);
  const firstRecord = records[0];
  // The first is named without its score or telling field: the facts say those.
  const first = names[0]?.replace(/ \([^()]*\)$/, '');
  const ids = new Set(firstRecord ? Object.keys(firstRecord).filter((field) => ID.test(field)) : []);
  if (scoreKey !== undefined && items.length > 1) ids.add(scoreKey);
  const found = firstRecord ? facts(firstRecord, ids, items.length === 1 ? 4 : 2, {}, entity, request) : [];
  if (items.length === 1) {
    if (found.length === 0) return first !== undefined ? `${head}: ${first}.` : `${head}.`;
    return first !== undefined && isName(first) ? `${head}. ${factSentence(found, first, seed)}` : `${head}${first !== undefined ? `: ${first}` : ''}. ${factSentence(found, 'it', seed)}`;
  }
  // Names still alike are said once, with how many share them: "“Health & Public Services” (3 of them) and Committee 219".
  const distinct = [...new Set(names)].map((name) => {
    const count = names.filter((other) => other === name).length;
    return count > 1 ? `${name as string} (${count} of them)` : (name as string);
  });
  const list = named ? (items.length <= 5 ? `: ${listing(distinct)}` : `; the first three are ${listing(distinct.slice(0, 3))}`) : '';
  if (found.length === 0) return `${head}${list}.`;
  const about = named ? (isName(first as string) ? (first as string) : `the first, ${first as string},`) : 'the first';
  // Two or three named records: each gets its salient value, not only the first.
  const bare = names.map((name) => name?.replace(/ \([^()]*\)$/, ''));
  if (named && items.length <= 3 && records.length === items.length && new Set(bare).size === bare.length) {
    const rest = records.slice(1).map((record, index) => {
      const own = new Set(Object.keys(record).filter((field) => ID.test(field)));
      if (scoreKey !== undefined) own.add(scoreKey);
      const said = facts(record, own, 1, {}, entity, request);
      const name = bare[index + 1] as string;
      return said.length === 0 || !isName(name) ? undefined : factSentence(said, name, seed);
    });
    if (rest.every((sentence) => sentence !== undefined)) return `${head}${list}. ${factSentence(found, about, seed)} ${rest.join(' ')}`;
  }
  return `${head}${list}. ${factSentence(found, about, seed)}`;
}

/**
 * One call's result in prose, one or two sentences: what was found, made, changed or removed, with
 * its name or id and the values that answer the request (keys in words, counts with their nouns,
 * units with amounts). Never raw JSON, never cut inside a value, never a blob. A payload inside an
 * envelope (`data`) is what is described.
 */
export function describeResult(outcome: CallOutcome): string {
  if (outcome.isError) return describeError(outcome);
  const { entity, action: acted } = action(outcome);
  // A POST that the user asked to see ("show me the meter reading") is a read, not a creation.
  // So is a POST whose tool finds, queries or analyses (`post_relation`: "Find related entities", "Enrichment analysis").
  const verb = acted === 'create' && ((outcome.request !== undefined && READS.test(outcome.request) && !MAKES.test(outcome.request)) || LOOKS_UP.test(`${humanKey(outcome.tool)} ${firstSentence(outcome.description)}`)) ? 'read' : acted;
  const noun = humanKey(entity);
  const thing = thingNoun(noun);
  const raw = parse(outcome.result);
  const id = subjectId(outcome);
  const seed = outcome.result;
  if (raw === undefined) {
    const text = outcome.result.trim();
    if (text === '') return verb === 'delete' ? `${capital(noun)}${id ? ` ${id}` : ''} was deleted.` : `The service accepted the request to ${phrase(outcome)} and returned no details.`;
    const cut = text.length > 240 ? `${text.slice(0, text.lastIndexOf(' ', 240))} …` : text;
    return `The service says: ${cut}`;
  }
  const parsed = unwrap(raw, entity);
  const list = listIn(parsed);
  // A list beside only paging and query bookkeeping (`Message`, `PageNo`, `QueryID`, `QueryRows`) is what came back.
  const besideList = list !== undefined && isRecord(parsed) && list.items.some(isRecord) && Object.keys(parsed).every((key) => key === list.key || ENVELOPE.test(key) || NOISE.test(key) || /(page|query|rows|count|total|message|offset|limit|cursor)/i.test(key));
  if (list && (verb === 'list' || !isRecord(parsed) || Object.keys(parsed).length <= 3 || besideList)) {
    const keyNoun = list.key !== undefined ? sayableKey(list.key) : undefined;
    const base = (keyNoun !== undefined && readsAsNoun(keyNoun) ? keyNoun : undefined) ?? requestedNoun(outcome.request, outcome) ?? thingNoun(noun) ?? 'result';
    return describeMany(list.items, plural(base, list.items.length), singularOf(base), entity, seed, undefined, outcome.request);
  }
  const entries = verb === 'list' || verb === 'read' ? entriesOf(parsed) : undefined;
  if (entries && (entries.length > 1 || !entries.some((entry) => facts(entry.record, new Set(), 1).length === 0))) {
    const base = requestedNoun(outcome.request, outcome) ?? thingNoun(noun) ?? 'entry';
    return describeMany(
      entries.map((entry) => entry.record),
      plural(base, entries.length),
      singularOf(base),
      entity,
      seed,
      entries.map((entry) => entry.key),
      outcome.request,
    );
  }
  if (!isRecord(parsed)) return `The result is ${formatValue(parsed) ?? 'empty'}.`;
  // No name in the result: the argument that names the thing asked about (`get_api({"api": "2.1.0"})` → "the API 2.1.0").
  const named = Object.keys(outcome.arguments).find((key) => humanKey(key) === noun && nameable(outcome.arguments[key]));
  const label = labelOf(parsed, entity) ?? id ?? (named !== undefined ? String(outcome.arguments[named]) : undefined);
  // The envelope's status goes with the record inside it.
  const status = typeof parsed['status'] === 'string' ? (parsed['status'] as string) : isRecord(raw) && raw !== parsed && typeof raw['status'] === 'string' ? (raw['status'] as string) : undefined;
  const headed = verb === 'create' || verb === 'delete';
  const skip = new Set([...(headed ? ['status'] : []), 'message', ...Object.keys(parsed).filter((key) => ID.test(key) || /(^|_)(ID|SID|UUID|KEY)$/.test(key))]);
  if (verb === 'delete') for (const key of Object.keys(parsed)) if (/^(deleted|removed|cancell?ed|success|ok|done)$/i.test(key) && parsed[key] === true) skip.add(key);
  const found = facts(parsed, skip, 4, outcome.arguments, entity, outcome.request);
  // A name says what it is on its own ("Type 2 diabetes mellitus has …"); an id needs its noun ("the fax FX1").
  const name = nameOf(parsed);
  const idLike = label !== undefined && label !== name && ((/\d/.test(label) && !/\s/.test(label)) || /^[a-z]+[-_]\w+$/i.test(label));
  // A name that is a code or a file name ("chrome_installer.exe") is said with its field's noun: "the file chrome_installer.exe".
  const coded = label === name && label !== undefined && /^[a-z]/.test(label) && /[._/@\d]/.test(label);
  const like = coded ? nameLike(parsed) : undefined;
  const holder = coded ? (like ? sayableKey(like.key)?.replace(/ ?(name|title|label)$/, '') : thing) || thing : undefined;
  const subject = label !== undefined && label !== noun ? (holder ? `the ${holder} ${label}` : thing !== undefined && idLike ? `the ${thing} ${label}` : !idLike ? label : `the record ${label}`) : thing !== undefined ? `the ${thing}` : undefined;
  const tail = found.length > 0 ? ` ${factSentence(found, found.some((fact) => fact.kind === 'verb') ? 'it' : undefined)}` : '';
  switch (verb) {
    case 'create':
      return `${pick(['I created', 'Done: I created', 'I have created'], seed)} ${thing !== undefined ? `the ${thing}${label ? ` ${label}` : ''}` : label !== undefined && !idLike ? label : `the record${label ? ` ${label}` : ''}`}${status ? ` (status: ${status})` : ''}.${tail}`;
    case 'delete':
      return `${capital(noun)}${id ? ` ${id}` : label ? ` ${label}` : ''} was ${/cancel/i.test(outcome.tool) ? 'cancelled' : 'deleted'}${status && !/^(ok|success|completed|done)$/i.test(status) ? ` (status: ${status})` : ''}.${tail}`;
    case 'update':
      return `I updated ${noun}${label ? ` ${label}` : ''}.${tail}`;
    default: {
      if (found.length === 0) {
        // Only nested records (`{"summary": {…}, "regions": {…}}`): the summary, else the first, is what is told.
        const inner = Object.keys(parsed).filter((key) => isRecord(parsed[key]) && !NOISE.test(key));
        const key = inner.find((name) => /summary|total|overall|result|current/i.test(name)) ?? inner[0];
        const nested = key !== undefined ? facts(parsed[key] as Json, new Set(Object.keys(parsed[key] as Json).filter((field) => ID.test(field))), 4, {}, entity, outcome.request) : [];
        if (key !== undefined && nested.length > 0) return factSentence(nested, `the ${humanKey(key)}`, seed);
      }
      if (found.length === 0) {
        // No field reads as a fact: every plain value is said as it is ("the key is pos_8g… and the value is “Highway 5 …”").
        const plainValues = Object.keys(parsed).sort((a, b) => Number(ID.test(a)) - Number(ID.test(b))).filter((key) => !NOISE.test(key) && !(outcome.arguments[key] === parsed[key]) && formatValue(parsed[key]) !== undefined && /[a-z]{2}/i.test(key) && !isRecord(parsed[key]));
        const said = plainValues.slice(0, 3).map((key) => `the ${argumentWords(key)} ${/[a-z]s$/.test(key) ? 'are' : 'is'} ${formatValue(parsed[key]) as string}`);
        const asked = Object.keys(outcome.arguments).find((key) => nameable(outcome.arguments[key]) && !/^(count|limit|page|size|offset|cursor|from)$/i.test(key));
        const about = asked !== undefined ? `${argumentWords(asked)} ${formatValue(outcome.arguments[asked]) ?? String(outcome.arguments[asked])}` : undefined;
        if (said.length > 0) return about !== undefined ? `For ${about}, ${listing(said)}.` : `${capital(listing(said))}.`;
        if (label) return pick([`I found ${subject ?? label}.`, `The service returned ${subject ?? label}.`], seed);
        return `The service accepted the request to ${phrase(outcome)}${status ? ` and reported "${status}"` : ''}.`;
      }
      return subject !== undefined && label !== undefined ? factSentence(found, subject, seed) : factSentence(found, undefined, seed);
    }
  }
}

/** An argument value short enough to name a call by ("Europe", "2025-05-14"). */
const nameable = (value: unknown) => (typeof value === 'string' && value.length <= 40 && !/[{}[\]"]/.test(value)) || typeof value === 'number' || typeof value === 'boolean';

/** What sets a call apart from the other calls of the same tool in its turn: "region Middle East and date 2025-05-14". */
function distinguishing(outcome: CallOutcome, others: CallOutcome[]): string | undefined {
  const own = inputs(outcome);
  const theirs = others.map(inputs);
  const differ = own.filter((input) => theirs.some((other) => other.find((said) => said.key === input.key)?.value !== input.value));
  if (differ.length === 0) return undefined;
  return listing(differ.slice(0, 2).map((input) => input.text));
}

/** Paging and size arguments: they set how much came back, not what it is about. */
const PAGING = /^(count|limit|page|per_?page|size|offset|cursor|from|start|facets|format|sort|order)$/i;

/**
 * A call's inputs as a user names them ("drug ID dru_5c…", "subject ENSG…1 and ENSG…2"): sayable keys,
 * one per value (`drug_id` and `DRUG_ID` holding the same id are one input), the fields of a JSON body
 * taken as inputs of their own.
 */
function inputs(outcome: CallOutcome): Array<{ key: string; value: string; text: string }> {
  const found: Array<{ key: string; value: string; text: string }> = [];
  const add = (key: string, value: unknown) => {
    if (PAGING.test(key) || !/[a-z]{2}/i.test(key) || (sayableKey(key) === undefined && !/^[a-z]{2,4}$|^[a-z]{2,6}[_ ]?id$/i.test(key))) return;
    const text = Array.isArray(value) && value.length <= 3 && value.every(nameable) ? listing(value.map((item) => formatValue(item) ?? String(item))) : nameable(value) ? formatValue(value) ?? String(value) : undefined;
    if (text === undefined || found.some((input) => input.text.endsWith(` ${text}`))) return;
    const words = /^(q|query|search|term|keywords?)$/i.test(key) ? 'the search' : argumentWords(key);
    found.push({ key: key.toLowerCase(), value: JSON.stringify(value), text: `${words} ${text}` });
  };
  for (const [key, value] of Object.entries(outcome.arguments)) {
    const body = typeof value === 'string' && /^\s*[{[]/.test(value) ? parse(value) : undefined;
    if (isRecord(body)) for (const [inner, field] of Object.entries(body)) add(inner, field);
    else if (Array.isArray(body)) add(key === 'body' ? 'terms' : key, body);
    else add(key, value);
  }
  return found;
}

/**
 * What sets a tool apart from sibling tools of the same turn, when their names differ in one word
 * (`get_spots_month` and `get_spots_week` → "the month", "the week").
 */
function siblingWord(outcome: CallOutcome, outcomes: CallOutcome[]): string | undefined {
  const words = humanKey(outcome.tool).split(' ');
  const siblings = outcomes.filter((other) => other.tool !== outcome.tool).map((other) => humanKey(other.tool).split(' '));
  if (siblings.length === 0 || !siblings.every((other) => other.length === words.length && other.filter((word, at) => word !== words[at]).length === 1)) return undefined;
  const own = words.filter((word, at) => siblings.some((other) => other[at] !== word));
  const said = own.length === 1 ? sayableKey(own[0] as string) : undefined;
  return said !== undefined && !/^(get|list|find|search|create|update|delete|post|put|by|id)$/.test(said) ? `the ${said}` : undefined;
}

/** Whether a result's sentence already opens with what it is about (a name from the result). */
function startsWithLabel(text: string, outcome: CallOutcome): boolean {
  const data = unwrap(parse(outcome.result));
  const name = isRecord(data) ? labelOf(data) : undefined;
  return name !== undefined && !/\d{3}/.test(name) && (text.startsWith(name) || text.startsWith(capital(name)));
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** A sentence after "For X:": its first word lower-cased unless it is a name or "I". */
function continued(text: string): string {
  // A seeded opening ("The service reports that …") is dropped behind a label.
  const sentence = text.replace(/^(The service reports that|According to the service,|Here is what came back:|The result:|It says) (\w)/, (_, __, first: string) => first.toUpperCase());
  // "For drug ID X: What I see for GEFITINIB: the type is …" → "For drug ID X: GEFITINIB; the type is …".
  const framed = /^(?:For|As for|About|Looking at|What I see for|Here is what I have on) (.+?)(?:,|:) (the |its )/.exec(sentence);
  if (framed) return `(${framed[1] as string}): ${sentence.slice(framed[0].length - (framed[2] as string).length)}`;
  const titled = /^([^:;,]{1,60}): (the |its )/.exec(sentence);
  if (titled) return `(${(titled[1] as string).replace(/^The /, 'the ')}): ${sentence.slice(titled[0].length - (titled[2] as string).length)}`;
  return /^(There|The|Here|Just|It|Its|In|That|You|Done|One|Two|Three|For|Both|All)\b/.test(sentence) ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

/** A call's label before its sentence: "For drug ID X: …", or with the name the sentence opened with, "For drug ID X (ADALIMUMAB): …". */
function under(label: string, text: string): string {
  const rest = continued(text);
  const named = /^\((.+?)\): /.exec(rest);
  if (!named) return `${label}: ${rest}`;
  // A name that only repeats the label's value ("For eco ID E1 (eco ID E1)") is left out.
  return label.endsWith(named[1] as string) || /^the (record|\w+) \S*\d\S*$/.test(named[1] as string) ? `${label}: ${rest.slice(named[0].length)}` : `${label} (${named[1] as string}): ${rest.slice(named[0].length)}`;
}

/** A turn's results: each call in a sentence or two, tied to its input when a tool ran several times; several calls summed up first. */
export function describeTurn(outcomes: CallOutcome[]): string {
  if (outcomes.length === 0) return 'There was nothing to do.';
  if (outcomes.length === 1) return describeResult(outcomes[0] as CallOutcome);
  const failed = outcomes.filter((outcome) => outcome.isError).length;
  const seed = outcomes.map((outcome) => outcome.result).join('');
  const n = outcomes.length;
  const all =
    n === 2
      ? pick(['Both requests went through.', 'Both calls worked.', 'I got answers to both.', 'Both came back fine.', 'Here are both results.', 'I ran both.', 'Both lookups succeeded.', '', '', ''], seed)
      : pick([`All ${n} requests went through.`, `All ${n} calls worked.`, `I got answers to all ${n}.`, `Here are the ${n} results.`, `I ran all ${n}.`, `Each of the ${n} came back.`, '', '', '', ''], seed);
  const summary = failed === 0 ? all : `${n - failed} of ${n} requests went through.`;
  const said: string[] = [];
  const parts = outcomes.map((outcome, index) => {
    const text = describeResult(outcome);
    const same = outcomes.filter((other, at) => at !== index && other.tool === outcome.tool);
    const tag = same.length > 0 ? distinguishing(outcome, same) : siblingWord(outcome, outcomes);
    const repeat = said.indexOf(text);
    said.push(text);
    const identical = repeat >= 0 && outcomes[repeat]?.result === outcome.result;
    if (repeat >= 0 && !identical) return tag !== undefined ? under(`For ${tag}`, text) : under(`The ${ORDINALS[index] ?? 'next'} request`, text);
    if (repeat >= 0) return tag !== undefined ? `For ${tag}, the result is the same as for the ${ORDINALS[repeat] ?? 'earlier'} request.` : `The ${ORDINALS[index] ?? 'next'} request returned the same.`;
    if (tag !== undefined) return text.startsWith(`For ${tag}`) ? text : under(`For ${tag}`, text);
    // Every call of a turn is said with what it was about: its input when that sets it apart, else what the tool returns.
    const input = inputs(outcome)[0]?.text;
    const shared = input !== undefined && outcomes.some((other, at) => at !== index && inputs(other).some((said) => said.text === input));
    const thing = thingNoun(humanKey(action(outcome).entity));
    const label = same.length > 0 ? undefined : (!shared ? input : undefined) ?? (thing !== undefined && !outcomes.some((other, at) => at !== index && thingNoun(humanKey(action(other).entity)) === thing) ? `the ${thing}` : undefined);
    if (label !== undefined && text.startsWith(`For ${label}`)) return text;
    if (label !== undefined) return under(`For ${label}`, text);
    return same.length > 0 || !startsWithLabel(text, outcome) ? under(`The ${ORDINALS[index] ?? 'next'} request`, text) : text;
  });
  return `${summary} ${parts.join(' ')}`.trim();
}
