import { canonicalJson, formatIssues, type ChatMessage, type Check, type SchemaValidator, type Task, type WireRecord } from '@inftool/core';
import type { CatalogEntry, StopReason, ToolCallRecord } from '@inftool/sim-client';
import { resolveRefs } from '../tasks/result-refs.js';

export interface CheckInput {
  task: Task;
  messages: ChatMessage[];
  /** Every tool call, per user turn, step by step. */
  turns: ToolCallRecord[][][];
  wire: WireRecord[];
  tools: ReadonlyMap<string, CatalogEntry>;
  stops: StopReason[];
  userSatisfied: boolean;
  endReason: string;
  validator: SchemaValidator;
}

const check = (id: string, problems: string[]): Check => (problems.length === 0 ? { id, ok: true } : { id, ok: false, detail: problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; … ${problems.length - 5} more` : '') });

/** The checks every trajectory gets (the paper's rule-based quality gate), each with what failed. */
export function runChecks(input: CheckInput): Check[] {
  const calls = input.turns.flat(2);
  const checks: Check[] = [];

  checks.push(check('known_tools', calls.filter((call) => call.rejected === 'unknown_tool').map((call) => `unknown tool "${call.chatName}"`)));
  checks.push(check('json_arguments', calls.filter((call) => call.rejected === 'malformed_arguments').map((call) => `${call.chatName}: arguments are not a JSON object`)));
  checks.push(
    check(
      'arguments_valid',
      calls.flatMap((call) => {
        if (call.rejected || typeof call.arguments === 'string' || !call.name) return [];
        const tool = input.tools.get(call.name);
        if (!tool) return [];
        const result = input.validator.validate(tool.inputSchema, call.arguments);
        return result.valid ? [] : [`${call.name}: ${formatIssues(result.issues)}`];
      }),
    ),
  );

  // Results: every tools/call answered; structured results valid against the tool's outputSchema.
  const requests = new Map<string | number, Record<string, unknown>>();
  const problems: string[] = [];
  const resultProblems: string[] = [];
  let initialized = false;
  for (const [index, record] of input.wire.entries()) {
    const message = record.message;
    if (index === 0 && message['method'] !== 'initialize') problems.push('the first message is not initialize');
    if (message['method'] === 'notifications/initialized') initialized = true;
    if (record.direction === 'client_to_server' && typeof message['method'] === 'string' && message['id'] !== undefined) {
      if (message['method'] !== 'initialize' && !initialized) problems.push(`${message['method']} before notifications/initialized`);
      requests.set(message['id'] as string | number, message);
    }
    if (record.direction === 'server_to_client' && message['id'] !== undefined && ('result' in message || 'error' in message)) {
      const request = requests.get(message['id'] as string | number);
      if (!request) {
        problems.push(`a response to unknown request id ${String(message['id'])}`);
        continue;
      }
      requests.delete(message['id'] as string | number);
      if ('error' in message) problems.push(`${String(request['method'])} failed: ${JSON.stringify(message['error']).slice(0, 200)}`);
      if (request['method'] === 'tools/call' && 'result' in message) {
        const name = (request['params'] as { name?: string })?.name ?? '';
        const result = message['result'] as { structuredContent?: unknown; isError?: boolean };
        const schema = input.tools.get(name)?.outputSchema;
        if (schema && result.structuredContent !== undefined && !result.isError) {
          const valid = input.validator.validate(schema, result.structuredContent);
          if (!valid.valid) resultProblems.push(`${name}: ${formatIssues(valid.issues)}`);
        }
      }
    }
  }
  for (const request of requests.values()) problems.push(`${String(request['method'])} (id ${String(request['id'])}) never answered`);
  checks.push(check('protocol_flow', problems));
  checks.push(check('results_valid', resultProblems));
  checks.push(check('completed', [...input.stops.filter((stop) => stop !== 'answered').map((stop) => `the assistant stopped: ${stop}`), ...(input.userSatisfied ? [] : [`the user was not satisfied: ${input.endReason}`])]));

  // Scenario rules.
  const task = input.task;
  const realCalls = calls.filter((call) => !call.rejected);
  switch (task.kind) {
    case 'irrelevance':
      checks.push(check('scenario_irrelevance', realCalls.map((call) => `called ${call.chatName} although no tool fits`)));
      break;
    case 'parallel':
      checks.push(check('scenario_parallel', input.turns.flat().some((step) => step.length >= 2) ? [] : ['no turn has several tool calls in one message']));
      break;
    case 'missing_param': {
      const firstCall = input.messages.findIndex((message) => message.role === 'assistant' && (message.tool_calls?.length ?? 0) > 0);
      const askedBefore = input.messages.slice(0, firstCall < 0 ? undefined : firstCall).some((message) => message.role === 'assistant' && (message.tool_calls?.length ?? 0) === 0 && (message.content ?? '').includes('?'));
      checks.push(check('scenario_missing_param', askedBefore ? [] : ['the assistant called a tool before asking for the missing information']));
      break;
    }
    default:
      break;
  }
  if (task.expectedCalls && task.kind !== 'irrelevance') {
    // References to earlier results resolve against what those calls actually returned.
    const userTurnCalls = input.turns.map((steps) => steps.flat().filter((call) => !call.rejected));
    const lookup = (turn: number, call: number) => userTurnCalls[turn]?.[call]?.result;
    const expected = task.expectedCalls.flat().map((call) => resolveRefs(call, lookup)).map((call) => `${call.tool} ${canonicalJson(call.arguments)}`).sort();
    const made = realCalls.map((call) => `${call.name} ${canonicalJson(call.arguments)}`).sort();
    const missing = expected.filter((call) => !made.includes(call));
    const extra = made.filter((call) => !expected.includes(call));
    checks.push(check('expected_calls', [...missing.map((call) => `missing ${call}`), ...extra.map((call) => `unexpected ${call}`)]));
  }
  return checks;
}
