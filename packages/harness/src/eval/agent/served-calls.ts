import { parseJsonText } from '@inftool/core';
import type { TurnWireRecord } from './session-server.js';

/** One tools/call the server received, with its answer. */
export interface ServedCall {
  /** The JSON-RPC id on the wire. */
  id: string | number;
  turn: number;
  /** Calls sent before any answer to the step's earlier calls arrived share a step (parallel calls). */
  step: number;
  name: string;
  arguments: Record<string, unknown>;
  /** `isError` in the result, a JSON-RPC error, or no answer at all. */
  isError: boolean;
  /** The result's text (or the JSON-RPC error's message). */
  text: string;
  /** The structured content, or the text parsed as JSON. */
  data?: unknown;
  /** The arguments as the agent sent them, when an accepted elicitation completed them (`arguments` is what ran). */
  sent?: Record<string, unknown>;
  /** The server's question about this call (an elicitation, sent to the agent's client) and the client's answer. */
  elicitation?: ServedElicitation;
}

/** An `elicitation/create` the server sent during a call, and the agent's client's answer (absent: none came). */
export interface ServedElicitation {
  turn: number;
  message: string;
  /** The fields the server asked for. */
  fields: string[];
  answer?: { action: string; content?: Record<string, unknown> } | { error: string };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Calls this close to the step's previous call were sent together, even when a fast server answered the first already. */
const PARALLEL_WINDOW_MS = 20;

/**
 * The tools/call requests the server received, in order, with their answers, grouped into steps per
 * turn: a call joins the step when none of the step's answers had gone out yet, or when it came within
 * 20 ms of the step's previous call (parallel calls of one model message). Steps shape the rebuilt
 * messages only; the scores judge a turn's calls as one set.
 */
export function servedCalls(wire: readonly TurnWireRecord[]): ServedCall[] {
  const calls: ServedCall[] = [];
  const pending = new Map<string | number, ServedCall[]>();
  let step = -1;
  let stepTurn = -1;
  let stepAnswered = true;
  const stepOf = new Map<ServedCall, number>();
  const questions = new Map<string | number, ServedCall>();
  let lastRequest = Number.NEGATIVE_INFINITY;
  for (const record of wire) {
    const message = record.message;
    const id = message['id'] as string | number | undefined;
    if (linkElicitation(record, pending, questions)) continue;
    if (record.direction === 'client_to_server' && message['method'] === 'tools/call' && id !== undefined) {
      const params = isRecord(message['params']) ? message['params'] : {};
      const together = !stepAnswered || record.time - lastRequest <= PARALLEL_WINDOW_MS;
      if (record.turn !== stepTurn || !together) {
        step = record.turn !== stepTurn ? 0 : step + 1;
        stepTurn = record.turn;
      }
      stepAnswered = false;
      lastRequest = record.time;
      const call: ServedCall = {
        id,
        turn: record.turn,
        step,
        name: typeof params['name'] === 'string' ? params['name'] : '',
        arguments: isRecord(params['arguments']) ? params['arguments'] : {},
        isError: true,
        text: 'no answer',
      };
      calls.push(call);
      stepOf.set(call, step);
      pending.set(id, [...(pending.get(id) ?? []), call]);
    } else if (record.direction === 'server_to_client' && id !== undefined && ('result' in message || 'error' in message)) {
      const waiting = pending.get(id);
      const call = waiting?.shift();
      if (!call) continue;
      if (call.turn === stepTurn && stepOf.get(call) === step) stepAnswered = true;
      if ('result' in message && isRecord(message['result'])) {
        const result = message['result'];
        const content = Array.isArray(result['content']) ? (result['content'] as unknown[]) : [];
        call.text = content
          .map((block) => (isRecord(block) && block['type'] === 'text' && typeof block['text'] === 'string' ? block['text'] : ''))
          .join('');
        call.isError = result['isError'] === true;
        const data = result['structuredContent'] ?? parseJsonText(call.text);
        if (data !== undefined) call.data = data;
      } else {
        const error = isRecord(message['error']) ? message['error'] : {};
        call.text = `JSON-RPC error ${String(error['code'])}: ${String(error['message'])}`;
        call.isError = true;
      }
    }
  }
  return calls;
}

/**
 * An elicitation on the wire: the server's question (sent during a call, linked to it by `related`) or
 * the client's answer to it, which, when accepted, completes the call's arguments as the server did.
 * True when the record was one.
 */
function linkElicitation(
  record: TurnWireRecord,
  pending: ReadonlyMap<string | number, ServedCall[]>,
  questions: Map<string | number, ServedCall>,
): boolean {
  const message = record.message;
  const id = message['id'] as string | number | undefined;
  if (record.direction === 'server_to_client' && message['method'] === 'elicitation/create' && id !== undefined) {
    const call = record.related === undefined ? undefined : pending.get(record.related)?.[0];
    if (!call) return true;
    const params = isRecord(message['params']) ? message['params'] : {};
    const schema = isRecord(params['requestedSchema']) ? params['requestedSchema'] : {};
    const fields = Object.keys(isRecord(schema['properties']) ? schema['properties'] : {});
    call.elicitation = { turn: record.turn, message: String(params['message'] ?? ''), fields };
    questions.set(id, call);
    return true;
  }
  const call = record.direction === 'client_to_server' && id !== undefined && !('method' in message) ? questions.get(id) : undefined;
  if (!call?.elicitation) return false;
  questions.delete(id as string | number);
  if (isRecord(message['result'])) {
    const result = message['result'];
    const content = isRecord(result['content']) ? result['content'] : undefined;
    call.elicitation.answer = { action: String(result['action']), ...(content ? { content } : {}) };
    if (result['action'] === 'accept' && content) {
      call.sent = call.arguments;
      call.arguments = { ...call.arguments, ...content };
    }
  } else {
    const error = isRecord(message['error']) ? message['error'] : {};
    call.elicitation.answer = { error: String(error['message'] ?? 'an error') };
  }
  return true;
}
