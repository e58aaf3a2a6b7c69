/** A failed call said plainly: what could not be done and why. */
import { action, argumentWords, parse, phrase, plural, subjectId, subjectIdKey, type CallOutcome } from './call-outcome.js';
import { actionPhrase } from './action-phrase.js';
import { humanKey } from './result-facts.js';
import { isRecord } from './result-record.js';
import { capital, pick } from './seeded-pick.js';
import { missingRecordSentence, onlyReads } from './missing-record.js';

/** The verb a failed call is told by, from what it does to its record. */
const FAILED_VERB: Record<string, string> = { read: 'get', list: 'list', create: 'create', update: 'update', delete: 'delete' };

/**
 * What failed, in plain words: the call's verb, its record and the value it was about ("delete fax
 * FX123", "create the quittung", "list the posts"), never the tool's description or name pasted in.
 */
export function failedAction(outcome: CallOutcome): string {
  const { entity, action: kind } = action(outcome);
  const noun = humanKey(entity).toLowerCase();
  const said = actionPhrase(outcome.tool, outcome.description);
  // A POST that reads ("Get unread messages matching …"): told by what it reads, never "create the inbox".
  if ((kind === 'create' || kind === 'other') && said.verbal && onlyReads(outcome)) return said.text;
  const verb = FAILED_VERB[kind] ?? (said.verbal ? (said.text.split(' ')[0] as string) : 'get');
  if (noun === '' || /^(record|result|item)$/.test(noun)) return phrase(outcome);
  if (kind === 'list') return `${verb} the ${plural(noun, 2)}`;
  const id = kind === 'create' ? undefined : subjectId(outcome);
  if (id === undefined || id.length > 40) return `${verb} the ${noun}`;
  // An id of another thing (`place_id` of an air-quality read) is said with its own noun: "the quality for place 2564493".
  const owner = humanKey(subjectIdKey(outcome) ?? '')
    .toLowerCase()
    .replace(/\s*\b(id|sid|uuid|guid|key)$/, '');
  return owner !== '' && owner !== noun && !noun.includes(owner) ? `${verb} the ${noun} for ${owner} ${id}` : `${verb} ${noun} ${id}`;
}

/** The argument a service refused, from its error text (`rejected drug_id = "x"`, `$.Sid: is required`). */
export function refusedArgument(outcome: CallOutcome): { name: string; value?: string } | undefined {
  const text = outcome.result;
  const rejected = /rejected ([\w.$-]+) = "([^"]*)"/.exec(text);
  if (rejected) return { name: rejected[1] as string, value: rejected[2] as string };
  const invalid = /\$\.([\w-]+)(?:\.[\w.-]+)?: /.exec(text);
  return invalid ? { name: invalid[1] as string } : undefined;
}

/** An HTTP status in plain words. */
const STATUS_WORDS: Record<string, string> = {
  '400': 'it said the request was malformed',
  '401': 'it needs credentials I do not have',
  '403': 'it refused access',
  '404': 'it found nothing there',
  '409': 'it reported a conflict with the current state',
  '422': 'it rejected the request as invalid',
  '429': 'it is rate-limiting requests (429)',
  '500': 'it had an internal error (500)',
  '502': 'its upstream service failed (502)',
  '503': 'it is unavailable right now (503)',
  '504': 'it timed out (504)',
};

/**
 * An error result said plainly, as an assistant tells a user: what could not be done and why, in
 * words (the refused value named, the status explained), never the server's raw text or JSON.
 */
export function describeError(outcome: CallOutcome): string {
  const could = `I could not ${failedAction(outcome)}`;
  const text = outcome.result.replace(/^Error:\s*/, '').trim();
  const refused = refusedArgument(outcome);
  if (refused?.value !== undefined) {
    const what = `the ${argumentWords(refused.name)} '${refused.value}'`;
    return pick(
      [
        `The service rejected ${what} as invalid, so ${could}.`,
        `${capital(could)}: the service did not accept ${what}.`,
        `${capital(what)} was refused by the service as invalid, so ${could}.`,
        `The service said ${what} is not valid, so ${could}.`,
      ],
      outcome.result + outcome.tool,
    );
  }
  if (refused && /is required/.test(text)) return `${could}: the service needs the ${argumentWords(refused.name)}.`;
  if (refused && /pattern|format/.test(text)) return `${could}: the ${argumentWords(refused.name)} is not in the form the service expects.`;
  if (refused) return `${could}: the service did not accept the ${argumentWords(refused.name)}.`;
  const missing = /^404[^:]*:\s*(.+?) "([^"]*)" does not exist( \(it was deleted\))?/.exec(text);
  if (missing) return missingRecordSentence(outcome, could, missing[1] as string, missing[2] as string, missing[3] !== undefined);
  const status = /^(?:HTTP\/[\d.]+\s+)?([45]\d\d)\b/.exec(text)?.[1];
  if (status !== undefined)
    return `${could}: ${STATUS_WORDS[status] ?? `the service answered with status ${status}`}.`
      .replace(/: it /, ': the service ')
      .replace(/: its /, ': the service’s ');
  const body = parse(outcome.result);
  if (isRecord(body)) {
    const code = body['status'] ?? body['statusCode'] ?? body['status_code'] ?? body['code'];
    const message = [body['error'], body['message'], body['detail']].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= 120 && !/["{}[\]]/.test(value),
    );
    if (typeof code === 'number' && STATUS_WORDS[String(code)])
      return `${could}: ${STATUS_WORDS[String(code)]}${message ? ` (${message.replace(/[.]+$/, '')})` : ''}.`
        .replace(/: it /, ': the service ')
        .replace(/: its /, ': the service’s ');
    if (message) return `${could}: the service reported an error, ${message.replace(/[.]+$/, '')}.`;
    return `${could}: the service reported an error${typeof code === 'number' || typeof code === 'string' ? ` (status ${String(code)})` : ''}.`;
  }
  const line = (text.split('\n')[0] ?? '').replace(/"/g, "'").replace(/[{}[\]]/g, '');
  const reason = line.length > 160 ? `${line.slice(0, line.lastIndexOf(' ', 160))}` : line;
  return `${could}: the service said ${reason.replace(/[.:;,]+$/, '')}.`;
}
