import { misfitArticle, nameWords, periodsOf } from '@inftool/core';
import type { Conversation } from './conversation.js';
import { COPIED_RUN, sharedRun, summaryOf } from './copied-words.js';
import { FIELD_WORDS, readableName } from './english.js';
import { labelledRequest } from './request-labels.js';
import { numberedLabels } from './numbered-labels.js';
import { resourceLabels } from './resource-labels.js';
import { mismatchedPairings } from './request-pairings.js';

/** Parameters whose value a person never types in chat: secrets and paging plumbing. */
const PLUMBING_PARAMETER = /password|passwd|passphrase|secret|token|cursor|api_?key|apikey|signature|credential|session_?id|page_?key/i;

/** A run of base64 that decodes to readable text (a paging cursor such as `cGFyZW50OjkyNzM3` = "parent:92737"). */
function encodedCursor(text: string): string | undefined {
  for (const token of text.match(/(?<![\w/+])[A-Za-z0-9+/]{12,}={0,2}(?![\w/+])/g) ?? []) {
    if (!/[a-z]/.test(token) || !/[A-Z0-9]/.test(token) || token.length % 4 === 1) continue;
    const decoded = Buffer.from(token, 'base64').toString('latin1');
    if (decoded.length >= 8 && /^[\x20-\x7e]+$/.test(decoded) && /[:=|,{]/.test(decoded)) return token;
  }
  return undefined;
}

/** Words a sentence never runs together: an article before an article or a demonstrative ("the this tool"), two prepositions ("by of"). */
const LEFTOVER_GRAMMAR = /\b(?:(?:the|a|an) (?:the|a|an|this|these|those)|(?:by|of|for|with) (?:by|of|for|with))\b/;
const HTTP_METHOD = /^(get|post|put|patch|delete)$/;

/**
 * Grammar a generator left behind in a request: words run together ("get me the this tool belongs
 * to…", "the image object reference by of a Newsletter Edition"), a doubled full stop ("partner
 * organisations.."), or an operation id read out as words ("post sdw rest services get qid": a tool
 * name of four or more words that holds an HTTP method, said word for word).
 */
export function leftoverGrammar(text: string, toolNames: readonly string[]): string[] {
  const problems: string[] = [];
  const runTogether = LEFTOVER_GRAMMAR.exec(text);
  if (runTogether) problems.push(`the request runs words together: "${runTogether[0]}"`);
  if (/(?<!\.)\.\.(?!\.)/.test(text)) problems.push('the request has a doubled full stop');
  const dangling = /\b(?:for|with|by|of|to|from|in|on|at) [.?!,]/.exec(text);
  if (dangling) problems.push(`the request leaves a value out: "${dangling[0]}"`);
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  for (const name of toolNames) {
    const words = nameWords(name).map((word) => word.toLowerCase());
    // The name without its leading method too ("submit sdw rest services get qid").
    for (const said of [words, words.slice(1)]) {
      if (said.length >= 4 && said.some((word) => HTTP_METHOD.test(word)) && lower.includes(` ${said.join(' ')} `)) {
        problems.push(`the request reads out the operation id ${name}`);
        break;
      }
    }
  }
  return problems;
}

/** Verbs of API documentation in the third person ("Returns", "Activates"), as a request would never say them after its own verb. */
const DOC_VERBS =
  'retrieves|fetches|gets|activates|deactivates|determines|creates|deletes|provides|allows|enables|calculates|computes|converts|generates|triggers|registers|validates|obtains|displays|performs|executes|adjusts|estimates|predicts|initiates|resolves|toggles';
const SPEC_WORDING = new RegExp(
  `\\b(?:show me|pull up|get me|give me|fetch|look up|find|list|check|get|can you|could you|please) (?:the )?(${DOC_VERBS})\\b`,
  'i',
);
/** Words of API documentation and of a generator's frames that no person types in a request. */
const DOC_PHRASE = /\b(?:object references?|api response|[a-z]+ objects|task for you|batch (?:filter|query|search|get|fetch|retrieve))\b/i;
/** "a" before a vowel sound, "an" before a consonant ("a eye test", "an booking"); "a user", "an hour" are English. */
const ARTICLE_ERROR =
  /\b(?:[Aa] (?=[aeio][a-z])(?!one\b|once\b|eu)[a-z]+|[Aa]n (?=[bcdfgjklmnpqrstvwxyz][a-z])(?!h(?:our|onest|eir|ono))[a-z]+)\b/;

/**
 * A request in words no person types (docs/harness.md, `user_request`): documentation's words for a
 * thing ("the image object reference of …", "autocomplete objects", "batch filter …"), a frame's
 * "Task for you:", an article that does not fit the next word ("a eye test"). Quoted values aside.
 */
export function requestWording(text: string): string[] {
  const words = text.replace(/"[^"]*"|'[^']*'/g, ' ');
  const problems: string[] = [];
  const doc = DOC_PHRASE.exec(words);
  if (doc) problems.push(`the request speaks the documentation's words: "${doc[0]}"`);
  const article = ARTICLE_ERROR.exec(words);
  if (article) problems.push(`the request has an article that does not fit: "${article[0]}"`);
  const letters = article ? undefined : misfitArticle(words);
  if (letters) problems.push(`the request has an article that does not fit: "${letters}"`);
  return problems;
}

/** A path template left in the text: `:name`, `{petId}`. */
const PATH_TEMPLATE = /(?:^|[\s/('"‘“])(:[a-z_][A-Za-z_]*|\{[A-Za-z_][\w-]*\})(?=[\s/),.?!'"’”]|$)/;
const ID_NAME =
  /(?:^|[\s_-])(id|ids|sid|key|keys|guid|uuid|hash|sha1|sha256|md5|uri|url|ref|reference|code|number|slug|handle|api|version)$/i;

/**
 * A request read out as a form ("limit 20 status active"): two or more arguments said as their name
 * in words followed straight by an amount or a choice, not "a limit of 20", "the active status". A name or
 * an id after its noun ("drug ID DB00945", "target ENSG1", "region Europe") is English and not counted.
 */
export function formLikeRequest(text: string, calls: ReadonlyArray<{ arguments: Record<string, unknown> | string }>): string[] {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')}`;
  const pairs = new Set<string>();
  for (const call of calls) {
    if (typeof call.arguments !== 'object') continue;
    for (const [name, value] of Object.entries(call.arguments)) {
      if ((typeof value !== 'string' && typeof value !== 'number') || ID_NAME.test(name) || /(?:Id|ID|Key|Sid)$/.test(name)) continue;
      // An amount, a measure or a choice from a list ("20", "active", "I"); a name or an id after its noun is English ("target ENSG1", "region Europe").
      const numeric = typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value);
      const choice = typeof value === 'string' && (/^[a-z]{1,15}$/.test(value) || /^[A-Z]$/.test(value));
      if ((!numeric && !choice) || (numeric && /zip|post|phone|fax|year|day|month|page/i.test(name))) continue;
      const words = nameWords(name)
        .map((word) => word.toLowerCase())
        .join(' ');
      if (words.length < 2) continue;
      const said = `${words} ${String(value).toLowerCase()}`;
      const at = lower.indexOf(` ${said}`);
      if (at < 0) continue;
      // "the year 2024", "a limit of 20" are English.
      if (/\b(the|a|an|its|their|my|your)$/.test(lower.slice(0, at).trimEnd())) continue;
      pairs.add(said);
    }
  }
  return pairs.size >= 2 ? [`the request reads arguments out as a form: "${[...pairs].slice(0, 3).join('", "')}"`] : [];
}

/** Words of values, names and periods of one call, for the period it is made for. */
function callPeriods(name: string, args: Record<string, unknown>): string[] {
  const words = [...nameWords(name)];
  const walk = (value: unknown, key: string) => {
    words.push(...nameWords(key));
    if (typeof value === 'string' && value.length <= 40) words.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value !== null && typeof value === 'object') for (const [inner, item] of Object.entries(value)) walk(item, inner);
  };
  for (const [key, value] of Object.entries(args)) walk(value, key);
  return periodsOf(words.join(' '));
}

/**
 * A request whose period is not the call's: it asks for a week and the call is for a month
 * (`get_spots_month`, or `interval: "1month"`), so the data teaches a tool choice or an argument the
 * request contradicts. Judged turn by turn, against the calls made for that turn (an irrelevance
 * request against the withheld tool its known values are for); a request that names no period, or a
 * call that carries none, is not judged.
 */
export function periodMismatch(conversation: Conversation): string[] {
  const problems: string[] = [];
  const judge = (turn: number, name: string, args: Record<string, unknown>) => {
    const carried = callPeriods(name, args);
    if (carried.length === 0) return;
    let text = ` ${conversation.turns[turn]?.user ?? ''} `;
    // The request's values are no words of it ("2025-W01", a value "daily" said as given).
    for (const value of Object.values(args)) if (typeof value === 'string' && value.length >= 2) text = text.split(value).join(' ');
    const asked = periodsOf(text);
    if (asked.length > 0 && !asked.some((period) => carried.includes(period)))
      problems.push(`turn ${turn + 1}: the request asks for a ${asked.join('/')} and ${name} is for a ${carried.join('/')}`);
  };
  for (const call of conversation.calls)
    if (typeof call.arguments === 'object') judge(call.turn, call.name ?? call.chatName, call.arguments);
  if (conversation.task.kind === 'irrelevance') {
    const known = new Map<string, Record<string, unknown>>();
    for (const [key, value] of Object.entries(conversation.task.known ?? {})) {
      const at = key.lastIndexOf('.');
      known.set(key.slice(0, at), { ...(known.get(key.slice(0, at)) ?? {}), [key.slice(at + 1)]: value });
    }
    for (const [name, args] of known) judge(0, name, args);
  }
  return [...new Set(problems)];
}

/**
 * A request that pastes a tool's summary (`COPIED_RUN` words or more of the called tool's description in
 * a row, its values aside: "the readings of the public shared smart meters installed in Germany and
 * available for subservices and exploration"): no person types documentation back to an assistant.
 */
export function pastedSummary(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const call of conversation.calls) {
    const text = conversation.turns[call.turn]?.user ?? '';
    const tool = conversation.tools.get(call.chatName);
    if (text === '' || tool === undefined || typeof call.arguments !== 'object') continue;
    const values = Object.values(call.arguments).flatMap((value) =>
      typeof value === 'string' || typeof value === 'number' ? [String(value)] : [],
    );
    const run = sharedRun(text, summaryOf(tool.description), values);
    if (run.length >= COPIED_RUN)
      problems.push(`turn ${call.turn + 1}: the request pastes the summary of ${call.name ?? call.chatName}: "${run.join(' ')}"`);
  }
  return [...new Set(problems)];
}

/** The prose of the offered tools: their descriptions and their parameters' descriptions. */
function proseOf(conversation: Conversation): string {
  return [...conversation.tools.values()]
    .flatMap((tool) => [
      tool.description ?? '',
      ...Object.values((tool.parameters['properties'] ?? {}) as Record<string, { description?: unknown }>).map((property) =>
        typeof property?.description === 'string' ? property.description : '',
      ),
    ])
    .join(' ');
}

/**
 * What a person never types in a first request (docs/harness.md, `user_request`): a paging cursor or
 * other encoded blob, the value of a secret or paging parameter, or a parameter name used as a word — a
 * raw `camelCase`/`snake_case` name, or an opaque one ("the uniprotkw is BRCA1", "kwha 92 and wh 93").
 */
export function userRequestProblems(conversation: Conversation): string[] {
  const first = conversation.turns[0]?.user ?? '';
  if (first === '') return [];
  const problems: string[] = [];
  const cursor = encodedCursor(first);
  if (cursor !== undefined) problems.push(`the request pastes an encoded cursor: ${cursor}`);
  const lower = first.toLowerCase();
  for (const call of conversation.calls) {
    if (typeof call.arguments !== 'object') continue;
    for (const [name, value] of Object.entries(call.arguments)) {
      if (PLUMBING_PARAMETER.test(name) && typeof value === 'string' && value.length >= 4 && lower.includes(value.toLowerCase()))
        problems.push(`the request gives the ${name} value ${value.slice(0, 24)}`);
    }
  }
  const names = new Set(
    [...conversation.tools.values()].flatMap((tool) => Object.keys((tool.parameters['properties'] ?? {}) as Record<string, unknown>)),
  );
  const prose = proseOf(conversation);
  for (const name of names) {
    if (name.length < 2) continue;
    const raw = /[a-z][A-Z]|[A-Za-z]_[A-Za-z]/.test(name);
    // A word the spec's own prose uses as a word is English to its reader ("tempo", "amplitude", "prophet"), listed or not.
    const opaque =
      /^[a-z]+$/.test(name) &&
      !FIELD_WORDS.has(name) &&
      !readableName(name) &&
      !(name.length >= 5 && new RegExp(`(?<![\\w\`'"])${name}(?![\\w\`'"])`, 'i').test(prose));
    if (!raw && !opaque) continue;
    // As a word of its own: not inside a value ("wh" in "what", "kwha" in an email).
    // As written in the schema (lower case: "ZIP" or "VID" in capitals is an acronym a person types).
    const pattern = new RegExp(`(?<![\\w@./,-])${name.replace(/[^A-Za-z0-9_]/g, '')}(?![\\w@,-]|\\.\\w)`);
    if (pattern.test(first)) problems.push(`the request uses the parameter name "${name}" as a word`);
  }
  problems.push(
    ...formLikeRequest(
      first,
      conversation.calls.filter((call) => call.turn === 0),
    ),
  );
  // Every user turn: no documentation pasted, no path template.
  conversation.turns.forEach((turn, index) => {
    problems.push(...requestWording(turn.user).map((problem) => `turn ${index + 1}: ${problem}`));
    const spec = SPEC_WORDING.exec(turn.user);
    if (spec) problems.push(`turn ${index + 1}: the request pastes the documentation's wording: "${spec[0]}"`);
    const template = PATH_TEMPLATE.exec(turn.user);
    if (template) problems.push(`turn ${index + 1}: the request holds a path template: ${template[1] as string}`);
  });
  problems.push(...periodMismatch(conversation));
  problems.push(...pastedSummary(conversation), ...numberedLabels(conversation), ...resourceLabels(conversation));
  problems.push(...labelledRequest(conversation), ...mismatchedPairings(conversation));
  problems.push(
    ...leftoverGrammar(first, [
      ...new Set([
        ...conversation.calls.flatMap((call) => [call.chatName, call.name ?? '']),
        ...(conversation.task.expectedCalls ?? []).flat().map((call) => call.tool),
      ]),
    ]),
  );
  return [...new Set(problems)];
}
