import { caseCountProblems } from './broken-sums.js';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { isJsonObject } from '@inftool/core';

type Json = Record<string, unknown>;

/** Every object of a value, with whether it is an element of a list (a record listed). */
function objects(value: unknown, visit: (object: Json, listed: boolean) => void, listed = false): void {
  if (Array.isArray(value)) for (const entry of value) objects(entry, visit, true);
  else if (isJsonObject(value)) {
    visit(value, listed);
    for (const child of Object.values(value)) objects(child, visit, false);
  }
}

/** The call's scalar arguments by name, nested ones too (a JSON body's fields). */
function flatArguments(call: ReviewedCall): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  const walk = (value: unknown) => {
    if (!isJsonObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (isJsonObject(inner)) walk(inner);
      else entries.push([key, inner]);
    }
  };
  if (typeof call.arguments === 'object') walk(call.arguments);
  return entries;
}

const VERSION = /^v?\d+(\.\d+){0,3}$/;
/** A key of a map of versions: a version number or a dated version (`2024-01-01`). */
const VERSION_KEY = /^(v?\d+(\.\d+){0,3}|\d{4}-\d{2}-\d{2})$/;

/**
 * A version asked for (`api: "2.1.0"`) that the result's map of versions leaves out (`versions: {"v1": …,
 * "2024-01-01": …}`), and a `preferred` version beside that map that names none of its keys.
 */
export function missingVersion(call: ReviewedCall): string[] {
  const asked = flatArguments(call).find(
    ([name, value]) => /version|^api$|^ver$|release/i.test(name) && typeof value === 'string' && VERSION.test(value),
  )?.[1] as string | undefined;
  const problems: string[] = [];
  objects(call.data, (object) => {
    for (const [key, map] of Object.entries(object)) {
      if (!/^versions?$/i.test(key) || !isJsonObject(map)) continue;
      const keys = Object.keys(map);
      if (keys.length === 0 || !keys.every((version) => VERSION_KEY.test(version))) continue;
      if (asked !== undefined && !keys.includes(asked))
        problems.push(`${call.chatName}: version ${asked} asked, but ${key} holds only ${keys.join(', ')}`);
      const preferred = object['preferred'];
      if (typeof preferred === 'string' && !keys.includes(preferred))
        problems.push(`${call.chatName}: preferred version ${preferred} is none of the ${key} listed (${keys.join(', ')})`);
    }
  });
  return problems;
}

/** Keys that count a list (`total`, `count`, `totalResults`): never fewer than the list beside them shows. */
const COUNT_KEY = /^(total|count|total_?count|total_?results|total_?items|num_?results|result_?count|hits)$/i;

/**
 * Numbers that must add up and do not: an OBIS register total (`1.8.0`) that is not the sum of its
 * tariffs (`1.8.1`, `1.8.2`), and a total or count smaller than the one list beside it holds.
 */
export function inconsistentTotals(call: ReviewedCall): string[] {
  const problems: string[] = [];
  objects(call.data, (object) => {
    const numeric = Object.entries(object).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
    for (const [key, total] of numeric) {
      const stem = /^(\d+\.\d+)\.0$/.exec(key)?.[1];
      if (stem === undefined) continue;
      const tariffs = numeric.filter(([other]) => /^\d+\.\d+\.[1-9]\d?$/.test(other) && other.startsWith(`${stem}.`));
      if (tariffs.length === 0) continue;
      const sum = tariffs.reduce((acc, [, n]) => acc + n, 0);
      if (Math.abs(sum - total) > Math.max(0.01, Math.abs(total) * 0.005))
        problems.push(
          `${call.chatName}: register ${key} is ${total}, but its tariffs ${tariffs.map(([name]) => name).join(' + ')} make ${sum}`,
        );
    }
    const lists = Object.entries(object).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
    if (lists.length !== 1) return;
    const [name, list] = lists[0]!;
    for (const [key, count] of numeric)
      if (COUNT_KEY.test(key) && Number.isInteger(count) && count < list.length)
        problems.push(`${call.chatName}: ${key} is ${count}, but ${name} lists ${list.length}`);
  });
  return problems;
}

/** Arguments that page a list or search it: a record of the list never holds them. */
const STEERING = /^(size|from|offset|limit|page|page_?size|per_?page|page_?token|cursor|search|q|query|facets|sort|sort_?by|order_?by)$/i;

/**
 * A listed record that holds a paging or search argument the call did not send (`size: 20, from: 0,
 * search: "asthma"` in each association of a call that sent only `target` and `disease`): the generator
 * echoed arguments nobody gave. An argument the call sent is the other checks' business.
 */
export function unsentEchoes(call: ReviewedCall, conversation: Conversation): string[] {
  const properties = (conversation.tools.get(call.chatName)?.parameters['properties'] ?? {}) as Json;
  const sent = new Set(flatArguments(call).map(([key]) => key));
  const steering = Object.keys(properties).filter((key) => STEERING.test(key) && !sent.has(key));
  if (steering.length === 0) return [];
  const echoed = new Set<string>();
  objects(call.data, (object, listed) => {
    if (!listed) return;
    for (const key of steering) if (key in object && object[key] !== null && typeof object[key] !== 'object') echoed.add(key);
  });
  return echoed.size === 0 ? [] : [`${call.chatName}: its records hold ${[...echoed].join(', ')}, arguments the call did not send`];
}

/** The three rules over every call that reached a server and did not fail. */
export function resultFitProblems(conversation: Conversation): {
  versions: string[];
  totals: string[];
  echoes: string[];
} {
  const calls = conversation.calls.filter((call) => !call.rejected && !errorResult(call));
  return {
    versions: calls.flatMap(missingVersion),
    totals: calls.flatMap((call) => [...inconsistentTotals(call), ...caseCountProblems(call)]),
    echoes: calls.flatMap((call) => unsentEchoes(call, conversation)),
  };
}
