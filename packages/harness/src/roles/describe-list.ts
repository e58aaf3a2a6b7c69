/** A list or a map of records in prose: how many, which, and what each says. */
import { sharedValueSaysNothing } from './shared-value.js';
import { humanKey, formatValue, sayableKey, facts, listing } from './result-facts.js';
import { type MeasureSystem, systemOf } from './fact-measures.js';
import { namedByRequest } from './fact-salience.js';
import { factSentence } from './fact-sentence.js';
import { compactFact, type Fact } from './field-facts.js';
import { ID, NOISE, labelOf, nameLike, nameOf } from './record-names.js';
import { isRecord, type Json } from './result-record.js';
import { capital, pick } from './seeded-pick.js';
import { NO_THING, plural, type CallOutcome } from './call-outcome.js';

/** The first list in a result (or the result itself when it is one). */
export function listIn(value: unknown, sought: readonly string[] = []): { key?: string; items: unknown[] } | undefined {
  if (Array.isArray(value)) return { items: value };
  if (!isRecord(value)) return undefined;
  const lists = Object.entries(value).filter(([key, field]) => Array.isArray(field) && !NOISE.test(key));
  // Of several lists (a typeahead's `genres`, `podcasts`, `terms`), the one whose records hold what the user searched
  // for ("star wars") is the answer: the podcasts found, not the genres beside them.
  const words = sought.map((text) => text.trim().toLowerCase()).filter((text) => text.length >= 3 && /[a-z]/.test(text));
  const holds = ([, field]: [string, unknown]) =>
    (field as unknown[]).some((item) => isRecord(item) && words.some((text) => JSON.stringify(item).toLowerCase().includes(text)));
  const entry = (lists.length > 1 && words.length > 0 ? lists.find(holds) : undefined) ?? lists[0];
  return entry ? { key: entry[0], items: entry[1] as unknown[] } : undefined;
}

/** The plural noun the user asked for ("list all APIs for provider …" → "APIs"), when the tool is about it too. */
export function requestedNoun(request: string | undefined, outcome: CallOutcome): string | undefined {
  if (request === undefined) return undefined;
  const about = `${humanKey(outcome.tool)} ${outcome.description ?? ''}`.toLowerCase();
  for (const match of request.matchAll(
    /\b(?:all|list|the|any|which|what|many|every|some|those|these|my|your|of)\s+(?:the\s+)?(?:(?:latest|recent|new|newest|top|first|last|available|related|current)\s+)?([A-Za-z]{3,}s)(?=\s+(?:for|of|in|on|from|with|by|that|which|to|and|about|under)\b|\s*[?.!,]|\s*$)/g,
  )) {
    const word = match[1] as string;
    if (/(ss|us|is|ous)$/.test(word) || sayableKey(word) === undefined || NO_THING.test(word.toLowerCase())) continue;
    const stem = word
      .toLowerCase()
      .replace(/(ies|es|s)$/, '')
      .slice(0, 6);
    if (about.includes(stem)) return /^[A-Z]+s$/.test(word) ? word : word.toLowerCase();
  }
  return undefined;
}

/** A record whose every field is itself a record (`{"primary": {…}, "secondary": {…}}`, entries keyed by date): its entries. */
export function entriesOf(value: unknown): Array<{ key: string; record: Json }> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([, field]) => isRecord(field))) return undefined;
  // Entries are alike (each shares half its keys with the first): blocks of different shapes (`Properties`, `DataLocation`) are one record's parts, not entries.
  const firstKeys = new Set(Object.keys(entries[0]?.[1] as Json));
  const alike = (record: Json) => {
    const keys = Object.keys(record);
    return keys.filter((key) => firstKeys.has(key)).length * 2 >= Math.max(keys.length, firstKeys.size);
  };
  if (!entries.every(([, field]) => alike(field as Json))) return undefined;
  return entries.map(([key, record]) => ({ key, record: record as Json }));
}

/** Map keys that name their entry (not `primary`, `0`, or a long date string). */
const namingKey = (key: string) =>
  key.length <= 40 && !/^(primary|secondary|tertiary|default|\d+|item\d*)$/i.test(key) && !/\d{4}/.test(key);

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
      `I count ${number} ${what}`,
      `I see ${number} ${what}`,
      `I got back ${number} ${what}`,
      count === 1 ? `Here is the one ${what}` : `These ${number} ${what} came back`,
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

/** The other party of a message by its key (`receiver_id`, `sender`, `recipientId`): "to 7983643", "from ana_p". */
function partyOf(record: Json): string | undefined {
  if (!Object.keys(record).some((key) => /^(message|text|body|content)$/i.test(key))) return undefined;
  for (const [key, value] of Object.entries(record)) {
    const side = /^(receiver|recipient|to)(?:_?id)?$/i.test(key) ? 'to' : /^(sender|from|author)(?:_?id)?$/i.test(key) ? 'from' : undefined;
    if (side !== undefined && (typeof value === 'string' || typeof value === 'number') && String(value).length <= 40)
      return `${side} ${String(value)}`;
  }
  return undefined;
}

/**
 * What each listed item is called: its name, a name-like field (`approved_symbol`, a document's
 * headline), a naming map key, else its own id; a score goes with a name that is not a `name`
 * ("asthma (score 0.72)"), and items that share a label get the field that tells them apart.
 */
function itemLabels(items: unknown[], entity: string, keys?: string[]): { names: Array<string | undefined>; scoreKey?: string } {
  const labels = items.map((item, index) =>
    isRecord(item)
      ? (labelOf(item, entity) ??
        (keys?.[index] !== undefined && namingKey(keys[index] as string) ? keys[index] : undefined) ??
        partLabel(item))
      : formatValue(item),
  );
  // The field said beside each name (a score, a status): the facts of the first leave it out.
  let scoreKey: string | undefined;
  const scored = items.map((item, index) => {
    const found = withAside(item, labels[index], entity, items.length);
    scoreKey ??= found.key;
    return found.label;
  });
  const names = scored.map((label, index) => untwinned(items, scored, label, index));
  return { names, ...(scoreKey !== undefined ? { scoreKey } : {}) };
}

/**
 * An item with no name or id of its own known by the named record it is about
 * (`{category: {categoryId, categoryName: "personal"}, aspects: […]}` → "category personal").
 */
function partLabel(item: Json): string | undefined {
  const part = namedPart(item);
  return part === undefined ? undefined : `${part.noun} ${part.name}`;
}

/** The named record an item is about (`category` "personal"), its key said as a noun. */
function namedPart(item: Json): { noun: string; name: string } | undefined {
  for (const [key, value] of Object.entries(item)) {
    const name = isRecord(value) ? nameOf(value) : undefined;
    const noun = sayableKey(key);
    if (name !== undefined && noun !== undefined) return { noun, name };
  }
  return undefined;
}

/** The noun of the part every item is known by (no name or id of its own), when they share it: the list counts those ("2 categories"). */
function sharedPartNoun(records: Json[], entity: string): string | undefined {
  const nouns = records.map((record) => (labelOf(record, entity) === undefined ? namedPart(record)?.noun : undefined));
  const first = nouns[0];
  return first !== undefined && nouns.every((noun) => noun === first) ? first : undefined;
}

/** A label with the aside that goes with it (the other party of a message, a status or date beside an id, a score beside a name), and the aside's key. */
function withAside(item: unknown, label: string | undefined, entity: string, count: number): { label?: string; key?: string } {
  if (!isRecord(item) || label === undefined) return { label };
  // A message known by its text says whom it went to or came from: "“See you at 3” (to 7983643)".
  const party = nameOf(item) === undefined ? partyOf(item) : undefined;
  if (party !== undefined) return { label: `${label} (${party})` };
  // An item known only by its id says what it is beside it: "FX1 (status delivered)", "ME1 (content type image/png)".
  if (nameOf(item) === undefined && count <= 5) {
    const key =
      Object.keys(item).find((field) => /(status|state|type|kind|format|category)$/i.test(field) && telling(item, field) !== undefined) ??
      Object.keys(item).find(
        (field) =>
          /(date|time|_at|At|on)$/.test(field) && !NOISE.test(field) && !/update|modif/i.test(field) && telling(item, field) !== undefined,
      );
    return key !== undefined ? { label: `${label} (${telling(item, key) as string})`, key } : { label };
  }
  if (nameLike(item) === undefined || labelOf(item, entity) !== nameLike(item)?.text) return { label };
  const score = Object.keys(item).find((key) => /(^|_)(score|relevance|rank)$|Score$/.test(key) && typeof item[key] === 'number');
  return score !== undefined ? { label: `${label} (${humanKey(score)} ${formatValue(item[score]) as string})`, key: score } : { label };
}

/** A label shared by several items, made to tell them apart by a field whose value differs among them, else by their own ids. */
function untwinned(items: unknown[], scored: Array<string | undefined>, label: string | undefined, index: number): string | undefined {
  const item = items[index];
  const twins = scored.map((other, at) => (other === label ? at : -1)).filter((at) => at >= 0);
  if (label === undefined || twins.length < 2 || !isRecord(item)) return label;
  const others = twins.map((at) => items[at]).filter(isRecord);
  // The field whose value differs among the twins, a name-like field first.
  const fields = Object.keys(item).sort(
    (a, b) => Number(/name|title|headline|symbol|subject/i.test(b)) - Number(/name|title|headline|symbol|subject/i.test(a)),
  );
  const key = fields.find(
    (field) => telling(item, field) !== undefined && new Set(others.map((other) => JSON.stringify(other[field]))).size === others.length,
  );
  // Twins known by one id (the records related to the id asked about) are called by their names: "KRAS", not "ENSG1 (related name KRAS)".
  if (key !== undefined && idShaped(label.replace(/ \(.*\)$/, '')) && /name|title|headline|symbol|subject/i.test(key)) {
    const name = formatValue(item[key]);
    if (name !== undefined) return name;
  }
  if (key !== undefined) return `${label.replace(/ \(.*\)$/, '')} (${telling(item, key) as string})`;
  // Else their own ids tell them apart: "“Adopting a State Scorpion” (bil_1)".
  const own = fields.find(
    (field) =>
      /^(id|sid|uuid|guid|key)$/i.test(field) &&
      typeof item[field] === 'string' &&
      (item[field] as string).length <= 40 &&
      new Set(others.map((other) => other[field])).size === others.length,
  );
  return own !== undefined ? `${label.replace(/ \(.*\)$/, '')} (${item[own] as string})` : label;
}

/** An id, not a name: one token with four digits or more, or digits after `_`/`-` (`ENSG00000133703`, `EFO_0000676`, `exp_22f1…`); `BRCA1` and `TP53` are names. */
export const idShaped = (label: string) => !/\s/.test(label) && (/\d(?:\D*\d){3}/.test(label) || /[_-][A-Za-z]*\d/.test(label));

/** A name that opens a sentence only when it is a name, not an id (`key-4620` stays lower-case behind "The first,"). */
const isName = (label: string) => /^[A-Z“]/.test(label) && !/^[A-Z]{2}[0-9a-f]{8,}$/i.test(label) && !idShaped(label);

/** The field the list's noun names when the user asked for it by that noun ("all keys" → `key`), and every item holds one. */
function askedField(records: Json[], singular: string, request?: string, args: Json = {}): string | undefined {
  const noun = singular.split(' ').at(-1);
  const first = records[0];
  if (
    first === undefined ||
    noun === undefined ||
    noun === 'record' ||
    noun === 'result' ||
    noun === 'entry' ||
    !new RegExp(`\\b${noun}s?\\b`, 'i').test(request ?? '')
  )
    return undefined;
  // A field that echoes what was sent (`lon` for a lookup by longitude) is how the records were found, not what was asked.
  const sent = new Set(Object.values(args).map(String));
  return Object.keys(first).find(
    (field) =>
      humanKey(field) === noun &&
      records.every((record) => typeof record[field] === 'string' || typeof record[field] === 'number') &&
      !records.some((record) => sent.has(String(record[field]))),
  );
}

/** Arguments that find records without filtering them by a field's value. */
const NO_FILTER =
  /^(q|query|search|term|keywords?|id|sid|key|limit|page|page_?size|per_?page|count|size|offset|cursor|format|sort|order)$/i;

/**
 * The field a filter argument is about (`DateCreatedOnOrBefore` → `date_created`, `max_price` →
 * `price`), when its values differ among the items (an equality filter only echoes the request).
 */
export function filteredField(records: Json[], args: Json): string | undefined {
  const first = records[0];
  if (first === undefined || records.length < 2) return undefined;
  const filters = Object.keys(args)
    .filter((key) => !NO_FILTER.test(key) && (typeof args[key] === 'string' || typeof args[key] === 'number'))
    .map((key) => humanKey(key).split(' '));
  return Object.keys(first).find((field) => {
    // A record's `kind` or `type` is bookkeeping, not a value a user filters by.
    if (ID.test(field) || /^(id|sid|key|uuid|guid|kind|type|object)$/i.test(field) || sayableKey(field) === undefined) return false;
    const words = humanKey(field).split(' ');
    if (!filters.some((filter) => words.every((word) => filter.includes(word)))) return false;
    const values = records.map((record) => record[field]);
    return (
      values.every((value) => (typeof value === 'string' || typeof value === 'number') && formatValue(value) !== undefined) &&
      new Set(values.map(String)).size > 1
    );
  });
}

/**
 * A list or map of records in prose: how many, all of them by name when they are few (five or
 * fewer), the first three when they are many, and the salient values of the first (or only) one.
 */
export function describeMany(
  items: unknown[],
  what: string,
  singular: string,
  entity: string,
  seed: string,
  keys?: string[],
  request?: string,
  args: Json = {},
  /** The tool's default measurement system, when the call sent no `units`. */
  system?: MeasureSystem,
): string {
  if (items.length === 0) return noneFound(what, seed);
  const records = items.filter(isRecord);
  const every = records.length === items.length;
  // Items of several things the call sent (relations of two genes): each group said under the thing it belongs to.
  const bySubject = every ? subjectGroups(records, args, entity) : undefined;
  if (bySubject !== undefined) return describeBySubject(bySubject, { what, singular, entity, seed, keys, request, args, system });
  // The user asked for the field itself ("all keys" → each post's `key`): its value names each item, the item's name beside it.
  const asked = every ? askedField(records, singular, request, args) : undefined;
  // A filter (`DateCreatedOnOrBefore`, `max_price`): each item with the value the filter was about.
  const filtered = every && asked === undefined ? filteredField(records, args) : undefined;
  const names = listNames(items, records, { entity, keys, asked, filtered });
  // Items known by the record they are about are counted as those: "2 categories", not "2 aspects".
  const part = every && keys === undefined ? sharedPartNoun(records, entity) : undefined;
  const counted = part === undefined ? (items.length === 1 ? singular : what) : plural(part, items.length);
  const head = countOpening(items.length, counted, seed);
  const units = systemOf(args) ?? system;
  if (items.length === 1) return describeOnly(records[0], names[0], { head, entity, seed, request, asked, args, units });
  // The user asked for the field itself ("all keys"): each item is that value with its name, nothing more.
  if (asked !== undefined || !every) {
    const said = names.every((name): name is string => name !== undefined)
      ? items.length <= 5
        ? `: ${listing(names)}`
        : `; the first three are ${listing(names.slice(0, 3))}`
      : '';
    return `${head}${said}.`;
  }
  return describeEach(records, names, { head, entity, seed, request, keys, scoreKey: filtered, args, units });
}

/**
 * Items grouped by the sent thing each belongs to: their names with the thing ("3 results: TP53 (score 0.71) and ATM
 * (score 0.97) for ENSG…012048; EGFR (score 0.07) for ENSG…133703"), else each group told under its thing.
 */
function describeBySubject(
  groups: Array<{ key: string; value: string; group: Json[] }>,
  options: {
    what: string;
    singular: string;
    entity: string;
    seed: string;
    keys?: string[];
    request?: string;
    args: Json;
    system?: MeasureSystem;
  },
): string {
  const { what, singular, entity, seed, keys, request, args, system } = options;
  // Each item is named by its own label, never by the thing it belongs to.
  const named = groups.map(({ value, group }) => listNames(group, group, { entity }).map((name) => (name === value ? undefined : name)));
  if (named.every((names) => names.every((name) => name !== undefined))) {
    const count = groups.reduce((total, { group }) => total + group.length, 0);
    const told = groups.map(({ value }, index) => `${listing(named[index] as string[])} for ${value}`);
    return `${countOpening(count, count === 1 ? singular : what, seed)}: ${told.join('; ')}.`;
  }
  return groups
    .map(({ key, value, group }) => {
      const text = describeMany(group, what, singular, entity, seed, keys, request, { ...args, [key]: value }, system);
      return `For ${value}: ${/^I /.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
    })
    .join(' ');
}

/**
 * The records of a list grouped by the sent value each belongs to (`subject: "ENSG…012048"` for a call that sent two
 * genes), when they belong to two or more of them; undefined otherwise.
 */
function subjectGroups(records: Json[], args: Json, entity: string): Array<{ key: string; value: string; group: Json[] }> | undefined {
  const sent = new Set<string>();
  const gather = (value: unknown): void => {
    if (typeof value === 'string' && /^\s*[{[]/.test(value)) {
      try {
        gather(JSON.parse(value));
      } catch {
        sent.add(value);
      }
    } else if (Array.isArray(value)) value.forEach(gather);
    else if (isRecord(value)) Object.values(value).forEach(gather);
    else if (typeof value === 'string' || typeof value === 'number') sent.add(String(value));
  };
  gather(args);
  if (sent.size < 2 || records.length < 2) return undefined;
  const key = Object.keys(records[0] as Json).find(
    (field) =>
      !ID.test(field) &&
      // A key naming the tool's own thing (`target` of a target lookup) is what each record is, not what it belongs to.
      !humanKey(entity).split(' ').includes(humanKey(field)) &&
      records.every((record) => sent.has(String(record[field]))) &&
      new Set(records.map((record) => String(record[field]))).size >= 2,
  );
  if (key === undefined) return undefined;
  const values = [...new Set(records.map((record) => String(record[key])))];
  return values.map((value) => ({ key, value, group: records.filter((record) => String(record[key]) === value) }));
}

/** An empty list, worded several ways. */
function noneFound(what: string, seed: string): string {
  return pick(
    [`I found no ${what} for that request.`, `There are no ${what} for that request.`, `The service returned no ${what} for that request.`],
    seed,
  );
}

/** What each item is called: its label, or the asked field's value with the name beside it, or the label with the filtered value beside it. */
function listNames(
  items: unknown[],
  records: Json[],
  options: { entity: string; keys?: string[]; asked?: string; filtered?: string },
): Array<string | undefined> {
  const { asked, filtered } = options;
  if (asked !== undefined)
    return records.map((record) => {
      const value = formatValue(record[asked]) ?? String(record[asked]);
      const name = nameOf(record);
      const party = partyOf(record);
      return name !== undefined && name !== value ? `${value} (${name})` : party !== undefined ? `${value} (${party})` : value;
    });
  const names = itemLabels(items, options.entity, options.keys).names;
  if (filtered === undefined) return names;
  return names.map((name, index) =>
    name === undefined
      ? undefined
      : `${name.replace(/ \([^()]*\)$/, '')} (${sayableKey(filtered) as string} ${formatValue((records[index] as Json)[filtered]) as string})`,
  );
}

/** A list of one: the count, its name, and its salient values. */
function describeOnly(
  record: Json | undefined,
  name: string | undefined,
  options: { head: string; entity: string; seed: string; request?: string; asked?: string; args?: Json; units?: MeasureSystem | undefined },
): string {
  const { head, asked } = options;
  // The first is named without its score or telling field: the facts say those.
  const first = asked !== undefined ? name : name?.replace(/ \([^()]*\)$/, '');
  const ids = new Set(record ? Object.keys(record).filter((field) => ID.test(field) && !namedByRequest(field, options.request)) : []);
  if (asked !== undefined) ids.add(asked);
  const found = record ? facts(record, ids, 4, {}, options.entity, options.request, 2, options.units) : [];
  // A row's own id is no name: "one expression (ID 8957954)", never "one expression: 8957954".
  const ownId =
    record !== undefined &&
    first !== undefined &&
    /\d{4}/.test(first) &&
    Object.entries(record).some(([key, value]) => /(^|_)(id|uuid|guid)$|(Id|Uuid|Guid)$/.test(key) && String(value) === first);
  if (ownId) return `${head} (ID ${first}).${found.length > 0 ? ` ${factSentence(found, 'it', options.seed)}` : ''}`;
  if (found.length === 0) return first !== undefined ? `${head}: ${first}.` : `${head}.`;
  return first !== undefined && isName(first)
    ? `${head}. ${factSentence(found, first, options.seed)}`
    : `${head}${first !== undefined ? `: ${first}` : ''}. ${factSentence(found, 'it', options.seed)}`;
}

/** Keys a record without a name is best told by: what it is about, then when it is. */
const SUBJECT_KEY = /(name|title|headline|symbol|subject|label)$/i;
const MOMENT_KEY =
  /(^|_)(date|time|datetime|timestamp|start|start_?time|start_?timestamp|period|day|hour|month)$|(timeStamp|Date|Time)$|epoch|[Ss]tamp/;

/**
 * The field that names records which have no name ("breast carcinoma: …", "at 2025-06-01 12:20 UTC: …",
 * "gsb: …"): a name-like field, then a moment, then a short text that differs from record to record.
 * Undefined when no field tells them apart, and they are told by their place in the list.
 */
function labelField(records: Json[], args: Json | undefined, oneName: string | undefined): { key: string; labels: string[] } | undefined {
  const sent = new Set(Object.values(args ?? {}).map(String));
  // A moment is said as a date ("at 2025-06-01 12:20 UTC"), seconds or milliseconds since 1970 too; anything else as its value.
  const said = (record: Json, key: string): string | undefined => {
    const value = record[key];
    if (!MOMENT_KEY.test(key)) return formatValue(value as string | number) ?? String(value);
    const ms =
      typeof value !== 'number'
        ? undefined
        : value >= 1e11 && value < 1e14
          ? value
          : value >= 1e8 && value < 1e11
            ? value * 1000
            : undefined;
    const text = ms !== undefined ? formatValue(new Date(ms).toISOString()) : typeof value === 'string' ? formatValue(value) : undefined;
    return text !== undefined && /^\d{4}-\d{2}-\d{2}/.test(text) ? `at ${text}` : undefined;
  };
  const keys = Object.keys(records[0] as Json).filter(
    (key) =>
      !NOISE.test(key) &&
      records.every((record) => (typeof record[key] === 'string' || typeof record[key] === 'number') && !sent.has(String(record[key]))) &&
      records.every((record) => record[key] !== oneName) &&
      new Set(records.map((record) => String(record[key]))).size > 1,
  );
  const order = [
    ...keys.filter((key) => SUBJECT_KEY.test(key) && !ID.test(key)),
    // When it starts comes before when it ends.
    ...keys
      .filter((key) => MOMENT_KEY.test(key))
      // A stamp with its hour tells an hourly series apart better than a bare date beside it (`datetime` "2025-05-25").
      .sort(
        (a, b) =>
          Number(!/start|from|begin/i.test(a)) - Number(!/start|from|begin/i.test(b)) ||
          Number(!withHour(records, a)) - Number(!withHour(records, b)),
      ),
    ...keys.filter((key) => SUBJECT_KEY.test(key) && ID.test(key)),
    ...keys.filter(
      (key) => typeof (records[0] as Json)[key] === 'string' && !ID.test(key) && !SUBJECT_KEY.test(key) && !MOMENT_KEY.test(key),
    ),
  ];
  const usable = order
    .map((key) => ({ key, labels: records.map((record) => said(record, key)) }))
    .filter((entry): entry is { key: string; labels: string[] } =>
      entry.labels.every((label) => label !== undefined && label.length > 0 && label.length <= 60),
    );
  // A field whose every value differs tells the records apart best.
  return usable.find((entry) => new Set(entry.labels).size === entry.labels.length) ?? usable[0];
}

/** Whether every record holds a moment with its time of day under the key (`2025-05-25T09:00:00`, not `2025-05-25`). */
function withHour(records: Json[], key: string): boolean {
  return records.every((record) => /\d{2}:\d{2}/.test(formatValue(record[key] as string | number) ?? ''));
}

/** Keys that say what sort a record is. */
const SORT_WORD = /(type|kind|category|class)$/i;

/** How a list of several records is told: its opening, what it is about, and the call's arguments and units. */
interface EachOptions {
  head: string;
  entity: string;
  seed: string;
  request?: string;
  keys?: string[];
  scoreKey?: string;
  args?: Json;
  units?: MeasureSystem | undefined;
}

const ORDINALS = ['the first', 'the second', 'the third', 'the fourth', 'the fifth'];

/**
 * Two or more records, each told (all of them up to five, else the first three): its name and its
 * most telling values ("KRAS (target, score 0.48)"), a value they all share said once ("3 media
 * items, all of content type image/tiff: …"), records alike in name told apart by their map keys or their order,
 * documents by what they say.
 */
function describeEach(records: Json[], names: Array<string | undefined>, options: EachOptions): string {
  const { entity, seed, request } = options;
  const shown = records.length <= 5 ? records : records.slice(0, 3);
  const bare = names.map((name) => name?.replace(/ \([^()]*\)$/, ''));
  // Values every record shares, said once for all ("all of content type image/tiff").
  const first = records[0] as Json;
  const shared = sharedKeys(records, options.args);
  const system = options.units;
  // A zero or a measurement held flat across a series is no value to tell ("all with snow 0 mm"): it is left out.
  const telling = shared.filter((key) => !sharedValueSaysNothing(key, records, options.keys));
  const common = sharedFact(first, telling, { entity, request, system });
  // One name for all: it goes in the head, and each record is told by its map key ("at 2025-05-25 12:20 UTC") or its place in the list.
  const oneName = bare[0] !== undefined && bare.every((name) => name === bare[0]) ? bare[0] : undefined;
  const otherName = oneName === undefined ? undefined : otherNameKey(records, oneName);
  const placed = shown.map((record, index) => placedLabel(record, index, { names, bare, oneName, otherName, keys: options.keys }));
  // Records with no name nor key are told by a field that tells them apart, else by their place in the list.
  const byField = placed.includes(undefined) ? labelField(shown, options.args, oneName) : undefined;
  const labels = placed.map((label, index) => (label ?? byField?.labels[index] ?? ORDINALS[index]) as string);
  // Rows told by their moment are not told it again in another field (`timestamp_utc`, `ts` beside `timestamp_local`).
  const moments =
    byField !== undefined && MOMENT_KEY.test(byField.key) ? Object.keys(first).filter((key) => MOMENT_KEY.test(key) || key === 'ts') : [];
  const skipped = [...shared, ...(otherName !== undefined ? [otherName] : []), ...(byField !== undefined ? [byField.key] : []), ...moments];
  const perItem = shown.map((record, index) => {
    const skip = skipFor(record, bare[records.indexOf(record)], skipped, options);
    const found = facts(record, skip, shown.length <= 3 ? 3 : 2, {}, entity, request, 2, system);
    // The value a filter was about comes first ("FX1 (date created 2025-03-01)").
    const filter = options.scoreKey;
    const filtered =
      filter !== undefined && formatValue(record[filter]) !== undefined
        ? [`${sayableKey(filter) ?? humanKey(filter)} ${formatValue(record[filter]) as string}`]
        : [];
    // A code beside a name tells little ("target ENSG0…"): left out when a value is said.
    const worded = found.filter((fact) => fact.key !== filter && fact.score > -3);
    return { label: labels[index] as string, found: worded.length > 0 ? worded : found.filter((fact) => fact.key !== filter), filtered };
  });
  const allName = oneName !== undefined && isName(oneName) ? ` for ${oneName}` : '';
  const commonText = common === undefined ? '' : pairWords(commonPhrase(common), records.length);
  const more = records.length > shown.length ? '; the first three are' : ':';
  // Documents are told by what they say, one sentence each.
  if (perItem.some((item) => item.found[0]?.content === true) && oneName === undefined) {
    const sentences = perItem.map((item) =>
      item.found.length > 0 ? factSentence(item.found.slice(0, 2), item.label, seed) : `${capital(item.label)}.`,
    );
    return `${options.head}${commonText}${more} ${listing(labels)}. ${sentences.join(' ')}`;
  }
  const told = perItem.map(toldItem);
  // Records told by nothing but their place ("the first, the second and the third") say nothing: the count stands alone.
  if (told.every((text, index) => text === ORDINALS[index])) return `${options.head}${allName}${commonText}.`;
  const ordinal = told.some((text) => /^(the|at) .+?: /.test(text));
  // Items said alike are said once, with how many: "Business (2 of them) and Science".
  const once = [...new Set(told)].map((text) => {
    const count = told.filter((other) => other === text).length;
    return count > 1 ? `${text} (${count} of them)` : text;
  });
  return `${options.head}${allName}${commonText}${more} ${ordinal ? once.join('; ') : listing(once)}.`;
}

/** Keys whose plain value every record shares, not an id, a unit or an echo of the call. */
/**
 * The fact of the values all records share, read in the whole first record with its other keys skipped: its units
 * (`unit`, an AQI beside `pm10`) still go with the shared value.
 */
function sharedFact(
  first: Json,
  shared: string[],
  options: { entity: string; request?: string; system?: MeasureSystem },
): Fact | undefined {
  if (shared.length === 0) return undefined;
  const others = new Set(Object.keys(first).filter((key) => !shared.includes(key)));
  return facts(first, others, 1, {}, options.entity, options.request, 1, options.system)[0];
}

function sharedKeys(records: Json[], args: Json | undefined): string[] {
  const first = records[0] as Json;
  return Object.keys(first).filter(
    (key) =>
      !ID.test(key) &&
      !NOISE.test(key) &&
      !/(unit|currency)$/i.test(key) &&
      records.length >= 2 &&
      (typeof first[key] === 'string' || typeof first[key] === 'number' || typeof first[key] === 'boolean') &&
      records.every((record) => JSON.stringify(record[key]) === JSON.stringify(first[key])) &&
      !Object.values(args ?? {}).some((value) => String(value) === String(first[key])),
  );
}

/** Records of one name told apart by another name they each carry ("2 results for KRAS: psoriasis and asthma"). */
function otherNameKey(records: Json[], oneName: string): string | undefined {
  return Object.keys(records[0] as Json).find(
    (key) =>
      /(name|title|headline|symbol)$/i.test(key) &&
      records.every((record) => typeof record[key] === 'string' && record[key] !== oneName) &&
      new Set(records.map((record) => record[key])).size === records.length,
  );
}

/** What a shown record is called: its other name, its own name, or its map key; undefined when none of these tells it. */
function placedLabel(
  record: Json,
  index: number,
  context: { names: Array<string | undefined>; bare: Array<string | undefined>; oneName?: string; otherName?: string; keys?: string[] },
): string | undefined {
  const { names, bare, otherName } = context;
  if (otherName !== undefined) return formatValue(record[otherName]) ?? String(record[otherName]);
  if (context.oneName === undefined && names[index] !== undefined)
    // Names alike keep the aside that tells them apart ("“Adopting a State Scorpion” (bil_1)").
    return bare.filter((name) => name === bare[index]).length > 1 ? (names[index] as string) : (bare[index] as string);
  const key = context.keys?.[index];
  const when = key !== undefined ? formatValue(key) : undefined;
  if (when !== undefined && /^\d{4}-\d{2}-\d{2}/.test(when)) return `at ${when}`;
  if (key !== undefined && key.length <= 40) return key;
  return undefined;
}

/** The fields of a record not said beside it: those said for all, echoes of the call, the value it is named by, its ids. */
function skipFor(record: Json, bare: string | undefined, skipped: string[], options: { request?: string; args?: Json }): Set<string> {
  return new Set([
    ...skipped,
    // An echo of the call ("gene ENSG1" for a lookup by that gene) tells nothing.
    ...Object.keys(record).filter((field) => Object.values(options.args ?? {}).some((value) => String(value) === String(record[field]))),
    // The value the item is named by is not said again beside it ("KRAS (target)", not "KRAS (related name KRAS, target)").
    ...Object.keys(record).filter((field) => typeof record[field] === 'string' && labelOf({ name: record[field] }) === bare),
    ...Object.keys(record).filter((field) => ID.test(field) && !namedByRequest(field, options.request)),
  ]);
}

/** A value all records share, after the count: "all of content type image/tiff", "all delivered", "all with 10 pages", "none of them is direct". */
function commonPhrase(common: Fact): string {
  if (common.kind === 'verb') {
    if (/^is all\b/.test(common.text)) return `, each ${compactFact(common)}`; // "3 events, each all day", not "all all day"
    if (/^is not /.test(common.text)) return `, none of them ${common.text.replace(/^is not /, 'is ')}`; // "none of them is direct", not "all not direct"
    const joint = /^has /.test(common.text) ? 'with ' : /^does not have /.test(common.text) ? 'without ' : '';
    return `, all ${joint}${compactFact(common).replace(/^no /, '')}`;
  }
  if (compactFact(common) !== common.text.replace(/^the .+? (?:is|are) /, '')) return `, all with ${compactFact(common)}`;
  // A sort said bare reads as a noun after "all" ("all disease"): "all of entity type disease".
  return SORT_WORD.test(common.key ?? '')
    ? `, all of ${common.text.replace(/^the (.+?) (?:is|are) .*$/, '$1')} ${compactFact(common)}`
    : `, all ${compactFact(common)}`;
}

/** Two records share a value "both", never "all": "2 entries, both with 15,850 deaths", "neither is direct". */
function pairWords(phrase: string, count: number): string {
  if (count !== 2) return phrase;
  return phrase
    .replace(/^, all of /, ', both of ')
    .replace(/^, all /, ', both ')
    .replace(/^, none of them /, ', neither ');
}

/** One record said with its asides: "KRAS (target, score 0.48)", "the first: status delivered". */
function toldItem(item: { label: string; found: Fact[]; filtered: string[] }): string {
  // What sort of thing it is comes first: "KRAS (target, score 0.48)".
  const sorted = [...item.found].sort((a, b) => Number(!SORT_WORD.test(a.key ?? '')) - Number(!SORT_WORD.test(b.key ?? '')));
  const asides = [...item.filtered, ...sorted.map(compactFact)];
  if (asides.length === 0) return item.label;
  if (/^(the|at) /.test(item.label)) return `${item.label}: ${asides.join(', ')}`;
  // A label keeping the aside that tells it from its twin ("KRAS (score 0.18)") takes the other asides into it, the aside said once.
  const aside = / \(([^()]*)\)$/.exec(item.label);
  if (aside !== null) {
    // The same value said with its unit ("apparent temperature 11.63 °F") takes the place of the bare one.
    const fuller = asides.find((text) => text.startsWith(`${aside[1] as string} `)) ?? (aside[1] as string);
    const rest = asides.filter((text) => text !== aside[1] && text !== fuller);
    return `${item.label.slice(0, aside.index)} (${[fuller, ...rest].join(', ')})`;
  }
  return `${item.label} (${asides.join(', ')})`;
}
