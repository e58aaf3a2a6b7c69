import type { ArgumentIssue, RecordResponse, RunInfo } from '../src/view/api.js';
import type { CallMark } from '../src/view/call-diff.js';
import { formatNumber, h, pretty, type Child } from './dom.js';
import { getJson, link } from './source.js';
import type { ListResponse } from '../src/view/api.js';

/** The parts of a record the page reads (the Trajectory contract, loosely: the server checked it). */
interface ToolCall {
  id: string;
  function: { name: string; arguments: string };
}
interface Message {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: ToolCall[];
  tool_call_id?: string;
}
interface WireEntry {
  direction: 'client_to_server' | 'server_to_client';
  time: number;
  message: Record<string, unknown>;
}
export interface RecordView {
  id: string;
  outcome: string;
  reasons: string[];
  task: { kind: string; goal: string; difficulty: string; persona: { name: string; style: string; background: string } } & Record<
    string,
    unknown
  >;
  tools: Array<{ name: string; description?: string; parameters: Record<string, unknown> }>;
  messages: Message[];
  wire: WireEntry[];
  wireScope?: string;
  checks: Array<{ id: string; ok: boolean; detail?: string }>;
  votes: Array<{ judge: string; accept: boolean; reason?: string }>;
  reward?: Record<string, number>;
  reflection?: { attempt: number; previousReasons: string[] };
  models: Record<string, string>;
  timings: { startedAt: string; ms: number; turns: number };
}

const details = (summary: Child, ...children: Child[]) => h('details', {}, h('summary', {}, summary), ...children);

function callCard(
  call: ToolCall,
  tool: RecordView['tools'][number] | undefined,
  issues: ArgumentIssue[] | undefined,
  result: Message | undefined,
  mark: CallMark | undefined,
): HTMLElement {
  const failing = issues !== undefined && issues.length > 0;
  return h(
    'div',
    {
      class: `call${failing ? ' invalid' : ''}${mark ? ` differs differs-${mark.kind}` : ''}`,
      'data-call': call.function.name,
      'data-diff': mark?.kind,
    },
    h(
      'div',
      { class: 'call-head' },
      h('span', { class: 'call-icon' }, 'ƒ'),
      h('code', { class: 'call-name' }, call.function.name),
      h('span', { class: 'muted small' }, call.id),
    ),
    h(
      'div',
      { class: 'call-body' },
      h('div', { class: 'call-args' }, h('div', { class: 'label' }, 'arguments'), h('pre', {}, pretty(call.function.arguments))),
      tool
        ? h(
            'div',
            { class: 'call-schema' },
            details(
              `schema of ${tool.name}`,
              tool.description ? h('p', { class: 'small' }, tool.description) : null,
              h('pre', {}, pretty(tool.parameters)),
            ),
          )
        : null,
    ),
    mark &&
      h(
        'p',
        { class: 'diff-note' },
        mark.kind === 'tool'
          ? `another rollout calls ${mark.names.join(', ')} here`
          : mark.kind === 'arguments'
            ? h(
                'span',
                {},
                'arguments differ from another rollout: ',
                ...mark.names.flatMap((name, index) => [index > 0 ? ', ' : '', h('code', {}, name)]),
              )
            : 'another rollout does not make this call',
      ),
    failing && h('ul', { class: 'issues' }, ...issues.map((issue) => h('li', {}, h('code', {}, issue.path), ' ', issue.message))),
    result
      ? h('div', { class: 'call-result' }, h('div', { class: 'label' }, 'result'), h('pre', {}, pretty(result.content ?? '')))
      : h('div', { class: 'muted small' }, 'no result in the conversation'),
  );
}

/** The conversation as a chat: user and assistant turns, each call with its arguments, schema and result (and, on the compare page, how it differs). */
export function chat(record: RecordView, issues: Record<string, ArgumentIssue[]>, marks?: Map<string, CallMark>): HTMLElement {
  const tools = new Map(record.tools.map((tool) => [tool.name, tool]));
  const results = new Map(record.messages.filter((message) => message.role === 'tool').map((message) => [message.tool_call_id, message]));
  const lastAnswer = [...record.messages].reverse().find((message) => message.role === 'assistant' && message.content);
  const items: Child[] = [];
  for (const message of record.messages) {
    if (message.role === 'system')
      items.push(h('div', { class: 'turn system' }, details('system prompt', h('pre', {}, message.content ?? ''))));
    else if (message.role === 'user')
      items.push(
        h('div', { class: 'turn user' }, h('div', { class: 'who' }, 'user'), h('div', { class: 'bubble' }, message.content ?? '')),
      );
    else if (message.role === 'assistant') {
      const calls = message.tool_calls ?? [];
      items.push(
        h(
          'div',
          { class: `turn assistant${message === lastAnswer ? ' final' : ''}` },
          h('div', { class: 'who' }, message === lastAnswer ? 'assistant · final answer' : 'assistant'),
          message.content ? h('div', { class: 'bubble' }, message.content) : null,
          ...calls.map((call) => callCard(call, tools.get(call.function.name), issues[call.id], results.get(call.id), marks?.get(call.id))),
        ),
      );
    }
    // Tool messages are shown with their call.
  }
  return h('div', { class: 'chat' }, ...items);
}

function wirePane(record: RecordView): HTMLElement {
  const wire = record.wire;
  const start = wire[0]?.time ?? 0;
  const requests = new Map<unknown, number>();
  const rows = wire.map((entry) => {
    const message = entry.message;
    const outgoing = entry.direction === 'client_to_server';
    let took = '';
    if (outgoing && 'id' in message && 'method' in message) requests.set(message['id'], entry.time);
    if (!outgoing && !('method' in message) && requests.has(message['id'])) took = ` · ${entry.time - requests.get(message['id'])!} ms`;
    const what =
      typeof message['method'] === 'string'
        ? `${message['method']}${'id' in message ? ` #${String(message['id'])}` : ''}`
        : 'error' in message
          ? `error #${String(message['id'])}`
          : `result #${String(message['id'])}`;
    return h(
      'details',
      { class: `wire-message ${outgoing ? 'out' : 'in'}${'error' in message ? ' error' : ''}` },
      h(
        'summary',
        {},
        h('span', { class: 'arrow' }, outgoing ? 'client →' : '← server'),
        ' ',
        h('code', {}, what),
        h('span', { class: 'muted small' }, ` +${entry.time - start} ms${took}`),
      ),
      h('pre', {}, pretty(message)),
    );
  });
  return h(
    'details',
    { class: 'wire', id: 'wire' },
    h(
      'summary',
      {},
      `JSON-RPC wire (${wire.length} messages${record.wireScope && record.wireScope !== 'full' ? `, scope ${record.wireScope}` : ''})`,
    ),
    wire.length === 0 ? h('p', { class: 'muted' }, 'This record keeps no wire.') : null,
    ...rows,
  );
}

/** One conversation: the task, the chat with its calls and results, checks and reward parts, and the wire. */
export async function renderConversation(run: RunInfo, file: string, line: string): Promise<HTMLElement> {
  const response = await getJson<RecordResponse>(`/api/runs/${run.index}/records/${file}/${line}`);
  const where = `${file}.jsonl line ${response.line} · ${formatNumber(response.bytes)} bytes`;
  if (response.error !== undefined || response.record === null)
    return h(
      'section',
      { class: 'conversation' },
      h('h1', {}, `Unreadable record`),
      h('p', { class: 'muted' }, where),
      h('p', { class: 'error' }, response.error ?? 'no record'),
      details('the line as stored (start)', h('pre', {}, response.raw ?? '')),
    );
  const record = response.record as RecordView;
  const task = record.task;
  const siblings = await getJson<ListResponse>(`/api/runs/${run.index}/records?task=${encodeURIComponent(String(task['id']))}&size=1`);
  return h(
    'section',
    { class: 'conversation', 'data-record': record.id },
    h('h1', {}, record.id, ' ', h('span', { class: `badge ${record.outcome}` }, record.outcome)),
    h('p', { class: 'muted' }, `${task.kind} · ${task.difficulty} · ${where} · ${formatNumber(Math.round(record.timings.ms))} ms`),
    record.reasons.length > 0 && h('ul', { class: 'reasons' }, ...record.reasons.map((reason) => h('li', {}, reason))),
    siblings.total > 1 &&
      h(
        'p',
        {},
        h(
          'a',
          { href: link(`/runs/${run.index}/compare?task=${encodeURIComponent(String(task['id']))}`), id: 'compare-link' },
          `Compare the ${siblings.total} records of this task side by side`,
        ),
        record.reflection ? ` (this is attempt ${record.reflection.attempt})` : ' (rollouts or reflection attempts)',
      ),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'main-column' },
        h('p', { class: 'goal' }, h('strong', {}, 'Goal: '), task.goal),
        chat(record, response.argumentIssues),
        wirePane(record),
      ),
      h(
        'aside',
        { class: 'side-column' },
        h('h2', {}, 'Checks'),
        h(
          'ul',
          { class: 'checks' },
          ...record.checks.map((check) =>
            h(
              'li',
              { class: check.ok ? 'ok' : 'failed' },
              h('span', { class: 'mark' }, check.ok ? '✓' : '✗'),
              ' ',
              h('code', {}, check.id),
              check.detail ? h('div', { class: 'small' }, check.detail) : null,
            ),
          ),
        ),
        record.votes.length > 0 && h('h2', {}, 'Votes'),
        record.votes.length > 0 &&
          h(
            'ul',
            {},
            ...record.votes.map((vote) =>
              h('li', {}, `${vote.judge}: ${vote.accept ? 'accept' : 'reject'}`, vote.reason ? ` — ${vote.reason}` : ''),
            ),
          ),
        record.reward && h('h2', {}, 'Reward parts'),
        record.reward &&
          h(
            'table',
            { class: 'reward' },
            ...Object.entries(record.reward).map(([part, value]) =>
              h('tr', {}, h('td', {}, part), h('td', { class: 'number' }, value.toFixed(3))),
            ),
          ),
        record.reflection && h('h2', {}, 'Reflection'),
        record.reflection &&
          h(
            'div',
            {},
            `attempt ${record.reflection.attempt}; earlier rejected for:`,
            h('ul', {}, ...record.reflection.previousReasons.map((reason) => h('li', {}, reason))),
          ),
        h('h2', {}, 'Task'),
        h('p', { class: 'small' }, `${task.persona.name}, ${task.persona.background} (${task.persona.style})`),
        details('the task as planned', h('pre', {}, pretty(task))),
        h('h2', {}, 'Models'),
        h(
          'p',
          { class: 'small' },
          Object.entries(record.models)
            .map(([role, model]) => `${role}: ${model}`)
            .join(' · ') || 'none recorded',
        ),
      ),
    ),
  );
}
