import { formatIssues, type ChatMessage, type Check, type SchemaValidator, type Task, type WireRecord } from '@inftool/core';
import type { CatalogEntry, StopReason, ToolCallRecord } from '@inftool/sim-client';
import { check } from './check.js';
import { attemptKey } from './planned-faults.js';

export interface CheckInput {
  task: Task;
  messages: ChatMessage[];
  /** Every tool call, per user turn, step by step. */
  turns: ToolCallRecord[][][];
  wire: WireRecord[];
  /** The tools on the server, by their server name. */
  tools: ReadonlyMap<string, CatalogEntry>;
  /** The tools offered, as the assistant's chat model saw them (the record's `tools`). */
  offered: Array<{ name: string; description?: string; parameters: Record<string, unknown> }>;
  stops: StopReason[];
  userSatisfied: boolean;
  endReason: string;
  validator: SchemaValidator;
}

/**
 * Protocol and schema checks: known tools, JSON arguments valid against the inputSchema, the MCP flow,
 * results valid against the outputSchema, a finished conversation. `ownMistakes` (by `attemptKey`: user
 * turn and call id) are the planned invalid first tries of `correct` faults, which the server rejected.
 */
export function protocolChecks(input: CheckInput, ownMistakes: ReadonlySet<string> = new Set()): Check[] {
  const calls = input.turns.flat(2);
  const wire = wireProblems(input);
  return [
    check(
      'known_tools',
      calls.filter((call) => call.rejected === 'unknown_tool').map((call) => `unknown tool "${call.chatName}"`),
    ),
    check(
      'json_arguments',
      calls.filter((call) => call.rejected === 'malformed_arguments').map((call) => `${call.chatName}: arguments are not a JSON object`),
    ),
    check('arguments_valid', invalidArguments(input, ownMistakes)),
    check('protocol_flow', wire.flow),
    check('results_valid', wire.results),
    check('completed', [
      ...input.stops.filter((stop) => stop !== 'answered').map((stop) => `the assistant stopped: ${stop}`),
      ...(input.userSatisfied ? [] : [`the user was not satisfied: ${input.endReason}`]),
    ]),
  ];
}

/** The calls whose arguments the tool's inputSchema rejects (rejected calls and the planned invalid first tries aside). */
function invalidArguments(input: CheckInput, ownMistakes: ReadonlySet<string>): string[] {
  return input.turns
    .flatMap((steps, turn) => steps.flat().map((call) => ({ call, turn })))
    .flatMap(({ call, turn }) => {
      if (call.rejected || typeof call.arguments === 'string' || !call.name || ownMistakes.has(attemptKey(turn, call.id))) return [];
      const tool = input.tools.get(call.name);
      if (!tool) return [];
      const result = input.validator.validate(tool.inputSchema, call.arguments);
      return result.valid ? [] : [`${call.name}: ${formatIssues(result.issues)}`];
    });
}

/** The MCP flow on the wire (initialize first, every request answered) and structured results against the tool's outputSchema. */
function wireProblems(input: CheckInput): { flow: string[]; results: string[] } {
  const requests = new Map<string | number, Record<string, unknown>>();
  const flow: string[] = [];
  const results: string[] = [];
  let initialized = false;
  for (const [index, record] of input.wire.entries()) {
    const message = record.message;
    if (index === 0 && message['method'] !== 'initialize') flow.push('the first message is not initialize');
    if (message['method'] === 'notifications/initialized') initialized = true;
    if (record.direction === 'client_to_server' && typeof message['method'] === 'string' && message['id'] !== undefined) {
      if (message['method'] !== 'initialize' && !initialized) flow.push(`${message['method']} before notifications/initialized`);
      requests.set(message['id'] as string | number, message);
    }
    if (record.direction === 'server_to_client' && message['id'] !== undefined && ('result' in message || 'error' in message)) {
      const request = requests.get(message['id'] as string | number);
      if (!request) {
        flow.push(`a response to unknown request id ${String(message['id'])}`);
        continue;
      }
      requests.delete(message['id'] as string | number);
      if ('error' in message) flow.push(`${String(request['method'])} failed: ${JSON.stringify(message['error']).slice(0, 200)}`);
      const problem = request['method'] === 'tools/call' && 'result' in message ? resultProblem(input, request, message) : undefined;
      if (problem !== undefined) results.push(problem);
    }
  }
  for (const request of requests.values()) flow.push(`${String(request['method'])} (id ${String(request['id'])}) never answered`);
  return { flow, results };
}

/** Why a tools/call's structured result does not fit the tool's outputSchema, if it does not. */
function resultProblem(input: CheckInput, request: Record<string, unknown>, message: Record<string, unknown>): string | undefined {
  const name = (request['params'] as { name?: string })?.name ?? '';
  const result = message['result'] as { structuredContent?: unknown; isError?: boolean };
  const schema = input.tools.get(name)?.outputSchema;
  if (!schema || result.structuredContent === undefined || result.isError) return undefined;
  const valid = input.validator.validate(schema, result.structuredContent);
  return valid.valid ? undefined : `${name}: ${formatIssues(valid.issues)}`;
}
