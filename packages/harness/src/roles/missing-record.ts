/**
 * A 404 said plainly: the service has no record of the kind it names under the value sent. The
 * sentence names that value by the error's own kind ("there is no account 'b2b5…'"), never by the
 * call's result ("transaction b2b5…"), and says what failed by what the call does: a lookup could not
 * be made, a change could not go ahead ("I could not create the reserve" for a book reservation is
 * neither the verb nor the thing).
 */
import { action, type CallOutcome } from './call-outcome.js';
import { humanKey } from './result-facts.js';
import { leadsWithReading } from '../tasks/reading-lead.js';
import { ownDescription } from '../tasks/words.js';

/** Whether the call only reads: a get or a list, or a POST or another job whose description leads with a reading verb. */
export function onlyReads(outcome: CallOutcome): boolean {
  const kind = action(outcome).action;
  if (kind === 'read' || kind === 'list') return true;
  if (kind !== 'other' && kind !== 'create') return false;
  // A create whose description leads with reading is a lookup sent by POST ("Get unread messages matching …").
  return leadsWithReading(ownDescription(outcome.description) ?? '');
}

/**
 * "I could not get payment X: there is no such payment", "I could not look up account X: there is no
 * such account", "I could not go ahead with that: there is no book 'X'". `could` is the failed action as
 * `failedAction` says it; it is kept only where its verb and noun fit the error.
 */
export function missingRecordSentence(outcome: CallOutcome, could: string, kind: string, value: string, deleted: boolean): string {
  const gone = deleted ? ' any more, it was deleted' : '';
  const { entity, action: job } = action(outcome);
  const noun = humanKey(entity).toLowerCase();
  // A create or another job: `could` has no verb of its own to trust ("create the reserve", "get retweet 27777").
  if (job !== 'read' && job !== 'list' && job !== 'update' && job !== 'delete')
    return onlyReads(outcome)
      ? `I could not look up ${kind} ${value}: there is no such ${kind}${gone}.`
      : `I could not go ahead with that: there is no ${kind} '${value}'${gone}.`;
  // The subject already said with the error's own kind ("I could not get order x"): not named again.
  if (could.endsWith(` ${kind} ${value}`)) return `${could}: there is no such ${kind}${gone}.`;
  const namesValue = could.includes(value);
  if (job === 'read' || job === 'list') {
    // A list under the missing record ("list the media items" of a fax): the list is said, the record named.
    if (job === 'list' && !namesValue) return `${could}: there is no ${kind} '${value}'${gone}.`;
    return `I could not look up ${kind} ${value}: there is no such ${kind}${gone}.`;
  }
  // An update or a delete: its record said without the value, or the value named as another thing's.
  return noun !== '' && !namesValue
    ? `${could}: there is no ${kind} '${value}'${gone}.`
    : `I could not go ahead with that: there is no ${kind} '${value}'${gone}.`;
}
