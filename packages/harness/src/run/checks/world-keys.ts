import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';

/**
 * A store's list of keys holds the keys the session used (docs/harness.md, `world_consistent` (ad)):
 * once a call of a store (`archival_memory_replace(key: "8739772")`, `…_add`, `…_retrieve`) answered
 * for a key, and no remove took it out, a listing of the store's keys with no arguments
 * (`archival_memory_list_keys`, a plain list under `keys`) shows it. Stores are told apart by the words
 * before the tool's verb (`archival_memory` and `core_memory` are two).
 */

const VERB =
  /^(add|append|insert|create|put|save|store|set|replace|update|edit|modify|retrieve|get|read|fetch|remove|delete|drop|list|search|find|key|keys|all)$/;
const REMOVE = /^(remove|delete|drop)$/;
const KEY_ARGUMENT = /^(key|name|id|memory_?key)$/i;

/** The store a tool is of and the verb it does (`archival_memory_list_keys` → archival_memory, list). */
function storeOf(call: ReviewedCall): { store: string; verb: string } | undefined {
  const words = call.chatName
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const at = words.findIndex((word) => VERB.test(word));
  return at <= 0 ? undefined : { store: words.slice(0, at).join('_'), verb: words[at] ?? '' };
}

function sentKey(call: ReviewedCall): string | undefined {
  if (typeof call.arguments !== 'object' || call.arguments === null) return undefined;
  const entry = Object.entries(call.arguments).find(([name]) => KEY_ARGUMENT.test(name));
  const value = entry?.[1];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function listedKeys(call: ReviewedCall): string[] | undefined {
  const data = call.data;
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null
      ? (data as Record<string, unknown>)['keys']
      : undefined;
  return Array.isArray(list) && list.length < 20 && list.every((item) => typeof item === 'string') ? (list as string[]) : undefined;
}

const sendsNothing = (call: ReviewedCall): boolean =>
  typeof call.arguments !== 'object' ||
  call.arguments === null ||
  Object.values(call.arguments).every((value) => value === undefined || value === '');

export function forgottenKeys(conversation: Conversation): string[] {
  const problems: string[] = [];
  const used = new Map<string, Map<string, string>>(); // store → key → the tool that used it
  for (const call of conversation.calls) {
    if (call.rejected || errorResult(call)) continue;
    const of = storeOf(call);
    if (of === undefined) continue;
    const keys = used.get(of.store) ?? new Map<string, string>();
    used.set(of.store, keys);
    const key = sentKey(call);
    if (key !== undefined && REMOVE.test(of.verb)) keys.delete(key);
    else if (key !== undefined && !/^(list|search|find)$/.test(of.verb)) keys.set(key, call.chatName);
    const listed = of.verb === 'list' && sendsNothing(call) ? listedKeys(call) : undefined;
    if (listed === undefined) continue;
    for (const [held, tool] of keys)
      if (!listed.includes(held)) problems.push(`${call.chatName} lists the keys of ${of.store} without ${held}, which ${tool} used`);
  }
  return problems;
}
