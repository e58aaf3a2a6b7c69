import { isFillerLabel, providerServiceProblem } from '@inftool/sim-server';
import { implausibleArgument } from '../run/checks/plausibility.js';
import { isResultRef } from './result-refs.js';
import type { IndexedTool } from './tool-index.js';
import { plumbing, requiredOf } from './tool-needs.js';

/**
 * Sampled arguments as a user would give them: values a reviewer would not question (no broken date,
 * no generator's filler label, no implausible value) and, of the optional ones, only those a user would say.
 */

/** A text shaped like a date or a time that names none (`2868-57-34P50:23:31.400J`): no person types it. */
export function brokenDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const shape = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T\s]?(.*))?$/.exec(value.trim());
  if (shape === null) return false;
  const [, , month, day, rest] = shape;
  if (Number(month) < 1 || Number(month) > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > 31))) return true;
  return rest !== undefined && rest !== '' && !/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(rest);
}

/**
 * A value shown masked (`***-**-5610`, `XXXX-XXXX-1234`, `••••4242`): how a service prints a number it
 * hides, never what its owner types.
 */
export function maskedValue(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    /(?<![A-Za-z0-9])(?:(?:[*•]{2,}|X{3,})[-\s])+(?:[*•]{2,}|X{3,}|\d{2,})|[*•]{4,}\d{2,}|(?<![A-Za-z])x{4,}[-\s]?\d{4}/.test(value)
  );
}

/**
 * A query expression (`state = "ACTIVE"`, `age >= '30'`): the syntax an API parses, which the assistant
 * writes from what the user says ("only active ones"); a user does not paste it into a request.
 */
export function queryExpression(value: unknown): boolean {
  return typeof value === 'string' && /[A-Za-z_][\w.]*\s*(?:==?|!=|>=|<=|<>)\s*["'][^"']*["']/.test(value);
}

const TAG_NAMES = /^(tags|hashtags|keywords|labels|topics)$/i;
const TEXT_NAMES = /^(content|text|body|message|status|post|description)$/i;
const stemOf = (word: string) =>
  word
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 5);

/**
 * Tags of a text the same call carries that name none of its words (`["q3", "customer", "tool"]` on a
 * post about rural health clinics): a writer tags what they wrote about.
 */
export function unrelatedTags(name: string, value: unknown, args: Record<string, unknown>): boolean {
  if (!TAG_NAMES.test(name) || !Array.isArray(value) || value.length === 0) return false;
  const text = Object.entries(args).find(([key, other]) => TEXT_NAMES.test(key) && typeof other === 'string' && other.length >= 20)?.[1];
  if (typeof text !== 'string') return false;
  const said = new Set(
    text
      .split(/\s+/)
      .map(stemOf)
      .filter((stem) => stem.length >= 3),
  );
  return !value.some((tag) =>
    String(tag)
      .split(/[\s_-]+/)
      .some((word) => said.has(stemOf(word))),
  );
}

/** A value only the generator's last resort gives (`default treaty`, `["shared pattern"]`): no user would type it. */
const filler = (value: unknown): boolean => isFillerLabel(value) || (Array.isArray(value) && value.some((item) => isFillerLabel(item)));

/** The parameters whose planned values a reviewer would question (references to earlier results are not values yet). */
export function implausibleNames(tool: IndexedTool, args: Record<string, unknown>): string[] {
  const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set(requiredOf(tool));
  const names = Object.entries(args).flatMap(([name, value]) =>
    !isResultRef(value) &&
    // A required value sent empty (`cards: {}` for a poker hand) asks the tool for nothing.
    ((required.has(name) && emptyValue(value)) ||
      implausibleArgument(name, properties[name], value) !== undefined ||
      brokenDate(value) ||
      filler(value) ||
      maskedValue(value) ||
      queryExpression(value) ||
      unrelatedTags(name, value, args))
      ? [name]
      : [],
  );
  // a provider and a service that do not go together (a value carried from another call of the story among them)
  const pair = providerServiceProblem(args, tool.spec.name);
  return pair === undefined || names.includes(pair.parameter) ? names : [...names, pair.parameter];
}

/** Sampled arguments and the names of those a reviewer would question. */
export interface Sampled {
  arguments: Record<string, unknown>;
  bad: string[];
}

/** An empty value (`{}`, `[]`, `""`) says nothing. */
const emptyValue = (value: unknown): boolean =>
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * The arguments a user would say: every required one; an optional one unless implausible, plumbing (a cursor,
 * an offset, an API key: the user would not say it, and the API has a default) or empty.
 */
export function sayableArguments(tool: IndexedTool, chosen: Sampled): Record<string, unknown> {
  const required = new Set(requiredOf(tool));
  const properties = (tool.spec.inputSchema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return Object.fromEntries(
    Object.entries(chosen.arguments).filter(
      ([name, value]) => required.has(name) || (!chosen.bad.includes(name) && !plumbing(name, properties[name]) && !emptyValue(value)),
    ),
  );
}
