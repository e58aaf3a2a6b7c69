/** A turn's results in prose: each call tied to what it was about. */
import { action, argumentWords, namedArgument, nameable, parse, thingNoun, unwrap, type CallOutcome } from './call-outcome.js';
import { describeResult } from './describe-result.js';
import { looseLabel, PAGING } from './argument-label.js';
import { notedSentence } from './told-note.js';
import { quantityArgument, unitAmount } from './record-units.js';
import { formatValue, humanKey, listing, sayableKey } from './result-facts.js';
import { labelOf } from './record-names.js';
import { isRecord } from './result-record.js';
import { capital, pick } from './seeded-pick.js';

/** What sets a call apart from the other calls of the same tool in its turn: "region Middle East and date 2025-05-14". */
function distinguishing(outcome: CallOutcome, others: CallOutcome[]): string | undefined {
  const own = inputs(outcome);
  const theirs = others.map(inputs);
  const differ = own.filter((input) => theirs.some((other) => other.find((said) => said.key === input.key)?.value !== input.value));
  if (differ.length === 0) return undefined;
  // One input that sets the call apart from every other is enough: "For location Vienna", not "… and details Opening hours".
  const alone = differ.find((input) => theirs.every((other) => other.find((said) => said.key === input.key)?.value !== input.value));
  return alone !== undefined ? alone.text : listing(differ.slice(0, 2).map((input) => input.text));
}

/**
 * A call's inputs as a user names them ("drug ID dru_5c…", "subject ENSG…1 and ENSG…2"): sayable keys,
 * one per value (`drug_id` and `DRUG_ID` holding the same id are one input), the fields of a JSON body
 * taken as inputs of their own.
 */
function inputs(outcome: CallOutcome): Array<{ key: string; value: string; text: string }> {
  const found: Array<{ key: string; value: string; text: string }> = [];
  const add = (key: string, value: unknown) => {
    if (PAGING.test(key) || !/[a-z]{2}/i.test(key) || (sayableKey(key) === undefined && !/^[a-z]{2,4}$|^[a-z]{2,6}[_ ]?id$/i.test(key)))
      return;
    const text =
      Array.isArray(value) && value.length <= 3 && value.every(nameable)
        ? listing(value.map((item) => formatValue(item) ?? String(item)))
        : nameable(value)
          ? // A slug the user typed (`payments-service`) is a name: said as written, not as words.
            typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(value.trim())
            ? value.trim()
            : (formatValue(value) ?? String(value))
          : undefined;
    if (text === undefined || found.some((input) => input.text.endsWith(` ${text}`))) return;
    const words = /^(q|query|search|term|keywords?)$/i.test(key) ? 'the search' : argumentWords(key);
    // An amount sent under its unit (`liter: 23.86`) is "23.86 liters".
    const amount = typeof value === 'number' ? unitAmount(key, text) : undefined;
    const said = amount ?? (typeof value === 'number' ? quantityArgument(words, text) : undefined);
    found.push({ key: key.toLowerCase(), value: JSON.stringify(value), text: said ?? namedArgument(words, text) });
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
  if (
    siblings.length === 0 ||
    !siblings.every((other) => other.length === words.length && other.filter((word, at) => word !== words[at]).length === 1)
  )
    return undefined;
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
  const sentence = text.replace(
    /^(The service reports that|According to the service,|Here is what came back:|The result:|It says) (\w)/,
    (_, __, first: string) => first.toUpperCase(),
  );
  // "For drug ID X: What I see for GEFITINIB: the type is …" → "For drug ID X: GEFITINIB; the type is …".
  const framed = /^(?:For|As for|About|Looking at|What I see for|Here is what I have on) (.+?)(?:,|:) (the |its )/.exec(sentence);
  if (framed) return `(${framed[1] as string}): ${sentence.slice(framed[0].length - (framed[2] as string).length)}`;
  // A title is one phrase: "One factor matches. What I see for X" holds a sentence's end and is no title.
  const titled = /^((?:(?![.!?] )[^:;,]){1,60}): (the |its )/.exec(sentence);
  if (titled)
    return `(${(titled[1] as string).replace(/^The /, 'the ')}): ${sentence.slice(titled[0].length - (titled[2] as string).length)}`;
  return /^(There|The|Here|Just|It|Its|In|That|You|Done|One|Two|Three|For|Both|All)\b/.test(sentence)
    ? sentence.charAt(0).toLowerCase() + sentence.slice(1)
    : sentence;
}

/** A call's label before its sentence: "For drug ID X: …", or with the name the sentence opened with, "For drug ID X (ADALIMUMAB): …". */
function under(label: string, text: string): string {
  // "For city Rome: for Rome, there are 2 entries" says its subject twice: the label says it once
  const first = continued(text);
  const again = /^for ([^,:]{2,60}), /i.exec(first);
  const rest = again !== null && label.endsWith(again[1] as string) ? first.slice(again[0].length) : first;
  const named = /^\((.+?)\): /.exec(rest);
  if (!named) return `${label}: ${rest}`;
  // A name that only repeats the label's value ("For eco ID E1 (eco ID E1)") is left out.
  return label.endsWith(named[1] as string) || /^the (record|\w+) \S*\d\S*$/.test(named[1] as string)
    ? `${label}: ${rest.slice(named[0].length)}`
    : `${label} (${named[1] as string}): ${rest.slice(named[0].length)}`;
}

/** Openings for two calls of one write operation. */
const DONE: Record<string, string> = {
  delete: 'Both deletions went through.',
  create: 'Both were created.',
  update: 'Both updates went through.',
};

/** Whether a result carries a note of its own (`note`, `reason`: "David … is not for sale"): it did not simply go through. */
function hasNote(outcome: CallOutcome): boolean {
  const data = unwrap(parse(outcome.result));
  return (
    isRecord(data) && Object.entries(data).some(([key, value]) => /^(note|notes|reason|detail)$/i.test(key) && typeof value === 'string')
  );
}

/** The opening of a turn of several calls: all of them went through, worded several ways, or how many did. */
function turnSummary(outcomes: CallOutcome[], seed: string): string {
  const failed = outcomes.filter((outcome) => outcome.isError).length;
  const n = outcomes.length;
  if (failed > 0) return `${n - failed} of ${n} requests went through.`;
  // a result that tells what happened in a sentence of its own ("No result … is on record") is no answer to tally
  if (outcomes.some((outcome) => notedSentence(outcome.arguments, unwrap(parse(outcome.result))) !== undefined || hasNote(outcome)))
    return '';
  // The opening's verb follows the operation: deletions are no lookups, and a write gets no "answers".
  const acts = new Set(outcomes.map((outcome) => action(outcome).action));
  const reads = [...acts].every((act) => act === 'read' || act === 'list');
  const done = acts.size === 1 ? DONE[[...acts][0] as string] : undefined;
  return n === 2
    ? pick(
        [
          'Both requests went through.',
          'Both calls worked.',
          reads ? 'Here is what each returned.' : (done ?? 'Both requests went through.'),
          'Both came back fine.',
          'Here are both results.',
          'I ran both.',
          reads ? 'Both lookups succeeded.' : (done ?? 'Both calls worked.'),
          '',
          '',
          '',
        ],
        seed,
      )
    : pick(
        [
          `All ${n} requests went through.`,
          `All ${n} calls worked.`,
          `Here is what each of the ${n} returned.`,
          `Here are the ${n} results.`,
          `I ran all ${n}.`,
          `Each of the ${n} came back.`,
          '',
          '',
          '',
          '',
        ],
        seed,
      );
}

/** What a call of a turn is said under when no other call of its tool sets it apart: its own input, else what the tool returns. */
function callLabel(outcome: CallOutcome, index: number, outcomes: CallOutcome[]): string | undefined {
  const input = inputs(outcome)[0]?.text;
  const shared = input !== undefined && outcomes.some((other, at) => at !== index && inputs(other).some((said) => said.text === input));
  if (!shared && input !== undefined) return input;
  const thing = thingNoun(humanKey(action(outcome).entity));
  return thing !== undefined && !outcomes.some((other, at) => at !== index && thingNoun(humanKey(action(other).entity)) === thing)
    ? `the ${thing}`
    : undefined;
}

/** One call of a turn in a sentence or two, tied to what sets it apart; `said` holds the sentences of the calls before it. */
function turnPart(outcome: CallOutcome, index: number, outcomes: CallOutcome[], said: string[]): string {
  const text = describeResult(outcome);
  // a result that says what happened in a sentence of its own names its subject in it: no label before it
  if (notedSentence(outcome.arguments, unwrap(parse(outcome.result))) !== undefined) return text;
  const same = outcomes.filter((other, at) => at !== index && other.tool === outcome.tool);
  const tag = same.length > 0 ? distinguishing(outcome, same) : siblingWord(outcome, outcomes);
  const repeat = said.indexOf(text);
  said.push(text);
  // "The same as the first" only for the same request asked twice; other requests that came back alike are each described.
  const identical =
    repeat >= 0 &&
    outcomes[repeat]?.result === outcome.result &&
    outcomes[repeat]?.tool === outcome.tool &&
    JSON.stringify(outcomes[repeat]?.arguments) === JSON.stringify(outcome.arguments);
  if (repeat >= 0 && !identical) return tag !== undefined ? under(`For ${tag}`, text) : fallback(outcome, index, outcomes, text);
  if (repeat >= 0)
    return tag !== undefined
      ? `For ${tag}, the result is the same as for the ${ORDINALS[repeat] ?? 'earlier'} request.`
      : `The ${ORDINALS[index] ?? 'next'} request returned the same.`;
  // A sentence that opens on the value telling it apart ("ECO_0000131 is …") needs no "For eco ID ECO_0000131:" before it.
  if (tag !== undefined && /\d/.test(tag.split(' ').at(-1) ?? '') && text.startsWith(`${tag.split(' ').at(-1) as string} `)) return text;
  if (tag !== undefined) return text.startsWith(`For ${tag}`) ? text : under(`For ${tag}`, text);
  // Every call of a turn is said with what it was about: its input when that sets it apart, else what the tool returns.
  const label = same.length > 0 ? undefined : callLabel(outcome, index, outcomes);
  if (label !== undefined && text.startsWith(`For ${label}`)) return text;
  if (label !== undefined) return under(`For ${label}`, text);
  return same.length > 0 || !startsWithLabel(text, outcome) ? fallback(outcome, index, outcomes, text) : text;
}

/** A call no sayable input sets apart, said under the arguments that do ("For 81.63 °C"), else under its place in the turn. */
function fallback(outcome: CallOutcome, index: number, outcomes: CallOutcome[], text: string): string {
  const label = looseLabel(
    outcome,
    outcomes.filter((_, at) => at !== index),
  );
  if (label !== undefined && text.startsWith(`${label},`)) return text;
  return under(label ?? `The ${ORDINALS[index] ?? 'next'} request`, text);
}

/** A turn's results: each call in a sentence or two, tied to its input when a tool ran several times; several calls summed up first. */
export function describeTurn(outcomes: CallOutcome[]): string {
  if (outcomes.length === 0) return 'There was nothing to do.';
  if (outcomes.length === 1) return ungroupedIdentifiers(describeResult(outcomes[0] as CallOutcome), outcomes);
  const seed = outcomes.map((outcome) => outcome.result).join('');
  const said: string[] = [];
  const parts = outcomes.map((outcome, index) => turnPart(outcome, index, outcomes, said));
  return ungroupedIdentifiers(`${turnSummary(outcomes, seed)} ${parts.join(' ')}`.trim(), outcomes);
}

/** Keys whose numbers are identifiers or codes, copied digit for digit: ids, phone numbers, post codes, references. */
const IDENTIFIER =
  /(^|_)(ids?|numbers?|no|num|phones?|msisdn|mobile|destinations?|recipients?|sender|from|to|codes?|zip|postal|postcode|accounts?|reference|ref|order|invoice|ticket|pin|isbn|ean|upc|sku|year)$|[a-z](Id|Ids|Number|Phone|Code)$/;

/**
 * An identifier is said as it is written (`447098974970`, order `96384`), never grouped like an amount
 * ("447,098,974,970"), which a model trained on it would copy into the next call.
 */
function ungroupedIdentifiers(text: string, outcomes: CallOutcome[]): string {
  const found = new Set<number>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1000 && IDENTIFIER.test(key)) found.add(value);
    else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (isRecord(value)) for (const [inner, item] of Object.entries(value)) walk(item, inner);
  };
  for (const outcome of outcomes) {
    walk(outcome.arguments, '');
    walk(parse(outcome.result), '');
  }
  let said = text;
  for (const value of found) {
    const grouped = value.toLocaleString('en-US').replace(/[.,]/g, '\\$&');
    said = said.replace(new RegExp(`(?<![\\d.,])${grouped}(?!\\d|[.,]\\d)`, 'g'), String(value));
  }
  return said;
}
