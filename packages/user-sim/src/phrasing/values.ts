import { canonicalJson, indefiniteArticle, nameWords } from '@inftool/core';
import { baseVerb } from './action.js';
import { humanizeParameter, naturalList } from './humanize.js';
import { singularNoun } from './name-nouns.js';

/** A planned argument whose value an earlier result will hold: `{"$result": {turn, call, field}}`. */
export interface ResultReference {
  $result: { turn: number; call: number; field: string };
}

export function isResultReference(value: unknown): value is ResultReference {
  return typeof value === 'object' && value !== null && '$result' in value && typeof (value as ResultReference).$result?.turn === 'number';
}

/**
 * How an argument enters a sentence: a search term ("for \"jazz\""), a bound ("created after
 * 2026-01-01", "from CDG"), a flag ("with facets on"), an identifier ("drug DB00945"), the subject of
 * a required value ("for region Bavaria") or an option ("with count 20").
 */
export type ArgumentRole = 'search' | 'bound' | 'flag' | 'id' | 'subject' | 'option';

export interface SpokenArgument {
  name: string;
  /** The name in words ("drug ID"). */
  label: string;
  value: unknown;
  role: ArgumentRole;
  /** `value` is a list of the values of several cases (a parallel request), said as one list. */
  several?: boolean;
  /** The parameter's description: what a number counts ("Number of hours to check"). */
  description?: string;
}

/** Names that say nothing about their value ("body", "data"): the value is said alone. */
export const GENERIC_NAMES = /^(body|data|payload|input|request|params|parameters|name|content|message|args|arguments|object|item)$/i;

/** Parameters that are API plumbing: a person never says them when the API has a default. */
const PLUMBING =
  /^(api[-_ ]?version|version|format|callback|jsonp|pretty|prettyprint|alt|output|response[-_ ]?format|fields|lang|locale|access[-_ ]?token|api[-_ ]?key|key[-_ ]?type)$/i;
/** A token the client makes up so a retried request is not carried out twice (`ClientToken`, `Idempotency-Key`): an SDK fills it, a person never says it. */
export const CLIENT_TOKEN = /^(client[-_]?(request[-_]?)?token|idempotency[-_]?(key|token|id))$/i;
const FIRST_PAGE =
  /^(cursor|offset|skip|start|page|page[-_]?(token|cursor|number|num|no)|continuation[-_]?token|next[-_]?(token|cursor))$/i;
const SEARCH_WORDS = new Set(['q', 'query', 'search', 'term', 'terms', 'keyword', 'keywords', 'phrase', 'text', 'searchterm']);
const ID_WORDS = /^(id|ids|sid|key|keys|guid|uuid|sha1|sha256|sha512|md5|hash|uri|url|reference|ref|code|number|slug|handle)$/;
const BOUND_WORDS = /^(after|before|since|until|from|to|origin|destination|min|max|minimum|maximum|start|end)$/;

type Schema = Record<string, unknown>;

function propertiesOf(schema: Schema | undefined): Record<string, Schema> {
  const properties = schema?.['properties'];
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, Schema>) : {};
}

/**
 * Whether a real user would leave an argument unsaid: its planned value is the schema's `default`,
 * its only `enum` value or its `const`, or it is API plumbing (`api-version`, `format`, `callback`…)
 * that has a default (or whose schema is unknown), or a client token the SDK makes up; an empty string says nothing either, nor the first
 * page of paging the API requires (offset 0, page 1, cursor "0").
 */
export function isUnsaid(name: string, value: unknown, inputSchema: Schema | undefined): boolean {
  if (value === '' || value === undefined) return true;
  if (CLIENT_TOKEN.test(name)) return true;
  // An empty list or object says nothing either ("languages that Amazon Translate supports for .").
  if (
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && !Array.isArray(value) && !isResultReference(value) && Object.keys(value).length === 0)
  )
    return true;
  // An object whose every part is empty says nothing either ("extras" of `{ extra_x: {} }`).
  if (typeof value === 'object' && value !== null && !isResultReference(value) && valueText(value).trim() === '') return true;
  // The first page: offset 0, page 1, cursor "0" (the API's start; a person asks for "the" results).
  if (FIRST_PAGE.test(name) && (value === 0 || value === '0' || (/^page/i.test(name) && (value === 1 || value === '1')))) return true;
  // `from: 0` is paging too (Elasticsearch-style offsets): "search … from 0" says nothing.
  if (/^from$/i.test(name) && (value === 0 || value === '0')) return true;
  const property = propertiesOf(inputSchema)[name];
  if (PLUMBING.test(name) && (inputSchema === undefined || (property !== undefined && 'default' in property))) return true;
  if (property === undefined) return false;
  const same = (other: unknown) => canonicalJson(other) === canonicalJson(value);
  if ('default' in property && same(property['default'])) return true;
  if ('const' in property && same(property['const'])) return true;
  const choices = property['enum'];
  return Array.isArray(choices) && choices.length === 1 && same(choices[0]);
}

/**
 * Whether a value is a search term: free text, not a number (`term: 20` is a duration in years) and
 * not one of the parameter's choices (`safeSearch: "Moderate"` is a setting, not what is searched for).
 */
function searchTerm(name: string, value: unknown, property: Schema | undefined): boolean {
  if (typeof value !== 'string' || /^-?\d+(\.\d+)?$/.test(value.trim())) return false;
  if (Array.isArray(property?.['enum'])) return false;
  const words = nameWords(name);
  return SEARCH_WORDS.has(name.toLowerCase()) || (words.length <= 2 && SEARCH_WORDS.has(words.at(-1) ?? ''));
}

/** A name of the thing a tool acts on, with the act (`username_to_follow`, `file_to_delete`): the words before "to". */
function purposeNoun(name: string): string | undefined {
  const words = nameWords(name).map((word) => word.toLowerCase());
  const at = words.indexOf('to');
  if (at < 1 || at !== words.length - 2 || baseVerb(words.at(-1) as string) === undefined) return undefined;
  return words.slice(0, at).join(' ');
}

function roleOf(name: string, value: unknown, required: boolean, property?: Schema): ArgumentRole {
  const words = nameWords(name);
  const last = words.at(-1) ?? '';
  if (typeof value === 'boolean') return 'flag';
  // "username to follow" names what is acted on, not where something goes.
  if (purposeNoun(name) !== undefined) return required ? 'subject' : 'option';
  if (searchTerm(name, value, property)) return 'search';
  if (ID_WORDS.test(last) || isResultReference(value)) return 'id';
  // a cap on how many come back (`maxResults: "68"`) is a limit, not a bound: "up to 68 results", never "maximum results 68"
  if (
    typeof value !== 'number' &&
    !LIMIT_NAMES.test(name) &&
    !LIMIT_NAMES.test(words.join(' ')) &&
    words.some((word) => BOUND_WORDS.test(word)) &&
    (words.length > 1 || /^(from|to|origin|destination)$/.test(last))
  )
    return 'bound';
  return required ? 'subject' : 'option';
}

/**
 * What a one-word name that is no phrase of its own (`uniprotkw`) means, from its description: "A
 * UniProt keyword (meaning …)" → "UniProt keyword". Undefined when the description does not start
 * with a short noun phrase ("If provided together with …").
 */
export function describedLabel(property: Schema | undefined): string | undefined {
  const description = String(property?.['description'] ?? '').trim();
  const match =
    /^(?:an?|the)\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)(?=\s*(?:[(.,;:]|$|\s+(?:listed|meaning|that|which|to|for|of|in|used|as)\b))/i.exec(
      description,
    );
  const phrase = match?.[1];
  if (phrase === undefined || /^(list|number|value|string|parameter|field|set|way)$/i.test(phrase)) return undefined;
  return phrase;
}

/**
 * The description's opening words a short name is made of, each word's first letters in turn (`qid`,
 * "Query ID Selector. …" → "query ID"; `fn`, "Facility Name Filter" → "facility name"), else undefined.
 */
export function initialsLabel(name: string, property: Schema | undefined): string | undefined {
  const bare = name.replace(/^[a-z]_/, '');
  if (!/^[a-z]{2,5}$/.test(bare)) return undefined;
  const words =
    String(property?.['description'] ?? '')
      .split(/[.:;(]/)[0]
      ?.trim()
      .split(/\s+/)
      .slice(0, 6) ?? [];
  const spell = (rest: string, at: number, used: string[]): string[] | undefined => {
    if (rest === '') return used.length >= 2 ? used : undefined;
    const word = words[at];
    if (word === undefined || !/^[A-Za-z]+$/.test(word)) return undefined;
    for (let take = Math.min(rest.length, word.length); take >= 1; take -= 1) {
      if (word.slice(0, take).toLowerCase() !== rest.slice(0, take)) continue;
      const found = spell(rest.slice(take), at + 1, [...used, /^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase()]);
      if (found) return found;
    }
    return undefined;
  };
  for (let start = 0; start < words.length; start += 1) {
    const found = spell(bare, start, []);
    if (found) return found.join(' ');
  }
  return undefined;
}

/**
 * A name clipped from a word of its description (`num`, "The number to round." → "number"; `num2` →
 * "number 2"; `mols`, "Amount of substance in moles." → "moles"), when the description never uses the
 * name itself as a word; else undefined.
 */
export function clippedWord(name: string, property: Schema | undefined): string | undefined {
  // `id`, `key`, `url` are words people say as they are ("ID 6d80…"), not clipped from "identifying".
  if (ID_WORDS.test(name.toLowerCase())) return undefined;
  const parts = /^([a-z]{2,4}?)s?_?(\d*)$/.exec(name);
  if (parts === null) return undefined;
  const [, stem = '', digits = ''] = parts;
  const words = String(property?.['description'] ?? '').match(/[A-Za-z]+/g) ?? [];
  if (words.some((word) => word.toLowerCase() === name.replace(/_?\d+$/, ''))) return undefined;
  const full = words
    // A noun, not a participle ("identifying", "sorted"): a label names a thing.
    .find(
      (word) =>
        word.length > stem.length + 1 && word.toLowerCase().startsWith(stem) && /^[A-Za-z][a-z]+$/.test(word) && !/(ing|ed)$/.test(word),
    )
    ?.toLowerCase();
  return full === undefined ? undefined : digits === '' ? full : `${full} ${digits}`;
}

/** A one-word name that abbreviates its description's phrase (`uniprotkw`, "A UniProt keyword"): the phrase, else undefined. */
function expandedName(name: string, property: Schema | undefined): string | undefined {
  const clipped = clippedWord(name, property);
  if (clipped !== undefined) return clipped;
  if (humanizeParameter(name) === name.replace(/_/g, ' ') && initialsLabel(name, property) !== undefined)
    return initialsLabel(name, property);
  if (!/^[a-z]{3,}$/.test(name)) return undefined;
  const label = describedLabel(property);
  const first = label?.split(/\s+/)[0]?.toLowerCase() ?? '';
  return label !== undefined &&
    first !== name &&
    first.slice(0, 3) === name.slice(0, 3) &&
    label.toLowerCase().replace(/[^a-z]/g, '') !== name
    ? label
    : undefined;
}

/** The arguments a user would mention, in the schema's order, with their role in a sentence. */
/** An `api` (APIs.guru's path parameter) holding a release (`3.7.2`) is said as the version it is, never "API 3.7.2". */
function versionLabel(name: string, value: unknown): string | undefined {
  return /^api$/i.test(name) && typeof value === 'string' && /^v?\d+(\.\d+){1,3}([-+.][\w.]+)?$/.test(value) ? 'version' : undefined;
}

export function spokenArguments(
  args: Record<string, unknown>,
  inputSchema: Schema | undefined,
  withheld: ReadonlySet<string> = new Set(),
): SpokenArgument[] {
  const required = new Set(Array.isArray(inputSchema?.['required']) ? (inputSchema['required'] as string[]) : []);
  const order = Object.keys(propertiesOf(inputSchema));
  const names = Object.keys(args).sort((a, b) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1));
  const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (
    names
      .filter((name) => !withheld.has(name) && !isUnsaid(name, args[name], inputSchema))
      // `drug_id` and `DRUG_ID` of one value are one thing to say.
      .filter(
        (name, index, kept) =>
          !kept.slice(0, index).some((other) => norm(other) === norm(name) && canonicalJson(args[other]) === canonicalJson(args[name])),
      )
      .map((name) => ({
        name,
        label:
          versionLabel(name, args[name]) ??
          purposeNoun(name) ??
          expandedName(name, propertiesOf(inputSchema)[name]) ??
          humanizeParameter(name),
        value: args[name],
        role: roleOf(name, args[name], required.has(name), propertiesOf(inputSchema)[name]),
        ...(typeof propertiesOf(inputSchema)[name]?.['description'] === 'string'
          ? { description: propertiesOf(inputSchema)[name]?.['description'] as string }
          : {}),
      }))
  );
}

/** Identifier formats that say what they identify: a list of them is said as "genes A and B". */
const ID_NOUNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ENS[A-Z]*G\d+/, 'gene'],
  [/^(EFO|MONDO|Orphanet|HP|DOID)_\d+$/, 'disease'],
  [/^ECO_\d+$/, 'evidence code'],
  [/^CHEMBL\d+$/, 'drug'],
  [/^R-[A-Z]{3}-\d+$/, 'pathway'],
];

/** A JSON document typed as text (`{"subject":["ENSG…"]}`, `["a","b"]`): its content, else undefined. */
export function jsonDocument(text: string): object | undefined {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const pluralOf = (noun: string) =>
  /(x|ch|sh|s)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

/** Items of a list as a person lists them; `quoted`: free text in quotes (all of it, when any has spaces). */
function listItems(items: readonly unknown[], quoted = false): string {
  const quote = quoted && items.some((item) => typeof item === 'string' && /\s/.test(item));
  return naturalList(items.map((item) => (quote && typeof item === 'string' ? `"${item}"` : spokenJson(item))));
}

/** Keys that do not say what their values are: the values' format names them ("subject" → genes). */
const VAGUE_KEYS = /^(subject|object|id|ids|items|values|list|body|data|input|entities)$/i;

function nounOf(name: string | undefined, items: readonly unknown[]): string | undefined {
  const fromFormat = ID_NOUNS.find(
    ([format]) => items.length > 0 && items.every((item) => typeof item === 'string' && format.test(item)),
  )?.[1];
  if (name === undefined) return fromFormat;
  return VAGUE_KEYS.test(name) ? (fromFormat ?? humanizeParameter(name)) : humanizeParameter(name);
}

/** One key of a JSON document in words: a list as "targets A and B" (the noun from the values' format, else the key). */
function spokenEntry(name: string, value: unknown): string {
  const label = humanizeParameter(name);
  if (Array.isArray(value)) {
    const noun = nounOf(name, value) as string;
    return `${value.length === 1 || /s$/.test(noun) ? noun : pluralOf(noun)} ${listItems(value)}`;
  }
  if (value === 'true' || value === true) return `${label} on`;
  if (value === 'false' || value === false) return `${label} off`;
  return `${label} ${spokenJson(value)}`;
}

/**
 * A JSON document in a person's words (the assistant builds the body): `{"subject":["ENSG1","ENSG2"]}`
 * → "genes ENSG1 and ENSG2"; `{"target":["A","B"],"pvalue":0.001}` → "targets A and B with pvalue 0.001";
 * `["best hit","aspirin"]` → "\"best hit\" and aspirin".
 */
export function spokenJson(value: unknown): string {
  if (Array.isArray(value)) {
    const noun = nounOf(undefined, value);
    return noun === undefined ? listItems(value, true) : `${value.length === 1 ? noun : pluralOf(noun)} ${listItems(value)}`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const lists = entries.filter(([, inner]) => Array.isArray(inner)).map(([name, inner]) => spokenEntry(name, inner));
    const rest = entries.filter(([, inner]) => !Array.isArray(inner)).map(([name, inner]) => spokenEntry(name, inner));
    if (lists.length === 0) return naturalList(rest);
    const head = lists.length === 1 ? (lists[0] as string) : `${lists.slice(0, -1).join(', ')}, and ${lists.at(-1) as string}`;
    return rest.length === 0 ? head : `${head} with ${naturalList(rest)}`;
  }
  return valueText(value);
}

/** A sum of money as an object (`{"amount": "320.63", "currency": "THB"}`) as a person says it: "320.63 THB"; else undefined. */
function moneyText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const amount = entries.find(([key]) => /^(amount|value|sum|total)$/i.test(key))?.[1];
  const currency = entries.find(([key]) => /^(currency|currency[-_ ]?code)$/i.test(key))?.[1];
  if (entries.length !== 2 || (typeof amount !== 'string' && typeof amount !== 'number') || typeof currency !== 'string') return undefined;
  return `${String(amount)} ${currency}`;
}

/**
 * A JSON:API resource identifier (`{"id": "6887727", "type": "categories"}`) as a person names the thing: "category
 * 6887727", never "ID 6887727 and type categories"; else undefined.
 */
function resourceText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const id = (value as Record<string, unknown>)['id'];
  const type = (value as Record<string, unknown>)['type'];
  if (entries.length !== 2 || (typeof id !== 'string' && typeof id !== 'number') || typeof type !== 'string') return undefined;
  if (!/^[a-z][a-z_-]*$/i.test(type)) return undefined;
  return `${singularNoun(humanizeParameter(type))} ${String(id)}`;
}

/** A resource identifier or a list of them. */
const namesResources = (value: unknown): boolean =>
  resourceText(value) !== undefined ||
  (Array.isArray(value) && value.length > 0 && value.every((item) => resourceText(item) !== undefined));

/** A value as a person types it: strings as they are (a JSON document in words), lists as "a, b and c", objects as "name value" pairs. */
export function valueText(value: unknown, refer: (reference: ResultReference) => string = () => 'that one'): string {
  if (isResultReference(value)) return refer(value);
  if (typeof value === 'string') {
    const document = jsonDocument(value);
    return document === undefined ? value : spokenJson(document);
  }
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null) return 'none';
  if (Array.isArray(value)) return naturalList(value.map((item) => valueText(item, refer)));
  const money = moneyText(value);
  if (money !== undefined) return money;
  const resource = resourceText(value);
  if (resource !== undefined) return resource;
  if (typeof value === 'object') {
    // A document's media type is said as what the document is: "… as a PDF", never "content type application/pdf".
    const entries = Object.entries(value);
    const media = entries.find(([name, inner]) => /^(content|media|mime)[-_ ]?type$/i.test(name) && mediaName(inner) !== undefined);
    const said = naturalList(
      entries
        // An empty part says nothing ("notes , rooms …").
        .filter((entry) => entry !== media && valueText(entry[1], refer).trim() !== '')
        .map(([name, inner]) => `${humanizeParameter(name)} ${sentenceQuoted(valueText(inner, refer))}`),
    );
    return media === undefined ? said : `${said} as ${mediaName(media[1]) as string}`;
  }
  return String(value);
}

/** A sentence inside a list is quoted, so its own full stop does not run into the list's comma ("3 pages., destinations"). */
const sentenceQuoted = (text: string) => (/^\S+(?:\s+\S+){2,}[.!?]$/.test(text) && !text.includes('"') ? `"${text}"` : text);

/** Media types as a person names them. */
const MEDIA_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'a PDF',
  'text/csv': 'a CSV file',
  'text/plain': 'plain text',
  'text/html': 'an HTML page',
  'application/json': 'JSON',
  'application/xml': 'XML',
  'text/xml': 'XML',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'a Word document',
  'application/msword': 'a Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'an Excel sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'a PowerPoint deck',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
};

/** A media type (`application/pdf`) as a person names it ("a PDF"), else undefined. */
export function mediaName(value: unknown): string | undefined {
  return typeof value === 'string' ? MEDIA_NAMES[value.trim().toLowerCase()] : undefined;
}

/** Operators of a filter object (`{"eq": "…"}`, `{"gt": 5}`): the API's query syntax, said in words. */
const FILTER_OPERATORS = /^(eq|ne|neq|gt|gte|ge|lt|lte|le|like|ilike|contains|in|nin|starts_?with|ends_?with)$/i;

/** Whether a value is a filter object: every key an operator (`{"eq": "Minimalist Palace", "like": "palace"}`). */
export function isFilterObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isResultReference(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => FILTER_OPERATORS.test(key));
}

/**
 * A filter object in words, standing on its own: `end: {"eq": "2025-10-15"}` → "whose end is 2025-10-15",
 * `created: {"gt": "2025-10-15T…"}` → "created after 2025-10-15T…", `name: {"eq": "X", "like": "palace"}` →
 * "named X" (an exact name says the rest), `name: {"like": "palace"}` → `with "palace" in the name`,
 * `price: {"lte": 200}` → "with a price of at most 200". Never "end eq 2025-10-15".
 */
export function filterPhrase(label: string, filter: Record<string, unknown>): string {
  const entries = Object.entries(filter).map(([operator, value]) => [operator.toLowerCase().replace(/_/g, ''), value] as const);
  const exact = entries.find(([operator]) => operator === 'eq');
  const kept =
    exact === undefined
      ? entries
      : [exact, ...entries.filter(([operator]) => !/^(eq|like|ilike|contains|startswith|endswith)$/.test(operator))];
  const named = /^(name|title)$/i.test(label);
  const parts = kept.map(([operator, value]) => {
    const text = valueText(value);
    const dated = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);
    switch (operator) {
      case 'eq':
        // "created on 2025-10-15", "named Minimalist Palace", "whose status is open".
        return named ? `named ${text}` : dated && /ed$/.test(label) ? `${label} on ${text}` : `whose ${label} is ${text}`;
      case 'ne':
      case 'neq':
        return `whose ${label} is not ${text}`;
      case 'gt':
        return dated ? `${label} after ${text}` : `with a ${label} above ${text}`;
      case 'gte':
      case 'ge':
        return dated ? `${label} on or after ${text}` : `with a ${label} of at least ${text}`;
      case 'lt':
        return dated ? `${label} before ${text}` : `with a ${label} below ${text}`;
      case 'lte':
      case 'le':
        return dated ? `${label} on or before ${text}` : `with a ${label} of at most ${text}`;
      case 'in':
      case 'nin': {
        const listed = Array.isArray(value)
          ? naturalList(
              value.map((item) => valueText(item)),
              'or',
            )
          : text;
        return `whose ${label} is ${operator === 'nin' ? 'not ' : ''}${listed}`;
      }
      case 'startswith':
        return `whose ${label} starts with "${text}"`;
      case 'endswith':
        return `whose ${label} ends with "${text}"`;
      default:
        return `with "${text}" in the ${label}`;
    }
  });
  return naturalList(parts);
}

/** One argument as a phrase (without its preposition): `"jazz"`, "created after 2026-01-01", "facets on", "drug ID DB00945". */
export function argumentPhrase(argument: SpokenArgument, refer?: (reference: ResultReference) => string): string {
  const values = argument.several && Array.isArray(argument.value) ? argument.value : [argument.value];
  // Cases that each give a list are said apart, or their items run together ("A and B, C and D and E"):
  // "A and B, separately for C and D, and separately for E".
  if (argument.several && values.length >= 2 && values.every(isListValue)) {
    const groups = values.map((value) => argumentPhrase({ ...argument, value, several: false }, refer));
    const apart = groups.slice(1).map((group) => `separately for ${group}`);
    return [groups[0], ...apart.slice(0, -1), `and ${apart.at(-1) as string}`].join(', ');
  }
  if (!argument.several && isFilterObject(argument.value)) return filterPhrase(argument.label, argument.value);
  const text = valueText(argument.value, refer);
  switch (argument.role) {
    case 'search':
      return naturalList(
        values.map((value) =>
          typeof value === 'string' && jsonDocument(value) !== undefined ? valueText(value, refer) : `"${valueText(value, refer)}"`,
        ),
      );
    case 'flag':
      return argument.several ? `${argument.label} both on and off` : `${argument.label} ${argument.value ? 'on' : 'off'}`;
    case 'subject':
      return GENERIC_NAMES.test(argument.name) ? text : (inWords(argument, text) ?? labelled(argument.label, text));
    case 'bound': {
      // "start 2025-06-14 end 2025-07-21" → "from 2025-06-14 until 2025-07-21".
      if (/^(start|from|since)( (date|time|datetime|date time))?$/i.test(argument.label) && !argument.several) return `from ${text}`;
      if (/^(end|until)( (date|time|datetime|date time))?$/i.test(argument.label) && !argument.several) return `until ${text}`;
      // "filter since 2025-05-26" (`filter[since]`) is "since 2025-05-26".
      const words = argument.label
        .replace(/^filter\s+(?=\S)/i, '')
        .split(' ')
        .filter((word) => word !== 'date' || argument.label.split(' ').length === 1);
      return `${words.join(' ')} ${text}`;
    }
    default:
      // A body of resource identifiers (`data: {id, type}`) names its things: "category 6887727", never "data category 6887727".
      return isResultReference(argument.value) || (GENERIC_NAMES.test(argument.name) && namesResources(argument.value))
        ? text
        : (inWords(argument, text) ?? labelled(argument.label, text));
  }
}

/** A value after its label ("museum 42"); a value that opens with the label's noun names itself ("Treaty of Lisbon", not "treaty Treaty of Lisbon"). */
function labelled(label: string, text: string): string {
  const last = label.split(' ').at(-1) ?? '';
  return last !== '' && text.toLowerCase().startsWith(`${last.toLowerCase()} `) ? text : `${label} ${text}`;
}

/** A list of two or more, or a JSON list typed as text (`["BRCA1","KRAS"]`). */
function isListValue(value: unknown): boolean {
  const list = typeof value === 'string' ? jsonDocument(value) : value;
  return Array.isArray(list) && list.length >= 2;
}

/**
 * A unit as a person says it: "the age in months" (`age.unit: "month"`), "in metric units" (`units:
 * "metric"`), "in km" (`unit: "km"`).
 */
function unitPhrase(measure: string, unit: string): string {
  const said = /(ic|al)$/i.test(unit) ? `${unit} units` : /^[a-z]{4,}$/.test(unit) && !/s$/.test(unit) ? `${unit}s` : unit;
  return measure === '' ? `in ${said}` : `the ${measure} in ${said}`;
}

/** Units of time a number counts. */
const TIME_UNITS = /^(seconds|minutes|hours|days|weeks|months|years)$/i;

/** Units a description names a number in ("in meters", "in square feet", "in USD"), and how a person writes them after it. */
const UNIT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:m\/s\^?2|meters? per second squared)$/i, 'm/s²'],
  [/^(?:m\/s|meters?\/second|meters? per second|metres? per second)$/i, 'm/s'],
  [/^(?:km\/h|kilometers? per hour|kph)$/i, 'km/h'],
  [/^(?:mph|miles per hour)$/i, 'mph'],
  [/^miles per gallon$/i, 'mpg'],
  [/^degrees? celsius$|^celsius$/i, '°C'],
  [/^degrees? fahrenheit$|^fahrenheit$/i, '°F'],
  [/^kelvin$/i, 'K'],
  [/^(?:usd|us dollars|dollars)$/i, 'USD'],
  [/^(?:eur|euros?)$/i, 'EUR'],
  [/^(?:gbp|pounds sterling)$/i, 'GBP'],
  [/^(?:km|kilometers|kilometres)$/i, 'km'],
  [/^(?:square kilometers|square kilometres|sq km|km2)$/i, 'km²'],
  [/^(?:square meters|square metres|m2)$/i, 'm²'],
  [/^(?:square feet|sq ft)$/i, 'square feet'],
  [/^(?:meters|metres|m)$/i, 'm'],
  [/^(?:centimeters|centimetres|cm)$/i, 'cm'],
  [/^(?:kilograms|kg)$/i, 'kg'],
  [/^(?:grams|g)$/i, 'g'],
  [/^(?:hertz|hz)$/i, 'Hz'],
  [/^bpm$/i, 'BPM'],
  [
    /^(?:seconds|minutes|hours|days|nights|weeks|months|years|degrees|feet|inches|miles|liters|litres|gallons|pounds|coulombs|amperes|volts|ohms|henries|joules|watts|newtons|moles)$/i,
    '',
  ],
];
const UNIT_PHRASE =
  /\bin (?:the )?(?:unit of )?((?:square |cubic )?(?:met(?:er|re)s? per second squared|met(?:er|re)s? per second|meters\/second|m\/s\^?2|m\/s|miles per gallon|miles per hour|kilometers? per hour|km\/h|mph|kilometers|kilometres|km|meters|metres|miles|feet|inches|centimeters|cm|grams|kilograms|kg|pounds|seconds|minutes|hours|days|weeks|months|years|kelvin|celsius|fahrenheit|degrees?(?: celsius| fahrenheit)?|usd|us dollars|dollars|euros?|eur|gbp|coulombs|amperes|volts|ohms|henries|hertz|hz|bpm|beats|joules|watts|newtons|liters|litres|gallons|moles|m\/s\^?2|m\/s|meters\/second|meters per second|miles per gallon|mph|km\/h|m))(?![\w/^])/i;
const COUNTED =
  /\b(?:number|count|amount) of (?:(?:past|future|previous|next|consecutive|calendar|business|working) )?(seconds|minutes|hours|days|nights|weeks|months|years)\b|\bhow many (seconds|minutes|hours|days|nights|weeks|months|years)\b/i;

/**
 * The unit a number is in, from its parameter's description: "Number of days for which …" → "days",
 * "The distance from the charge in meters." → "m", "The loan amount in USD." → "USD", "Age of the property
 * in years." → "years". Undefined when the description names none.
 */
export function unitOf(description: string | undefined): string | undefined {
  const said = description ?? '';
  const counted = COUNTED.exec(said);
  const found = counted?.[1] ?? counted?.[2] ?? UNIT_PHRASE.exec(said)?.[1];
  if (found === undefined) return undefined;
  const written = UNIT_WORDS.find(([pattern]) => pattern.test(found))?.[1];
  return written === undefined || written === '' ? found.toLowerCase() : written;
}

/** A number with its unit: "5 days", "1 day", "12 m/s²", "400 USD". */
export function withUnit(text: string, unit: string): string {
  if (text !== '1' || !/^[a-z]+s$/.test(unit)) return `${text} ${unit}`;
  return `${text} ${unit
    .replace(/ies$/, 'y')
    .replace(/(ch|sh|x)es$/, '$1')
    .replace(/(?<!s)s$/, '')}`;
}

/** The unit's own word as the label says it ("days" in "access valid for days", "years" in "time in years"). */
const LABEL_UNIT = /^(.*?)\s*\b(seconds|minutes|hours|days|nights|weeks|months|years)$/i;

/**
 * A number whose label names its unit, said as a person says it: "access valid for days" → "access valid for
 * 20 days", "maximum historical days" → "up to 5 historical days", "time in years" → "a time of 23 years".
 * Undefined when the label names no unit of time, or is the unit alone ("days": a span, said by `countPhrase`).
 */
export function unitLabelPhrase(label: string, text: string): string | undefined {
  const parts = LABEL_UNIT.exec(label);
  if (parts === null || (parts[1] ?? '') === '') return undefined;
  const head = parts[1] as string;
  const amount = withUnit(text, (parts[2] as string).toLowerCase());
  const inUnit = /^(.*\S) in$/i.exec(head);
  if (inUnit !== null) return `${indefiniteArticle(inUnit[1] as string)} ${inUnit[1] as string} of ${amount}`;
  if (/\b(?:for|of|within|over|after|before)$/i.test(head)) return `${head} ${amount}`;
  const bound = /^(max|maximum|min|minimum)\b\s*(.*)$/i.exec(head);
  if (bound !== null)
    return `${/^max/i.test(bound[1] as string) ? 'up to' : 'at least'} ${text} ${[bound[2], amount.split(' ').slice(1).join(' ')].filter(Boolean).join(' ')}`;
  return `${text} ${head} ${amount.split(' ').slice(1).join(' ')}`;
}

/**
 * A number of hours, days … said with what it counts, from its parameter's description: "over the next
 * 24 hours" (`timeframe`, "Number of hours to check (default 24 hours from now)"; `hours`, "Number of
 * hours to return" on a forecast), "for 10 hours in a row" ("How many hours in row do you need the device
 * turned on?"), "over the last 7 days". Undefined when neither the label nor the description names the
 * unit, or the description does not say which way the span runs.
 */
export function countPhrase(label: string, description: string | undefined, text: string): string | undefined {
  const said = (description ?? '').toLowerCase();
  const unit =
    (TIME_UNITS.test(label) ? label.toLowerCase() : undefined) ??
    /\b(?:number|count|amount) of (seconds|minutes|hours|days|weeks|months|years)\b/.exec(said)?.[1] ??
    /\bhow many (seconds|minutes|hours|days|weeks|months|years)\b/.exec(said)?.[1];
  if (unit === undefined) return undefined;
  // A label that says its unit ("access valid for days", "maximum historical days") takes the number in its place.
  const inLabel = unitLabelPhrase(label, text);
  if (inLabel !== undefined) return inLabel;
  const units = text === '1' ? unit.replace(/s$/, '') : unit;
  if (/\bin (?:a )?row\b|\bconsecutive|\bturned on\b|\bcontinuous|\brunning\b/.test(said)) return `for ${text} ${units} in a row`;
  if (/\b(?:ago|past|back|previous|history|historical|last)\b/.test(said)) return `over the last ${text} ${units}`;
  if (/\b(?:from now|ahead|next|future|coming|forecast|to (?:check|return|show|look|fetch|predict))\b/.test(said))
    return `over the next ${text} ${units}`;
  // A span the name alone gives ("hours": 5) is how long: "for 5 hours", never "with 5 hours"; another name keeps it, with the unit ("a validity of 1440 minutes").
  return TIME_UNITS.test(label) ? `for ${text} ${units}` : `${indefiniteArticle(label)} ${label} of ${text} ${units}`;
}

/** A span said by `countPhrase`: it stands on its own, after the clause ("… over the next 24 hours"). */
export const SPAN_PHRASE = /^(?:over the (?:next|last) |for \S+ (?:second|minute|hour|day|week|month|year)s?\b)/;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A language or locale code said as a person says it: `Accept-Language: "de-DE"` → "in German", `lang: "fr"`
 * → "in French", `SourceLanguageCode: "hy"` → "from Armenian", `TargetLanguageCode: "gl"` → "into Galician"; never "with accept language de-DE". Undefined for a name that is no language's, or a
 * value that is no language code.
 */
export function languagePhrase(name: string, value: string): string | undefined {
  if (!/lang|locale/i.test(name) || !/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(value.trim())) return undefined;
  try {
    const spoken = LANGUAGE_NAMES.of(value.trim().split(/[-_]/)[0] as string);
    if (spoken === undefined || spoken.toLowerCase() === value.trim().toLowerCase()) return undefined;
    // A translation's two languages are told apart: "from Armenian" (the source), "into Galician" (the target).
    const way = /source|from|original|input/i.test(name) ? 'from' : /target|^to[A-Z_-]|destination|output/i.test(name) ? 'into' : 'in';
    return `${way} ${spoken}`;
  } catch {
    return undefined;
  }
}

/** Names of a cap on how many come back. */
const LIMIT_NAMES =
  /^(limit|max|max[-_ ]?results|maximum results|max[-_ ]?items|page[-_ ]?size|per[-_ ]?page|top|num[-_ ]?results|number of results|results|rows|size|count)$/i;
/** Labels whose value says which sort of thing: "the crime category", "the engage mode". */
export const SORT_WORDS =
  /^(mode|type|kind|status|category|level|style|genre|priority|tier|class|grade|gender|unit|units|method|algorithm|scale|variant|channel|platform|frequency|interval|period|plan|role|topic|format)$/i;

/** Labels of a name that is typed as it is: a user's login, a slug, a key (`mervin_little` is never "mervin little"). */
export const VERBATIM_LABEL =
  /\b(user|user ?name|login|handle|slug|key|account|owner|org|organization|repo|repository|project|bucket|host|path|file ?name|var|variable|env)$/i;

/** A choice written in snake case (`championships_won`, `in_progress`) said in words: "the championships won"; else undefined. */
function snakeChoice(label: string, value: string): string | undefined {
  if (!/^[a-z]+(?:_[a-z]+)+$/.test(value) || VERBATIM_LABEL.test(label)) return undefined;
  const spoken = value.replace(/_/g, ' ');
  if (/^(info|information|field|fields|metric|metrics|stat|stats|statistic|detail|details|attribute|data)$/i.test(label))
    return `the ${spoken}`;
  return SORT_WORDS.test(label.split(' ').at(-1) ?? '') ? `the ${spoken} ${label}` : `${label} ${spoken}`;
}

/** A number with its name said in words: "a limit of 20", "side 1 = 35.65", "3 hours", "a weight of 17.8 kg". */
function numberInWords(argument: SpokenArgument, label: string, text: string, numbered: boolean): string | undefined {
  if (/\b(year|yr)$/i.test(label)) return `the ${label} ${text}`;
  // A variable of a formula ("a = 77", "side 1 = 35.65").
  if (numbered || /^[a-z]$/i.test(label)) return `${label} = ${text}`;
  if (/page[-_ ]?size|per[-_ ]?page/i.test(argument.name) || /^page size$/i.test(label)) return `${text} per page`;
  // "up to 68 results" for a cap named by what comes back (`maxResults`, `num_results`), else "a limit of 20"
  if (/results?$/i.test(label) && (LIMIT_NAMES.test(argument.name) || LIMIT_NAMES.test(label))) return `up to ${text} results`;
  if (LIMIT_NAMES.test(argument.name) || LIMIT_NAMES.test(label)) return `a limit of ${text}`;
  const counted = countPhrase(label, argument.description, text);
  if (counted !== undefined) return counted;
  const inLabel = unitLabelPhrase(label, text);
  if (inLabel !== undefined) return inLabel;
  // A name that ends on its unit (`weight_kg`, `temp_celsius`): "a weight of 17.8 kg", never "a weight kg of 17.8".
  const named = /^(.+) (\S+)$/.exec(label);
  const labelUnit =
    named === null ? undefined : UNIT_WORDS.find(([pattern]) => pattern.test(named[2] as string) && !/^(m|g)$/i.test(named[2] as string));
  if (named !== null && labelUnit !== undefined) {
    const head = named[1] as string;
    const unit = unitOf(argument.description) ?? (labelUnit[1] === '' ? (named[2] as string).toLowerCase() : labelUnit[1]);
    return `${indefiniteArticle(head)} ${head} of ${withUnit(text, unit)}`;
  }
  // A number in a unit its description names: "a distance of 10 m", "a loan term of 13 years".
  const unit = unitOf(argument.description);
  if (
    unit !== undefined &&
    !new RegExp(`\\b${unit.replace(/[^a-z]/gi, '')}\\b`, 'i').test(label.replace(/s$/, '')) &&
    !/\b(id|number|code|zip|postcode|phone|version|port|pin|year)$/i.test(label)
  )
    return `${indefiniteArticle(label)} ${label} of ${withUnit(text, unit)}`;
  // A count of things or a unit ("hours", "adults", "average sunlight hours"): the number before it, "3 hours".
  if (/[a-z]{2}s$/.test(label) && !/(ss|us|is|ous)$/.test(label)) return `${text} ${label}`;
  if (/\b(id|number|code|zip|postcode|phone|version|port|pin)$/i.test(label)) return undefined;
  return `${indefiniteArticle(label)} ${label} of ${text}`;
}

/**
 * A value with its name said the way a person says it, not as "name value" ("limit 20 status active"):
 * "a limit of 20", "a square footage of 20.87", "side 1 = 35.65", "a = 77", "the crime category", "home as
 * the index kind", "Shohei Ohtani as player 1", "the year 2024". Undefined where "name value" is
 * the English (an id, "customer Clemens Fisher") or the value is no short scalar.
 */
function inWords(argument: SpokenArgument, text: string): string | undefined {
  const value = argument.value;
  if (argument.several || (typeof value !== 'number' && typeof value !== 'string')) return undefined;
  const label = argument.label.replace(/([a-z])(\d+)$/i, '$1 $2');
  const numbered = /\d$/.test(label);
  if (typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value)) return numberInWords(argument, label, text, numbered);
  const language = languagePhrase(argument.name, value);
  if (language !== undefined) return language;
  const words = value.trim().split(/\s+/);
  // A code, an id or a pattern ("status:active", "FX12ab…") is said after its name.
  if (words.length > 4 || /[:=/\\{}[\]<>@]/.test(value) || /\d/.test(value) || value.length > 40) return undefined;
  if (numbered) return `${text} as ${label}`;
  // a choice between two sides ("thinking vs feeling": "feeling") is the side chosen over the other: "feeling over thinking"
  const sides = /^(.+?) (?:vs|versus|or) (.+)$/i.exec(label);
  if (sides !== null) {
    const chosen = [sides[1], sides[2]].findIndex((side) => side?.toLowerCase() === value.trim().toLowerCase());
    if (chosen >= 0) return `${text} over ${chosen === 0 ? sides[2] : sides[1]}`;
  }
  const last = label.split(' ').at(-1) ?? '';
  const snake = snakeChoice(label, value);
  if (snake !== undefined) return snake;
  if (SORT_WORDS.test(last) && words.length === 1 && /^[a-z][a-z-]+$/i.test(value)) {
    // "month" for `age.unit` is "the age in months", not "month as the age unit".
    if (/^units?$/i.test(last)) return unitPhrase(label.split(' ').slice(0, -1).join(' '), text);
    // "the hybrid fuel type", "the MM-DD-YYYY date format": the value names which one; a "kind" is no word a person adds ("the home index").
    return /^kind$/i.test(last) && label.includes(' ') ? `the ${text} ${label.split(' ').slice(0, -1).join(' ')}` : `the ${text} ${label}`;
  }
  // A one-letter or short capital code of a choice ("units": "I") is no word to put before its noun: "units set to I".
  if (SORT_WORDS.test(last) && /^[A-Z]{1,3}$/.test(value)) return `${label} set to ${text}`;
  return undefined;
}
