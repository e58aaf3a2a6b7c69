import { nameWords } from '@inftool/core';
import { isFillerLabel, isRecordRemark } from '@inftool/sim-server';
import { unitOf } from '@inftool/user-sim';
import type { Conversation, ReviewedCall } from './conversation.js';
import { describedSentence } from './request-sentence.js';
import { specSpans } from './request-spans.js';
import { isLexiconWord } from './word-salad.js';

/** A tool name this long may end in a word the tree's length limit cut (`…_weatherdata_forec`). */
const CLIPPED_NAME = 60;
const TIME_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)';
/** Fields that hold what a person writes: a message, a post, a ticket's description, a text to analyse. */
const AUTHORED_FIELD = /^(text|message|msg|content|body|comment|sentence|paragraph|input_text)$/i;
const TICKET_TOOL = /\b(ticket|issue|bug|incident)s?\b/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of every offered tool's prose: descriptions and parameters' descriptions, lower case. */
function proseWords(conversation: Conversation): Set<string> {
  const words = new Set<string>();
  for (const tool of conversation.tools.values()) {
    const properties = (tool.parameters['properties'] ?? {}) as Record<string, { description?: unknown }>;
    const texts = [tool.description ?? '', ...Object.values(properties).map((property) => String(property?.description ?? ''))];
    for (const word of texts
      .join(' ')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [])
      words.add(word);
  }
  return words;
}

/** Last words of clipped tool names that the prose only has whole ("forec" beside "forecast"). */
function cutWords(conversation: Conversation): string[] {
  const prose = proseWords(conversation);
  return [...conversation.tools.keys()].flatMap((name) => {
    const last = nameWords(name).at(-1)?.toLowerCase();
    if (name.length < CLIPPED_NAME || last === undefined || last.length < 3 || prose.has(last)) return [];
    return [...prose].some((word) => word.length > last.length && word.startsWith(last)) ? [last] : [];
  });
}

/** A value's text in a request, so words of values are not read as the generator's. */
const valueTexts = (calls: readonly ReviewedCall[]): string[] =>
  calls.flatMap((call) =>
    typeof call.arguments === 'object'
      ? Object.values(call.arguments).flatMap((value) => (typeof value === 'string' || typeof value === 'number' ? [String(value)] : []))
      : [],
  );

/** Problems of one call's values as said in `text`: a kind read out with its label, a count said without what it counts. */
function argumentLabels(text: string, call: ReviewedCall, conversation: Conversation): string[] {
  if (typeof call.arguments !== 'object') return [];
  const lower = text.toLowerCase();
  const properties = (conversation.tools.get(call.chatName)?.parameters['properties'] ?? {}) as Record<string, { description?: unknown }>;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(call.arguments)) {
    const words = nameWords(name).map((word) => word.toLowerCase());
    // "the home index kind": which kind, said with the parameter's label.
    if (
      typeof value === 'string' &&
      words.length >= 2 &&
      words.at(-1) === 'kind' &&
      lower.includes(`${value.toLowerCase()} ${words.join(' ')}`)
    )
      problems.push(`the request says the parameter label "${words.join(' ')}" after its value`);
    if (typeof value !== 'number' && !(typeof value === 'string' && /^\d+(\.\d+)?$/.test(value))) continue;
    const number = escape(String(value));
    // "with 3 hours": a span said as a thing the request comes with.
    if (new RegExp(`\\bwith ${number} ${TIME_UNIT}\\b`).test(lower))
      problems.push(`the request says "with ${String(value)} ${/hour/.test(lower) ? 'hours' : 'units'}" without what they count`);
    // "a timeframe of 24" where the parameter counts hours: the number said without its unit.
    const unit = /\b(?:number of|how many) (seconds|minutes|hours|days|weeks|months|years)\b/i.exec(
      String(properties[name]?.description ?? ''),
    )?.[1];
    if (unit !== undefined && new RegExp(`\\b(?:a|an|the) [a-z ]+ of ${number}(?! ?${TIME_UNIT})\\b`).test(lower))
      problems.push(`the request says ${String(value)} without the ${unit.toLowerCase()} it counts`);
    else {
      const problem = unitless(lower, String(value), name, String(properties[name]?.description ?? ''));
      if (problem !== undefined) problems.push(problem);
    }
  }
  return problems;
}

/**
 * A number said without the unit its description names (`distance`, "… in meters"; `timeframe`, "The number
 * of days …"): "a distance of 10", "The timeframe is 5.", "It's 5.". Undefined when said with a unit, or not said so.
 */
function unitless(lower: string, value: string, name: string, description: string): string | undefined {
  const unit = unitOf(description);
  if (unit === undefined) return undefined;
  const number = escape(value);
  const label = nameWords(name)
    .map((word) => word.toLowerCase())
    .join(' ');
  // "a distance of 10", "the timeframe is 5", "it's 5": the number ends the phrase, no unit or word of measure after it.
  const bare = new RegExp(
    `\\b(?:(?:a|an|the) ${escape(label)} (?:of|is)|it's|it is) ${number}(?=[.,;!?)]|$| (?:and|with|for|in|from|on|at|to|once|please)\\b)`,
  );
  return bare.test(lower) ? `the request says ${value} without its unit (${unit})` : undefined;
}

/** Request headers and output knobs said as words of a request ("with accept language de-DE", "with the json content type"). */
const HEADER_NAME = /^(accept([-_]?(language|encoding|charset))?|content[-_]?type|x-[\w-]+|api[-_]?version|set[-_]?lang)$/i;

/**
 * What no person says in a request: a header or output knob by its label ("accept language", "content
 * type"), a filter's operator ("end eq 2025-10-15", "and like palace"), a unit whose number the call does
 * not carry ("with the age in months"), a label that names its unit said with it again ("access valid for
 * days of 20 days").
 */
function plumbingWords(text: string, call: ReviewedCall): string[] {
  if (typeof call.arguments !== 'object') return [];
  const lower = text.toLowerCase();
  const problems: string[] = [];
  for (const [name, value] of Object.entries(call.arguments)) {
    const label = nameWords(name)
      .map((word) => word.toLowerCase())
      .join(' ');
    if (HEADER_NAME.test(name) && new RegExp(`\\b${escape(label)}\\b`).test(lower))
      problems.push(`the request says the header "${name}" by its label`);
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      for (const [operator, operand] of Object.entries(value))
        if (FILTER_OPERATOR.test(operator) && lower.includes(`${operator.toLowerCase()} ${String(operand).toLowerCase()}`))
          problems.push(`the request says the filter syntax "${operator} ${String(operand)}"`);
    const measure = /^(.+?)[._-]?unit$/i.exec(name)?.[1]?.replace(/[._-]$/, '');
    if (
      measure !== undefined &&
      typeof value === 'string' &&
      !Object.keys(call.arguments).some((other) => other !== name && other.startsWith(measure) && !/unit$/i.test(other)) &&
      new RegExp(`\\bin ${escape(value.toLowerCase())}s?\\b`).test(lower)
    )
      problems.push(`the request gives the unit "${value}" without the ${measure.replace(/[._-]/g, ' ')} it measures`);
  }
  const doubledUnit = new RegExp(`\\b(${TIME_UNIT}) of \\d+(?:\\.\\d+)? \\1\\b`).exec(lower);
  if (doubledUnit) problems.push(`the request says the unit twice: "${doubledUnit[0]}"`);
  return problems;
}

/** Operators of a filter object the API parses (`{"eq": …}`); "like" and "in" are English too, so only with their operand. */
const FILTER_OPERATOR = /^(eq|ne|neq|gt|gte|ge|lt|lte|le|like|ilike|nin)$/i;

/**
 * A reference to an earlier result that names no thing: "the batch of the any you just found" (a word of the
 * tool's name as the thing), "the order details you just ordered" (the thing's own word as what was done).
 */
function garbledReference(text: string): string | undefined {
  const nameWord = /\b(?:the|that) (?:any|by|get|retrieve)\b(?= you\b| from\b| in\b|[.,;?!]|$)/i.exec(text);
  if (nameWord) return nameWord[0];
  const echoed = /\b(?:the|that) ([a-z]+) [a-z]+ you (?:just |had )?([a-z]+?)e?d\b/i.exec(text);
  if (echoed && echoed[1]?.toLowerCase().replace(/e$/, '') === echoed[2]?.toLowerCase().replace(/e$/, '')) return echoed[0];
  return undefined;
}

/**
 * A tool name's abbreviation read out where the tool's text spells it ("create eua" beside "end-user
 * agreements"): a person says the thing, not the name's letters.
 */
function abbreviations(text: string, conversation: Conversation): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  for (const [name, tool] of conversation.tools) {
    const words = (tool.description ?? '')
      .split(/\s+/)
      .flatMap((word) => word.replace(/[^A-Za-z-]/g, '').split('-'))
      .filter(Boolean);
    const initials = words.map((word) => (word[0] as string).toLowerCase()).join('');
    for (const part of nameWords(name).map((word) => word.toLowerCase())) {
      const bare = part.length > 3 ? part.replace(/s$/, '') : part;
      if (!/^[a-z]{3,5}$/.test(bare) || isLexiconWord(bare) || found.includes(part) || !new RegExp(`\\b${part}\\b`).test(lower)) continue;
      if (words.some((word) => word.toLowerCase() === part || word.toLowerCase() === bare)) continue;
      if (initials.includes(bare)) found.push(part);
    }
  }
  return found;
}

/** A clarifying question that names nothing: "What should it contain?" (what is "it"?). */
const EMPTY_QUESTION = /(?:^|[.!] )What should it (?:contain|include|say|be)\?/;

/** Values of a person's text that no person writes: a bare number, a remark on a record ("Translated from the German original."). */
function authoredValues(call: ReviewedCall): string[] {
  if (typeof call.arguments !== 'object') return [];
  const ticket = TICKET_TOOL.test(nameWords(call.name ?? call.chatName).join(' '));
  return Object.entries(call.arguments).flatMap(([name, value]) => {
    if (!AUTHORED_FIELD.test(name) && !(ticket && /^description$/i.test(name))) return [];
    if (typeof value === 'number' || (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)))
      return [`the ${name} a person writes is the number ${String(value)}`];
    return isRecordRemark(value) ? [`the ${name} a person writes is a remark on a record: "${String(value)}"`] : [];
  });
}

/**
 * A request built from labels rather than written (docs/harness.md, `user_request`): a tool name's word
 * the name's length limit cut ("that forec"), a word written twice ("the name name"), a scope of the
 * documentation ("a file of any extension"), a kind said with its label ("the home index kind"), a span
 * said as a thing it comes with ("with 3 hours") or a count without its unit ("a timeframe of 24", "The timeframe
 * is 5."), a header by its label ("with accept language de-DE"), a filter's syntax ("end eq 2025-10-15"), a unit
 * without its number ("with the age in months"), a reference that names no thing ("the batch of the any you just
 * found"), a clarifying question that names nothing ("What should it contain?"); and
 * what a person writes that is no text of theirs (a message "10", a ticket "Translated from the German original.").
 */
export function labelledRequest(conversation: Conversation): string[] {
  const problems: string[] = [];
  const cut = cutWords(conversation);
  conversation.turns.forEach((turn, index) => {
    const calls = conversation.calls.filter((call) => call.turn === index);
    let text = turn.user;
    for (const value of valueTexts(calls)) if (value.length >= 2) text = text.split(value).join(' | ');
    const at = `turn ${index + 1}: `;
    const word = cut.find((candidate) => new RegExp(`\\b${candidate}\\b`, 'i').test(text));
    if (word !== undefined) problems.push(`${at}the request says a tool name's word cut short: "${word}"`);
    const doubled = /\b([A-Za-z]{3,}) \1\b/i.exec(text);
    if (doubled && !/^(that|had|bye|very)$/i.test(doubled[1] as string))
      problems.push(`${at}the request says a word twice: "${doubled[0]}"`);
    const scope = /\bof any (?:kind|type|sort|extension|format|size|length|shape)\b/i.exec(text);
    if (scope) problems.push(`${at}the request speaks the documentation's scope: "${scope[0]}"`);
    for (const call of calls) problems.push(...argumentLabels(turn.user, call, conversation).map((problem) => `${at}${problem}`));
    for (const call of calls) problems.push(...plumbingWords(turn.user, call).map((problem) => `${at}${problem}`));
    if (/\baccept[- ]language\b/i.test(turn.user)) problems.push(`${at}the request says "accept language"`);
    for (const word of abbreviations(text, conversation))
      problems.push(`${at}the request reads out the abbreviation "${word}" of a tool name its text spells out`);
    problems.push(...describedSentence(turn.user, calls, at));
    problems.push(...specSpans(turn.user, calls).map((problem) => `${at}${problem}`));
    const garbled = garbledReference(turn.user);
    if (garbled !== undefined) problems.push(`${at}the request refers to an earlier result by no thing: "${garbled}"`);
    if (turn.answer !== undefined && index === 0 && EMPTY_QUESTION.test(turn.answer))
      problems.push(`${at}the clarifying question names nothing: "${turn.answer}"`);
  });
  for (const call of conversation.calls) problems.push(...authoredValues(call).map((problem) => `turn ${call.turn + 1}: ${problem}`));
  // A value the user asks with but no call carries (an irrelevance request's): a generator's last-resort label ("personal outcome").
  for (const value of Object.values(conversation.task.known ?? {}))
    if (isFillerLabel(value) && (conversation.turns[0]?.user ?? '').includes(value as string))
      problems.push(`turn 1: the request gives a label for a value: "${value as string}"`);
  return [...new Set(problems)];
}
