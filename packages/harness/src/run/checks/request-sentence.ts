import { createRequire } from 'node:module';
import type { ReviewedCall } from './conversation.js';

/**
 * A request written from a tool description's sentence rather than from what the person wants
 * (docs/harness.md, `user_request`): the description's verb read as a noun ("get me the perform
 * sentiment analysis"), its preamble ("pull up the this function allows users to add …"), its words to a
 * developer ("messages matching your search criteria", "for the authenticated user", "provides access
 * to"), a place said in pieces or twice ("in Berlin, DE in Berlin in DE"), and punctuation the pieces
 * left doubled ("the details of a battle,, once for …").
 */

const require = createRequire(import.meta.url);
/** wink-lexicon: word → every Penn tag it takes in its corpus (loaded on first use). */
let lexicon: Record<string, string[] | undefined> | undefined;
const LEXICON = (): Record<string, string[] | undefined> =>
  (lexicon ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>);

/** A word the lexicon knows only by tags `only` matches: a base verb ("perform", "calculate") is no noun after an article. */
function lexiconOnly(word: string, only: RegExp): boolean {
  const tags = LEXICON()[word.toLowerCase()];
  return Array.isArray(tags) && tags.length > 0 && tags.every((tag) => only.test(tag));
}

/** Words a description addresses to a developer; a person asking says none of them. */
const DEVELOPER =
  /\b(?:matching|that match(?:es)?|which match(?:es)?|meeting) (?:your|the|given|specified) (?:search )?(?:criteria|query|filters?|parameters|conditions)\b|\b(?:this|the) (?:function|endpoint|api|method|tool|operation) (?:allows|lets|enables|is used|returns|retrieves)\b|\b(?:allows?|lets|enables) users? to\b|\bfor the (?:authenticated|current|logged[- ]in) user\b|\b(?:gives|provides) access to\b/i;
/** Argument names that hold a place. */
const PLACE_KEY = /(?:^|_|[a-z](?=[A-Z]))(?:city|location|place|town|country|region|state|county|province)$/i;
/** Punctuation two pieces of a request put side by side (values masked out first). */
const DOUBLED = /,\s*,|[^\s.]\s+,|[.?!]\s*[,;]|;\s*[,;]|\?\s*\?/;

/** The request's text with every value of the turn's calls masked, so a value's own words and punctuation are not judged. */
function masked(text: string, calls: readonly ReviewedCall[]): string {
  let said = text;
  const values = calls.flatMap((call) =>
    typeof call.arguments === 'object' ? Object.values(call.arguments).flatMap((value) => leafTexts(value)) : [],
  );
  for (const value of values.sort((a, b) => b.length - a.length)) if (value.length >= 2) said = said.split(value).join('VALUE');
  return said;
}
const leafTexts = (value: unknown): string[] =>
  typeof value === 'string' || typeof value === 'number'
    ? [String(value)]
    : Array.isArray(value)
      ? value.flatMap(leafTexts)
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(leafTexts)
        : [];

/** One call's place said in pieces, one "in" after the other: "in Berlin, DE in Berlin", "in Rome in Lazio". */
function placeInPieces(text: string, call: ReviewedCall): string | undefined {
  if (typeof call.arguments !== 'object') return undefined;
  const places = Object.entries(call.arguments)
    .filter(([key, value]) => PLACE_KEY.test(key) && typeof value === 'string' && value.length >= 2)
    .map(([, value]) => (value as string).toLowerCase());
  const lower = text.toLowerCase();
  return places
    .flatMap((place) => places.filter((other) => other !== place).map((other) => `in ${place} in ${other}`))
    .find((phrase) => lower.includes(phrase));
}

/** Problems of one user turn (`at` prefixes each) against the calls made for it. */
export function describedSentence(text: string, calls: readonly ReviewedCall[], at: string): string[] {
  const problems: string[] = [];
  const said = masked(text, calls);
  const article = [...said.matchAll(/\b(?:the|a|an) ([a-z]+)\b(?: (with|for|by|of|in|on|to|from|using)\b)?/gi)].find(
    (match) =>
      /^(this|that|these|those|the|a|an)$/i.test(match[1] as string) ||
      lexiconOnly(match[1] as string, /^VB[PZ]?$/) ||
      // A participle with no noun after it ("fetch a metered with account …"): the thing was lost; "a logged message" is English.
      (match[2] !== undefined && lexiconOnly(match[1] as string, /^VB[DN]$/)),
  );
  if (article) problems.push(`${at}the request reads a description's verb as a noun: "${article[0]}"`);
  const developer = DEVELOPER.exec(said);
  if (developer) problems.push(`${at}the request speaks a description's words to a developer: "${developer[0]}"`);
  for (const call of calls) {
    const pieces = placeInPieces(text, call);
    if (pieces !== undefined) {
      problems.push(`${at}the request says a place in pieces or twice: "${pieces}"`);
      break;
    }
  }
  const doubled = DOUBLED.exec(said.replace(/VALUE/g, 'x'));
  if (doubled) problems.push(`${at}the request doubles its punctuation: "${doubled[0]}"`);
  return problems;
}
