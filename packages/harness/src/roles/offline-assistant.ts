import {
  emptyUsage,
  type ChatMessage,
  type ChatModel,
  type ChatRequest,
  type ChatResponse,
  type ChatToolCall,
  type PlannedCall,
  type PlannedFault,
  type Task,
  type TokenUsage,
} from '@inftool/core';
import { isResultRef, resolveRefs } from '../tasks/result-refs.js';
import { faultAt } from '../tasks/fault-plan.js';
import { wrongAttempt } from '../tasks/wrong-arguments.js';
import { describeError, refusedArgument, argumentWords, type CallOutcome } from './describe-result.js';
import { spokenArguments } from '@inftool/user-sim';
import { describeTurn } from './describe-turn.js';
import { listing } from './result-facts.js';
import { mixedPick, pick } from './seeded-pick.js';
import { apiSystem, defaultSystem } from './record-units.js';
import { errorResult } from '../run/checks/error-result.js';
import type { ReviewedCall } from '../run/checks/conversation.js';
import { cannotText } from './irrelevance-answer.js';
import { faultQuestion } from './fault-questions.js';
import { namedQuestion, reasonFor } from './missing-question.js';

/** A result that reports failure, read as the reviewer reads it: error text, or a body saying so (`{"status": 404}`). */
function failed(result: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(result);
  } catch {
    data = undefined;
  }
  const call: ReviewedCall = {
    id: '',
    chatName: '',
    arguments: {},
    result,
    ...(data !== undefined ? { data } : {}),
    isError: false,
    rejected: false,
    turn: 0,
    step: 0,
  };
  return /^(the simulated result|faker engine)/.test(result) || errorResult(call) !== undefined;
}

const failedResult = failed;

/** What the assistant says as it retries after a planned fault: several wordings, one chosen per task (`retryText`). */
const RETRY_TEXT: Record<PlannedFault['fault'], readonly string[]> = {
  rate_limited: [
    'The service is rate-limiting requests (429), so I will wait a moment and try again.',
    "That ran into the service's rate limit (429). I'll give it a moment and send it again.",
    'Too many requests reached the service just now (429); let me wait briefly and retry.',
    'The service asked me to slow down (429). Trying again after a short pause.',
  ],
  server_error: [
    'The service had an internal error (500); that is usually temporary, so I will try once more.',
    "Something went wrong on the service's side (500), not with your request. Let me send it once more.",
    'That failed with a server error (500). Those usually pass, so I am retrying.',
    'The service hit an internal error (500); I will try the same request again.',
  ],
  timeout: [
    'The request timed out (504); I will try it again.',
    'The service took too long to answer (504). Let me try that again.',
    "No answer came back in time (504), so I'll send the request once more.",
    'That request timed out on the way (504). Trying again now.',
  ],
  invalid_arguments: ['The service rejected the request; I will try again.'],
  not_found: ['The service found nothing under that identifier.'],
  unavailable: [
    'The service is briefly unavailable (503) and asked to retry in a moment, so I will try again.',
    "The service is temporarily unavailable (503). I'll wait a moment and retry.",
    'The service said it is down for a moment (503); let me try again shortly.',
    'That came back as service unavailable (503), which usually clears quickly, so I am retrying.',
  ],
  wrong_id: ['The service found nothing under that identifier.'],
  out_of_range: ['The service refused the count as too large.'],
  bad_format: ['The service could not read the date as written.'],
};

/** The retry line of `fault` for one task and step: the same task always says it the same way. */
const retryText = (fault: PlannedFault['fault'], seed: string): string => mixedPick(RETRY_TEXT[fault], seed);

/** The arguments of a resolved call still holding a reference to an earlier result (one that did not give the value). */
const unresolvedNames = (call: PlannedCall): string[] =>
  Object.entries(call.arguments).flatMap(([name, value]) => (isResultRef(value) ? [name] : []));

/** What the assistant says instead of a call whose value an earlier, failed request should have given. */
function unresolvedText(names: string[]): string {
  const what = listing([...new Set(names)].map((name) => `the ${argumentWords(name)}`));
  return `I can't do that one yet: it needs ${what} from the earlier request, and that request did not give it. If you tell me ${names.length > 1 ? 'them' : 'it'}, I will go ahead.`;
}

const reply = (content: string | null, toolCalls: ChatToolCall[] = []): ChatResponse => ({
  content,
  toolCalls,
  finishReason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
  usage: { promptTokens: 0, completionTokens: 0 },
  model: 'offline',
  cached: false,
});

/**
 * The model-free assistant: a ChatModel that follows the task's plan, so the same tool-calling loop
 * runs with or without a model. Each user turn it makes the planned calls of the next step (all of
 * them in one message, so parallel steps are parallel); after the results it answers in prose
 * (describe-result). For missing_param it first asks for the withheld value; for irrelevance it says
 * what its tools can and cannot do; for error_recovery it reacts to the planned fault (retry, correct
 * its own arguments, or tell the user plainly).
 */
export class OfflineAssistant implements ChatModel {
  readonly id = 'offline';
  private step = 0;
  private asked = false;
  private calls = 0;
  /** The ids of the calls made for each plan step, to find their results again. */
  private readonly emitted: string[][] = [];
  /** A planned fault met in this step: the failed attempt's id and the call to make instead. */
  private recovery: { fault: PlannedFault; attemptId: string; call: ChatToolCall; note: string } | undefined;
  /** The id of the retry of a planned fault, to say plainly when it failed too. */
  private retried: string | undefined;

  constructor(
    private readonly task: Task,
    private readonly chatName: (tool: string) => string,
  ) {}

  usage(): TokenUsage {
    return emptyUsage();
  }

  private nextId(): string {
    this.calls += 1;
    return `call_${this.calls}`;
  }

  /** A missing_param task's one question, before any call: the values the user has not given. */
  private askMissing(request: ChatRequest): ChatResponse {
    this.asked = true;
    const what = listing(this.task.unknown.map((key) => askedLabel(key, request.tools ?? [])));
    // A search term or a request body is asked for in words ("What should I search for?"), never "the q?" or "the body?".
    const only = this.task.unknown.length === 1 ? (this.task.unknown[0] as string) : undefined;
    const search = only === undefined ? undefined : plainQuestion(only, request.tools ?? [], true);
    // Else the value named in words with why it is needed ("Which post do you mean? I need its key to get the post.").
    const named = only === undefined || search !== undefined ? undefined : namedQuestionFor(only, what, request.tools ?? [], this.task.id);
    const tool = request.tools?.find((offered) => offered.name === only?.slice(0, only.indexOf('.')));
    const why = tool === undefined ? undefined : reasonFor(tool, request.tools ?? []);
    const searched = search === undefined || why === undefined ? search : `${search} I need it ${why}.`;
    const asked = searched ?? named ?? (only === undefined ? undefined : plainQuestion(only, request.tools ?? []));
    if (asked !== undefined) return reply(asked);
    // Seeded by the task, so the same task asks the same way; every form is a question.
    return reply(
      pick(
        [
          `Before I do that, could you tell me the ${what}?`,
          `Happy to help with that. What is the ${what}?`,
          `I need one more detail first: which ${what} should I use?`,
          `Sure. Could you give me the ${what}? I need it to go ahead.`,
          `Of course. What ${what} do you have in mind?`,
          `I can do that once I know the ${what}. What is it?`,
          `One thing is missing: the ${what}. Could you send it?`,
          `Which ${what} do you want me to use?`,
          `Got it. To go ahead I need the ${what}; what should it be?`,
          `Could you let me know the ${what} first?`,
        ],
        this.task.id,
      ),
    );
  }

  /** The chat call for one planned call, or, where the task plans a fault on it, the attempt that meets the fault. */
  private attemptOf(call: PlannedCall, resolved: PlannedCall, step: number, index: number, request: ChatRequest): ChatToolCall {
    const chatCall = { id: this.nextId(), name: this.chatName(call.tool), arguments: JSON.stringify(resolved.arguments) };
    const fault = faultAt(this.task, step, index);
    if (!fault) return chatCall;
    let note = retryText(fault.fault, `${this.task.id}:${step}`);
    let attempt = chatCall;
    if (fault.recovery === 'correct') {
      const schema = request.tools?.find((tool) => tool.name === chatCall.name)?.parameters as Record<string, unknown> | undefined;
      const wrong = schema ? wrongAttempt(resolved.arguments, schema) : undefined;
      if (wrong) {
        attempt = { ...chatCall, arguments: JSON.stringify(wrong.arguments) };
        note = `I ${wrong.mistake}; I will ${wrong.fix} and try again.`;
      }
    }
    this.recovery = { fault, attemptId: attempt.id, call: chatCall, note };
    return attempt;
  }

  async complete(request: ChatRequest): Promise<ChatResponse> {
    const last = request.messages.at(-1);
    if (last?.role === 'tool') return this.afterResults(request);
    if (this.task.kind === 'irrelevance') return reply(cannotText(this.task, request.tools ?? []));
    if (this.task.kind === 'missing_param' && !this.asked && this.task.unknown.length > 0) return this.askMissing(request);
    const planned = this.task.expectedCalls?.[this.step] ?? [];
    const step = this.step;
    this.step += 1;
    if (planned.length === 0) return reply('There is nothing more to do.');
    // An argument that refers to an earlier result takes the value that result holds.
    const results = new Map(
      request.messages.flatMap((message) => (message.role === 'tool' ? [[message.tool_call_id, message.content] as const] : [])),
    );
    const lookup = (turn: number, call: number) => results.get(this.emitted[turn]?.[call] ?? '');
    const resolvedCalls = planned.map((call) => resolveRefs(call, lookup));
    // A value only an earlier result holds, which that result did not give (the call failed): never sent as a placeholder.
    const missing = resolvedCalls.flatMap((call) => unresolvedNames(call));
    if (missing.length > 0) {
      this.emitted[step] = [];
      return reply(unresolvedText(missing));
    }
    const calls = planned.map((call, index) => this.attemptOf(call, resolvedCalls[index] as PlannedCall, step, index, request));
    this.emitted[step] = calls.map((call) => call.id);
    return reply(null, calls);
  }

  /** After the tool results: react to a planned fault, else answer in prose. */
  private afterResults(request: ChatRequest): ChatResponse {
    const recovery = this.recovery;
    const failed = recovery
      ? request.messages.find((message) => message.role === 'tool' && message.tool_call_id === recovery.attemptId)
      : undefined;
    this.recovery = undefined;
    const outcomes = this.outcomes(request);
    if (recovery && failed?.role === 'tool' && /^Error|^\d{3} |Invalid arguments/.test(failed.content)) {
      // An id the service does not know (404): the user is asked to check it; the corrected call is the next step.
      if (recovery.fault.recovery === 'ask') {
        const failure = outcomes.find((outcome) => outcome.isError);
        return reply(faultQuestion(recovery.fault.fault, failed.content, failure, this.task.id));
      }
      // A change that timed out may still have been made: it is not sent again without the user's word.
      if (recovery.fault.recovery === 'report' && recovery.fault.fault === 'timeout') {
        const failure = outcomes.find((outcome) => outcome.isError);
        const could = failure ? describeError(failure) : 'The request timed out (504).';
        return reply(
          `${could} The change may still have gone through before the timeout, so I have not sent it again, to avoid making it twice. Could you check whether it was made? If not, I will try once more.`,
        );
      }
      if (recovery.fault.recovery !== 'report') {
        const again = { ...recovery.call, id: this.nextId() };
        this.retried = again.id;
        const index = this.emitted[this.step - 1]?.indexOf(recovery.attemptId) ?? -1;
        if (index >= 0) (this.emitted[this.step - 1] as string[])[index] = again.id;
        return reply(recovery.note, [again]);
      }
      const other = outcomes.filter((outcome) => !outcome.isError);
      const failure = outcomes.find((outcome) => outcome.isError);
      const refused = failure ? refusedArgument(failure) : undefined;
      const ask = refused
        ? `Could you check the ${argumentWords(refused.name)} and tell me the right one? Then I will try again.`
        : 'This needs a change on your side; could you check the request? Then I will try again.';
      const plain = failure ? `${describeError(failure)} ${ask}` : 'I could not complete that request.';
      return reply(other.length > 0 ? `${describeTurn(other)} ${plain}` : plain);
    }
    const retried = this.retried;
    this.retried = undefined;
    const retry =
      retried === undefined ? undefined : request.messages.find((message) => message.role === 'tool' && message.tool_call_id === retried);
    // The retry failed as well: said plainly, and no third attempt.
    if (retry?.role === 'tool' && failedResult(retry.content))
      return reply(
        `I tried once more, but that attempt failed too. ${describeTurn(outcomes)} It is probably temporary; you could ask me again in a little while.`,
      );
    return reply(describeTurn(outcomes));
  }

  /** This user turn's calls with their results; a failed attempt later made again is left out. */
  private outcomes(request: ChatRequest): CallOutcome[] {
    const start = request.messages.findLastIndex((message) => message.role === 'user');
    const turn = request.messages.slice(start + 1);
    const asked = request.messages[start];
    let words = asked?.role === 'user' && typeof asked.content === 'string' ? asked.content : undefined;
    // A reply to the assistant's question ("Provider is apis.guru.") completes the request before it.
    const question = request.messages[start - 1];
    const before = request.messages[start - 2];
    if (
      words !== undefined &&
      question?.role === 'assistant' &&
      !question.tool_calls?.length &&
      /\?\s*$/.test(question.content ?? '') &&
      before?.role === 'user' &&
      typeof before.content === 'string'
    )
      words = `${before.content} ${words}`;
    const results = new Map(turn.flatMap((message) => (message.role === 'tool' ? [[message.tool_call_id, message.content] as const] : [])));
    const descriptions = new Map((request.tools ?? []).map((tool) => [tool.name, tool.description]));
    const schemas = new Map((request.tools ?? []).map((tool) => [tool.name, tool.parameters]));
    const shared = apiSystem(request.tools ?? []);
    const made = turn.flatMap((message: ChatMessage) => (message.role === 'assistant' ? (message.tool_calls ?? []) : []));
    const outcomes = made.map((call) => {
      const result = results.get(call.id) ?? '';
      let args: Record<string, unknown> = {};
      try {
        args = JSON.parse(call.function.arguments) as Record<string, unknown>;
      } catch {
        // described without its arguments
      }
      const description = descriptions.get(call.function.name);
      // A tool with no `units` parameter of its own reports in its API's default system.
      const own = schemas.get(call.function.name) as { properties?: Record<string, unknown> } | undefined;
      const unitless = !Object.keys(own?.properties ?? {}).some((name) => /^(units?|unit_?group|unit_?system)$/i.test(name));
      const system = defaultSystem(own, args) ?? (unitless ? shared : undefined);
      return {
        tool: this.toolName(call.function.name),
        ...(description ? { description } : {}),
        arguments: args,
        result,
        isError: failed(result),
        ...(words !== undefined ? { request: words } : {}),
        ...(system !== undefined ? { system } : {}),
      };
    });
    return outcomes.filter(
      (outcome, index) => !(outcome.isError && outcomes.slice(index + 1).some((later) => later.tool === outcome.tool)),
    );
  }

  private toolName(chatName: string): string {
    return this.task.tools.find((tool) => this.chatName(tool) === chatName) ?? chatName;
  }
}

/** `namedQuestion` for a withheld `tool.parameter` key, with the tool as it was offered. */
function namedQuestionFor(
  key: string,
  label: string,
  tools: ReadonlyArray<{ name: string; description?: string; parameters?: unknown }>,
  seed: string,
) {
  const tool = tools.find((offered) => offered.name === key.slice(0, key.indexOf('.')));
  return tool === undefined ? undefined : namedQuestion(label, key.slice(key.indexOf('.') + 1), tool, seed, tools);
}

/** The question for a search term or (unless `searchOnly`) an unnamed body (`q`, `body`: "list of strings to search for"), else undefined. */
function plainQuestion(key: string, tools: ReadonlyArray<{ name: string; parameters?: unknown }>, searchOnly = false): string | undefined {
  const tool = key.slice(0, key.indexOf('.'));
  const name = key.slice(key.indexOf('.') + 1);
  const schema = tools.find((offered) => offered.name === tool)?.parameters as
    { properties?: Record<string, { description?: unknown }> } | undefined;
  const description = String(schema?.properties?.[name]?.description ?? '').toLowerCase();
  // A value named for a thing ("city": "City search.") is asked for by that name, not as a search term.
  const named = /^(city|country|state|region|location|place|zip|postal_?code|address|name|id|key)$/i.test(name);
  if (
    /^(q|query|search|term|terms|keywords?|text|search[-_]?term|phrase)$/i.test(name) ||
    (!named && /\bsearch(ing)?\b|\bquery\b/.test(description))
  )
    return pick(
      ['What should I search for?', 'Sure. Which search terms should I use?', 'Happy to. What would you like me to look for?'],
      key,
    );
  if (!searchOnly && /^(body|data|payload|input|request|params|content)$/i.test(name))
    return pick(
      ['Sure. What exactly should I send? I need the details to go ahead.', 'Happy to. Which details should I send with the request?'],
      key,
    );
  return undefined;
}

/**
 * A withheld value's name as a question says it: the user simulator's label (`num1`, "The first number." →
 * "number 1"; `uniprotkw` → "UniProt keyword"), else the name in words.
 */
function askedLabel(key: string, tools: readonly { name: string; parameters?: unknown }[]): string {
  const tool = key.slice(0, key.indexOf('.'));
  const name = key.slice(key.indexOf('.') + 1);
  const schema = tools.find((offered) => offered.name === tool)?.parameters as Record<string, unknown> | undefined;
  const label = spokenArguments({ [name]: 'x' }, schema)[0]?.label;
  return label !== undefined && label !== name
    ? label.replace(/\b(id|sid|uuid|url|uri|api)\b/g, (word) => word.toUpperCase())
    : argumentWords(name);
}
