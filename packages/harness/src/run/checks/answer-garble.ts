/**
 * Templated answers that say plumbing or shape instead of what the results mean: paging fields stated
 * as facts ("has next", "the filter is failed"), a result's keys counted as its entries, an empty list
 * said as "none", a share counted as things ("97 clouds"), a quantity without the unit the call asked
 * for ("temperature 19.6" for `units: "I"`), a ratio returned in percent said without "%".
 */
import { misfitArticle } from '@inftool/core';
import type { ReviewedCall } from './conversation.js';
import { shapeAnswer } from './answer-shape.js';
import { subjectAnswer } from './answer-subject.js';

/** Paging and query plumbing said as a fact about what came back. */
const PLUMBING_FACT =
  /\b(?:has next|does not have (?:next|previous)|has (?:a )?previous\b|the filter is \w+|a page of \d|\d+ total (?:elements?|pages?)\b|(?:the|its) (?:next|previous) page number is|the cursor is|the page is \d|has more\b)/i;

/** An empty list said as a value: "its accounts are none", "the content is none". */
const SAID_NONE = /\b(?:the|its|their) [a-z][a-z ]{0,40}? (?:is|are) none\b/i;

/** A machine stamp read out as written: an hour glued to its date ("at 2025-05-25:16") or an ISO stamp ("2025-05-25T16:00"). */
const RAW_STAMP = /\b\d{4}-\d{2}-\d{2}(?::\d{2}\b|T\d{2}:\d{2})/;

/** Records told by their place in a list alone ("the first, the second and the third"), or a sentence used as a label ("(There are 3 results):"). */
const NAMELESS_ITEMS =
  /:\s+the first(?:,| and) the second\b|\((?:there (?:are|is)|the service returned|i (?:got|see|count|found)) [^()]*\):/i;

/** A noun said only in the plural made singular from its key: "its hour is 10:00-17:00" for `hours`. */
const SINGULAR_HOURS = /\b(?:its|the) (?:opening |business )?hour is \S*\d/i;

/** A call of a turn named by its place ("The second request:") rather than by what it asked. */
const PLACED_REQUEST = /\bThe (?:first|second|third|fourth|fifth|sixth) request\b(?! returned the same)/;

/** Whether the calls sent different arguments, so each can be named by what it asked. */
function callsDiffer(calls: readonly ReviewedCall[]): boolean {
  return new Set(calls.map((call) => JSON.stringify(call.arguments))).size > 1;
}

/** A share counted as things ("97 clouds", "54 clouds"). */
const SHARE_COUNTED = /\b\d+(?:\.\d+)? clouds\b/i;

/** A share said over 100% (relative humidity 132%): an impossible value reported as fact. */
const SHARE_OVER =
  /\b(?:cloud cover|humidity|relative humidity|chance of precipitation)(?: is| of)? (\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)% (?:cloud cover|humidity|relative humidity)/gi;

/** A temperature with a number after it and no unit. */
const BARE_TEMPERATURE = /\btemperature(?: is| of)? (-?\d+(?:\.\d+)?)(?!\d|\.\d)(?!\s*(?:°|K\b|degrees|%))/i;

/** Whether a call asked for a measurement system by a `units` argument (`I`, `metric`, `S`). */
function asksForUnits(call: ReviewedCall): boolean {
  if (typeof call.arguments !== 'object') return false;
  return Object.entries(call.arguments).some(
    ([key, value]) =>
      /^(units?|unit_?system|unit_?group|temperature_?unit|temp_?unit)$/i.test(key) &&
      typeof value === 'string' &&
      /^(i|m|s|imperial|metric|standard|fahrenheit|celsius|kelvin|f|c|k|us|uk|base)$/i.test(value.trim()),
  );
}

/** Object keys of a result that read as field names (`DataLocation`, `auxiliary_data_location`), six letters or more. */
function fieldKeys(data: unknown): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(node)) node.slice(0, 5).forEach((item) => walk(item, depth + 1));
    else if (typeof node === 'object' && node !== null)
      for (const [key, value] of Object.entries(node)) {
        if (key.length >= 6 && (/[a-z][A-Z]/.test(key) || /_/.test(key))) keys.add(key);
        walk(value, depth + 1);
      }
  };
  walk(data, 0);
  return keys;
}

/** A count whose items are the result's own keys: "4 entries: api-parallel-prod, DataLocation and AuxiliaryDataLocation". */
function keysAsEntries(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const listed = /\b(\d+|two|three|four|five) (?:entries|results|items|records)\b[^.]*?:([^.]+)/i.exec(answer);
  if (listed === null) return undefined;
  const keys = new Set(calls.flatMap((call) => [...fieldKeys(call.data)]));
  const named = [...keys].filter((key) => new RegExp(`(^|[\\s,“(])${key}(?=$|[\\s,.;”)])`).test(listed[2] as string));
  return named.length >= 2 ? `${listed[0].slice(0, 80)}` : undefined;
}

/** A number sent twice (a, b) whose quotient times 100 is a value the result holds under a ratio's key. */
function percentValues(calls: readonly ReviewedCall[]): number[] {
  const found: number[] = [];
  for (const call of calls) {
    if (typeof call.arguments !== 'object' || typeof call.data !== 'object' || call.data === null) continue;
    const sent = Object.values(call.arguments).filter((value): value is number => typeof value === 'number' && value !== 0);
    for (const [key, value] of Object.entries(call.data as Record<string, unknown>)) {
      if (typeof value !== 'number' || !/(return|ratio|margin|rate|yield|roa|roe|roi|growth|percent|pct)/i.test(key)) continue;
      const near = (a: number, b: number) => Math.abs(a - b) <= 0.006 + Math.abs(b) * 0.002;
      if (sent.some((a) => sent.some((b) => a !== b && near(value, (100 * a) / b) && !near(value, a / b)))) found.push(value);
    }
  }
  return found;
}

/** A flag read out with its hedge: "is not maybe audio invalid". */
const HEDGED_FLAG = /\b(?:is|are)(?: not)? (?:maybe|possibly|probably|perhaps|potentially) [a-z]+/i;

/** An adjective counted as things: "50 helpfuls", "20 unhelpfuls". */
const COUNTED_ADJECTIVE =
  /\b\d[\d,]* (?!(?:hand|mouth|spoon|cup|arm|bucket|basket|pocket|room|box|bag|fist|lung|eye|plate|bowl|tank|truck|car|boat)fuls\b)[a-z]{3,}fuls\b/i;

/** A key ending in a preposition read as a noun: "its access valid for is 90 days", "the maximum historical is 3 days". */
const KEY_AS_NOUN =
  /\b(?:the|its|their) (?:[a-z]+ )*?(?:[a-z]+ (?:for|to|of|in|within|after|until|per)|[a-z]{3,}(?:ical|ful|less))(?: is| are) \d/i;

/** A glued key split on its suffix: "is contract able", "all contract able". */
const SPLIT_SUFFIX =
  /\b(?:is|are|all|not|be) (?!(?:still|often|always|never|quite|again|later|even|thus|also|once|more|most|less|much|very|well|just|then|fully|better)\b)(?![a-z]+(?:ly|er)\b)[a-z]{4,} (?:able|ible)\b/i;

/** A mass noun counted as things: "2 data", "2 qualities", "3 order histories" (not "2 data records"). */
const COUNTED_MASS =
  /\b(?:\d(?:[\d,]*\d)?|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z]+ )?(?:data|datas|informations?|metadatas?|histories|qualities|weathers|feedbacks|advices|softwares|evidences|researches|knowledges|equipments|furnitures)\b(?! (?:records?|entries|entry|items?|points?|sets?|sources?|files?)\b)/i;

/** A call's argument said as a form field before its value: "For hours 17:", "For weight kg 22.5,", "For number 330.38:". */
const KEY_OPENER =
  /(?:^|[.!?;:]\s+)For (?!(?:the|a|an|each|all|both|every|at)\b)((?:[a-z]+ ){0,2}[a-z]+) (-?\d[\d,]*(?:\.\d+)?)(?=[,:]\s| and [a-z]| \()/g;

/** Keys whose number names a thing or a place in a series: "For key 6850054", "For zip 94103", "For year 2024". */
const NAMING_KEY =
  /\b(?:id|ids|code|zip|key|no|year|page|user|account|order|item|record|version|room|floor|level|step|day|week|month)$|[a-z] number$/i;

/** The first argument said as a key before its number ("For hours 17"), or undefined. */
function keyOpener(answer: string): string | undefined {
  for (const match of answer.matchAll(KEY_OPENER)) if (!NAMING_KEY.test(match[1] as string)) return match[0].replace(/^[.!?;:]\s+/, '');
  return undefined;
}

/** Sentence openings that name what a sentence is about. */
const LEAD = String.raw`(?:^|[.!?;:]\s+|\b(?:For|As for|About|Looking at|What I see for|Here is what I have on|on|created|found|returned|updated)\s+)`;

/** "the record 2051117" or "the enrichment analysis 8732224" as a sentence's subject; the id is the match's second group. */
const ID_SUBJECT = new RegExp(
  `${LEAD}[Tt]he ((?:[a-z]+ ){0,2}(?!(?:is|are|was|were|of|to|by|at|and|or|has|have|for|in|on|with|from|about|than|be|been)\\b)[a-z]+) (\\d{5,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b(?![.,]\\d)(?! \\()`,
  'g',
);

/** Tools that make a record: their new id is what a user comes back with, so it may name the record. */
const MAKES = /(^|[_\s-])(create|add|make|start|submit|register|book|new|open|issue|generate|upload|send|place)/i;

/** Whether a result holds the id under a key named for the noun said with it (`batchid`, `batch_id` for "the batch"). */
function ownKeyHolds(data: unknown, noun: string, id: string): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const word = noun.split(' ').at(-1) as string;
  return Object.entries(data).some(
    ([key, value]) => String(value) === id && new RegExp(`^${word}[_-]?(id|sid|uuid)$`, 'i').test(key) && word !== 'record',
  );
}

/** Whether any call sent a value (at any depth). */
function sentAnywhere(calls: readonly ReviewedCall[], value: string): boolean {
  return calls.some(
    (call) => typeof call.arguments === 'object' && JSON.stringify(call.arguments).toLowerCase().includes(value.toLowerCase()),
  );
}

/**
 * An answer that reads like a form filled from field names: a record's own id as its subject ("For the record 2051117",
 * "The enrichment analysis 8732224 has …") when no call sent it or made the record; a flag read with its hedge; an
 * adjective counted; a key ending in a preposition said as a noun; a key split on its suffix; a code the call sent
 * capitalised as a name ("Us has a total of 325"); a mass noun counted ("2 data"); a request introduced by its
 * argument's key ("For hours 17:").
 */
export function formAnswer(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const match of answer.matchAll(ID_SUBJECT)) {
    const [said, noun, id] = match as unknown as [string, string, string];
    // Made by the call (a create, a send, "I created the tweet 62814"), or kept under its noun's key (`batchid`: "the batch 7656256").
    const made = /^\W*created\b/i.test(said) || calls.some((call) => MAKES.test(call.name ?? call.chatName));
    const keyed = calls.some((call) => ownKeyHolds(call.data, noun, id));
    if (noun === 'record' || (!made && !keyed && !sentAnywhere(calls, id)))
      return `it names a record by an id nobody asked about: "${said.trim()}"`;
  }
  for (const pattern of [HEDGED_FLAG, COUNTED_ADJECTIVE, KEY_AS_NOUN, SPLIT_SUFFIX]) {
    const found = pattern.exec(answer);
    if (found !== null) return `it reads a field name as words: "${found[0]}"`;
  }
  const article = misfitArticle(answer);
  if (article !== undefined) return `it puts an article that does not fit before letters said by name: "${article}"`;
  const mass = COUNTED_MASS.exec(answer);
  if (mass !== null) return `it counts a mass noun as things: "${mass[0]}"`;
  const opener = keyOpener(answer);
  if (opener !== undefined) return `it names a request by its argument's key, not as a phrase: "${opener}"`;
  for (const match of answer.matchAll(
    /(?:^|[.!?]\s+)(?!(?:It|He|We|She|You|Its|His|Her|Our|One|Two|All|Any|Few|Now|The|Who|Why|How|Yes)\b)([A-Z][a-z]{1,2}) (?:has|is|are|have)\b/g,
  )) {
    const code = (match[1] as string).toLowerCase();
    if (calls.some((call) => typeof call.arguments === 'object' && Object.values(call.arguments).includes(code)))
      return `it says a code the call sent as a name: "${match[0].trim()}"`;
  }
  return undefined;
}

/** Why an answer reads as a garbled template rather than what the results say, or undefined. */
export function garbledAnswer(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const form = formAnswer(answer, calls) ?? subjectAnswer(answer, calls) ?? shapeAnswer(answer, calls);
  if (form !== undefined) return form;
  const plumbing = PLUMBING_FACT.exec(answer);
  if (plumbing !== null) return `it states paging plumbing as a fact: "${plumbing[0]}"`;
  const none = SAID_NONE.exec(answer);
  if (none !== null) return `it says an empty list as a value: "${none[0]}"`;
  const keys = keysAsEntries(answer, calls);
  if (keys !== undefined) return `it counts the result's keys as entries: "${keys}"`;
  const stamp = RAW_STAMP.exec(answer);
  if (stamp !== null) return `it reads out a raw timestamp: "${stamp[0]}"`;
  const nameless = NAMELESS_ITEMS.exec(answer);
  if (nameless !== null) return `it tells results by their place or by a sentence, not by what they hold: "${nameless[0]}"`;
  const hours = SINGULAR_HOURS.exec(answer);
  if (hours !== null) return `it makes a plural-only key singular: "${hours[0]}"`;
  const placed = callsDiffer(calls) ? PLACED_REQUEST.exec(answer) : null;
  if (placed !== null) return `it names a request by its place, not by what it asked: "${placed[0]}"`;
  const share = SHARE_COUNTED.exec(answer);
  if (share !== null) return `it counts a share as things: "${share[0]}"`;
  for (const match of answer.matchAll(SHARE_OVER))
    if (Number(match[1] ?? match[2]) > 100) return `it states an impossible share as fact: "${match[0]}"`;
  // Only when every call that returned temperatures asked for units: a call without them leaves its numbers bare.
  const warm = calls.filter((call) => /"[a-z_]*temp[a-z_]*"\s*:/i.test(JSON.stringify(call.data ?? null)));
  const bare = warm.length > 0 && warm.every(asksForUnits) ? BARE_TEMPERATURE.exec(answer) : null;
  if (bare !== null) return `it gives a temperature without the unit the request asked for: "${bare[0]}"`;
  for (const value of percentValues(calls)) {
    const said = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.]*\\s*(?:%|percent))`).exec(answer);
    if (said !== null) return `it gives a ratio returned in percent without "%": "${value}"`;
  }
  return undefined;
}
