import { holdsNothing, outcomeState } from '../run/checks/outcome-state.js';
import { phrase, plural, type CallOutcome } from './call-outcome.js';
import { capital, humanKey, ID, isRecord, listing, type Json } from './result-facts.js';

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
