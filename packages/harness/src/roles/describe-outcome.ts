import { holdsNothing, outcomeState } from '../run/checks/outcome-state.js';
import { phrase, plural, type CallOutcome } from './call-outcome.js';
import { formatValue } from './format-value.js';
import { humanKey, listing } from './result-facts.js';
import { ID } from './record-names.js';
import { isRecord, type Json } from './result-record.js';
import { capital } from './seeded-pick.js';

/**
 * A create or delete whose result says it did not happen as asked, told as what happened: refused ("did
 * not go through: its status is RJ"), still waiting ("it is not done yet, its status is in review") or
 * there already ("was already there"); undefined when the result reads as done. `subject` names the record.
 */
export function describeUnfinished(outcome: CallOutcome, raw: unknown, verb: string, subject: string, tail: string): string | undefined {
  if (verb !== 'create' && verb !== 'delete') return undefined;
  const found = outcomeState(raw);
  if (found === undefined) return undefined;
  const said = found.status !== undefined ? `its status is ${found.status}` : `it is not ${humanKey(found.why.replace(/ false$/, ''))}`;
  switch (found.state) {
    case 'refused':
      return `The request to ${phrase(outcome)} did not go through: ${said}.${tail}`;
    case 'waiting':
      return verb === 'delete'
        ? `I asked to delete ${subject}; it is not deleted yet, ${said}.${tail}`
        : `I submitted ${subject}; it is not done yet, ${said}.${tail}`;
    case 'existing':
      return `${capital(subject)} was already there (${said}), so nothing new was created.${tail}`;
  }
}

/** A read that returned nothing (`{}`, `{"regions": {}}`): "No regions came back." */
export function describeNothing(parsed: unknown): string | undefined {
  if (!isRecord(parsed) || !holdsNothing(parsed)) return undefined;
  const keys = Object.keys(parsed as Json);
  return keys.length === 1 ? `No ${humanKey(keys[0] as string)} came back for that request.` : 'Nothing came back for that request.';
}

/** Keys that are a record's fields, never codes of a table: `id`, `name`, `createdAt`, `secretKey`, `home_url`. */
export const FIELD_KEY =
  /^(id|name|title|label|description|summary|type|kind|status|state|url|uri|href|email|phone|created|updated|date|time)$|[a-z](At|_at|Id|_id|ID|Key|_key|Url|_url|Date|_date|Time|_time|Name|_name)$/;

/**
 * Whether an object whose values are all text is one record (`{"id": "1455053", "name": "Restaurants & Cafes"}`), not a
 * table of labels by code: a key is a field's name, or a value is a link, a moment or a sentence, which no label is.
 */
export function isOneRecord(table: Json): boolean {
  return Object.entries(table).some(
    ([key, value]) =>
      FIELD_KEY.test(key) ||
      (typeof value === 'string' && (/^https?:\/\//.test(value) || /^\d{4}-\d{2}-\d{2}T/.test(value) || /\s\S+\s\S+.*[.!?]$/.test(value))),
  );
}

/**
 * A table of labels by code, alone in the result (`{"regions": {"au": "Australia", "de": "Germany"}}`): "There are
 * 2 regions: Australia (au) and Germany (de)."
 */
export function describeLabelTable(parsed: unknown): string | undefined {
  if (!isRecord(parsed) || Object.keys(parsed).length !== 1) return undefined;
  const [key, table] = Object.entries(parsed as Json)[0] as [string, unknown];
  if (!isRecord(table)) return undefined;
  const entries = Object.entries(table as Json);
  if (entries.length === 0 || !entries.every(([, label]) => typeof label === 'string' && label.length <= 60)) return undefined;
  if (isOneRecord(table as Json)) return undefined;
  const noun = humanKey(key);
  const said = entries.slice(0, 8).map(([code, label]) => `${String(label)} (${code})`);
  const more = entries.length > 8 ? ` and ${entries.length - 8} more` : '';
  return entries.length === 1
    ? `There is 1 ${plural(noun, 1)}: ${said[0] as string}.`
    : `There are ${entries.length} ${plural(noun, entries.length)}: ${listing(said)}${more}.`;
}

/**
 * What a delete removed, by the id it was sent: the record itself (`fax FX1`), or, when the id names the
 * record the deleted ones hang on (`transactionId` of `delete_…_relationships_tags`), those under it
 * ("the tags of transaction 772c…"). Undefined when no id was sent.
 */
export function deletedSubject(outcome: CallOutcome, noun: string): { subject: string; plural: boolean } | undefined {
  const usable = Object.keys(outcome.arguments).filter(
    (name) => typeof outcome.arguments[name] === 'string' || typeof outcome.arguments[name] === 'number',
  );
  const key = usable.find((name) => /^(id|sid|uuid|guid|key)$/i.test(name)) ?? usable.find((name) => ID.test(name));
  if (key === undefined) return undefined;
  const id = String(outcome.arguments[key]);
  const owner = humanKey(key)
    .replace(/\b(id|sid|uuid|guid|key)$/, '')
    .trim();
  const own = owner === '' || noun.split(' ').some((word) => owner.split(' ').includes(word));
  return own ? { subject: `${noun} ${id}`, plural: false } : { subject: `the ${plural(noun, 2)} of ${owner} ${id}`, plural: true };
}

/**
 * The record a change of a part was made on, when the call names it by its id and the tool's name holds it before the
 * part (`update_booking_contact({"bookingId": …})`, `patch_transactions_…_relationships_category({"transactionId": …})`):
 * the call changed the contact of a booking, never "contact 9361597". Undefined when the id is the record's own.
 */
export function partOwner(outcome: CallOutcome, noun: string): { owner: string; id: string } | undefined {
  const found = deletedSubject(outcome, noun);
  if (found === undefined || !found.plural) return undefined;
  const owner = /^the .+ of (.+) (\S+)$/.exec(found.subject);
  if (owner === null) return undefined;
  const [, name, id] = owner as unknown as [string, string, string];
  const words = humanKey(outcome.tool).split(' ');
  const at = (word: string) => words.findIndex((said) => said === word || said === plural(word, 2));
  const ownerAt = at(name.split(' ').at(-1) as string);
  const partAt = at(noun.split(' ').at(-1) as string);
  return ownerAt >= 0 && partAt > ownerAt ? { owner: name, id } : undefined;
}

/** What a change of a part did, told on its owner: "I updated the contact of booking 9361597", "I added tags to transaction acde". */
export function describePartChange(outcome: CallOutcome, verb: string, noun: string, tail: string): string | undefined {
  if (verb !== 'update' && verb !== 'create') return undefined;
  const owned = partOwner(outcome, noun);
  if (owned === undefined) return undefined;
  const on = `${owned.owner} ${owned.id}`;
  if (verb === 'update') return `I updated the ${noun} of ${on}.${tail}`;
  const many = humanKey(outcome.tool).split(' ').includes(plural(noun, 2));
  return `I added ${many ? plural(noun, 2) : `a ${noun}`} to ${on}.${tail}`;
}

/** The noun of what a tool's verb makes of its thing: `analyze_structure` runs a structure analysis. */
const DEED: Record<string, string> = {
  analyze: 'analysis',
  analyse: 'analysis',
  calculate: 'calculation',
  compute: 'computation',
  estimate: 'estimate',
  predict: 'prediction',
  assess: 'assessment',
  evaluate: 'evaluation',
  measure: 'measurement',
  check: 'check',
};

/**
 * A result whose one value sits under the tool's own noun beside echoes of the call (`analyze_structure` →
 * `{"building_id": "30978", "structure": 55.87}`): the value is what the tool worked out for the thing sent, said
 * as such ("The structure analysis of building 30978 gives 55.87."), never "the structure 30978 has a structure of 55.87".
 */
export function describeNounField(outcome: CallOutcome, parsed: Json, noun: string): string | undefined {
  const key = Object.keys(parsed).find(
    (field) => humanKey(field) === noun && (typeof parsed[field] === 'number' || typeof parsed[field] === 'string'),
  );
  if (key === undefined) return undefined;
  const sent = new Set(Object.values(outcome.arguments).map((value) => JSON.stringify(value)));
  if (Object.keys(parsed).some((field) => field !== key && !sent.has(JSON.stringify(parsed[field])))) return undefined;
  const value = formatValue(parsed[key]);
  if (value === undefined) return undefined;
  // only for a thing sent by its own id (`building_id`): a conversion's value (`{"liter": 154.86}`) has its unit's own words
  const owned = deletedSubject(outcome, noun);
  if (owned?.plural !== true) return undefined;
  const of = owned.subject.replace(/^the .+? of /, '');
  const deed = DEED[humanKey(outcome.tool).split(' ')[0] ?? ''];
  return deed !== undefined ? `The ${noun} ${deed} of ${of} gives ${value}.` : `For ${of}, the ${noun} value is ${value}.`;
}
