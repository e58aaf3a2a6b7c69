import type { FaultKind } from '@inftool/core';
import { humanizeParameter } from '@inftool/user-sim';
import { describeError, type CallOutcome } from './describe-result.js';
import { mixedPick } from './seeded-pick.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `03/04/2025` read month first and day first: the days it may mean (one when the reading is not in doubt). */
function readings(text: string): string[] {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match === null) return [];
  const [first, second, year] = [Number(match[1]), Number(match[2]), match[3] as string];
  const day = (month: number, date: number) =>
    month >= 1 && month <= 12 && date >= 1 && date <= 31 ? `${MONTHS[month - 1]} ${date}, ${year}` : undefined;
  return [...new Set([day(first, second), day(second, first)].filter((entry): entry is string => entry !== undefined))];
}

/** The argument of the failed call that holds `value` as the error names it, in words (`FaxSid` → "fax SID"). */
function named(failure: CallOutcome | undefined, value: string | undefined): { name: string; words: string } | undefined {
  const name = Object.entries(failure?.arguments ?? {}).find(([, given]) => String(given) === value)?.[0];
  return name === undefined ? undefined : { name, words: humanizeParameter(name) };
}

/**
 * What the assistant says when the service refused a value the user gave (a planned `ask` fault): what
 * went wrong, from the error's own words, and the question that lets the user correct it. `seed` varies
 * the wording from task to task.
 */
export function faultQuestion(kind: FaultKind, error: string, failure: CallOutcome | undefined, seed: string): string {
  if (kind === 'out_of_range') {
    const [, field, most, sent] = /(\S+) must be at most (\d+)(?:, got (\d+))?/.exec(error) ?? [];
    const what = field === undefined ? 'count' : humanizeParameter(field);
    return mixedPick(
      [
        `The service could not take a ${what} of ${sent ?? 'that size'}: it allows at most ${most ?? 'fewer'} per request. Shall I use ${most ?? 'the most it allows'}?`,
        `That request failed because the ${what} is capped at ${most ?? 'a lower number'}, and you asked for ${sent ?? 'more'}. Would ${most ?? 'the maximum'} work for you?`,
        `The service could not take ${sent ?? 'that many'}: it allows a ${what} of up to ${most ?? 'a lower number'} per request. Should I go with ${most ?? 'the most it allows'} instead?`,
        `That failed: ${sent ?? 'that'} is more than the service returns at once, and its limit for the ${what} is ${most ?? 'lower'}. Is ${most ?? 'the limit'} all right?`,
      ],
      `${seed}:range`,
    );
  }
  if (kind === 'bad_format') {
    const [, value, format] = /"([^"]+)" is not a valid date; expected the format (\S+)/.exec(error) ?? [];
    const what = named(failure, value)?.words ?? 'date';
    const days = readings(value ?? '');
    const ask =
      days.length === 2
        ? `Did you mean ${days[0]} or ${days[1]}?`
        : days.length === 1
          ? `Just to be sure, is that ${days[0]}?`
          : 'Which day did you mean?';
    return `The service could not read the ${what} ${value ?? ''} as written: it expects dates as ${format ?? 'YYYY-MM-DD'}. ${ask}`.replace(
      / {2,}/g,
      ' ',
    );
  }
  const value = /"([^"]+)" does not exist/.exec(error)?.[1];
  const what = named(failure, value)?.words ?? 'identifier';
  const said = failure ? describeError(failure) : 'I could not find that record.';
  const ask =
    kind === 'wrong_id'
      ? [
          `Could you check the ${what}? The service has no record under it; it may be from another list.`,
          `Is that the ${what} you meant? Nothing is filed under it, so it may belong to a different record.`,
          `Could you look the ${what} up again? The service does not know that one, so it may be another record's.`,
          `Do you have another ${what}? That one is not on file here; perhaps it came from a different record.`,
          `Which ${what} did you mean? The service has nothing under that one.`,
          `Might that ${what} belong to something else? The service has no match for it. Could you send the right one?`,
        ]
      : [
          `Could you double-check the ${what}? It may have a typo.`,
          `Could you check the ${what} and send it again?`,
          `Is that the right ${what}? Perhaps a character got swapped.`,
          `Could you confirm the ${what}? The service has nothing under it as written.`,
          `Would you check the ${what} once more? It might be off by a character.`,
        ];
  return `${said} ${mixedPick(ask, seed)}`;
}
