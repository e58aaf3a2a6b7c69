import { canonicalJson } from '@inftool/core';
import { humanizeParameter, nameWords, naturalList } from './humanize.js';

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
}

/** Names that say nothing about their value ("body", "data"): the value is said alone. */
export const GENERIC_NAMES = /^(body|data|payload|input|request|params|parameters|name|content|message|args|arguments|object|item)$/i;

/** Parameters that are API plumbing: a person never says them when the API has a default. */
const PLUMBING = /^(api[-_ ]?version|version|format|callback|jsonp|pretty|prettyprint|alt|output|response[-_ ]?format|fields|lang|locale|access[-_ ]?token|api[-_ ]?key|key[-_ ]?type)$/i;
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
 * that has a default (or whose schema is unknown); an empty string says nothing either.
 */
export function isUnsaid(name: string, value: unknown, inputSchema: Schema | undefined): boolean {
  if (value === '' || value === undefined) return true;
  const property = propertiesOf(inputSchema)[name];
  if (PLUMBING.test(name) && (inputSchema === undefined || (property !== undefined && 'default' in property))) return true;
  if (property === undefined) return false;
  const same = (other: unknown) => canonicalJson(other) === canonicalJson(value);
  if ('default' in property && same(property['default'])) return true;
  if ('const' in property && same(property['const'])) return true;
  const choices = property['enum'];
  return Array.isArray(choices) && choices.length === 1 && same(choices[0]);
}

function roleOf(name: string, value: unknown, required: boolean): ArgumentRole {
  const words = nameWords(name);
  const last = words.at(-1) ?? '';
  if (typeof value === 'boolean') return 'flag';
  if (SEARCH_WORDS.has(name.toLowerCase()) || (words.length <= 2 && SEARCH_WORDS.has(last) && typeof value === 'string')) return 'search';
  if (ID_WORDS.test(last) || isResultReference(value)) return 'id';
  if (typeof value !== 'number' && words.some((word) => BOUND_WORDS.test(word)) && (words.length > 1 || /^(from|to|origin|destination)$/.test(last))) return 'bound';
  return required ? 'subject' : 'option';
}

/** The arguments a user would mention, in the schema's order, with their role in a sentence. */
export function spokenArguments(args: Record<string, unknown>, inputSchema: Schema | undefined, withheld: ReadonlySet<string> = new Set()): SpokenArgument[] {
  const required = new Set(Array.isArray(inputSchema?.['required']) ? (inputSchema['required'] as string[]) : []);
  const order = Object.keys(propertiesOf(inputSchema));
  const names = Object.keys(args).sort((a, b) => (order.indexOf(a) + 1 || order.length + 1) - (order.indexOf(b) + 1 || order.length + 1));
  return names
    .filter((name) => !withheld.has(name) && !isUnsaid(name, args[name], inputSchema))
    .map((name) => ({ name, label: humanizeParameter(name), value: args[name], role: roleOf(name, args[name], required.has(name)) }));
}

/** A value as a person types it: strings as they are, lists as "a, b and c", objects as "name value" pairs. */
export function valueText(value: unknown, refer: (reference: ResultReference) => string = () => 'that one'): string {
  if (isResultReference(value)) return refer(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value === null) return 'none';
  if (Array.isArray(value)) return naturalList(value.map((item) => valueText(item, refer)));
  if (typeof value === 'object') return naturalList(Object.entries(value).map(([name, inner]) => `${humanizeParameter(name)} ${valueText(inner, refer)}`));
  return String(value);
}

/** One argument as a phrase (without its preposition): `"jazz"`, "created after 2026-01-01", "facets on", "drug ID DB00945". */
export function argumentPhrase(argument: SpokenArgument, refer?: (reference: ResultReference) => string): string {
  const text = valueText(argument.value, refer);
  const values = argument.several && Array.isArray(argument.value) ? argument.value : [argument.value];
  switch (argument.role) {
    case 'search':
      return naturalList(values.map((value) => `"${valueText(value, refer)}"`));
    case 'flag':
      return argument.several ? `${argument.label} both on and off` : `${argument.label} ${argument.value ? 'on' : 'off'}`;
    case 'subject':
      return GENERIC_NAMES.test(argument.name) ? text : `${argument.label} ${text}`;
    case 'bound': {
      const words = argument.label.split(' ').filter((word) => word !== 'date' || argument.label.split(' ').length === 1);
      return `${words.join(' ')} ${text}`;
    }
    default:
      return isResultReference(argument.value) ? text : `${argument.label} ${text}`;
  }
}
