import { toolEntity, type EntityAction } from '@inftool/sim-server';
import { doPhrase } from './action-phrase.js';

/** One call as the assistant reports it: the tool, its arguments and what came back. */
export interface CallOutcome {
  tool: string;
  /** What the tool is for (its description), when known. */
  description?: string;
  arguments: Record<string, unknown>;
  result: string;
  isError: boolean;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `postLikes` → `post likes`, `num_pages` → `number of pages`. */
export function humanKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .replace(/^num /i, 'number of ')
    .trim()
    .toLowerCase();
}

const LABELS = ['name', 'title', 'headline', 'display_name', 'displayName', 'full_name', 'label', 'subject', 'summary'];
const ID = /(^|_)(id|sid|uuid|guid|key)$|(Id|Sid|Uuid|Guid|Key)$/;
/** Fields that say nothing to the user: bookkeeping, links, echoes of what was asked. */
const NOISE = /^(created_at|updated_at|date_created|date_updated|timestamp|url|uri|links?|href|api[-_ ]?version|etag|_.*|ttl)$|(Url|Uri|_url|_uri)$/;
const UNIT = /^(unit|currency|price_unit|.*_unit|.*Unit|.*_currency|.*Currency)$/;

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : String(value);
  return value.toFixed(Math.abs(value) < 1 ? 3 : 2).replace(/(\.\d*?[1-9])0+$/, '$1');
}

/** A value in words: numbers rounded, booleans yes/no, dates as dates, short lists counted; undefined when it does not read well. */
function formatValue(value: unknown): string | undefined {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (value.trim() === '' || value.length > 80) return undefined;
    const date = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
    return date ? `${date[1]} ${date[2]} UTC` : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every((item) => typeof item === 'string' || typeof item === 'number') && value.length <= 4) return value.map(String).join(', ');
    return `${value.length} entries`;
  }
  return undefined;
}

function labelOf(record: Json): string | undefined {
  for (const key of LABELS) if (typeof record[key] === 'string' && (record[key] as string).length <= 80 && (record[key] as string).trim() !== '') return record[key] as string;
  const id = Object.keys(record).find((key) => ID.test(key) && (typeof record[key] === 'string' || typeof record[key] === 'number'));
  return id === undefined ? undefined : String(record[id]);
}

/** The salient fields of a record as "key is value" phrases: units joined to their amounts, bookkeeping left out. */
function facts(record: Json, skip: ReadonlySet<string>, limit: number, asked: Json = {}): string[] {
  const label = labelOf(record);
  const unitKey = Object.keys(record).find((key) => UNIT.test(key) && typeof record[key] === 'string');
  const unit = unitKey ? (record[unitKey] as string) : undefined;
  const phrases: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (phrases.length >= limit) break;
    if (asked[key] === value || (label !== undefined && value === label)) continue; // an echo of what was asked, or the name again, tells nothing
    if (skip.has(key) || key === unitKey || NOISE.test(key) || LABELS.includes(key) || value === null || value === undefined) continue;
    if (isRecord(value)) continue;
    if (!/[a-z]{2}/i.test(key)) continue; // `1.8.0` and the like mean nothing in words
    if (typeof value === 'boolean' && /^(is|has|can)[A-Z_ ]/.test(key)) {
      const [verb, ...rest] = humanKey(key).split(' ');
      phrases.push(`it ${verb}${value ? '' : ' not'} ${rest.join(' ')}`.replace(/^it has not/, 'it does not have').replace(/^it can not/, 'it cannot'));
      continue;
    }
    const text = formatValue(value);
    if (text === undefined) continue;
    const money = typeof value === 'number' && unit !== undefined && /price|amount|cost|total|balance|fee|sum/i.test(key);
    const withUnit = money && /^[A-Z]{3}$/.test(unit) ? `${value.toFixed(2)} ${unit}` : money ? `${text} ${unit}` : text;
    phrases.push(`the ${humanKey(key)} is ${withUnit}`);
  }
  return phrases;
}

/** "a, b and c". */
export function listing(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) as string}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function parse(result: string): unknown {
  try {
    return JSON.parse(result);
  } catch {
    return undefined;
  }
}

/** The first list in a result (or the result itself when it is one). */
function listIn(value: unknown): { key?: string; items: unknown[] } | undefined {
  if (Array.isArray(value)) return { items: value };
  if (!isRecord(value)) return undefined;
  const entry = Object.entries(value).find(([key, field]) => Array.isArray(field) && !NOISE.test(key));
  return entry ? { key: entry[0], items: entry[1] as unknown[] } : undefined;
}

const plural = (word: string, count: number) => (count === 1 ? word : word.endsWith('y') && !/[aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`);

/** An error result said plainly: the status and reason without the gateway's boilerplate. */
export function describeError(outcome: CallOutcome): string {
  const text = outcome.result.replace(/^Error:\s*/, '').split('\n')[0]?.trim() ?? '';
  const reason = text.length > 200 ? `${text.slice(0, text.lastIndexOf(' ', 200))} …` : text;
  return `I could not ${phrase(outcome)}: the service answered "${reason}".`;
}

/** What the call did, as a verb phrase ("fetch a specific fax", "handle enrichment analysis"). */
function phrase(outcome: CallOutcome): string {
  return doPhrase(outcome.tool, outcome.description);
}

const FILLER = new Set(['one', 'all', 'item', 'list', 'detail', 'details', 'info', 'by', 'id', 'key', 'single', 'specific', 'uri', 'url']);

/** What the call acts on and how: `ministries_get_one` → ministry, read. */
function action(outcome: CallOutcome): { entity: string; action: EntityAction } {
  const found = toolEntity({ name: outcome.tool, ...(outcome.description ? { description: outcome.description } : {}), inputSchema: { type: 'object' } });
  // `status` is stemmed to `statu` by the entity rules.
  if (found.entity.endsWith('u') && humanKey(outcome.tool).includes(`${found.entity}s`)) return { entity: `${found.entity}s`, action: found.action };
  if (!FILLER.has(found.entity)) return found;
  const words = humanKey(outcome.tool).split(' ').filter((word) => !FILLER.has(word) && !/^(get|fetch|list|search|find|by|create|delete|update|read|retrieve|show)$/.test(word));
  const noun = words[0] ?? 'record';
  return { entity: noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun, action: found.action };
}

/** The id the call was about: `id`/`sid`/`key` first, then any `*_id` among its arguments. */
function subjectId(outcome: CallOutcome): string | undefined {
  const usable = Object.keys(outcome.arguments).filter((name) => typeof outcome.arguments[name] === 'string' || typeof outcome.arguments[name] === 'number');
  const key = usable.find((name) => /^(id|sid|uuid|guid|key)$/i.test(name)) ?? usable.find((name) => ID.test(name));
  return key === undefined ? undefined : String(outcome.arguments[key]);
}

/**
 * One call's result in prose, one or two sentences: what was found, made, changed or removed, with
 * its name or id and its salient values (keys in words, units with amounts). Never raw JSON, never
 * cut inside a value.
 */
export function describeResult(outcome: CallOutcome): string {
  if (outcome.isError) return describeError(outcome);
  const { entity, action: verb } = action(outcome);
  const noun = humanKey(entity);
  const parsed = parse(outcome.result);
  const id = subjectId(outcome);
  if (parsed === undefined) {
    const text = outcome.result.trim();
    if (text === '') return verb === 'delete' ? `${capital(noun)}${id ? ` ${id}` : ''} was deleted.` : `The service accepted the request to ${phrase(outcome)} and returned no details.`;
    const cut = text.length > 240 ? `${text.slice(0, text.lastIndexOf(' ', 240))} …` : text;
    return `The service says: ${cut}`;
  }
  const list = listIn(parsed);
  if (list && (verb === 'list' || !isRecord(parsed) || Object.keys(parsed).length <= 3)) {
    const records = list.items.filter(isRecord);
    const what = list.key ? humanKey(list.key) : plural(noun, list.items.length);
    if (list.items.length === 0) return `I found no ${what} for that request.`;
    const firstRecord = records[0];
    const first = firstRecord ? labelOf(firstRecord) : formatValue(list.items[0]);
    const details = firstRecord ? facts(firstRecord, new Set(), 2) : [];
    return `I found ${list.items.length} ${list.items.length === 1 && !list.key ? noun : what}${first ? `; the first is ${first}` : ''}${details.length > 0 ? ` (${listing(details)})` : ''}.`;
  }
  if (!isRecord(parsed)) return `The result is ${formatValue(parsed) ?? 'empty'}.`;
  const label = labelOf(parsed) ?? id;
  const status = typeof parsed['status'] === 'string' ? (parsed['status'] as string) : undefined;
  const skip = new Set(['status', 'message', ...Object.keys(parsed).filter((key) => ID.test(key))]);
  const found = facts(parsed, skip, 4, outcome.arguments);
  const tail = found.length > 0 ? ` ${capital(listing(found))}.` : '';
  switch (verb) {
    case 'create':
      return `I created the ${noun}${label ? ` ${label}` : ''}${status ? ` (status: ${status})` : ''}.${tail}`;
    case 'delete':
      return `${capital(noun)}${id ? ` ${id}` : label ? ` ${label}` : ''} was ${/cancel/i.test(outcome.tool) ? 'cancelled' : 'deleted'}${status && !/^(ok|success|completed|done)$/i.test(status) ? ` (status: ${status})` : ''}.${tail}`;
    case 'update':
      return `I updated ${noun}${label ? ` ${label}` : ''}.${tail}`;
    default: {
      const state = status ? ` (status: ${status})` : '';
      if (found.length === 0) return label ? `I found the ${noun} ${label}${state}.` : `The service accepted the request to ${phrase(outcome)}${status ? ` and reported "${status}"` : ''}, with no further details.`;
      return label ? `For the ${noun} ${label}: ${listing(found)}.` : `${capital(listing(found))}.`;
    }
  }
}

/** A turn's results: each call in a sentence or two; several calls summed up first. */
export function describeTurn(outcomes: CallOutcome[]): string {
  if (outcomes.length === 0) return 'There was nothing to do.';
  if (outcomes.length === 1) return describeResult(outcomes[0] as CallOutcome);
  const failed = outcomes.filter((outcome) => outcome.isError).length;
  const summary = failed === 0 ? (outcomes.length === 2 ? 'Both requests went through.' : `All ${outcomes.length} requests went through.`) : `${outcomes.length - failed} of ${outcomes.length} requests went through.`;
  return `${summary} ${outcomes.map(describeResult).join(' ')}`;
}
