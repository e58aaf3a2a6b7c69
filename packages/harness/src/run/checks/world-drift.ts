import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { toolAction } from './results.js';
import { argumentStrings, argumentTree, objectsOf, recordId, topRecord } from './world-consistency.js';
import { movedStamps, nightlessStays } from './world-stamps.js';
import { lineageProblems } from './world-lineage.js';
import { forgottenKeys } from './world-keys.js';
import { extraReceipts, partsOffSentDays } from './world-sends.js';
import { unsettledRecords } from './settled-records.js';

/**
 * A record told the same way from turn to turn, and results that answer what was sent (docs/harness.md,
 * `world_consistent` (p)–(s)):
 * (p) a record (same id) keeps the length of each of its lists (a post's `documents`) from result to
 * result unless a write named it between or the call pages (`page`, `offset`, `next_…`);
 * (q) a long text (a `description`, `summary`, `bio`) is told of one record only: the same text on two
 * records of different names (one podcast's description on another) is another record's;
 * (r) what a call picks from a list it sent (`filtered_stocks` of `stocks: ["AMZN"]`) holds only members
 * of that list;
 * (s) an update that sends a part of its record as an object (`data: {id, type}`) answers with that part
 * as sent;
 * (t) a session's list of plain values (a watchlist) reads back with what was added and without what was
 * removed, and otherwise as it was last shown;
 * (u) a listing of every record of a kind (`themes_get_all` with no arguments, not cut short) holds the
 * records of that kind the session read by id before and did not delete.
 */

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');
const scalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Lists that page or change without a write (what a page shows, matches of a search): never compared. */
const PAGED_LIST = /^(items|results|data|hits|entries|records|rows|list|episodes|matches|suggestions|recommendations)$/;
/** Arguments that page, cut or move a listing. */
const PAGING =
  /^(page|pagesize|perpage|offset|skip|cursor|limit|count|size|top|first|last|max|maxresults|after|before|since|until|sort|order|orderby)$|^next/;

/** (p) A record whose list (not a page) has another length than an earlier result gave it, with no write naming it between. */
export function driftingLists(conversation: Conversation): string[] {
  const problems: string[] = [];
  const known = new Map<string, Map<string, { length: number; tool: string }>>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const { action } = toolAction(call, conversation);
    const asked = argumentStrings(call);
    if (action !== 'read' && action !== 'list') for (const id of [...known.keys()]) if (asked.has(id.toLowerCase())) known.delete(id);
    if (action === 'delete' || action === 'update' || action === 'create') continue;
    const paged = typeof call.arguments === 'object' && Object.keys(call.arguments).some((name) => PAGING.test(normalise(name)));
    const top = topRecord(call.data);
    for (const { record } of objectsOf(call.data)) {
      const id = recordId(record, record === top, call, conversation);
      if (id === undefined) continue;
      const lists = known.get(id) ?? new Map<string, { length: number; tool: string }>();
      for (const [key, value] of Object.entries(record)) {
        const name = normalise(key);
        if (!Array.isArray(value) || PAGED_LIST.test(name) || paged) continue;
        const before = lists.get(name);
        if (before !== undefined && before.length !== value.length)
          problems.push(`${call.chatName}: ${id} has ${value.length} ${key}, ${before.tool} gave it ${before.length}`);
        lists.set(name, { length: value.length, tool: call.chatName });
      }
      known.set(id, lists);
    }
  }
  return problems;
}

/** Fields whose text tells of one record only. */
const OWN_TEXT = /^(description|summary|bio|biography|about|overview|synopsis|abstract)$/;
/** The name a record goes by. */
const NAME = /^(name|title|headline|displayname|fullname)$/;

function nameOf(record: Fields): string | undefined {
  const entry = Object.entries(record).find(([key, value]) => NAME.test(normalise(key)) && typeof value === 'string' && value !== '');
  return entry === undefined ? undefined : String(entry[1]).toLowerCase().trim();
}

/** (q) One long text told of two records of different names in one conversation. */
export function borrowedTexts(conversation: Conversation): string[] {
  const problems: string[] = [];
  const told = new Map<string, { id: string; name: string | undefined; tool: string }>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const top = topRecord(call.data);
    for (const { record } of objectsOf(call.data)) {
      const id = recordId(record, record === top, call, conversation);
      const name = nameOf(record);
      if (id === undefined && name === undefined) continue;
      for (const [key, value] of Object.entries(record)) {
        if (!OWN_TEXT.test(normalise(key)) || typeof value !== 'string' || value.trim().length < 60) continue;
        const text = value.trim();
        const first = told.get(text);
        if (first === undefined) told.set(text, { id: id ?? '', name, tool: call.chatName });
        else if ((id ?? '') !== first.id && name !== first.name)
          problems.push(
            `${call.chatName}: ${name ?? id} has the ${key} ${first.tool} gave ${first.name ?? first.id} ("${text.slice(0, 50)}…")`,
          );
      }
    }
  }
  return problems;
}

/** The lists of words a call sent (`stocks: ["AMZN", "TSLA"]`), by argument name. */
function sentLists(call: ReviewedCall): Array<[string, string[]]> {
  if (typeof call.arguments !== 'object') return [];
  return Object.entries(call.arguments).filter(
    (entry): entry is [string, string[]] =>
      Array.isArray(entry[1]) && entry[1].length > 0 && entry[1].every((item) => typeof item === 'string' && item !== ''),
  );
}

/** (r) A list named for a list the call sent (`filtered_stocks` of `stocks`) holding what the call did not send. */
export function strayPicks(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const lists = sentLists(call);
    if (lists.length === 0) continue;
    for (const { record } of objectsOf(call.data))
      for (const [key, value] of Object.entries(record)) {
        if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) continue;
        const sent = lists.find(([name]) => normalise(key) !== normalise(name) && normalise(key).endsWith(normalise(name)));
        const strays = sent === undefined ? [] : value.filter((item) => !sent[1].includes(item as string));
        if (sent !== undefined && strays.length > 0)
          problems.push(`${call.chatName}: ${key} holds ${strays.join(', ')}, which ${sent[0]} (${sent[1].join(', ')}) does not`);
      }
  }
  return problems;
}

/** (s) An update whose sent part (`data: {id, type}`) the result's part of that name does not hold as sent. */
export function unechoedParts(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || toolAction(call, conversation).action !== 'update') continue;
    const record = topRecord(call.data);
    if (record === undefined) continue;
    for (const [name, sent] of Object.entries(argumentTree(call))) {
      const part = Object.entries(record).find(([key]) => normalise(key) === normalise(name))?.[1];
      if (!isRecord(sent) || !isRecord(part)) continue;
      for (const [key, value] of Object.entries(sent))
        if (scalar(value) && scalar(part[key]) && String(part[key]) !== String(value))
          problems.push(`${call.chatName}: sent ${name}.${key}=${JSON.stringify(value)} but the result has ${JSON.stringify(part[key])}`);
    }
  }
  return problems;
}

const ADD = /^(add|append|insert|include|put|push|save|follow|watch)$/;
const REMOVE = /^(remove|delete|drop|unfollow|unwatch|clear|pop|exclude)$/;
const setOf = (items: readonly string[]) => [...new Set(items)].sort().join(', ');

/** The one short string a change of a list sends (`stock: "V"`). */
function changedValue(call: ReviewedCall): string | undefined {
  if (typeof call.arguments !== 'object') return undefined;
  const strings = Object.values(call.arguments).filter(
    (value): value is string => typeof value === 'string' && value !== '' && value.length <= 40,
  );
  return strings.length === 1 ? strings[0] : undefined;
}

/** The list a tool names: its result's list of strings, else its last word or the one after `from`/`to`. */
function listNames(call: ReviewedCall, words: string[]): Array<[string, string[] | undefined]> {
  const shown = isRecord(call.data)
    ? Object.entries(call.data).filter(
        (entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((item) => typeof item === 'string'),
      )
    : [];
  if (shown.length > 0) return shown.map(([key, items]) => [normalise(key), items]);
  const at = words.findIndex((word) => word === 'from' || word === 'to');
  return [[at >= 0 && at < words.length - 1 ? words.slice(at + 1).join('') : (words.at(-1) ?? ''), undefined]];
}

/**
 * (t) A session's list of plain values (a watchlist) read or changed in turn: a read with no arguments
 * shows what the last result showed, with what was added since and without what was removed; an add
 * shows the list with the value added.
 */
export function changedPlainLists(conversation: Conversation): string[] {
  const problems: string[] = [];
  const lists = new Map<string, { items: string[] | undefined; removed: Set<string>; tool: string }>();
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call) || typeof call.arguments !== 'object') continue;
    const words = (call.name ?? call.chatName)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    const change = ADD.test(words[0] ?? '') ? 'add' : REMOVE.test(words[0] ?? '') ? 'remove' : undefined;
    const sent = change === undefined ? undefined : changedValue(call);
    const asks = Object.values(call.arguments).some((value) => value !== undefined && value !== null && value !== '');
    if (change === undefined ? asks : sent === undefined) continue;
    for (const [name, shown] of listNames(call, words)) {
      const state = lists.get(name) ?? { items: undefined, removed: new Set<string>(), tool: call.chatName };
      let expected = state.items;
      if (change === 'add' && sent !== undefined) expected = expected === undefined ? undefined : [...expected, sent];
      if (change === 'remove' && sent !== undefined) {
        expected = expected?.filter((item) => item !== sent);
        state.removed.add(sent);
      }
      if (change === 'add' && sent !== undefined) state.removed.delete(sent);
      if (shown !== undefined) {
        if (change === 'add' && sent !== undefined && !shown.includes(sent))
          problems.push(`${call.chatName}: ${name} does not hold ${sent}, just added`);
        else if (expected !== undefined && setOf(shown) !== setOf(expected))
          problems.push(
            `${call.chatName}: ${name} holds ${setOf(shown) || 'nothing'}; after ${state.tool} it held ${setOf(expected) || 'nothing'}`,
          );
        else if (expected === undefined && shown.some((item) => state.removed.has(item)))
          problems.push(`${call.chatName}: ${name} holds ${shown.filter((item) => state.removed.has(item)).join(', ')}, removed before`);
        expected = shown;
      }
      lists.set(name, { items: expected, removed: state.removed, tool: call.chatName });
    }
  }
  return problems;
}

/** How many records a listing may show before it is a first page, not the whole (the simulated servers show 20). */
const WHOLE_LISTING = 20;

/** Whether a call sends no argument (a listing of everything), blanks left out. */
function sendsNothing(call: ReviewedCall): boolean {
  if (typeof call.arguments !== 'object' || call.arguments === null) return true;
  return Object.values(call.arguments).every((value) => value === undefined || value === null || value === '');
}

/** The ids a listing shows, or undefined when it may be cut short (a full page, a `total` above what it shows). */
function listedIds(call: ReviewedCall, conversation: Conversation): Set<string> | undefined {
  const ids = new Set<string>();
  let shown = 0;
  let total = 0;
  for (const { record, under } of objectsOf(call.data)) {
    for (const [key, value] of Object.entries(record))
      if (/^(total|count|totalcount|totalresults)$/.test(normalise(key)) && typeof value === 'number') total = Math.max(total, value);
    if (under === undefined) continue;
    const id = recordId(record, false, call, conversation);
    if (id === undefined) continue;
    ids.add(id);
    shown += 1;
  }
  return shown === 0 || shown >= WHOLE_LISTING || total > shown ? undefined : ids;
}

/** (u) A listing of every record of a kind that leaves out one the session read by its id (and did not delete). */
export function forgottenReads(conversation: Conversation): string[] {
  const problems: string[] = [];
  const read = new Map<string, Map<string, string>>(); // entity → id → the tool that read it
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const { action, entity, idParameter } = toolAction(call, conversation);
    const asked = argumentStrings(call);
    if (action === 'delete')
      for (const ids of read.values()) for (const id of [...ids.keys()]) if (asked.has(id.toLowerCase())) ids.delete(id);
    const named = idParameter === undefined || typeof call.arguments !== 'object' ? undefined : call.arguments[idParameter];
    if (action === 'read' && (typeof named === 'string' || typeof named === 'number') && topRecord(call.data) !== undefined) {
      const ids = read.get(entity) ?? new Map<string, string>();
      ids.set(String(named), call.chatName);
      read.set(entity, ids);
    }
    if (action !== 'list' || !sendsNothing(call)) continue;
    const listed = listedIds(call, conversation);
    if (listed === undefined) continue;
    for (const [id, tool] of read.get(entity) ?? [])
      if (!listed.has(id)) problems.push(`${call.chatName} lists every ${entity} but not ${id}, which ${tool} just read`);
  }
  return problems;
}

/** Every way a conversation's results drift between turns or answer other than what was sent. */
export function driftProblems(conversation: Conversation): string[] {
  return [
    ...driftingLists(conversation),
    ...borrowedTexts(conversation),
    ...strayPicks(conversation),
    ...unechoedParts(conversation),
    ...changedPlainLists(conversation),
    ...forgottenReads(conversation),
    ...movedStamps(conversation),
    ...nightlessStays(conversation),
    ...lineageProblems(conversation),
    ...forgottenKeys(conversation),
    ...partsOffSentDays(conversation),
    ...extraReceipts(conversation),
    ...unsettledRecords(conversation),
  ];
}
