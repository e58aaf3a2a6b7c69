import { canonicalJson, nameWords, ownDescription, type ToolSpec } from '@inftool/core';
import { entityIdParameter, toolEntity } from '@inftool/sim-server';
import type { Conversation, OfferedTool, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { privateField } from './answer-salience.js';
import { callTurns, plannedAttempts } from './planned-faults.js';
import { organisationFiller } from './organisation-filler.js';
import { madeUpLinks } from './link-paths.js';
import { productFiller, toolContext } from './product-filler.js';
import { restatedValues } from './restated-values.js';

/** Keys that say nothing about the world: bookkeeping every response carries. */
const GENERIC_KEYS = new Set([
  'id',
  'uuid',
  'status',
  'state',
  'message',
  'msg',
  'success',
  'ok',
  'result',
  'code',
  'statuscode',
  'type',
  'kind',
  'object',
  'createdat',
  'updatedat',
  'modifiedat',
  'timestamp',
  'requestid',
  'traceid',
  'data',
  'meta',
  'links',
  'self',
  'href',
  // paging and query plumbing: how a list was cut, not what it holds
  'page',
  'pagenumber',
  'pageno',
  'totalpages',
  'totalelements',
  'hasnext',
  'hasprevious',
  'hasmore',
  'next',
  'previous',
  'nextpage',
  'nextpagenumber',
  'previouspagenumber',
  'cursor',
  'nextcursor',
  'filter',
  'pagesize',
  'perpage',
]);
/** Keys that wrap a response's content: what is inside them is read as the content. */
const WRAPPER_KEYS = new Set(['data', 'result', 'results', 'items', 'payload']);
const normaliseKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The tool a call used, as a ToolSpec the world rules read (its server name when the wire gave it). */
function specOf(call: ReviewedCall, tool: OfferedTool | undefined): ToolSpec {
  return {
    name: call.name ?? call.chatName,
    ...(tool?.description ? { description: tool.description } : {}),
    inputSchema: { type: 'object', ...(tool?.parameters ?? {}) },
  } as ToolSpec;
}

export function toolAction(call: ReviewedCall, conversation: Conversation): ReturnType<typeof toolEntity> & { idParameter?: string } {
  const spec = specOf(call, conversation.tools.get(call.chatName));
  const idParameter = entityIdParameter(spec);
  return { ...toolEntity(spec), ...(idParameter ? { idParameter } : {}) };
}

function argumentValues(call: ReviewedCall): Set<string> {
  const values = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    else if (value !== null && value !== undefined) values.add(String(value).toLowerCase());
  };
  if (typeof call.arguments === 'object') walk(call.arguments);
  return values;
}

/** The call's argument names, normalised, nested ones too. */
function argumentKeys(call: ReviewedCall): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) {
        keys.add(normaliseKey(key));
        walk(inner);
      }
  };
  if (typeof call.arguments === 'object') walk(call.arguments);
  return keys;
}

/** Lists of alternatives by their key (`players`, `options`). */
const ALTERNATIVES = /^(players|teams|options|choices|candidates|participants|contestants|competitors)$/i;

/**
 * The values a call offers to choose from: two or more texts under numbered keys of one stem
 * (`player1`, `player2`; `option_a`, `option_b`) or in a list of alternatives (`players: [...]`).
 */
function alternatives(call: ReviewedCall): Set<string> {
  const stems = new Map<string, string[]>();
  const found = new Set<string>();
  for (const [key, value] of Object.entries(typeof call.arguments === 'object' && call.arguments !== null ? call.arguments : {})) {
    if (ALTERNATIVES.test(key) && Array.isArray(value))
      for (const item of value) if (typeof item === 'string') found.add(item.toLowerCase());
    const stem = /^(.+?)_?(\d+|one|two|three|four|a|b|c|d)$/i.exec(key)?.[1];
    if (stem !== undefined && typeof value === 'string') stems.set(stem, [...(stems.get(stem) ?? []), value.toLowerCase()]);
  }
  for (const values of stems.values()) if (values.length >= 2) for (const value of values) found.add(value);
  return found;
}

/**
 * Whether a result value only repeats the call: a text the call sent, or a number or boolean under a key
 * the call used (`num1: 5` echoed). A number under its own key is an answer even when it equals an
 * input (`gcd: 5` for `math_gcd(5, 20)`).
 */
function echoes(
  call: ReviewedCall,
  key: string | undefined,
  value: string | number | boolean,
  sent: Set<string>,
  keys: Set<string>,
): boolean {
  if (!sent.has(String(value).toLowerCase())) return false;
  // one of the alternatives the call offered, under a key of its own, is a choice (`winner: "Ann"` of `player1`, `player2`)
  if (typeof value === 'string' && key !== undefined && !keys.has(normaliseKey(key)) && alternatives(call).has(value.toLowerCase()))
    return false;
  if (typeof value === 'string') return true;
  return key === undefined || keys.has(normaliseKey(key));
}

type Leaf = string | number | boolean;

/**
 * The leaves of a result that are not echoes of the call nor empty, each with the key it sits under;
 * a list under a wrapper key (`data: ["Partner Service", …]`) is the content itself, not a generic field.
 */
function newLeaves(call: ReviewedCall): Array<{ key: string | undefined; value: Leaf }> {
  const echoed = argumentValues(call);
  const keys = argumentKeys(call);
  const leaves: Array<{ key: string | undefined; value: Leaf }> = [];
  const walk = (value: unknown, key: string | undefined) => {
    if (Array.isArray(value))
      for (const item of value) walk(item, key !== undefined && WRAPPER_KEYS.has(normaliseKey(key)) ? undefined : key);
    else if (typeof value === 'object' && value !== null) for (const [inner, innerValue] of Object.entries(value)) walk(innerValue, inner);
    else if (
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
      value !== '' &&
      !echoes(call, key, value, echoed, keys)
    )
      leaves.push({ key, value });
  };
  if (call.data !== undefined) walk(call.data, undefined);
  return leaves;
}

const generic = (key: string | undefined): boolean => key !== undefined && GENERIC_KEYS.has(normaliseKey(key));

/** The values of a result that are news: leaves under non-generic keys that are not echoed arguments, and not empty. */
export function resultFacts(call: ReviewedCall, options: { newIds?: boolean } = {}): Leaf[] {
  if (call.data === undefined) return call.result.trim().split(/\s+/).length >= 4 ? [call.result.trim()] : [];
  return newLeaves(call)
    .filter(
      ({ key, value }) => (!generic(key) || (options.newIds === true && normaliseKey(key!) === 'id')) && !privateField(key ?? '', value),
    )
    .map(({ value }) => value);
}

/** An identifier by its key (`id`, `postKey`, `user_uuid`) or its shape (`pos_fllzc0us0d`, `8f14e45f…`): a token with digits and no spaces. */
function identifier(key: string | undefined, value: Leaf): boolean {
  if (key !== undefined && /(^|[^a-z])(id|ids|key|keys|uuid|guid|sid|ref)$|(Id|Key|Uuid|ID)$/.test(key)) return true;
  return (
    typeof value === 'string' &&
    !/\s/.test(value) &&
    /\d/.test(value) &&
    /[a-z]/i.test(value) &&
    /^[A-Za-z0-9]+[_-]?[A-Za-z0-9_-]*$/.test(value) &&
    value.length >= 6 &&
    !/^\d{4}-\d{2}/.test(value)
  );
}

/** When a record was sent or stamped (`sent_at`, `created_on`): bookkeeping, not what the record says. */
const stamp = (key: string | undefined, value: Leaf): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && key !== undefined && /(at|on|time|timestamp|date)$/i.test(key);

/** The facts of a result that are not identifiers: what a reader learns beyond which record it is (names, values, dates, texts). */
export function contentFacts(call: ReviewedCall): Leaf[] {
  return (
    newLeaves(call)
      // A private value (an SSN, a password) is nothing an answer should say.
      .filter(({ key, value }) => !generic(key) && !identifier(key, value) && !stamp(key, value) && !privateField(key ?? '', value))
      .map(({ value }) => value)
  );
}

/** Keys that name a record rather than tell about it. */
const NAMING = /^(name|title|headline|label|display_?name|full_?name)$|(_name|Name|_title|Title|_symbol|Symbol)$/;

/**
 * What one record a call returned says, top level only (a `data`/`result` wrapper opened): each
 * value with its key, ids, links, bookkeeping moments, generic fields, names, echoes and long or
 * encoded texts left out. Undefined when the result is a list or no record.
 */
export function recordContent(call: ReviewedCall): Array<{ key: string; value: Leaf }> | undefined {
  let record = call.data;
  for (const wrapper of ['data', 'result'])
    if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
      const inner = (record as Record<string, unknown>)[wrapper];
      if (typeof inner === 'object' && inner !== null) record = inner;
    }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const entries = Object.entries(record as Record<string, unknown>);
  if (entries.some(([key, value]) => Array.isArray(value) && WRAPPER_KEYS.has(normaliseKey(key)))) return undefined;
  const echoed = argumentValues(call);
  const keys = argumentKeys(call);
  return entries.flatMap(([key, value]) =>
    !privateField(key, value) &&
    (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
    value !== '' &&
    /[a-z]{2}/i.test(key) &&
    !key.startsWith('_') &&
    !generic(key) &&
    !NAMING.test(key) &&
    !identifier(key, value) &&
    !stamp(key, value) &&
    !/^(kind|type|object|ttl|etag)$/i.test(key) &&
    !(typeof value === 'string' && (value.length > 80 || /^https?:/.test(value) || /^[A-Za-z0-9+/=]{40,}$/.test(value))) &&
    !echoes(call, key, value, echoed, keys)
      ? [{ key, value }]
      : [],
  );
}

/** The identifiers a result introduces (not echoed from the call). */
export function identifierFacts(call: ReviewedCall): string[] {
  return newLeaves(call)
    .filter(({ key, value }) => typeof value !== 'boolean' && identifier(key, value))
    .map(({ value }) => String(value));
}

/** Whether a result holds an empty list or map under a key of its own (not a generic one such as `links`): the answer "none". */
function emptyList(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  if (Array.isArray(data)) return data.some(emptyList);
  return Object.entries(data).some(
    ([key, value]) =>
      ((Array.isArray(value) ? value.length === 0 : typeof value === 'object' && value !== null && Object.keys(value).length === 0) &&
        !GENERIC_KEYS.has(normaliseKey(key))) ||
      emptyList(value),
  );
}

/** A past participle that names a change (`updated`, `moved`, `sent`, `logged out`). */
const CHANGED = /\b([a-z]{2,}ed|set|sent|put|reset|withdrawn|logged (in|out))\b/i;

/**
 * Whether a status or message of the result states the change the call made: a sentence with the
 * change's verb that names what the call named or sent (`Ticket 4 updated: priority set to 3.`,
 * `report.txt moved to archive.`), or, for a call that sent nothing, what was changed (`Memory
 * cleared.`). A label (`success`, `in_progress`, `closed`) states nothing.
 */
function statesChange(call: ReviewedCall): boolean {
  const sent = [...argumentValues(call)].filter((value) => value.length >= 2);
  return newLeaves(call).some(({ key, value }) => {
    if (!generic(key) || typeof value !== 'string' || !CHANGED.test(value)) return false;
    const words = value.trim().split(/\s+/);
    const lower = value.toLowerCase();
    return sent.length === 0 ? words.length >= 2 : words.length >= 2 && sent.some((argument) => lower.includes(argument));
  });
}

/** A description that computes its result ("Round a number to …", "Calculate the sum of …"). */
const COMPUTES = /^(round|calculate|compute|convert|add|subtract|multiply|divide|sum|average|estimate|evaluate|solve|count)\b/i;

/**
 * A generic key holding the very thing the tool exists to tell: the `status` of `get_login_status`,
 * the number under `result` that `round_number` ("Round a number …") computes. An input said back
 * never counts: `{"result": 25}` for 24.6 is the answer, for 25 an echo.
 */
function askedGenericValue(call: ReviewedCall, conversation: Conversation): boolean {
  const words = nameWords(call.name ?? call.chatName);
  const description = ownDescription(conversation.tools.get(call.chatName)?.description) ?? '';
  const sent = argumentValues(call);
  return newLeaves(call).some(
    ({ key, value }) =>
      key !== undefined &&
      ((normaliseKey(key) === 'status' && words.at(-1) === 'status' && typeof value === 'boolean') ||
        (normaliseKey(key) === 'result' && typeof value === 'number' && !sent.has(String(value)) && COMPUTES.test(description.trim()))),
  );
}

/** Whether the result holds a list that is a non-empty strict part of a list the call sent. */
function pickOfSent(call: ReviewedCall): boolean {
  if (typeof call.arguments !== 'object' || typeof call.data !== 'object' || call.data === null) return false;
  const sent = Object.values(call.arguments).filter((value): value is unknown[] => Array.isArray(value) && value.length >= 2);
  return Object.values(call.data).some(
    (value) =>
      Array.isArray(value) &&
      value.length > 0 &&
      sent.some(
        (list) => value.length < list.length && value.every((item) => list.some((other) => JSON.stringify(other) === JSON.stringify(item))),
      ),
  );
}

/** Why a successful result says nothing (only generic keys and echoed arguments), or undefined. */
export function uninformativeResult(call: ReviewedCall, conversation: Conversation): string | undefined {
  if (call.rejected || errorResult(call)) return undefined;
  const { action } = toolAction(call, conversation);
  if (action === 'delete') return undefined; // "deleted" is the news
  // A created record's new id is news; elsewhere an id is bookkeeping.
  if (resultFacts(call, { newIds: action === 'create' }).length > 0) return undefined;
  // an honestly empty list (`{"Tags": []}`, `{"matching_lines": []}`) says there are none
  if (emptyList(call.data)) return undefined;
  // a status that states the change (`Ticket 4 updated: priority set to 3.`) is what an update has to say
  if (statesChange(call)) return undefined;
  if (askedGenericValue(call, conversation)) return undefined;
  // a pick among the values sent (`filtered_stocks: ["AMZN"]` of AMZN, TSLA and V) tells which passed
  if (pickOfSent(call)) return undefined;
  return `${call.chatName}: the result has only generic keys and echoed arguments: ${call.result.slice(0, 100)}`;
}

/**
 * Identical calls (tool and arguments) in one user turn, unless the plan lists them twice or the earlier
 * one is a planned failed attempt (`task.faults`: the retry repeats it). Calls of one assistant message
 * are one step: a retry is never in the same message as its failed attempt.
 */
export function duplicateCalls(conversation: Conversation): string[] {
  const problems: string[] = [];
  const planned = new Set(plannedAttempts(conversation).map(({ call }) => call));
  const steps = callTurns(conversation);
  for (const [index, turn] of conversation.turns.entries()) {
    const seen = new Map<string, ReviewedCall>();
    const listed = new Map<string, number>();
    for (const call of conversation.task.expectedCalls?.[steps.indexOf(index)] ?? [])
      listed.set(`${call.tool} ${canonicalJson(call.arguments)}`, (listed.get(`${call.tool} ${canonicalJson(call.arguments)}`) ?? 0) + 1);
    const counts = new Map<string, number>();
    for (const call of turn.steps.flat()) {
      if (call.rejected) continue;
      const key = `${call.name ?? call.chatName} ${canonicalJson(call.arguments)}`;
      const earlier = seen.get(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (earlier && !planned.has(earlier) && (counts.get(key) ?? 0) > (listed.get(key) ?? 1))
        problems.push(`turn ${index + 1}: ${call.chatName} called twice with ${canonicalJson(call.arguments).slice(0, 80)}`);
      seen.set(key, call);
    }
  }
  return problems;
}

function idOfResult(data: unknown, idParameter: string, entity: string): string | undefined {
  // A result's own `id` is the record's only when the parameter names this entity's id (`id`, `petId`), not another's (`ownerId`).
  const ownId = ['id', `${normaliseKey(entity)}id`].includes(normaliseKey(idParameter));
  const records = [data, typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['data'] : undefined];
  for (const record of records) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) continue;
    const fields = record as Record<string, unknown>;
    const value = fields[idParameter] ?? (ownId ? fields['id'] : undefined);
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** A record's status, lower-case, when its result has one (`status`, `state`). */
function statusOf(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const fields = data as Record<string, unknown>;
  const status = fields['status'] ?? fields['state'];
  return typeof status === 'string' ? status.toLowerCase() : undefined;
}

/** The status a cancel or close leaves a record in (`cancelled`, `closed`, `archived`): it is kept, not gone. */
function finalStatus(data: unknown): string | undefined {
  const status = statusOf(data);
  return status !== undefined && /^(cancell?ed|closed|archived|revoked|voided|deactivated|disabled|suspended|withdrawn)$/.test(status)
    ? status
    : undefined;
}

export interface StateFindings {
  /** Successful reads (or updates) of a record by its id. */
  reads: number;
  /** Reads by id whose result is another record. */
  otherId: string[];
  /** Records read back (or changed) after they were deleted in the same conversation. */
  afterDelete: string[];
}

/** What the world did across a conversation: reads by id, and whether they returned what was asked and what still exists. */
export function stateFindings(conversation: Conversation): StateFindings {
  const findings: StateFindings = { reads: 0, otherId: [], afterDelete: [] };
  const deleted = new Set<string>();
  // Records a delete-like call kept with a final status (`cancel_order` → `status: "cancelled"`), by that status.
  const ended = new Map<string, string>();
  for (const call of conversation.calls) {
    if (call.rejected || typeof call.arguments !== 'object' || errorResult(call)) continue;
    const { action, entity, idParameter } = toolAction(call, conversation);
    if (!idParameter) continue;
    const asked = call.arguments[idParameter];
    if (typeof asked !== 'string' && typeof asked !== 'number') continue;
    const key = `${entity} ${String(asked)}`;
    if (action === 'delete') {
      const status = finalStatus(call.data);
      if (status !== undefined) ended.set(key, status);
      else deleted.add(key);
      continue;
    }
    if (action !== 'read' && action !== 'update') continue;
    findings.reads += 1;
    if (deleted.has(key))
      findings.afterDelete.push(`${call.chatName}: ${entity} ${String(asked)} was deleted earlier in the conversation but is still there`);
    const before = ended.get(key);
    const now = action === 'read' ? statusOf(call.data) : undefined;
    if (before !== undefined && now !== undefined && now !== before)
      findings.afterDelete.push(
        `${call.chatName}: ${entity} ${String(asked)} was ${before} earlier in the conversation but reads as ${now}`,
      );
    const returned = idOfResult(call.data, idParameter, entity);
    if (returned !== undefined && returned !== String(asked))
      findings.otherId.push(`${call.chatName}: asked for ${idParameter}=${String(asked)}, the result is ${returned}`);
  }
  return findings;
}

/** A read by id that returns another id; a record read back (or changed) after it was deleted. */
export function stateProblems(conversation: Conversation): string[] {
  const findings = stateFindings(conversation);
  return [...findings.otherId, ...findings.afterDelete];
}

/** A field that names records (`id`, `order_id`, `postKey`, `sid`, `ministryKeys`): an id in the API's style is not filler. */
const ID_FIELD = /^(ids?|keys?|sids?|uuids?|guids?|refs?|references?)$|(^|_)(id|key|sid|uuid|guid)s?$|(Id|Key|Sid|Uuid|Guid|ID)s?$/;
/** Words that join or qualify the field's own words without adding any: "the spots change", "default memory", "shared headlight". */
const GLUE = new Set(['about', 'the', 'of', 'a', 'an', 'primary', 'default', 'standard', 'shared', 'archived', 'personal', 'team']);
const stem = (word: string) => word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/** Fields that name a record, or hold a bare value (`{key, value}`). */
const NAME_FIELD = /^(name|title|label|display_?name|displayName|value|text)$/;
/** Generic place words a generator puts before a noun to make a name ("Riverside Hit", "Main Session"). */
const PLACE_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'harbour',
  'harbor',
  'riverside',
  'main',
  'lakeside',
  'hillside',
  'old town',
  'west end',
  'downtown',
  'uptown',
]);

/** A name made of the tool's own noun and a number or a generic place word: "Relation 130", "Riverside Hit", "Main Besthour". */
function fallbackName(value: string, toolWords: readonly string[]): boolean {
  const match = /^(?:(.+) ([A-Z][a-z]+)|([A-Z][a-z]+) \d+)$/.exec(value.trim());
  if (!match) return false;
  const noun = stem(match[2] ?? match[3]!);
  if (!toolWords.includes(noun)) return false;
  return match[3] !== undefined || PLACE_WORDS.has(match[1]!.toLowerCase());
}

/**
 * Values that only restate their own field or tool name — `"credits": "metering credits"` from
 * `metering_get`, `"byline": "byline-7"`, `"detailsHtml": "details-html-11"`, `"parents": "parent-47"` —
 * and names made of the tool's noun and a number or a generic place (`"name": "Relation 130"` from
 * `post_relation`, `"Riverside Hit"` from a best-hit search): the marks of a generator that knew nothing
 * about the field; with the conversation, product names outside products (`productFiller`). Not flagged: id fields, values with any word of their own ("Main Street").
 */
export function placeholderValues(call: ReviewedCall, conversation?: Pick<Conversation, 'tools' | 'task'>): string[] {
  // a product name where nothing is about products (`"poster": "yoga mat"`)
  // and a company's name where nothing is about companies (`"closed": "Hudson Media"`)
  // and a field's own name as its value (`"categoryId": "category"`)
  const found: string[] = [
    ...restatedValues(call),
    ...(conversation === undefined
      ? []
      : [...productFiller(call, toolContext(call, conversation)), ...organisationFiller(call, toolContext(call, conversation))]),
  ];
  // a link whose path is a status word (`/createds/1tdq1i`)
  found.push(...madeUpLinks(call));
  const toolWords = nameWords(call.name ?? call.chatName).map(stem);
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (typeof value === 'object' && value !== null) for (const [child, item] of Object.entries(value)) walk(item, child);
    else if (typeof value === 'string' && key !== '' && !ID_FIELD.test(key) && value.length <= 60) {
      const known = new Set([...nameWords(key).map(stem), ...toolWords]);
      const numbered = /^([a-z][a-z-]*?)-\d+$/.exec(value);
      const words = (numbered ? numbered[1]! : value).split(/[^A-Za-z]+/).filter(Boolean);
      const restates = words.length > 0 && words.every((word) => known.has(stem(word)) || GLUE.has(word.toLowerCase()));
      if (restates && (numbered !== null || words.length >= 2)) found.push(`${key}: "${value}"`);
      else if (NAME_FIELD.test(key) && fallbackName(value, toolWords)) found.push(`${key}: "${value}"`);
    }
  };
  walk(call.data, '');
  return found;
}
