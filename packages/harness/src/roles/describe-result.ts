import { partialNote } from './partial-list.js';
import { absentFieldsSentence } from './asked-fields.js';
import {
  action,
  argumentWords,
  namedArgument,
  ENVELOPE,
  nameable,
  parse,
  PAYLOAD,
  phrase,
  plainToolName,
  plural,
  readsAsNoun,
  singularOf,
  subjectId,
  NO_THING,
  thingNoun,
  unwrap,
  type CallOutcome,
} from './call-outcome.js';
import { describeError } from './describe-error.js';
import {
  deletedSubject,
  describeLabelTable,
  describeNothing,
  describeNounField,
  describePartChange,
  describeUnfinished,
} from './describe-outcome.js';
import { describeFileText } from './describe-file-text.js';
import { describeNote, statusOnly } from './told-note.js';
import { describeHold } from './told-hold.js';
import { describeAbility } from './told-flag.js';
import { describeGrouped } from './describe-grouped.js';
import { sentIdNoun } from './sent-id-noun.js';
import { madeLink, spellRequisitions, statusWords, toolMadeNoun } from './made-record.js';
import { itemNoun } from './list-noun.js';
import { quantityArgument, unitAmount, unitKeyPhrase } from './record-units.js';
import { operandsSaid } from './argument-label.js';
import { describeMany, entriesOf, listIn, requestedNoun } from './describe-list.js';
import { facts, formatValue, humanKey, listing, propertyProse, sayableKey } from './result-facts.js';
import { systemOf } from './fact-measures.js';
import { namedByRequest } from './fact-salience.js';
import { factSentence } from './fact-sentence.js';
import { type Fact } from './field-facts.js';
import { isPlumbing, ID, NOISE, labelOf, nameLike, nameOf } from './record-names.js';
import { type Json, isRecord } from './result-record.js';
import { capital, pick } from './seeded-pick.js';

export type { CallOutcome } from './call-outcome.js';
export { argumentWords } from './call-outcome.js';
export { describeError, refusedArgument } from './describe-error.js';

/** A request that asks to see something ("show me the meter reading"), not to make it. */
const READS =
  /^\W*(?:\w+[,!]?\s+){0,6}?(?:show|get|look|pull|list|find|fetch|check|see|tell|give|retrieve|search|display|read|view|what|which|how)\b/i;
const MAKES = /\b(create|add|make|submit|send|register|book|upload|generate|post|new|commit|prepare|start|place|issue|open)\b/i;

/** Tools that make or start a record (not a POST that reads): their new id is what the user comes back with. */
const MADE = /\b(create|add|make|submit|send|register|book|upload|generate|start|open|issue|place)\b/i;

/** Tools that read by POST: a search, a lookup, a batch query, an analysis, a metered reading. */
const LOOKS_UP =
  /\b(find|finds|search|searches|query|queries|lookup|look up|filter|filters|get|gets|retrieve|retrieves|fetch|return|returns|analysis|analyse|analyze|enrichment|match|matches|hit|reading|readings|batch|list|lists|check|validate|verify|calculate|compute|estimate|predict)\b/i;
const firstSentence = (text?: string) => (text ?? '').split(/(?<=[.!?])\s/)[0] ?? '';

/** Whether a request names a result key ("the hourly forecast" → `forecast`). */
/** Whether the call itself sent this value (an id the user gave is no news of the create). */
const ID_SENT = (args: Record<string, unknown> | undefined, value: string | number): boolean =>
  Object.values(args ?? {}).some((argument) => argument === value || String(argument) === String(value));

function namesKey(request: string | undefined, key: string): boolean {
  const words = humanKey(key)
    .split(' ')
    .filter((word) => word.length >= 4);
  return (
    request !== undefined && words.length > 0 && words.every((word) => request.toLowerCase().includes(word.replace(/(ies|es|s)$/, '')))
  );
}

/**
 * A login flag (`{"status": true}` from `get_login_status`, `{"login_status": true, "message": "Logged in."}`
 * from `login`) as the state it tells: "Your login status: you are logged in.", "You are now logged in as user 3000926."
 */
function loginAnswer(tool: string, parsed: unknown, args: Record<string, unknown>): string | undefined {
  if (!isRecord(parsed) || !/\blog ?in\b/.test(humanKey(tool))) return undefined;
  const flags = Object.entries(parsed).filter(
    ([key, value]) => typeof value === 'boolean' && /^(status|login status|logged in|is logged in|login)$/.test(humanKey(key)),
  );
  const [flag] = flags;
  if (flag === undefined || flags.length > 1) return undefined;
  if (Object.entries(parsed).some(([key, value]) => key !== flag[0] && !(ENVELOPE.test(key) && typeof value === 'string')))
    return undefined;
  const value = flag[1] as boolean;
  if (/\bstatus$/.test(humanKey(tool))) return `Your login status: you are ${value ? '' : 'not '}logged in.`;
  const user = Object.entries(args).find(([key, argument]) => /user/i.test(key) && nameable(argument))?.[1];
  return value
    ? `You are now logged in${user !== undefined ? ` as user ${String(user)}` : ''}.`
    : 'The login failed: you are not logged in.';
}

/** Fields that make a record more than the place of a list: its own status or amount. */
const OWN_VALUE = /(status|state|total|amount|price|balance|score|result|verdict|answer)$/;

/** A label that is a code (`jur_1ca…`, `12345-999999`, a region `us`): no place to say a list is for. */
const CODE_LIKE = /\d{3}|^[a-z]{2,5}_\w+$|^[a-z]{2,3}$/;

/** A `total` beside a list that counts it over all its pages (325 beside 10 podcasts): the list's size, no value of the record's own. */
const countsList = (value: unknown, items: readonly unknown[]): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= items.length;

/** A status sentence that states a change: a subject, a past participle, a full stop. */
const STATED_CHANGE = /^\S+\s.*\b([a-z]{2,}ed|set|sent|put|reset|withdrawn|logged (in|out))\b.*[.!?]”?$/i;

/**
 * One call's result in prose, one or two sentences: what was found, made, changed or removed, with
 * its name or id and the values that answer the request (keys in words, counts with their nouns,
 * units with amounts). Never raw JSON, never cut inside a value, never a blob. A payload inside an
 * envelope (`data`) is what is described.
 */
export function describeResult(outcome: CallOutcome): string {
  if (outcome.isError) return describeError(outcome);
  const { entity, action: acted } = action(outcome);
  const verb = readOrActed(outcome, acted);
  const noun = humanKey(entity);
  const raw = spellRequisitions(outcome.tool, parse(outcome.result));
  if (raw === undefined) return describeText(outcome, verb, noun);
  const parsed = unwrap(raw, entity);
  // a file's text (`cat`, `tail`): its lines quoted, the file named
  const fileText = describeFileText(outcome, parsed);
  if (fileText !== undefined) return fileText;
  // lists grouped by state (`transactions: {booked, pending}`): each group counted and said
  const grouped = describeGrouped(parsed);
  if (grouped !== undefined) return grouped;
  // a lone ability flag answers a yes/no question: "Yes, the vehicle can drive …", never "it can drive"
  const ability = describeAbility(outcome, parsed);
  if (ability !== undefined) return ability;
  const login = loginAnswer(outcome.tool, parsed, outcome.arguments);
  if (login !== undefined) return login;
  const listed = describeListed(outcome, parsed, verb, entity);
  if (listed !== undefined) return listed;
  if (!isRecord(parsed)) return `The result is ${formatValue(parsed) ?? 'empty'}.`;
  // a read that returned nothing says so ("No regions came back"), a table of labels tells them, never "the service accepted the request"
  const nothing = verb === 'read' || verb === 'list' ? (describeNothing(raw) ?? describeLabelTable(raw)) : undefined;
  if (nothing !== undefined) return nothing;
  // a result that says what happened in a sentence of its own beside the values sent is told by that sentence
  const noted = reportedKey(parsed, verb) === undefined ? describeNote(outcome, parsed) : undefined;
  if (noted !== undefined) return noted;
  // The entry the call asked for, keyed by its value in a map (`get_api({"api": "3.9.1"})` → `versions["3.9.1"]`),
  // is what answers it: its own dates and title, not the envelope's.
  const asked = askedEntry(parsed, outcome.arguments);
  if (asked !== undefined)
    return `${describeResult({ ...outcome, result: JSON.stringify(asked) })}${otherChosen(parsed, outcome.arguments)}`;
  return `${describeRecord({ outcome, raw, parsed, verb, entity, noun })}${absentFieldsSentence(outcome.arguments, parsed)}`;
}

/**
 * The verb a call's result is said with: a POST that the user asked to see ("show me the meter reading") is a
 * read, not a creation; so is a POST whose tool finds, queries or analyses (`post_relation`: "Find related entities").
 */
function readOrActed(outcome: CallOutcome, acted: string): string {
  return acted === 'create' &&
    ((outcome.request !== undefined && READS.test(outcome.request) && !MAKES.test(outcome.request)) ||
      LOOKS_UP.test(`${humanKey(outcome.tool)} ${firstSentence(outcome.description)}`))
    ? 'read'
    : acted;
}

/** A result that is no JSON: an empty body said by what was done, a text quoted (cut at a word). */
function describeText(outcome: CallOutcome, verb: string, noun: string): string {
  const id = subjectId(outcome);
  const text = outcome.result.trim();
  if (text === '')
    return verb === 'delete'
      ? `${capital(noun)}${id ? ` ${id}` : ''} was deleted.`
      : `The service accepted the request to ${phrase(outcome)} and returned no details.`;
  const cut = text.length > 240 ? `${text.slice(0, text.lastIndexOf(' ', 240))} …` : text;
  return `The service says: ${cut}`;
}

/** The tool's noun for what it returns, unless it names an argument (`get_current_lat_lat_lon_lon` is looked up by longitude; it returns no longitudes). */
function ownNoun(outcome: CallOutcome, noun: string): string | undefined {
  const thing = thingNoun(noun);
  const argued = (key: string) => humanKey(key) === thing || humanKey(key).endsWith(` ${thing ?? ''}`) || argumentWords(key) === thing;
  return thing !== undefined && Object.keys(outcome.arguments).some(argued) ? undefined : thing;
}

/** Whether a list is the answer: beside only paging bookkeeping, not beside a value the request asks for or an echo of what was sent. */
function listIsAnswer(outcome: CallOutcome, parsed: unknown, verb: string, list: NonNullable<ReturnType<typeof listIn>>): boolean {
  // A list beside only paging and query bookkeeping (`Message`, `PageNo`, `QueryID`, `QueryRows`) is what came back.
  const besideList =
    isRecord(parsed) &&
    (list.items.length === 0 || list.items.some(isRecord)) &&
    Object.keys(parsed).every(
      (key) =>
        key === list.key ||
        ENVELOPE.test(key) ||
        NOISE.test(key) ||
        isPlumbing(key) ||
        /^(size|count)$|(page|query|rows|count|total|message|offset|limit|cursor)/i.test(key),
    );
  // A value the request asks for beside a list (`{"distance": 7012.4, "intermediaryCities": […]}` for "estimate the
  // distance") is the answer: the record is said, not the list alone.
  const askedBeside =
    isRecord(parsed) &&
    Object.entries(parsed).some(
      ([key, field]) =>
        key !== list.key &&
        (typeof field === 'number' || typeof field === 'string') &&
        !NOISE.test(key) &&
        !isPlumbing(key) &&
        !/^(size|count|page_?size)$/i.test(key) &&
        namesKey(outcome.request, key),
    );
  // A list that only repeats an argument (`{"elements": [62, 61], "sum": 123}`) is what was sent: the value beside it is the answer.
  const echoedList =
    list.key !== undefined &&
    JSON.stringify((outcome.arguments as Record<string, unknown> | undefined)?.[list.key]) === JSON.stringify(list.items) &&
    isRecord(parsed) &&
    Object.entries(parsed).some(
      ([key, field]) => key !== list.key && (typeof field === 'number' || typeof field === 'string') && !NOISE.test(key),
    );
  return !askedBeside && !echoedList && (verb === 'list' || !isRecord(parsed) || Object.keys(parsed).length <= 3 || besideList);
}

/** Tells a list of the call's items by a noun: their count, names and values, in the call's units. */
function listTeller(outcome: CallOutcome, entity: string): (items: unknown[], base: string, keys?: string[]) => string {
  const { result, request, arguments: args, system } = outcome;
  return (items, base, keys) =>
    describeMany(items, plural(base, items.length), singularOf(base), entity, result, keys, request, args, system);
}

/**
 * What a list's key says its items are: its words, or a known noun after participles the lexicon lacks
 * (`curated_lists` → "curated lists"), so curated lists are never counted as the podcasts they hold.
 */
function listNoun(key: string): string | undefined {
  const said = sayableKey(key);
  if (said !== undefined) return said;
  const words = humanKey(key).split(' ');
  const head = words.at(-1) ?? '';
  return words.length >= 2 && words.slice(0, -1).every((word) => /^[a-z]{3,}(ed|ing)$/.test(word)) && sayableKey(head) !== undefined
    ? words.join(' ')
    : undefined;
}

/** A result that is a list, a list beside the place it is about, or a map of entries: its items told; undefined when it is a record. */
function describeListed(outcome: CallOutcome, parsed: unknown, verb: string, entity: string): string | undefined {
  const noun = humanKey(entity);
  const many = listTeller(outcome, entity);
  const sought = Object.values(outcome.arguments).filter((value): value is string => typeof value === 'string');
  const list = listIn(parsed, sought);
  if (list && listIsAnswer(outcome, parsed, verb, list)) {
    const keyNoun = list.key !== undefined ? listNoun(list.key) : undefined;
    const base =
      (keyNoun !== undefined && readsAsNoun(keyNoun) ? keyNoun : undefined) ??
      requestedNoun(outcome.request, outcome) ??
      ownNoun(outcome, noun) ??
      'result';
    return `${many(list.items, itemNoun(base, list.items, outcome))}${partialNote(parsed, list.items.length)}`;
  }
  // A payload list beside what it is about (`{"city_name": "Raleigh", "lat": …, "data": [{"temp": …}]}`): the list is what was asked for, said for its place.
  if (
    list?.key !== undefined &&
    isRecord(parsed) &&
    list.items.length > 0 &&
    list.items.every(isRecord) &&
    (verb === 'read' || verb === 'list') &&
    (PAYLOAD.test(list.key) || namesKey(outcome.request, list.key)) &&
    !Object.keys(parsed).some(
      (key) =>
        key !== list.key &&
        OWN_VALUE.test(humanKey(key)) &&
        !(/^(total|count)$/.test(humanKey(key)) && countsList(parsed[key], list.items)),
    )
  ) {
    const where = labelOf(parsed, entity);
    // The tool's noun names the place (`get_forecast_by_city`), not what its list holds.
    // The list's own key names what it holds (`podcasts`) before the request's or the tool's noun.
    const keyNoun = sayableKey(list.key);
    const base =
      (keyNoun !== undefined && readsAsNoun(keyNoun) && !PAYLOAD.test(list.key) ? keyNoun : undefined) ??
      requestedNoun(outcome.request, outcome) ??
      (where === undefined ? ownNoun(outcome, noun) : undefined) ??
      'entry';
    const text = many(list.items, itemNoun(base, list.items, outcome));
    return where !== undefined && !CODE_LIKE.test(where)
      ? `For ${where}, ${/^I /.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`
      : text;
  }
  const entries = verb === 'list' || verb === 'read' ? entriesOf(parsed) : undefined;
  if (entries && (entries.length > 1 || !entries.some((entry) => facts(entry.record, new Set(), 1).length === 0))) {
    const base = requestedNoun(outcome.request, outcome) ?? ownNoun(outcome, noun) ?? 'entry';
    return many(
      entries.map((entry) => entry.record),
      base,
      entries.map((entry) => entry.key),
    );
  }
  return undefined;
}

/** One record of a result, as the verb of its call says it. */
interface RecordCall {
  outcome: CallOutcome;
  raw: unknown;
  parsed: Json;
  verb: string;
  entity: string;
  noun: string;
}

/** A change that reports itself in a sentence: the key that holds it (`Ticket 4 updated: priority set to 3.`). */
function reportedKey(parsed: Json, verb: string): string | undefined {
  // so is a `<action>_status` sentence (`retweet_status`: "Tweet 86448 retweeted."), whatever the verb: never "the re tweet status is …"
  return (
    Object.keys(parsed).find((key) => /_status$/i.test(key) && STATED_CHANGE.test(String(parsed[key]))) ??
    (verb === 'read' || verb === 'list'
      ? undefined
      : Object.keys(parsed).find((key) => /^(status|result|message)$/i.test(key) && STATED_CHANGE.test(String(parsed[key]))))
  );
}

/** The keys a record's facts leave out: the status a heading says, the reported sentence, the message, ids, flags the sentence states. */
function skippedKeys({ outcome, parsed, verb }: RecordCall, reported: string | undefined): Set<string> {
  const headed = verb === 'create' || verb === 'delete';
  const skip = new Set([
    ...(headed ? ['status'] : []),
    ...(reported !== undefined ? [reported] : []),
    ...(typeof parsed['message'] === 'string' ? ['message'] : []),
    ...Object.keys(parsed).filter(
      (key) =>
        (ID.test(key) || /(^|_)(ID|SID|UUID|KEY)$/.test(key)) &&
        !(namedByRequest(key, outcome.request) && !Object.values(outcome.arguments).includes(parsed[key])),
    ),
  ]);
  // A flag the reported sentence already says ("Contact otis added." beside `added_status: true`) is not said again.
  if (reported !== undefined)
    for (const key of Object.keys(parsed)) {
      const participle = /^([a-z]+ed)\b/.exec(humanKey(key))?.[1];
      if (typeof parsed[key] === 'boolean' && participle !== undefined && String(parsed[reported]).toLowerCase().includes(participle))
        skip.add(key);
    }
  // A flag whose change the reported sentence already states (`added_status` beside "Contact ana added.") is not said twice.
  const change = reported !== undefined ? String(parsed[reported]).toLowerCase() : '';
  for (const key of Object.keys(parsed)) {
    const participle = /^([a-z]+)_?status$/i.exec(key)?.[1]?.toLowerCase();
    if (parsed[key] === true && participle !== undefined && new RegExp(`\\b${participle}\\b`).test(change)) skip.add(key);
  }
  if (verb === 'delete')
    for (const key of Object.keys(parsed))
      if (/^(deleted|removed|cancell?ed|success|ok|done)$/i.test(key) && parsed[key] === true) skip.add(key);
  return skip;
}

/** The facts told of a record; one read with little else to tell names the records it points to ("its top post key is top_a4…"). */
function recordFacts({ outcome, parsed, verb, entity }: RecordCall, skip: ReadonlySet<string>): Fact[] {
  const found = facts(parsed, skip, 4, outcome.arguments, entity, outcome.request, 3, systemOf(outcome.arguments) ?? outcome.system);
  found.push(...askedInLists(parsed, outcome.request, found));
  if (found.length < 2 && verb === 'read') {
    const id = subjectId(outcome);
    const sent = new Set(Object.values(outcome.arguments).map(String));
    const pointers = Object.keys(parsed).filter(
      (key) =>
        skip.has(key) &&
        key !== 'message' &&
        !/^(id|sid|uuid|guid|key)$/i.test(key) &&
        typeof parsed[key] === 'string' &&
        !sent.has(parsed[key] as string) &&
        parsed[key] !== id,
    );
    found.push(
      ...facts(Object.fromEntries(pointers.map((key) => [key, parsed[key]])), new Set(), 2 - found.length, {}, entity, outcome.request),
    );
  }
  return found;
}

/** How a record is named in a sentence, and whether its label is an id. */
interface Naming {
  label: string | undefined;
  idLike: boolean;
  subject: string | undefined;
  thing: string | undefined;
}

/** A name says what it is on its own ("Type 2 diabetes mellitus has …"); an id needs its noun ("the fax FX1"). */
function namingOf({ outcome, parsed, entity, noun, verb }: RecordCall): Naming {
  // an account key sent beside other arguments (`gsi_dispatch(zip, key)`) names no record the result holds: "the record 0xd31" says nothing
  const sent = subjectId(outcome);
  const id = sent !== undefined && thingNoun(noun) === undefined && !JSON.stringify(parsed).includes(sent) ? undefined : sent;
  // No name in the result: the argument that names the thing asked about (`get_api({"api": "2.1.0"})` → "the API 2.1.0").
  // A number names no thing: `distance: 1` is a quantity sent, never "the distance 1".
  const named = Object.keys(outcome.arguments).find(
    (key) => humanKey(key) === noun && nameable(outcome.arguments[key]) && typeof outcome.arguments[key] === 'string',
  );
  // a read record's own serial beside the id the call sent (`id: 2074791`, `order_id: 8381930` for order 8381930): the sent one names it
  const listed = labelOf(parsed, entity);
  // a ticker or code of what the record is about (an order's `symbol` TSLA) names no record the call sent an id for: "the order 93827"
  const like = listed !== undefined && id !== undefined && String(parsed['id']) === id ? nameLike(parsed) : undefined;
  const traded = like !== undefined && like.text === listed && /(symbol|ticker)$/i.test(like.key) && thingNoun(noun) !== undefined;
  const serial =
    traded || (verb === 'read' && listed !== undefined && id !== undefined && listed !== id && /\d/.test(listed) && !/\s/.test(listed));
  const own = (serial ? id : listed) ?? id ?? (named !== undefined ? String(outcome.arguments[named]) : undefined);
  const tool = own === undefined ? toolIdOf(outcome.tool, parsed) : undefined;
  const label = own ?? tool?.id;
  const toolThing = tool?.noun ?? thingNoun(noun) ?? toolIdOf(outcome.tool, parsed)?.noun;
  // the id the call sent is its key's thing's (`marketplace_id`): "the marketplace 1191254", never "the tree 1191254"
  const idThing =
    sent !== undefined && (label === sent || label === undefined || !ID_SENT(outcome.arguments, label))
      ? sentIdNoun(outcome, toolThing)
      : undefined;
  const thing = label === sent && idThing !== undefined ? idThing : toolThing;
  const name = nameOf(parsed);
  const idLike = label !== undefined && label !== name && ((/\d/.test(label) && !/\s/.test(label)) || /^[a-z]+[-_]\w+$/i.test(label));
  // A name that is a code or a file name ("chrome_installer.exe") is said with its field's noun: "the file chrome_installer.exe".
  const coded = label === name && label !== undefined && /^[a-z]/.test(label) && /[._/@\d]/.test(label);
  const kept = coded ? nameLike(parsed) : undefined;
  const holder = coded ? (kept ? sayableKey(kept.key)?.replace(/ ?(name|title|label)$/, '') : thing) || thing : undefined;
  // An id the user never gave nor asked for (a read's own `id`) is no subject: "the enrichment analysis", never
  // "the enrichment analysis 8732224" nor "the record 2051117"; a call that starts or makes a record keeps its new id.
  // An id under a key named for the tool's noun (`batchid` of `post_batch_any`) is the one the user comes back with.
  const unsent =
    idLike && !ID_SENT(outcome.arguments, label) && !MADE.test(humanKey(outcome.tool)) && toolIdOf(outcome.tool, parsed) === undefined;
  // The thing asked about is the one the call named: "the message 3884939" for `get_messages_messageid({"messageid": "3884939"})`.
  const kind = (idThing ?? thing)?.replace(/ (id|ID)$/, '');
  const asked =
    unsent && sent !== undefined && kind !== undefined ? `the ${kind} ${sent}` : unsent && kind !== undefined ? `the ${kind}` : undefined;
  // A region or language code the call sent (`name: "us"` for `region: "us"`) is an echo, no name: never "Us has …".
  const echoedCode = label !== undefined && /^[a-z]{2,3}$/.test(label) && ID_SENT(outcome.arguments, label);
  const subject =
    label !== undefined && label !== noun && !unsent && !echoedCode
      ? holder
        ? `the ${holder} ${label}`
        : thing !== undefined && idLike
          ? `the ${thing} ${label}`
          : !idLike
            ? label
            : undefined
      : unsent
        ? asked
        : thing !== undefined
          ? `the ${thing}`
          : undefined;
  // the ticker stays with the order it trades: "the order 93827 for TSLA"
  return { label, idLike, subject: traded && subject !== undefined ? `${subject} for ${listed as string}` : subject, thing };
}

/**
 * The record's own id under a key named for a word of the tool (`batchid` from `post_batch_any`): "the batch 7656256",
 * the id a user comes back with, when nothing else names the record.
 */
function toolIdOf(tool: string, parsed: Json): { id: string; noun: string } | undefined {
  const words = humanKey(tool).split(' ');
  for (const [key, value] of Object.entries(parsed)) {
    const noun = /^([a-z]{3,}?)_?(id|sid|uuid)$/i.exec(key)?.[1]?.toLowerCase();
    if (noun !== undefined && words.includes(noun) && (typeof value === 'string' || typeof value === 'number') && nameable(value))
      return { id: String(value), noun };
  }
  return undefined;
}

/** The envelope's status goes with the record inside it. */
function statusOf(raw: unknown, parsed: Json): string | undefined {
  return typeof parsed['status'] === 'string'
    ? parsed['status']
    : isRecord(raw) && raw !== parsed && typeof raw['status'] === 'string'
      ? raw['status']
      : undefined;
}

/** A record result in prose, by its call's verb: created, deleted, updated, or read. */
function describeRecord(call: RecordCall): string {
  const { outcome, parsed, verb } = call;
  const seed = outcome.result;
  const reported = reportedKey(parsed, verb);
  const skip = skippedKeys(call, reported);
  const found = recordFacts(call, skip);
  const naming = namingOf(call);
  const tail = found.length > 0 ? ` ${factSentence(found, found.some((fact) => fact.kind === 'verb') ? 'it' : undefined)}` : '';
  if (reported !== undefined) return `${pick(['Done.', 'All set.', 'That went through.'], seed)} ${String(parsed[reported])}${tail}`;
  // a reservation that came back as a hold is told as a hold on the thing sent, never as the thing reserved
  const hold = verb === 'create' ? describeHold(outcome, parsed) : undefined;
  if (hold !== undefined) return hold;
  const status = statusOf(call.raw, parsed);
  const gone = verb === 'delete' ? deletedSubject(outcome, call.noun) : undefined;
  // a change refused, still waiting or already made is told as such, never as done
  const unfinished = describeUnfinished(outcome, call.raw, verb, gone?.subject ?? madeSubject(call, naming), tail);
  if (unfinished !== undefined) return unfinished;
  const part = describePartChange(outcome, verb, call.noun, tail) ?? describeNounField(outcome, parsed, call.noun);
  if (part !== undefined) return part;
  switch (verb) {
    case 'create':
      return describeCreated(call, naming, status, tail);
    case 'delete': {
      // A record deleted by its name (`…_envvar_name({"name": "SENTRY_DSN"})`) is named by it.
      const label = naming.label ?? (typeof outcome.arguments['name'] === 'string' ? outcome.arguments['name'] : undefined);
      const removed =
        gone !== undefined
          ? `${capital(gone.subject)} ${gone.plural ? 'were' : 'was'}`
          : `${capital(call.noun)}${label ? ` ${label}` : ''} was`;
      // a removal whose status says cancelled was a cancellation ("cancel a scheduled batch"), never told as deleted
      const cancelled = /cancel/i.test(outcome.tool) || /^cancell?ed$/i.test(status ?? '');
      return `${removed} ${cancelled ? 'cancelled' : /(^|_)close/i.test(outcome.tool) ? 'closed' : 'deleted'}${status && !/^(ok|success|completed|done|cancell?ed)$/i.test(status) ? ` (status: ${status})` : ''}.${tail}`;
    }
    case 'update':
      return describeUpdated(call, naming, found, skip, tail);
    default:
      return describeRead(call, naming, found, status);
  }
}

/** What a create made, by its name or noun, with its new id: "the booking 2668756", "“Stuff You Should Know” (id SDFKduyJ33s)". */
function madeSubject({ outcome, parsed }: RecordCall, { label, idLike, thing }: Naming): string {
  const newId = parsed['id'];
  const named =
    thing !== undefined
      ? `the ${thing}${label ? ` ${label}` : ''}`
      : label !== undefined
        ? idLike
          ? `the record ${label}`
          : label
        : 'the record';
  const fresh = (typeof newId === 'string' || typeof newId === 'number') && label !== String(newId) && !ID_SENT(outcome.arguments, newId);
  return fresh ? `${named} (id ${String(newId)})` : named;
}

/** A created record by its noun and name, with the new id the user needs to come back to it. */
function describeCreated(
  { outcome, parsed }: RecordCall,
  { label, idLike, thing }: Naming,
  status: string | undefined,
  tail: string,
): string {
  // the new record's id is what the user needs to come back to it, when the record is said by its name
  const newId = parsed['id'];
  const said =
    (typeof newId === 'string' || typeof newId === 'number') && label !== String(newId) && !ID_SENT(outcome.arguments, newId)
      ? `id ${String(newId)}`
      : undefined;
  const spelled = statusWords(outcome.tool, status);
  const aside = [said, spelled ? `status: ${spelled}` : undefined].filter((part) => part !== undefined).join(', ');
  // With no noun of its own (`quittung_create`), the made thing is what the request asked for ("create a receipt"): never "the record 2649885".
  const booked = bookedThing(outcome.tool);
  const asked = booked?.thing ?? thing ?? madeNoun(outcome.request) ?? toolMadeNoun(outcome.tool);
  const bare = asked === undefined && (label === undefined || idLike);
  const made = asked !== undefined ? `the ${asked}${label ? ` ${label}` : ''}` : !bare ? (label as string) : 'it';
  const parts = [bare && label !== undefined && said === undefined ? `id ${label}` : undefined, aside || undefined].filter(Boolean);
  const verb = booked?.verb ?? 'created';
  // the link a made record gives (a requisition's bank sign-in) is what the user goes on with
  const link = madeLink(parsed, outcome.arguments);
  return `${pick([`I ${verb}`, `Done: I ${verb}`, `I have ${verb}`], outcome.result)} ${made}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}.${tail}${link ? ` ${link}` : ''}`;
}

/** A tool that books or reserves a thing (`book_hotel`, `library_reserve_book`) makes a booking of it: "I booked the hotel", never "I created the hotel". */
function bookedThing(tool: string): { verb: string; thing: string } | undefined {
  const found = /(?:^|[_-])(book|reserve)[_-]([a-z]{3,})(?:$|[_-])/i.exec(plainToolName(tool));
  const thing = found?.[2]?.toLowerCase();
  if (found === null || thing === undefined || !readsAsNoun(thing) || /^(find|search|get|list|for|by|new)$/.test(thing)) return undefined;
  return { verb: found[1]?.toLowerCase() === 'book' ? 'booked' : 'reserved', thing };
}

/**
 * The thing a request asks to make, by its noun phrase ("create a receipt with …" → "receipt", "create an end-user
 * agreement" → "end-user agreement", never "end"), when its words read as words.
 */
function madeNoun(request: string | undefined): string | undefined {
  const phrase =
    /\b(?:create|add|make|open|submit|register|book|issue|generate)\s+(?:a|an|one|another)\s+(?:new\s+)?([a-z]{3,}(?:-[a-z]{2,})*(?:\s+[a-z]{3,}(?:-[a-z]{2,})*){0,2})/i.exec(
      request ?? '',
    )?.[1];
  if (phrase === undefined) return undefined;
  const words: string[] = [];
  for (const word of phrase.toLowerCase().split(/\s+/)) {
    const parts = word.split('-');
    const plain = parts.every((part) => sayableKey(part) !== undefined) && !/^(new|few|lot|bit|way)$/.test(word);
    const noun = readsAsNoun(parts.at(-1) as string) && !NO_THING.test(parts.at(-1) as string) && !/(ed|ly|ing)$/.test(word);
    if (
      !plain ||
      !noun ||
      (words.length > 0 &&
        /^(with|for|and|to|of|in|on|from|at|by|that|which|me|about|regarding|called|named|titled|using|now|today|please)$/.test(word))
    )
      break;
    words.push(word);
  }
  // a word that is not yet the noun ("an end" before "-user agreement" was cut) leaves no phrase
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * An updated record. A change whose result only echoes what was sent ({"id": "6716627", "percentage": 72}) says what
 * changed, not the bare id: "I updated the brightness (id 6716627): the duration is 300 and the percentage is 72."
 */
function describeUpdated(
  { outcome, parsed, entity, noun }: RecordCall,
  { label, idLike }: Naming,
  found: readonly Fact[],
  skip: ReadonlySet<string>,
  tail: string,
): string {
  const echoed = Object.fromEntries(
    Object.keys(outcome.arguments)
      .filter((key) => key in parsed)
      .map((key) => [key, parsed[key]]),
  );
  const changed = found.length === 0 ? facts(echoed, skip, 3, {}, entity).filter((fact) => fact.kind === 'property') : [];
  if (changed.length > 0)
    return `I updated the ${noun}${label ? (idLike ? ` (id ${label})` : ` ${label}`) : ''}: ${propertyProse(changed.map((fact) => fact.text))}.`;
  return `I updated ${noun}${label ? ` ${label}` : ''}.${tail}`;
}

/** A record read: its facts about its name, else its summary block, else its plain values. */
function describeRead(call: RecordCall, naming: Naming, found: readonly Fact[], status: string | undefined): string {
  const { parsed } = call;
  const seed = call.outcome.result;
  if (ownValues(found, parsed) <= 1) {
    const summary = describeSummaryBlock(call, naming, found);
    if (summary !== undefined) return summary;
  }
  // A code looked up whose record only names it (`{"id": "ECO_0000131", "label": "sequence similarity evidence", "ontology": "ECO"}`)
  // is said by what it names: "ECO_0000131 is sequence similarity evidence.", never its fields read out.
  const named = nameOf(parsed);
  const own = parsed['id'];
  const code = typeof own === 'string' && ID_SENT(call.outcome.arguments, own) ? own : undefined;
  // A bare number or uuid needs its noun: "Category 1455053 is Restaurants & Cafes.", never "1455053 is …".
  const bare = code !== undefined && /^[\d-]+$|^[0-9a-f]{8}-/i.test(code) && naming.thing !== undefined;
  if (found.length === 0 && named !== undefined && code !== undefined && named !== code && /\d/.test(code))
    return bare ? `${capital(naming.thing as string)} ${code} is ${named}.` : `${code} is ${named}.`;
  if (found.length === 0) return describePlainValues(call, naming, status);
  const { subject, label } = naming;
  if (subject !== undefined && label !== undefined) return factSentence([...found], subject, seed);
  const about = echoedSubject(call);
  if (about === undefined) return factSentence([...found], undefined, seed);
  // Counts of a record with no name are said of what the call named: "For city Cape Town and product 20, there are 10 stores."
  if (found.every((fact) => fact.kind === 'verb' && /^has \d/.test(fact.text))) {
    const counts = listing(found.map((fact) => fact.text.slice(4)));
    return `For ${about}, there ${/^1 /.test(counts) ? 'is' : 'are'} ${counts}.`;
  }
  // Else what "it" is comes first: "For year 2024 and category crime, it has 1,244,063 records and …".
  const sentence = factSentence([...found], undefined, '');
  return /^It /.test(sentence)
    ? `For ${about}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`
    : factSentence([...found], undefined, seed);
}

/** What a result with no name is about: the short values it echoes from the call ("city Cape Town and product 20"), or undefined. */
function echoedSubject({ outcome, parsed }: RecordCall): string | undefined {
  const echoed = Object.entries(outcome.arguments).filter(
    ([key, value]) =>
      (typeof value === 'string' || typeof value === 'number') &&
      String(parsed[key]) === String(value) &&
      !ID.test(key) &&
      !/^https?:/.test(String(value)) &&
      String(value).length <= 40 &&
      nameable(value),
  );
  // Names the call gave (`species`: "Homo sapiens") say what it is about before the numbers that went with them;
  // a result that echoes nothing is about what was sent (`get_user_stats({"username": "zora86"})`).
  const named = echoed.filter(([, value]) => typeof value === 'string');
  const sent = Object.entries(outcome.arguments).filter(
    ([key, value]) => typeof value === 'string' && value.length <= 40 && !/^https?:/.test(value) && nameable(value) && !isPlumbing(key),
  );
  const chosen = named.length > 0 ? named : echoed.length > 0 ? echoed : sent;
  if (chosen.length === 0 || chosen.length > 2) return undefined;
  // A handle is said as written ("zora_86", not "zora 86").
  const said = (value: unknown) =>
    typeof value === 'string' && /^[\w.]*[_\d][\w.]*$/.test(value) ? value : (formatValue(value) ?? String(value));
  return listing(chosen.map(([key, value]) => namedArgument(argumentWords(key), said(value))));
}

/**
 * Little of its own beside nested records (`{"summary": {…}, "regions": {…}}`, `{"message": {"schema": {…}}}`):
 * the summary, else the first, is what is told, by its name when it has one.
 */
function describeSummaryBlock({ outcome, parsed, entity }: RecordCall, { subject }: Naming, found: readonly Fact[]): string | undefined {
  const inner = Object.keys(parsed).filter((key) => isRecord(parsed[key]) && !NOISE.test(key));
  const key =
    inner.find((name) => /summary|total|overall|result|current/i.test(name)) ??
    inner.find((name) => !/^(extras?|meta(data)?|tags|labels|config(uration)?|settings|options)$/i.test(name));
  const block = key !== undefined ? opened(parsed[key] as Json) : undefined;
  const nested =
    block !== undefined ? facts(block, new Set(Object.keys(block).filter((field) => ID.test(field))), 4, {}, entity, outcome.request) : [];
  // One stray fact of a side block (`externalDocs.description: "API documentation"`) is no summary.
  if (key === undefined || block === undefined || nested.length <= (found.length > 0 ? 1 : 0)) return undefined;
  const inside = factSentence(nested, labelOf(block) ?? `the ${humanKey(key)}`, outcome.result);
  // One fact of the record itself ("it was generated on …") goes before what its summary says.
  return found.length === 0 ? inside : `${factSentence([...found], subject ?? 'it', '')} ${inside}`;
}

/** No field reads as a fact: every plain value is said as it is ("the key is pos_8g… and the value is “Highway 5 …”"). */
function describePlainValues({ outcome, parsed }: RecordCall, { subject, label, idLike }: Naming, status: string | undefined): string {
  const seed = outcome.result;
  const plainValues = Object.keys(parsed)
    .sort((a, b) => Number(ID.test(a)) - Number(ID.test(b)))
    .filter(
      (key) =>
        !NOISE.test(key) &&
        !(outcome.arguments[key] === parsed[key]) &&
        formatValue(parsed[key]) !== undefined &&
        /[a-z]{2}/i.test(key) &&
        !isRecord(parsed[key]),
    );
  const said = plainValues
    .slice(0, 3)
    .map(
      (key) =>
        (typeof parsed[key] === 'number' ? unitKeyPhrase(key, formatValue(parsed[key]) as string) : undefined) ??
        `the ${argumentWords(key)} ${/[a-z]s$/.test(key) ? 'are' : 'is'} ${formatValue(parsed[key]) as string}`,
    );
  const asked = Object.keys(outcome.arguments).find(
    // How the answer is shaped (`format: "xml"`, `units`, `sort`) is no subject: never "For format xml, the name is …".
    (key) =>
      nameable(outcome.arguments[key]) &&
      !isPlumbing(key) &&
      !/^(count|limit|page|size|offset|cursor|from|format|sort|order|units?|lang|language|output|fields|cmd|command)$/i.test(key),
  );
  const sent = asked === undefined ? undefined : (formatValue(outcome.arguments[asked]) ?? String(outcome.arguments[asked]));
  // An amount sent under its unit (`liter: 154.86`) is "154.86 liters", never "liter 154.86".
  const about =
    operandsSaid(outcome.arguments) ??
    (asked !== undefined && sent !== undefined
      ? ((typeof outcome.arguments[asked] === 'number'
          ? (unitAmount(asked, sent) ?? quantityArgument(argumentWords(asked), sent))
          : undefined) ?? namedArgument(argumentWords(asked), sent))
      : undefined);
  if (said.length > 0) return about !== undefined ? `For ${about}, ${propertyProse(said)}.` : `${capital(propertyProse(said))}.`;
  const found = subject ?? (idLike ? `one result (id ${label})` : label);
  if (label) return pick([`I found ${found}.`, `The service returned ${found}.`], seed);
  return statusOnly(phrase(outcome), status);
}

/**
 * A value the request names that sits in the record's lists (`dispatch_from[].energy` for "the green energy
 * distribution schedule"): told per list, "the dispatch target energy is 0.23 and 0.16", at most two lists.
 */
function askedInLists(record: Json, request: string | undefined, found: readonly Fact[]): Fact[] {
  if (request === undefined) return [];
  const told: Fact[] = [];
  for (const [list, items] of Object.entries(record)) {
    if (!Array.isArray(items) || items.length === 0 || !items.every(isRecord) || told.length >= 2) continue;
    const key = Object.keys(items[0] as Json).find(
      (field) => !ID.test(field) && sayableKey(field) !== undefined && namedByRequest(field, request) && !namedByRequest(list, request),
    );
    if (key === undefined || found.some((fact) => fact.key === list)) continue;
    const values = [...new Set(items.flatMap((item) => formatValue((item as Json)[key]) ?? []))].slice(0, 5);
    if (values.length > 0)
      told.push({ kind: 'property', text: `${listValueWords(list, key, values.length > 1)} ${listing(values)}`, score: 0, key: list });
  }
  return told;
}

/**
 * A field of a list's items in words: "the energy of the dispatch sources is" for `dispatch_from[].energy` — a list
 * named by its direction (`…_from`, `…_to`, `…_target`) holds sources or targets, never "the dispatch from energy".
 */
function listValueWords(list: string, key: string, many: boolean): string {
  const listWords = (sayableKey(list) ?? humanKey(list)).replace(/ from$/, ' sources').replace(/ (to|targets?)$/, ' targets');
  return `the ${sayableKey(key) as string}${many ? ' values' : ''} of the ${listWords} ${many ? 'are' : 'is'}`;
}

/** How many facts say the record's own values, not counts of what it holds, yes/no flags or the day it was made. */
function ownValues(found: readonly Fact[], record: Json): number {
  return found.filter(
    (fact) =>
      fact.key !== undefined &&
      (typeof record[fact.key] === 'string' || typeof record[fact.key] === 'number') &&
      !/^was [a-z]+ on /.test(fact.text),
  ).length;
}

/** A record inside single-key wrappers (`{"schema": {…}}`): the record itself. */
function opened(record: Json): Json {
  const keys = Object.keys(record);
  return keys.length === 1 && isRecord(record[keys[0] as string]) ? opened(record[keys[0] as string] as Json) : record;
}

/** The record a map of the result keeps under a value the call sent (`versions["3.9.1"]` for `api: "3.9.1"`), if exactly one does. */
function askedEntry(parsed: Record<string, unknown>, args: Record<string, unknown>): Record<string, unknown> | undefined {
  const sent = new Set(
    Object.values(args)
      .filter((value) => typeof value === 'string' || typeof value === 'number')
      .map(String),
  );
  const found = Object.values(parsed).flatMap((map) =>
    isRecord(map) ? [...sent].flatMap((value) => (isRecord(map[value]) ? [map[value] as Record<string, unknown>] : [])) : [],
  );
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The entry a result's map names beside the one asked for (`preferred: "v1"` when version 2.0.0 was asked):
 * " The preferred version is v1." — what the envelope says of its own, told after the asked entry.
 */
function otherChosen(parsed: Json, args: Json): string {
  const sent = new Set(Object.values(args).map(String));
  const names = (value: unknown) => Object.values(parsed).some((map) => isRecord(map) && isRecord(map[String(value)]));
  const key = Object.keys(parsed).find(
    (field) => /^[a-z]+ed$/i.test(field) && typeof parsed[field] === 'string' && !sent.has(parsed[field]) && names(parsed[field]),
  );
  if (key === undefined) return '';
  const told = Object.fromEntries(Object.entries(parsed).filter(([field]) => field === key || isRecord(parsed[field])));
  const fact = facts(told, new Set(), Object.keys(told).length, {}).find((found) => found.key === key);
  return fact !== undefined ? ` ${capital(fact.text)}.` : '';
}
