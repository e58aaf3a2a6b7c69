import type { ChatMessage, PlannedCall, Task, Trajectory } from '@inftool/core';
import { bfclFunctionDocs as docsOf, checkCalls, type DecodedCall, type ExpectedCall } from '../bfcl-checker.js';
import { isResultRef, resolveRefs } from '../../tasks/result-refs.js';
import { REPORTS_FAILURE } from '../../run/checks/final-answer.js';
import type { WorldTables } from '@inftool/sim-server';
import type { TurnWireRecord } from './session-server.js';
import { servedCalls, type ServedCall } from './served-calls.js';
import { compareWorlds } from './world-state.js';
import { askedThroughElicitation, scoreElicitations } from './score-elicitation.js';
import type { AgentFailure } from './agent-process.js';
import type { ElicitationAnswer, ElicitationRequest } from '@inftool/user-sim';

/** Why a session ended early: the agent's failure, or the user simulator's (its model gave no usable answer). */
export type SessionFailure = AgentFailure | 'user_failed';

/** A server's question the agent relayed to the user during `turn`, and what the user answered. */
export interface RelayedQuestion {
  turn: number;
  request: ElicitationRequest;
  answer: ElicitationAnswer;
}

/** One user turn as it was played. */
export interface PlayedTurn {
  user: string;
  /** The agent's reply; absent when it failed this turn. */
  reply?: string;
  /** How long the agent took to reply (ms). */
  ms: number;
}

export interface PlayedSession {
  task: Task;
  tools: Trajectory['tools'];
  wire: readonly TurnWireRecord[];
  turns: PlayedTurn[];
  /** The agent failed (crashed, silent, wrote garbage), or the user simulator did (`user_failed`): why. */
  failure?: { kind: SessionFailure; reason: string };
  /** The server's questions the agent relayed to the user (`{"role":"elicitation"}` lines), with the user's answers. */
  relays?: RelayedQuestion[];
  /** How the conversation ended (the user simulator's reason, or the turn limit). */
  endReason: string;
  /** The world as the plan leaves it and as the session left it (no `world` score without them). */
  worlds?: { plan: WorldTables; session: WorldTables };
}

/** The scores of a session: each 0–1 with the reasons it lost, or absent where it does not apply. */
export interface SessionScores {
  /** The agent answered every turn (no crash, no silence, no garbage). */
  completed: number;
  /** Calls against the plan, step by step, by the BFCL checker's strict rules; irrelevance: nothing called. */
  calls?: number;
  /** missing_param: the agent asked for the missing information before calling. */
  asked?: number;
  /** error_recovery: the planned faults were met and handled (retried, reported or asked about). */
  faults?: number;
  /** The world's end state agrees with the plan's: the share of changed records that end as the plan leaves them; absent when neither changed anything. */
  world?: number;
  /** The final answer states values of the results it rests on (irrelevance: any non-empty answer); absent when the agent failed. */
  answer?: number;
  /** The server's questions (MCP elicitation) answered as the user would have it; absent when the server asked none. */
  elicitation?: number;
}

export type ScoreName = keyof SessionScores;
export const SCORE_NAMES: readonly ScoreName[] = ['completed', 'calls', 'asked', 'faults', 'world', 'answer', 'elicitation'];

export interface SessionVerdict {
  scores: SessionScores;
  /** Every applicable score is 1. */
  passed: boolean;
  /** Why each lost score was lost: `calls: step 1: …`. */
  reasons: string[];
  calls: ServedCall[];
  /** Tools of the plan's steps that went wrong (or whose planned fault was not handled): the report's worst tools. */
  failedTools: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Expected calls in BFCL's possible-answer form: every planned value the only accepted one. */
function asExpected(calls: PlannedCall[]): ExpectedCall[] {
  return calls.map((call) => ({ [call.tool]: Object.fromEntries(Object.entries(call.arguments).map(([name, value]) => [name, [value]])) }));
}

const show = (call: { name?: string; tool?: string; arguments: Record<string, unknown> }): string =>
  `${call.name ?? call.tool ?? ''}(${JSON.stringify(call.arguments)})`;

/** The failed first attempts the plan's faults account for (the first call of the faulted tool in its step's turn). */
function plannedAttempts(task: Task, callTurns: ServedCall[][]): Map<ServedCall, PlannedFaultOf> {
  const attempts = new Map<ServedCall, PlannedFaultOf>();
  for (const fault of task.faults ?? []) {
    const tool = task.expectedCalls?.[fault.turn]?.[fault.call]?.tool;
    const first = callTurns[fault.turn]?.find((call) => call.name === tool);
    if (first && first.isError) attempts.set(first, fault);
  }
  return attempts;
}

/**
 * The failed attempts the calls score leaves out: a retried (or corrected) planned failure, whose
 * later call stands for the step. An attempt never retried stays the step's call (the faults score
 * judges the missing recovery), and a `not_found` attempt is the plan's own call (the user's mistyped
 * value; the corrected call is the next step).
 */
function replacedAttempts(attempts: ReadonlyMap<ServedCall, PlannedFaultOf>, calls: readonly ServedCall[]): Set<ServedCall> {
  const replaced = new Set<ServedCall>();
  for (const [attempt, fault] of attempts) {
    if (fault.recovery !== 'retry' && fault.recovery !== 'correct') continue;
    if (calls.some((call) => call.turn === attempt.turn && call.name === attempt.name && calls.indexOf(call) > calls.indexOf(attempt)))
      replaced.add(attempt);
  }
  return replaced;
}

/** Scalar values of a result (strings of two characters or more, numbers), a few levels deep. */
export function resultValues(data: unknown, depth = 0, into: string[] = []): string[] {
  if (depth > 4 || into.length > 200) return into;
  if (typeof data === 'string') {
    if (data.trim().length > 1) into.push(data.trim());
  } else if (typeof data === 'number' && Number.isFinite(data)) {
    into.push(String(data));
    if (Math.abs(data) >= 1000) into.push(data.toLocaleString('en-US'));
  } else if (Array.isArray(data)) for (const item of data.slice(0, 20)) resultValues(item, depth + 1, into);
  else if (isRecord(data)) for (const value of Object.values(data)) resultValues(value, depth + 1, into);
  return into;
}

function states(answer: string, values: readonly string[]): boolean {
  const lower = answer.toLowerCase();
  return values.some((value) => lower.includes(value.toLowerCase()));
}

/**
 * Scores one session from the server's record of it (docs/eval.md, "inftool eval agent"): what the
 * agent called is read from the JSON-RPC wire the task's server saw, never from the agent's own account.
 */
export function scoreSession(session: PlayedSession): SessionVerdict {
  const reasons: string[] = [];
  const calls = servedCalls(session.wire);
  const byTurn: ServedCall[][] = Array.from({ length: Math.max(session.turns.length, ...calls.map((call) => call.turn + 1)) }, () => []);
  for (const call of calls) byTurn[call.turn]!.push(call);
  const callTurns = byTurn.filter((turn) => turn.length > 0);
  const failedTools = new Set<string>();
  const lose = (score: ScoreName, reason: string, tools: readonly string[] = []): void => {
    reasons.push(`${score}: ${reason}`);
    for (const tool of tools) failedTools.add(tool);
  };

  const completed = session.failure ? 0 : 1;
  if (session.failure) lose('completed', `${session.failure.kind}: ${session.failure.reason}`);
  // The user simulator failed: the conversation broke off for a reason not the agent's, so nothing else is judged.
  if (session.failure?.kind === 'user_failed') return { scores: { completed }, passed: false, reasons, calls, failedTools: [] };

  const attempts = plannedAttempts(session.task, callTurns);
  const scoring: Scoring = {
    session,
    task: session.task,
    calls,
    callTurns,
    attempts,
    replaced: replacedAttempts(attempts, calls),
    scores: { completed, answer: 0 },
    lose,
  };
  scoreCalls(scoring);
  scoreAsked(scoring);
  scoreFaults(scoring);
  scoreWorld(scoring);
  scoreAnswer(scoring);
  scoreElicitation(scoring);

  const { scores } = scoring;
  const applicable = SCORE_NAMES.flatMap((name) => (scores[name] === undefined ? [] : [scores[name]]));
  return { scores, passed: applicable.every((score) => score === 1), reasons, calls, failedTools: [...failedTools] };
}

/** One session being scored: what the server saw, and the scores and reasons so far. */
interface Scoring {
  session: PlayedSession;
  task: Task;
  calls: ServedCall[];
  /** The calls of each turn that made any. */
  callTurns: ServedCall[][];
  attempts: Map<ServedCall, PlannedFaultOf>;
  replaced: Set<ServedCall>;
  scores: SessionScores;
  /** Records why `score` lost, and the tools to blame. */
  lose: (score: ScoreName, reason: string, tools?: readonly string[]) => void;
}

type PlannedFaultOf = NonNullable<Task['faults']>[number];

/** Calls against the plan (irrelevance: nothing called). */
function scoreCalls(scoring: Scoring): void {
  const { task, calls, callTurns, scores, lose } = scoring;
  if (task.kind === 'irrelevance') {
    scores.calls = calls.length === 0 ? 1 : 0;
    if (calls.length > 0) lose('calls', `no offered tool fits the request, but the agent called ${calls.map(show).join(', ')}`);
    return;
  }
  const expected = task.expectedCalls ?? [];
  if (expected.length === 0) return;
  const right = expected.filter((step, index) => stepRight(scoring, step, index)).length;
  const extra = Math.max(0, callTurns.length - expected.length);
  if (extra > 0)
    lose('calls', `calls in ${extra} turn(s) the plan has none for: ${callTurns.slice(expected.length).flat().map(show).join(', ')}`);
  scores.calls = right / (expected.length + extra);
}

/** Whether the calls of step `index` are the planned ones by the BFCL checker's strict rules (and, multi-turn, none failed). */
function stepRight({ session, task, callTurns, replaced, lose }: Scoring, step: PlannedCall[], index: number): boolean {
  const lookup = (turn: number, at: number) => callTurns[turn]?.filter((call) => !replaced.has(call))[at]?.text;
  const made = (callTurns[index] ?? []).filter((call) => !replaced.has(call));
  const resolved = step.map((call) => (Object.values(call.arguments).some(isResultRef) ? resolveRefs(call, lookup) : call));
  const label = (task.expectedCalls?.length ?? 0) > 1 ? `step ${index + 1}: ` : '';
  const stepTools = resolved.map((call) => call.tool);
  if (made.length === 0) {
    lose('calls', `${label}expected ${resolved.map(show).join(', ')}, but nothing was called`, stepTools);
    return false;
  }
  const verdict = checkCalls(
    made.map((call): DecodedCall => ({ [call.name]: call.arguments })),
    asExpected(resolved),
    docsOf(session.tools),
    task.kind,
    { strict: true },
  );
  // A multi-turn step also wants the world to have answered as planned (an error result does not count).
  const failed = task.kind === 'multi_turn' ? made.find((call) => call.isError) : undefined;
  if (verdict.valid && !failed) return true;
  if (failed) lose('calls', `${label}${show(failed)} failed on the server: ${failed.text.slice(0, 160)}`, stepTools);
  else
    lose(
      'calls',
      `${label}${verdict.valid ? '' : verdict.error}; expected ${resolved.map(show).join(', ')}, got ${made.map(show).join(', ')}`,
      stepTools,
    );
  return false;
}

/** missing_param: a question before the first call. */
function scoreAsked({ session, task, calls, scores, lose }: Scoring): void {
  if (task.kind !== 'missing_param') return;
  const firstCallTurn = calls[0]?.turn ?? Number.POSITIVE_INFINITY;
  const asked =
    session.turns.some((turn, index) => index < firstCallTurn && (turn.reply ?? '').includes('?')) ||
    askedThroughElicitation(calls[0], session.relays ?? []);
  scores.asked = asked ? 1 : 0;
  if (!asked)
    lose(
      'asked',
      calls[0]
        ? `the agent called ${show(calls[0])} before asking for ${task.unknown.join(', ') || 'the missing information'}`
        : `the agent never asked for ${task.unknown.join(', ') || 'the missing information'}`,
    );
}

/** error_recovery: each planned fault met and handled. */
function scoreFaults(scoring: Scoring): void {
  const { task, scores } = scoring;
  if (task.kind !== 'error_recovery' || (task.faults?.length ?? 0) === 0) return;
  const handled = (task.faults ?? []).filter((fault) => faultHandled(scoring, fault)).length;
  scores.faults = handled / (task.faults?.length ?? 1);
}

/** Whether the agent met the planned fault and recovered as planned (retried, asked, reported, corrected). */
function faultHandled({ session, task, callTurns, attempts, lose }: Scoring, fault: PlannedFaultOf): boolean {
  const tool = task.expectedCalls?.[fault.turn]?.[fault.call]?.tool ?? 'the planned tool';
  const turnCalls = callTurns[fault.turn] ?? [];
  const attempt = [...attempts].find(([, planned]) => planned === fault)?.[0];
  if (!attempt) {
    lose('faults', `the planned ${fault.fault} on ${tool} was never met: the agent did not call ${tool} in that step`, [tool]);
    return false;
  }
  const reply = session.turns[attempt.turn]?.reply ?? '';
  const calledAgain = () => turnCalls.some((call) => call !== attempt && call.name === tool && !call.isError);
  const [handled, failure] =
    fault.recovery === 'retry'
      ? [calledAgain(), `${tool} failed with the planned ${fault.fault} and the agent did not call it again successfully`]
      : fault.recovery === 'ask'
        ? [reply.includes('?'), `${tool} refused the value the user gave (${fault.fault}), and the agent did not ask the user about it`]
        : fault.recovery === 'report'
          ? [REPORTS_FAILURE.test(reply), `${tool} failed with the planned ${fault.fault} and the agent's reply does not say so`]
          : [calledAgain(), `${tool} rejected the arguments and the agent did not send corrected ones`];
  if (!handled) lose('faults', failure, [tool]);
  return handled;
}

/** The world's end state against the plan's. */
function scoreWorld({ session, scores, lose }: Scoring): void {
  const world = session.worlds ? compareWorlds(session.worlds.plan, session.worlds.session) : undefined;
  if (!world) return;
  scores.world = world.score;
  for (const reason of world.reasons) lose('world', reason);
}

/** The final answer: it states what the results it rests on say. */
function scoreAnswer({ session, task, callTurns, scores, lose }: Scoring): void {
  const answered = session.turns.filter((turn) => turn.reply !== undefined);
  const last = answered.at(-1)?.reply?.trim() ?? '';
  if (session.failure) {
    delete scores.answer; // `completed` already says why there is no final answer
    return;
  }
  if (last === '' || task.kind === 'irrelevance') {
    if (last === '') lose('answer', 'the final answer is empty');
    else scores.answer = 1;
    return;
  }
  // The results of the last turn that made calls, the successful ones: the answer should state them.
  // When every call of that turn failed, the answer should say that something failed.
  const lastTurn = callTurns.at(-1) ?? [];
  const lastCalls = lastTurn.filter((call) => !call.isError);
  const missing = lastCalls.filter((call) => {
    const values = resultValues(call.data ?? call.text);
    return values.length > 0 && !states(last, values);
  });
  const judged = lastCalls.filter((call) => resultValues(call.data ?? call.text).length > 0);
  if (lastTurn.length > 0 && lastCalls.length === 0) {
    scores.answer = REPORTS_FAILURE.test(last) ? 1 : 0;
    if (scores.answer === 0)
      lose('answer', `every call of the last step failed (${lastTurn.map(show).join(', ')}) and the final answer does not say so`);
  } else if (judged.length === 0) scores.answer = 1;
  else {
    scores.answer = (judged.length - missing.length) / judged.length;
    for (const call of missing) lose('answer', `the final answer states no value of the result of ${show(call)}`);
  }
}

/** The server's questions to the agent's client (elicitation): answered as the user would have it. */
function scoreElicitation({ session, calls, scores, lose }: Scoring): void {
  const elicited = scoreElicitations(
    calls,
    session.relays ?? [],
    session.turns.map((turn) => turn.user),
  );
  if (elicited.score !== undefined) scores.elicitation = elicited.score;
  for (const reason of elicited.reasons) lose('elicitation', reason);
}

/** The session as chat messages, rebuilt from the server's record: what the viewer and the exports read. */
export function sessionMessages(session: PlayedSession, calls: readonly ServedCall[]): ChatMessage[] {
  const messages: ChatMessage[] = [];
  session.turns.forEach((turn, index) => {
    messages.push({ role: 'user', content: turn.user });
    const turnCalls = calls.filter((call) => call.turn === index);
    const steps = [...new Set(turnCalls.map((call) => call.step))];
    for (const step of steps) {
      const stepCalls = turnCalls.filter((call) => call.step === step);
      const ids = stepCalls.map((call, position) => `call_${index}_${step}_${position}`);
      messages.push({
        role: 'assistant',
        content: null,
        tool_calls: stepCalls.map((call, position) => ({
          id: ids[position] as string,
          type: 'function' as const,
          function: { name: call.name, arguments: JSON.stringify(call.sent ?? call.arguments) },
        })),
      });
      stepCalls.forEach((call, position) => messages.push({ role: 'tool', tool_call_id: ids[position] as string, content: call.text }));
    }
    if (turn.reply !== undefined) messages.push({ role: 'assistant', content: turn.reply });
  });
  return messages;
}
