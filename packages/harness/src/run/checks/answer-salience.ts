/**
 * Whether an answer tells what the user asked for, not labels or secrets: a field the call asked for by
 * an argument (`info_requested: ["ratification date"]`) said, or said to be missing; a number the tool
 * is named for (`gsi` of `gsi_prediction`) said; no SSN, password or
 * secret read out; a counted list of named records told by who they are; no sort said as the very
 * thing the tool is about ("its classification is committee").
 */
import type { ReviewedCall } from './conversation.js';
import { isJsonObject } from '@inftool/core';
import { saysSpoken } from './spoken-numbers.js';

/** Every object in a JSON value, outermost first (lists looked into, up to a depth). */
function eachObject(value: unknown, visit: (record: Record<string, unknown>) => void, depth = 0): void {
  if (depth > 5) return;
  if (Array.isArray(value)) for (const item of value) eachObject(item, visit, depth + 1);
  else if (isJsonObject(value)) {
    visit(value);
    for (const inner of Object.values(value)) eachObject(inner, visit, depth + 1);
  }
}

/** A key's words, lower case: `numAPIs` → num apis, `ratification_date` → ratification date. */
const keyWords = (key: string): string[] =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/(ies|es|s)$/, '')
    .slice(0, 7);

/** Whether the answer states a value: a number in its digits (grouped or rounded to a whole), a text in its words. */
function states(answer: string, value: unknown): boolean {
  const text = answer.toLowerCase();
  if (typeof value === 'number')
    return (
      [
        String(value),
        value.toLocaleString('en-US'),
        String(Math.round(value)),
        Math.round(value).toLocaleString('en-US'),
        // a tiny number in exponent form, to three figures ("3.13e-7" for 3.125e-7)
        value.toExponential(2),
      ].some((form) => text.includes(form)) || saysSpoken(text, value)
    );
  if (typeof value === 'boolean') return true; // a flag is said in words, not checked here
  if (typeof value !== 'string') return true;
  const lower = value.toLowerCase().trim();
  if (text.includes(lower)) return true;
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(lower);
  if (date) return text.includes(date[1] as string);
  const words = lower.match(/[a-z0-9]{4,}/g) ?? [];
  return words.length > 0 && words.filter((word) => text.includes(word)).length >= Math.ceil(words.length / 2);
}

/** Arguments that list what to return (`info_requested`, `requested_fields`, `fields`, `include`). */
const REQUESTED =
  /^(?:info(?:rmation)?_?requested|requested_?(?:info|information|fields|details|data)|fields|include|data_?points?|attributes)$/i;

/** The fields a call asks to be told by an argument, as written. */
function requestedFields(call: ReviewedCall): string[] {
  if (!isJsonObject(call.arguments)) return [];
  return Object.entries(call.arguments)
    .filter(([key]) => REQUESTED.test(key))
    .flatMap(([, value]) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*,\s*/) : []))
    .filter((item): item is string => typeof item === 'string' && item.trim().length >= 3 && item.trim().split(/\s+/).length <= 4);
}

/** An answer saying the thing asked about was not found at all. */
const NOTHING_FOUND = /\bno\b[^.]*\bon record\b|\bnot on record\b|\bnot found\b/i;

/**
 * A field a call asked for by an argument that the answer leaves unsaid: present in the result but none of
 * its values stated, or absent and the answer never says it is missing. Undefined when every asked field is told.
 */
export function untoldRequestedField(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const call of calls)
    for (const field of requestedFields(call)) {
      const want = keyWords(field)
        .filter((word) => word.length >= 3)
        .map(stem);
      if (want.length === 0) continue;
      const values: unknown[] = [];
      let present = false;
      eachObject(call.data, (record) => {
        for (const [key, value] of Object.entries(record)) {
          const have = new Set(keyWords(key).map(stem));
          if (!want.every((word) => have.has(word))) continue;
          present = true;
          if (typeof value === 'string' || typeof value === 'number') values.push(value);
        }
      });
      if (values.length > 0 && !values.some((value) => states(answer, value))) return `the ${field} the call asked for`;
      const named = want.every((word) => answer.toLowerCase().includes(word));
      // "No treaty named X is on record": nothing was found, so no asked field is there to tell
      if (!present && !(named && /\b(?:no|not|without|lacks?|missing)\b/i.test(answer)) && !NOTHING_FOUND.test(answer))
        return `the ${field} the call asked for, which the result lacks, without saying so`;
    }
  return undefined;
}

/** Tool-name words that say what a tool does or how, never a quantity it returns. */
const TOOL_VERB =
  /^(get|gets|set|find|list|search|fetch|retrieve|lookup|look|create|update|delete|add|remove|check|calculate|compute|convert|post|put|send|api|all|by|for|the|of|and|data|info|details?|current|latest|best|prediction|forecast|history|historical|simple|python|java|javascript|parallel|multiple|live)$/;

/**
 * A number the tool is named for (`gsi` of `gsi_prediction`, the GreenPowerIndex asked) that the
 * answer never states, while the result holds it: the asked quantity left out for another one.
 */
export function untoldToolQuantity(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const call of calls) {
    const named = new Set(keyWords(call.name ?? call.chatName).filter((word) => word.length >= 3 && !TOOL_VERB.test(word)));
    const values = new Map<string, number[]>();
    eachObject(call.data, (record) => {
      for (const [key, value] of Object.entries(record))
        // a number the call sent (`celsius` of a Celsius converter) is the input, not what was asked
        if (typeof value === 'number' && named.has(key.toLowerCase()) && !(isJsonObject(call.arguments) && key in call.arguments))
          values.set(key, [...(values.get(key) ?? []), value]);
    });
    for (const [key, numbers] of values) if (!numbers.some((value) => states(answer, value))) return `the ${key} the tool is named for`;
  }
  return undefined;
}

/** Keys of what no answer reads out: an SSN or tax number, a password, a PIN, a card's number or code. */
const PRIVATE_KEY =
  /^(?:ssn|social_?security(?:_?number)?|tax_?id|password|passwd|pin|cvv|cvc|card_?number)$|(?:_|\b)(?:ssn|password|pin|cvv)$/i;
/** Credentials: read out only when the request asked for them by name. */
const CREDENTIAL = /(?:secret|api_?key|access_?token|refresh_?token|private_?key)$/i;
/** An SSN, whole or masked. */
const SSN = /^(?:\d{3}|\*{3})-(?:\d{2}|\*{2})-\d{4}$/;

/** Whether a field is private whoever asks: an SSN (by its key or its shape), a password, a PIN, a card's number. */
export function privateField(key: string, value: unknown): boolean {
  return PRIVATE_KEY.test(key) || (typeof value === 'string' && SSN.test(value.trim()));
}

/** A secret of a result the answer reads out (its key), or undefined. */
export function secretReadOut(answer: string, request: string, calls: readonly ReviewedCall[]): string | undefined {
  const asked = new Set((request.toLowerCase().match(/[a-z]{3,}/g) ?? []).map(stem));
  let found: string | undefined;
  for (const call of calls)
    eachObject(call.data, (record) => {
      for (const [key, value] of Object.entries(record)) {
        if ((typeof value !== 'string' && typeof value !== 'number') || String(value).length < 4) continue;
        const secret = privateField(key, value) || (CREDENTIAL.test(key) && !keyWords(key).every((word) => asked.has(stem(word))));
        if (secret && answer.includes(String(value))) found ??= key;
      }
    });
  return found;
}

/** A name as an answer may say it: trimmed, its closing punctuation aside ("More!" is said "More"). */
const bareName = (text: string) =>
  text
    .trim()
    .replace(/[.;:,!?]+$/, '')
    .toLowerCase();

/**
 * The names each of up to three listed records goes by: its `name`/`title`/`*_name`, or the name of a record it
 * holds, when it holds one (a membership's `person.name`); undefined when one of them has none, or when they are more.
 */
function namesOf(items: readonly unknown[]): string[][] | undefined {
  if (items.length === 0 || items.length > 3) return undefined;
  const names = items.map((item) => {
    if (!isJsonObject(item)) return [];
    const own = Object.entries(item)
      .filter(([key, value]) => /^(?:name|title|full_?name|display_?name)$|_name$/i.test(key) && typeof value === 'string')
      .map(([, value]) => value as string);
    // The one record an item holds names it (a membership's `person`); of several (a room's rate, notes, policy), none does.
    const inner = Object.values(item).filter(isJsonObject);
    const held = inner.length === 1 && typeof inner[0]?.['name'] === 'string' ? [inner[0]['name']] : [];
    return [...own, ...held].filter((name) => name.trim().length >= 2);
  });
  // Names shared by all (two actions of one organization) tell the records apart no more than a count does.
  const distinct = new Set(names.map((list) => list[0])).size === names.length;
  return names.every((list) => list.length > 0) && distinct ? names : undefined;
}

/** "has 2 memberships" where the two are named records the answer names neither of: the list counted, never told. */
export function unnamedMembers(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const lower = answer.toLowerCase();
  let found: string | undefined;
  for (const call of calls)
    eachObject(call.data, (record) => {
      for (const [key, value] of Object.entries(record)) {
        if (!Array.isArray(value)) continue;
        const names = namesOf(value);
        const noun = keyWords(key).join(' ');
        if (names === undefined || noun.length < 3) continue;
        const counted = new RegExp(`\\b${value.length} (?:[a-z]+ )?${noun.replace(/s$/, '')}`, 'i').test(answer);
        if (counted && !names.flat().some((name) => lower.includes(bareName(name)))) found ??= `${value.length} ${noun}`;
      }
    });
  return found;
}

/** "its classification is committee" from a committee tool: a sort said as the very thing the tool is about. */
export function ownKindLabel(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const objects = new Set(calls.flatMap((call) => keyWords(call.name ?? call.chatName)).map(stem));
  for (const match of answer.matchAll(/\b(?:its|the) (?:classification|kind|type|category|class) is ([a-z]+)\b/gi))
    if (objects.has(stem(match[1] as string))) return match[0];
  return undefined;
}

/** A result that says its list stops early (`complete: false`, `truncated: true`) told as if it were the whole list. */
export function hiddenCut(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const cut = calls.find(
    (call) =>
      !call.isError &&
      isJsonObject(call.data) &&
      Object.entries(call.data).some(
        ([key, value]) =>
          (/^(complete|is_?complete|exhaustive)$/i.test(key) && value === false) ||
          (/^(truncated|is_?truncated|partial|is_?partial|incomplete)$/i.test(key) && value === true),
      ),
  );
  if (cut === undefined) return undefined;
  return /\b(not all|not the whole|not complete|incomplete|partial|truncated|cut short|stops after|only the first|first \d[\d,]* of|more than)\b/i.test(
    answer,
  )
    ? undefined
    : (cut.name ?? cut.chatName);
}

/** Why an answer does not tell what was asked (a requested field untold, a secret read out, members only counted, an own-kind label), or undefined. */
export function salienceProblem(answer: string, request: string, calls: readonly ReviewedCall[]): string | undefined {
  const untold = untoldRequestedField(answer, calls);
  if (untold !== undefined) return `the answer leaves out ${untold}`;
  const quantity = untoldToolQuantity(answer, calls);
  if (quantity !== undefined) return `the answer leaves out ${quantity}`;
  const secret = secretReadOut(answer, request, calls);
  if (secret !== undefined) return `the answer reads out a secret (${secret})`;
  const members = unnamedMembers(answer, calls);
  if (members !== undefined) return `the answer counts named records without naming any: "${members}"`;
  const cut = hiddenCut(answer, calls);
  if (cut !== undefined) return `the answer tells a list ${cut} says is cut short as if it were all of it`;
  const kind = ownKindLabel(answer, calls);
  if (kind !== undefined) return `the answer gives a label, not a value: "${kind}"`;
  return undefined;
}
