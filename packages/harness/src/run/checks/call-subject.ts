import { nameWords } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { saidIn } from './argument-grounding.js';
import { attemptKey } from './planned-faults.js';

type Schema = Record<string, unknown>;

/** A parameter name without case or separators: `postal_code` and `postalCode` are `postalcode`. */
const squash = (name: string) => name.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** Parameters that say where: a place, an address, coordinates. */
const PLACE =
  /^(location|locations|loc|city|cityname|place|placename|address|zip|zipcode|postcode|postalcode|lat|latitude|lon|lng|longitude|coordinates|latlon|latlng)$/;
/** Parameters that say what to look for. */
const QUERY = /^(q|query|search|searchterm|searchquery|keyword|keywords|term|phrase|text)$/;
/** Parameters that say what a create makes: its name, address, URL or value. */
const NAMING = /^(name|displayname|title|url|uri|webhookurl|callbackurl|targeturl|value|email|emailaddress|address|location|label)$/;
/** An argument naming one record or place by its key (`place_id`, `station`, `symbol`). */
const KEYED = /(id|ids|key|code|slug|symbol|station|uuid|guid)$/;
/** A tool whose job is a look-up by place or by text, not a listing of everything. */
const LOOKUP =
  /\b(forecast|forecasts|weather|search|searches|find|lookup|geocode|geocoding|autocomplete|typeahead|suggest|nearest|observation|observations|historical|timeline|air quality)\b/;
/** A tool that makes something (its name's or its description's first word). */
const CREATE = /^(create|creates|add|adds|new|register|insert|post|make|submit)\b/;
/** Result fields that identify what a write made or where: a name, a URL, an address, a value. */
const IDENTITY = /(^|\s)(name|url|uri|street|address|email|title|value|location|city|agent|domain|phone)$/;

/** What a tool is, as the check reads it: its name, description and parameters' schema. */
export interface SubjectTool {
  name: string;
  description?: string | undefined;
  parameters: Schema;
}

const propertiesOf = (schema: Schema | undefined): Record<string, Schema> => (schema?.['properties'] ?? {}) as Record<string, Schema>;

/** The tool's name and the first sentence of its description, in lower-case words. */
const saidOf = (tool: SubjectTool) => `${nameWords(tool.name).join(' ')} ${(tool.description ?? '').toLowerCase().split(/[.!?]/)[0] ?? ''}`;

/** Whether the tool makes something (`create_webhook`, `post_envvar`, "Create a creditor."). */
export function createsRecord(tool: SubjectTool): boolean {
  const words = nameWords(tool.name).join(' ');
  const description = (tool.description ?? '').trim().toLowerCase();
  return CREATE.test(words) || CREATE.test(description);
}

/** Whether a nested body names something (`data.attributes.url`), two levels down at most. */
function namesInside(schema: Schema | undefined, depth = 0): boolean {
  if (schema === undefined || depth > 3) return false;
  const items = schema['items'] as Schema | undefined;
  if (items !== undefined) return namesInside(items, depth + 1);
  return Object.entries(propertiesOf(schema)).some(([name, inner]) => NAMING.test(squash(name)) || namesInside(inner, depth + 1));
}

/**
 * The parameters that name what a call of `tool` is about, even where the schema leaves them optional:
 * a forecast's or a search's place or query, a create's name, URL, value or address (or the body that
 * holds them). Empty for a tool that asks about nothing in particular (a listing, a read by id).
 */
export function subjectParameters(tool: SubjectTool): string[] {
  const properties = propertiesOf(tool.parameters);
  const names = Object.keys(properties);
  if (createsRecord(tool)) {
    const naming = names.filter((name) => NAMING.test(squash(name)) || PLACE.test(squash(name)));
    return naming.length > 0 ? naming : names.filter((name) => namesInside(properties[name]));
  }
  if (!LOOKUP.test(saidOf(tool))) return [];
  const places = names.filter((name) => PLACE.test(squash(name)));
  return places.length > 0 ? places : names.filter((name) => QUERY.test(squash(name)));
}

/** A setting rather than a subject: a choice among listed values, a flag or a number (`unitGroup`, `safeSearch`, `per_page`). */
function knob(property: Schema | undefined): boolean {
  if (property === undefined || Array.isArray(property['enum'])) return true;
  return ['boolean', 'integer', 'number'].includes(String(property['type']));
}

const given = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * Why `args` leave out the subject of a call of `tool`, or undefined: a look-up by place with no place
 * nor key, a search with no query and only settings besides, a create with none of the values that say
 * what it makes nor the key of a record it adds.
 */
export function missingSubject(tool: SubjectTool, args: Record<string, unknown>): string | undefined {
  const subjects = subjectParameters(tool);
  if (subjects.length === 0) return undefined;
  const sent = Object.keys(args).filter((name) => given(args[name]));
  if (sent.some((name) => subjects.includes(name))) return undefined;
  const properties = propertiesOf(tool.parameters);
  // a record named by its key is the subject (the product added to a cart, the station a forecast is for)
  if (sent.some((name) => KEYED.test(squash(name)))) return undefined;
  if (!createsRecord(tool)) {
    if (sent.some((name) => PLACE.test(squash(name)) || QUERY.test(squash(name)))) return undefined;
    // a search by a value of the user's own (a jurisdiction, a date) is about that value
    const byQuery = subjects.every((name) => QUERY.test(squash(name)));
    if (byQuery && sent.some((name) => !knob(properties[name]))) return undefined;
  }
  return `sent without ${subjects.join(' or ')}, which say what it is about`;
}

/** Identifying values (a name, a street, a URL) a create's result holds that the call did not send and nobody said. */
function inventedIdentity(call: ReviewedCall, told: string): string[] {
  const data = call.data as Record<string, unknown> | undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const sent = call.arguments as Record<string, unknown>;
  const sentKeys = new Set(Object.keys(sent).map(squash));
  const sentText = JSON.stringify(sent);
  // a create that names a record by its key (`product_id` of "add to cart") may be told that record's name by the service
  const referred = Object.keys(sent)
    .filter((name) => KEYED.test(squash(name)))
    .flatMap((name) => nameWords(name).filter((word) => !/^(id|ids|key|code|uuid|guid)$/.test(word)));
  const ofReferred = (key: string) => {
    const words = nameWords(key);
    return (
      (referred.length > 0 && words.length === 1 && /^(name|title)$/.test(words[0] ?? '')) || words.some((word) => referred.includes(word))
    );
  };
  const levels = [data, data['data'], (data['data'] as Record<string, unknown> | undefined)?.['attributes']];
  const invented: string[] = [];
  for (const level of levels) {
    if (typeof level !== 'object' || level === null || Array.isArray(level)) continue;
    for (const [key, value] of Object.entries(level as Record<string, unknown>)) {
      if (typeof value !== 'string' || value.length < 3 || !IDENTITY.test(nameWords(key).join(' ')) || sentKeys.has(squash(key))) continue;
      if (sentText.includes(value) || saidIn(told, value) || ofReferred(key)) continue;
      invented.push(`${key} ${value}`);
    }
  }
  return invented;
}

/**
 * Calls made without the value that names their subject, where a real assistant asks (`forecast({})`:
 * where?; `create_webhook({})`: which URL?), and creates whose answer reports identifying values the
 * result made up (a name, a street, an agent nobody gave). A planned wrong first try is excused.
 */
export function subjectProblems(conversation: Conversation, excused: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  const userText = conversation.turns.map((turn) => turn.user).join('\n');
  for (const call of conversation.calls) {
    if (call.rejected || typeof call.arguments !== 'object' || excused.has(attemptKey(call.turn, call.id))) continue;
    const offered = conversation.tools.get(call.chatName);
    if (offered === undefined) continue;
    const tool: SubjectTool = { name: call.name ?? call.chatName, description: offered.description, parameters: offered.parameters };
    const why = missingSubject(tool, call.arguments);
    if (why !== undefined) problems.push(`${call.chatName}: ${why}`);
    if (!createsRecord(tool) || errorResult(call)) continue;
    const answer = conversation.turns[call.turn]?.answer ?? '';
    for (const invented of inventedIdentity(call, userText)) {
      const value = invented.slice(invented.indexOf(' ') + 1);
      if (answer.includes(value))
        problems.push(`${call.chatName}: the answer reports ${invented}, which no one gave and the call did not send`);
    }
  }
  return problems;
}
