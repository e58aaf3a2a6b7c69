/**
 * A result that is one ability flag (`{"canDrive": true}`) answers a yes/no question: told as a yes or a no about the
 * thing the tool is about and what the call sent ("Yes, the vehicle can drive a distance of 8,039.3."), never
 * "it can drive" — the key read out with "it" for a subject no one named.
 */
import { argumentWords, type CallOutcome } from './call-outcome.js';
import { quantityArgument } from './record-units.js';
import { formatValue, humanKey } from './result-facts.js';
import { isRecord, type Json } from './result-record.js';

/** The thing a tool is about, from its description ("the milage of the vehicle" → "vehicle"), else undefined. */
function subjectOf(description: string | undefined): string | undefined {
  const said = (description ?? '').replace(/^.*Tool description:\s*/s, '');
  return /\b(?:of|for) (?:the|your|a) ([a-z]{3,})\b/i.exec(said)?.[1]?.toLowerCase();
}

/** What the call sent, in words: "a distance of 8,039.3" (one value sent), else undefined. */
function sentPhrase(args: Record<string, unknown>): string | undefined {
  const entries = Object.entries(args).filter(([, value]) => typeof value === 'number' || typeof value === 'string');
  if (entries.length !== 1) return undefined;
  const [key, value] = entries[0] as [string, unknown];
  const text = formatValue(value);
  return text === undefined ? undefined : quantityArgument(argumentWords(key), text);
}

/** The lone ability flag of a result told as a yes or a no, or undefined when the result is more than that flag. */
export function describeAbility(outcome: CallOutcome, parsed: unknown): string | undefined {
  if (!isRecord(parsed)) return undefined;
  const entries = Object.entries(parsed as Json);
  const [key, value] = entries[0] ?? [];
  if (entries.length !== 1 || typeof value !== 'boolean' || key === undefined || !/^can[A-Z_]/.test(key)) return undefined;
  const verb = humanKey(key).replace(/^can /, '');
  const subject = subjectOf(outcome.description);
  const sent = sentPhrase(outcome.arguments);
  if (subject === undefined) return undefined;
  return `${value ? 'Yes' : 'No'}, the ${subject} ${value ? 'can' : 'cannot'} ${verb}${sent !== undefined ? ` ${sent}` : ''}.`;
}
