import type { ReviewedCall } from './conversation.js';

const UNIT = '(hour|day|week|month|year|minute)';
/** A length said as an adjective ("72 hour forecast", "a 5-day outlook"), as a description states it. */
const STATED = new RegExp(`\\b(\\d+)[ -]${UNIT}\\b(?! in a row)`, 'gi');
const SPAN = new RegExp(`\\b(?:next|last|for|over) (\\d+) ${UNIT}s?\\b`, 'gi');

/** Two lengths of one unit that disagree in one request ("72 hour … forecast over the next 18 hours"). */
function disagreeingSpans(text: string): string | undefined {
  const spans = [...text.matchAll(SPAN)];
  for (const stated of text.matchAll(STATED)) {
    const unit = (stated[2] as string).toLowerCase();
    const other = spans.find((span) => (span[2] as string).toLowerCase() === unit && span[1] !== stated[1]);
    if (other !== undefined) return `${stated[0]} … ${other[0]}`;
  }
  return undefined;
}

/** A parameter name that runs two words together (`responseemail`), said as it is. */
const GLUED = /^[a-z]{3,}?(?:email|url|uri|address|phone|number)$/;

/**
 * Spec text a request reads out: two lengths that disagree ("72 hour … over the next 18 hours", the
 * description's and the call's) and a parameter name that runs words together ("responseemail").
 */
export function specSpans(text: string, calls: readonly ReviewedCall[]): string[] {
  const problems: string[] = [];
  const spans = disagreeingSpans(text);
  if (spans !== undefined) problems.push(`the request gives two lengths that disagree: "${spans}"`);
  const names = calls.flatMap((call) => (typeof call.arguments === 'object' ? Object.keys(call.arguments) : []));
  const glued = names.find((name) => GLUED.test(name) && new RegExp(`\\b${name}\\b`).test(text));
  if (glued !== undefined) problems.push(`the request says the parameter name "${glued}" as it is`);
  return problems;
}
