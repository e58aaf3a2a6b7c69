/** The facts of a result as the offline assistant says them: keys in words, salient values first, one sentence. */
import { ACRONYMS as CAPITALS } from '@inftool/core';
import { humanKey, sayableKey } from './key-words.js';
import { formatValue } from './format-value.js';
import { recordUnits } from './record-units.js';
import { requisitionFacts } from './requisition-facts.js';
import { type MeasureSystem, systemOf } from './fact-measures.js';
import { counted, HEADLINE, secretField, requestWords, namedByRequest, stem } from './fact-salience.js';
import { type Fact, SORT_KEY, factOf, FILE_KEY } from './field-facts.js';
import { LABELS, NOISE, isPlumbing, UNIT, cleanLabel, labelOf } from './record-names.js';
import { type Json, isRecord } from './result-record.js';

export { englishWord, humanKey, misspelt, sayableKey } from './key-words.js';
export { enumWords, formatValue, isBlob, listing, propertyProse } from './format-value.js';

/** Keys that say what sort of record it is, not what it says. */
const BOOKKEEPING = /^(kind|type|object|objectType|object_type|resourceType|resource_type)$/i;

/**
 * The salient facts of a record, most telling first: what the request asks about, then verdicts,
 * states and amounts; bookkeeping, echoes of the request and the record's own name left out.
 */

export function facts(
  record: Json,
  skip: ReadonlySet<string>,
  limit: number,
  asked: Json = {},
  entity?: string,
  request?: string,
  least = 1,
  system: MeasureSystem | undefined = systemOf(asked),
): Fact[] {
  // a bank-data requisition is told by its status, institution, accounts and link
  const requisition = requisitionFacts(record);
  if (requisition !== undefined) return requisition;
  const reading = { ...readingOf(record, skip, asked, entity, request), system };
  const found: Found[] = [];
  const texts = new Set<string>();
  for (const [key, value] of Object.entries(record)) {
    // The same text under two keys (`summary`, `socialMediaSummary`) is said once.
    if (typeof value === 'string' && value.length > 20 && texts.has(value.trim())) continue;
    if (typeof value === 'string') texts.add(value.trim());
    if (keptOut(reading, key, value)) continue;
    const shaped = shapedFact(record, key, value);
    if (shaped === null) continue;
    if (shaped !== undefined) {
      found.push({ fact: shaped, order: found.length, bookkeeping: false });
      continue;
    }
    if (!/[a-z]{2}/i.test(key)) continue; // `1.8.0` and the like mean nothing in words
    const fact = plainFact(reading, key, value);
    if (fact) found.push({ fact: { ...fact, key }, order: found.length, bookkeeping: bookkeeping(reading, key) });
  }
  // A record's `kind` or `type` is bookkeeping ("its kind is personal", "with city as the type"): told only when
  // fewer than two other facts are, never to pad a record that already says something.
  const plain = found.filter((entry) => !entry.bookkeeping);
  const told = plain.length >= Math.min(least, 2) ? plain : found;
  if (told.length < least) told.push(...madeOn(record, skip, told, found.length));
  const sorted = told.sort((x, y) => y.fact.score - x.fact.score || x.order - y.order).map((entry) => entry.fact);
  // One text of what the document says is enough: a second summary is left out.
  const firstContent = sorted.findIndex((fact) => fact.content);
  return ownValuesFirst(spanOf(sorted.filter((fact, index) => !fact.content || index === firstContent)), record, limit);
}

/** Whether a key is a record's sort (`kind`, `type`) that the request did not ask about. */
function bookkeeping({ words }: Reading, key: string): boolean {
  return BOOKKEEPING.test(key) && !words.has(stem(key)) && !words.has(stem(`${key}s`));
}

/** A fact found in a record, with its place among the record's keys and whether it is bookkeeping. */
interface Found {
  fact: Fact;
  order: number;
  bookkeeping: boolean;
}

/** What a record's facts are read with: its name, its unit, its one measured number, the request's words, the values sent. */
interface Reading {
  record: Json;
  skip: ReadonlySet<string>;
  asked: Json;
  request: string | undefined;
  label: string | undefined;
  unitKey: string | undefined;
  unit: string | undefined;
  measuredKey: string | undefined;
  words: Set<string>;
  given: Set<string>;
  /** What the call is about (`committee` for `committee_detail`), when known. */
  entity?: string | undefined;
  /** The measurement system the call asked for. */
  system?: MeasureSystem | undefined;
  /** Units the record keeps for its numbers, and the keys that hold them. */
  ownUnits: Map<string, string>;
  unitSources: Set<string>;
}

function readingOf(record: Json, skip: ReadonlySet<string>, asked: Json, entity?: string, request?: string): Reading {
  const unitKey = Object.keys(record).find((key) => UNIT.test(key) && typeof record[key] === 'string');
  const numbers = Object.keys(record).filter((key) => typeof record[key] === 'number' && asked[key] === undefined);
  const words = requestWords(request);
  // The words of the arguments ("the post with key pos_1") say how the record was found, not what the user wants told.
  for (const key of Object.keys(asked))
    for (const word of humanKey(key).split(' ')) words.delete(word.replace(/(ies|es|s)$/, '').slice(0, 7));
  // A value that equals an argument under another key ("credits": 10 beside "ttl": 10) reads as an echo: said last.
  const given = new Set<string>();
  const gather = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(gather);
    else if (isRecord(value)) Object.values(value).forEach(gather);
    else if (typeof value === 'string' || typeof value === 'number') given.add(String(value).toLowerCase());
  };
  gather(asked);
  const { units: ownUnits, sources: unitSources } = recordUnits(record);
  return {
    ownUnits,
    unitSources,
    record,
    skip,
    asked,
    request,
    label: labelOf(record, entity),
    unitKey,
    unit: unitKey ? (record[unitKey] as string) : undefined,
    measuredKey: numbers.length === 1 ? numbers[0] : undefined,
    words,
    given,
    entity,
  };
}

/** Whether a value names the same thing as an entity ("committee" and `committees`, "Committee"). */
function sameNoun(value: string, entity: string): boolean {
  const noun = humanKey(entity).split(' ').at(-1) ?? '';
  return noun.length >= 3 && stem(value.trim()) === stem(noun);
}

/** Whether a field is left out: an echo of what was asked, the name again, a skipped key, a unit, bookkeeping, a label, a null. */
function keptOut({ asked, label, skip, unitKey, request, given, unitSources, entity }: Reading, key: string, value: unknown): boolean {
  if (secretField(key, value, request)) return true;
  // A sort that is the very thing asked about ("its classification is committee" for a committee) tells nothing.
  if (typeof value === 'string' && SORT_KEY.test(key) && entity !== undefined && sameNoun(value, entity)) return true;
  // an echo of what was asked, or the name again (one side of a pair "PCSK9 – asthma" too), tells nothing
  if (asked[key] === value || (label !== undefined && typeof value === 'string' && label.split(' – ').includes(cleanLabel(value))))
    return true;
  // the prefix of a code the call sent (`ontology: "ECO"` for `ECO_0000131`) says what was asked again: "the ontology is ECO"
  if (typeof value === 'string' && /^[A-Za-z]{2,10}$/.test(value) && [...given].some((sent) => sent.startsWith(`${value.toLowerCase()}_`)))
    return true;
  return (
    skip.has(key) ||
    unitSources.has(key) ||
    isPlumbing(key) ||
    (UNIT.test(key) && typeof value === 'string' && /^[A-Z]{3}$/.test(value)) ||
    key === unitKey ||
    (NOISE.test(key) && !(/(url|uri|link|href)$/i.test(key) && namedByRequest(key, request))) ||
    LABELS.includes(key) ||
    value === null ||
    value === undefined
  );
}

/**
 * A field whose shape says how it reads: a map of records counted, a participle naming an entry of a sibling map,
 * an OBIS register, a unit inside the key. Null when the field is a record that reads as nothing; undefined when
 * it is a plain field.
 */
function shapedFact(record: Json, key: string, value: unknown): Fact | null | undefined {
  if (isRecord(value)) {
    // A map of records (`versions: {"v1": {…}, "2.0.0": {…}}`) is counted: "has 2 versions".
    const inner = Object.values(value);
    const count = inner.length > 0 && inner.every(isRecord) ? counted(key, inner.length) : undefined;
    return count !== undefined ? { kind: 'verb', text: `has ${count}`, score: 0, key } : null;
  }
  // A participle naming an entry of a sibling map (`preferred: "v1"` beside `versions`): "the preferred version is v1".
  const chosen =
    typeof value === 'string' && /^[a-z]+ed$/i.test(key)
      ? Object.keys(record).find(
          (other) => isRecord(record[other]) && isRecord((record[other] as Json)[value]) && /[a-z]{3,}s$/i.test(other),
        )
      : undefined;
  if (chosen !== undefined)
    return { kind: 'property', text: `the ${humanKey(key)} ${humanKey(chosen).replace(/s$/, '')} is ${value as string}`, score: 1, key };
  // An OBIS register (`1.8.0`, the meter's total import) is a reading: "the reading on register 1.8.0 is 102".
  if (/^\d+\.\d+\.\d+$/.test(key) && typeof value === 'number')
    return {
      kind: 'property',
      text: `the reading on register ${key} is ${formatValue(value) as string}`,
      score: /\.0$/.test(key) ? 1 : -1,
      key,
    };
  // A unit inside a key (`co2_g_standard`): "the standard CO2 is 48 g".
  const inside = /^([a-z0-9]+)_(g|kg|kwh|wh|mwh)_([a-z]+)$/i.exec(key);
  if (
    inside &&
    typeof value === 'number' &&
    sayableKey(inside[3] as string) !== undefined &&
    sayableKey(inside[1] as string) !== undefined
  ) {
    const what = `${sayableKey(inside[3] as string) as string} ${(CAPITALS[(inside[1] as string).toLowerCase()] ?? inside[1]) as string}`;
    return {
      kind: 'property',
      text: `the ${what} is ${formatValue(value) as string} ${(inside[2] as string).replace(/wh$/i, 'Wh').replace(/^k/, 'k')}`,
      score: 0,
      key,
    };
  }
  return undefined;
}

/** A plain field's fact, in the record's unit (a conversion's in the currency converted to); an echo of a sent value said last. */
function plainFact(reading: Reading, key: string, value: unknown): Fact | undefined {
  const { record, unit, measuredKey, words, given } = reading;
  // A conversion's result is in the currency converted to: "the converted amount is 12,641.32 JPY", not SRD.
  const target = /convert|result|target|quote|^to_|To[A-Z]/.test(key)
    ? Object.keys(record).find(
        (other) => /^(to|target|quote)[_-]?currency$|^(to|target|quote)Currency$/i.test(other) && typeof record[other] === 'string',
      )
    : undefined;
  const fileLike = Object.keys(record).some((other) => FILE_KEY.test(other));
  const system = reading.system;
  const ownUnit = reading.ownUnits.get(key);
  const fact = factOf(key, value, target !== undefined ? (record[target] as string) : unit, words, {
    fileLike,
    headlines: Object.keys(record).filter((other) => typeof record[other] === 'number' && HEADLINE.test(other)).length,
    ...(reading.label !== undefined ? { label: reading.label } : {}),
    ...(system !== undefined ? { system } : {}),
    ...(ownUnit !== undefined ? { ownUnit } : {}),
  });
  // the one number a computation returned goes with the record's unit: "the wave velocity is 4271.01 m/s"
  if (
    fact?.kind === 'property' &&
    key === measuredKey &&
    ownUnit === undefined &&
    unit !== undefined &&
    !/^[A-Z]{3}$/.test(unit) &&
    !fact.text.endsWith(unit)
  )
    fact.text = `${fact.text} ${unit}`;
  if (fact && (typeof value === 'string' || typeof value === 'number') && given.has(String(value).toLowerCase())) fact.score -= 5;
  if (fact?.kind === 'property' && typeof value === 'number' && inPercent(key, value, reading.asked)) fact.text = `${fact.text}%`;
  return fact;
}

/**
 * Whether a ratio came back in percent: its key names a ratio (`return_on_assets`, `profit_margin`) and it is a
 * hundred times the quotient of two numbers sent (137110 / 48981042 = 0.0028 → 0.28), not the quotient itself.
 */
function inPercent(key: string, value: number, asked: Json): boolean {
  if (!/(return|ratio|margin|rate|yield|roa|roe|roi|growth|share|percent|pct)/i.test(key) || /%$/.test(String(value))) return false;
  const numbers = Object.values(asked).filter((item): item is number => typeof item === 'number' && item !== 0);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.006 + Math.abs(b) * 0.002;
  return numbers.some((a) => numbers.some((b) => a !== b && near(value, (100 * a) / b) && !near(value, a / b)));
}

/** A record with too little else to tell says when it was made ("was created on 2025-02-02"). */
function madeOn(record: Json, skip: ReadonlySet<string>, told: readonly Found[], count: number): Found[] {
  const out: Found[] = [];
  for (const key of Object.keys(record).filter((field) => /^(created_at|date_created|createdAt|published_at|publishedAt)$/.test(field))) {
    const date = formatValue(record[key]);
    if (
      typeof record[key] === 'string' &&
      date !== undefined &&
      /^\d{4}-\d{2}-\d{2}/.test(date) &&
      !skip.has(key) &&
      ![...told, ...out].some((entry) => entry.fact.key === key)
    )
      out.push({
        fact: { kind: 'verb', text: `was ${/publish/i.test(key) ? 'published' : 'created'} on ${date}`, score: -2, key },
        order: count + told.length + out.length,
        bookkeeping: false,
      });
  }
  return out;
}

const START = /^(start|begin|from)(?:[ _]?date|Date)?$/;
const END = /^(end|finish|until|to)(?:[ _]?date|Date)?$/;

/** A start and an end told as one span: "runs from 2025-06-07 to 2025-07-26", not two fields read out. */
function spanOf(found: Fact[]): Fact[] {
  const day = (fact: Fact) => /^the .+ is (\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?: UTC)?)?)$/.exec(fact.text)?.[1];
  const start = found.find((fact) => fact.key !== undefined && START.test(fact.key) && day(fact) !== undefined);
  const end = found.find((fact) => fact.key !== undefined && END.test(fact.key) && day(fact) !== undefined);
  if (start === undefined || end === undefined || (day(start) as string) > (day(end) as string)) return found;
  const span: Fact = {
    kind: 'verb',
    text: `runs from ${day(start) as string} to ${day(end) as string}`,
    score: start.score,
    key: start.key as string,
  };
  return found.flatMap((fact) => (fact === start ? [span] : fact === end ? [] : [fact]));
}

/**
 * The record's own values before counts of what it holds: when counts of its lists and maps would
 * crowd out its plain values ("has 2 abstracts, 2 actions and 1 document" of a bill whose identifier
 * and session go unsaid), the last counts give way to its next plain values, up to half the facts;
 * told at length, a record with values enough of its own tells its counts last. Bookkeeping moments (`first_action_date: "2025-…T…"`), echoes and codes are no such values.
 */
function ownValuesFirst(sorted: Fact[], record: Json, limit: number): Fact[] {
  const plain = (fact: Fact) =>
    fact.key !== undefined &&
    (typeof record[fact.key] === 'string' || typeof record[fact.key] === 'number' || typeof record[fact.key] === 'boolean');
  const counts = (fact: Fact) => fact.key !== undefined && (Array.isArray(record[fact.key]) || isRecord(record[fact.key]));
  const moment = (fact: Fact) => /^\d{4}-\d{2}-\d{2}T/.test(String(record[fact.key as string]));
  const own = (fact: Fact) => plain(fact) && typeof record[fact.key as string] !== 'boolean' && !moment(fact) && fact.score > -2;
  // A record told at length (four facts or more) with as many values of its own (a ministry's minister, display name,
  // feed and weekend number) is told by them and its states: counts of its lists nobody asked for come after them.
  const idle = (fact: Fact) =>
    limit >= 4 && sorted.filter(own).length >= limit && counts(fact) && /^has [\d,]+ /.test(fact.text) && fact.score <= 1;
  const ranked = [...sorted.filter((fact) => !idle(fact)), ...sorted.filter(idle)];
  const chosen = ranked.slice(0, limit);
  const spare = ranked.slice(limit).filter((fact) => plain(fact) && !moment(fact) && fact.score > -2);
  const want = Math.min(Math.ceil(limit / 2), chosen.filter(plain).length + spare.length);
  for (let have = chosen.filter(plain).length; have < want; have += 1) {
    const at = chosen.findLastIndex(counts);
    const next = spare.shift();
    if (at < 0 || next === undefined) break;
    chosen.splice(at, 1);
    chosen.push(next);
  }
  return chosen;
}
