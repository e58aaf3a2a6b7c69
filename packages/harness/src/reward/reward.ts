import { parseJsonObject, type ChatMessage, type PlannedCall, type SchemaValidator, type Task } from '@inftool/core';
import { bfclFunctionDocs, checkCalls, type DecodedCall, type ExpectedCall } from '../eval/bfcl-checker.js';
import { isResultRef, resolveRefs } from '../tasks/result-refs.js';

/**
 * The gated composite reward (documented in docs/eval.md):
 *
 *   total = w_format · format + w_execution · execution + [execution = 1] · w_reasoning · reasoning
 *
 * - format ∈ [0, 1]: the share of the assistant's tool calls that parse as a JSON object, name an
 *   offered tool and validate against its inputSchema (1 when no call was made).
 * - execution ∈ [0, 1]: the share of planned steps whose calls match the task's expected calls under
 *   the BFCL checker's rules (multi-turn: and whose results the server did not mark as errors — `isError`
 *   on the wire, passed in as `errors` — i.e. the world answered as the plan expects); irrelevance: 1 when nothing was called; where nothing is expected, a judge's
 *   score is used if given, else it is unknown and counts 0.
 * - reasoning ∈ [0, 1]: a judge's score if given, else offline rules (every turn ends in a non-empty
 *   answer; the last answer uses a value from a tool result when there was one; no question left
 *   unanswered). It counts only when execution is fully right: the gate.
 */
export interface RewardWeights {
  format: number;
  execution: number;
  reasoning: number;
}

export const DEFAULT_WEIGHTS: RewardWeights = { format: 0.2, execution: 0.6, reasoning: 0.2 };

export type RewardParts = {
  format: number;
  execution: number;
  reasoning: number;
  /** 1 when the reasoning part counted (execution fully right), else 0. */
  gate: number;
  total: number;
};

export interface RolloutInput {
  task: Task;
  /** The tools offered, as the model saw them. */
  tools: Array<{ name: string; description?: string; parameters: Record<string, unknown> }>;
  messages: ChatMessage[];
  /** Ids of the tool calls whose result the server marked as an error (`isError` on the wire, or a call that never reached it). */
  errors?: string[];
  /** Judge scores in [0, 1], where a judge was asked. */
  judged?: { execution?: number; reasoning?: number };
}

type ToolMessage = Extract<ChatMessage, { role: 'tool' }>;

function callsByTurn(messages: ChatMessage[]): Array<Array<{ id: string; name: string; arguments: string; result?: string }>> {
  const turns: Array<Array<{ id: string; name: string; arguments: string; result?: string }>> = [];
  const results = new Map(
    messages.filter((message): message is ToolMessage => message.role === 'tool').map((message) => [message.tool_call_id, message.content]),
  );
  for (const message of messages) {
    if (message.role === 'user') turns.push([]);
    if (message.role === 'assistant')
      for (const call of message.tool_calls ?? [])
        turns.at(-1)?.push({ id: call.id, name: call.function.name, arguments: call.function.arguments, result: results.get(call.id) });
  }
  return turns;
}

/** Expected calls in BFCL's possible-answer form: every planned value the only accepted one. */
function asExpected(calls: PlannedCall[]): ExpectedCall[] {
  return calls.map((call) => ({ [call.tool]: Object.fromEntries(Object.entries(call.arguments).map(([name, value]) => [name, [value]])) }));
}

type Call = ReturnType<typeof callsByTurn>[number][number];

/** The share of calls to an offered tool with arguments that are a JSON object valid against its schema. */
function formatScore(input: RolloutInput, calls: readonly Call[], validator: SchemaValidator): number {
  const tools = new Map(input.tools.map((tool) => [tool.name, tool]));
  const wellFormed = calls.filter((call) => {
    const tool = tools.get(call.name);
    const parsed = parseJsonObject(call.arguments.trim() === '' ? '{}' : call.arguments);
    return tool !== undefined && parsed.success && validator.validate(tool.parameters, parsed.value).valid;
  }).length;
  return calls.length === 0 ? 1 : wellFormed / calls.length;
}

/**
 * The share of planned steps the calls got right, by BFCL's strict checker; turns with calls beyond
 * the plan count against it. Irrelevance wants no call; without a plan, the judges' figure.
 */
function executionScore(input: RolloutInput, turns: readonly Call[][], calls: readonly Call[]): number {
  const expected = input.task.expectedCalls;
  if (input.task.kind === 'irrelevance') return calls.length === 0 ? 1 : 0;
  if (!expected || expected.length === 0) return input.judged?.execution ?? 0;
  const docs = bfclFunctionDocs(input.tools);
  // Calls are compared per planned step; a missing_param task's first turn is the question, so steps
  // are aligned with the turns that made calls.
  const callTurns = turns.filter((turn) => turn.length > 0);
  const lookup = (turn: number, index: number) => callTurns[turn]?.[index]?.result;
  const failed = new Set(input.errors ?? []);
  let right = 0;
  expected.forEach((step, index) => {
    const made = (callTurns[index] ?? []).map((call): DecodedCall => {
      const parsed = parseJsonObject(call.arguments);
      return { [call.name]: parsed.success ? parsed.value : {} };
    });
    const resolved = step.map((call) => (Object.values(call.arguments).some(isResultRef) ? resolveRefs(call, lookup) : call));
    // Multi-turn also wants the world to have answered as the plan expects: a step whose result is an
    // error (a 404 for an id that should exist, an invalid call) does not count.
    const worldOk = input.task.kind !== 'multi_turn' || (callTurns[index] ?? []).every((call) => !failed.has(call.id));
    // The strict reading: a task's steps are judged as one set of calls whatever its kind, and by the doc's types.
    if (worldOk && checkCalls(made, asExpected(resolved), docs, input.task.kind, { strict: true }).valid) right += 1;
  });
  const extraTurns = Math.max(0, callTurns.length - expected.length);
  return right / (expected.length + extraTurns);
}

/**
 * The judges' reasoning figure, else three rules: every user turn got an answer, the last answer is
 * not empty, and it states a value of the results.
 */
function reasoningScore(input: RolloutInput, turns: readonly Call[][], calls: readonly Call[]): number {
  if (input.judged?.reasoning !== undefined) return input.judged.reasoning;
  const answers = input.messages.filter(
    (message): message is Extract<ChatMessage, { role: 'assistant' }> =>
      message.role === 'assistant' && (message.tool_calls?.length ?? 0) === 0,
  );
  const last = answers.at(-1)?.content ?? '';
  const resultValues = calls.flatMap((call) => {
    const parsed = parseJsonObject(call.result ?? '');
    return parsed.success
      ? Object.values(parsed.value)
          .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
          .map(String)
      : [];
  });
  const rules = [
    turns.length > 0 && answers.length >= turns.length ? 1 : 0, // every user turn got an answer
    last.trim() !== '' ? 1 : 0,
    resultValues.length === 0 || resultValues.some((value) => value.length > 1 && last.includes(value)) ? 1 : 0,
  ];
  return rules.reduce((total, rule) => total + rule, 0) / rules.length;
}

export function computeReward(input: RolloutInput, validator: SchemaValidator, weights: RewardWeights = DEFAULT_WEIGHTS): RewardParts {
  const turns = callsByTurn(input.messages);
  const calls = turns.flat();
  const format = formatScore(input, calls, validator);
  const execution = executionScore(input, turns, calls);
  const reasoning = reasoningScore(input, turns, calls);
  const gate = execution === 1 ? 1 : 0;
  const total = weights.format * format + weights.execution * execution + gate * weights.reasoning * reasoning;
  return { format, execution, reasoning, gate, total: Number(total.toFixed(6)) };
}

/** Group-relative advantages (GRPO): each reward minus the group mean, over the group's standard deviation. */
export function groupAdvantages(rewards: number[], epsilon = 1e-6): number[] {
  if (rewards.length === 0) return [];
  const mean = rewards.reduce((total, reward) => total + reward, 0) / rewards.length;
  const std = Math.sqrt(rewards.reduce((total, reward) => total + (reward - mean) ** 2, 0) / rewards.length);
  return rewards.map((reward) => (reward - mean) / (std + epsilon));
}
