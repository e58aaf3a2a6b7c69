import type { ChatMessage, Trajectory } from '@inftool/core';

export const EXPORT_FORMATS = ['openai', 'sharegpt', 'hermes'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type Tools = Trajectory['tools'];

const openaiTools = (tools: Tools) =>
  tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description ?? '', parameters: tool.parameters },
  }));
const argumentsOf = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** OpenAI fine-tuning JSONL: `{messages, tools}`, tool-call arguments as JSON strings. */
export function toOpenAI(record: Trajectory): Record<string, unknown> {
  return { messages: record.messages, tools: openaiTools(record.tools) };
}

/**
 * ShareGPT with function calling (as LLaMA-Factory reads it): `human`, `gpt`, `function_call` (one
 * call, or a JSON array of the calls of one message), `observation` (the results, likewise).
 */
export function toShareGPT(record: Trajectory): Record<string, unknown> {
  const conversations: Array<{ from: string; value: string }> = [];
  let system: string | undefined;
  let results: string[] = [];
  const flush = () => {
    if (results.length > 0)
      conversations.push({ from: 'observation', value: results.length === 1 ? (results[0] as string) : JSON.stringify(results) });
    results = [];
  };
  for (const message of record.messages) {
    if (message.role !== 'tool') flush();
    if (message.role === 'system') system = message.content;
    else if (message.role === 'user') conversations.push({ from: 'human', value: message.content });
    else if (message.role === 'assistant') {
      const calls = (message.tool_calls ?? []).map((call) => ({
        name: call.function.name,
        arguments: argumentsOf(call.function.arguments),
      }));
      if (calls.length > 0) conversations.push({ from: 'function_call', value: JSON.stringify(calls.length === 1 ? calls[0] : calls) });
      else conversations.push({ from: 'gpt', value: message.content ?? '' });
    } else results.push(message.content);
  }
  flush();
  return { conversations, ...(system ? { system } : {}), tools: JSON.stringify(openaiTools(record.tools).map((tool) => tool.function)) };
}

/** Hermes-style: the tools in the system prompt inside `<tools>`, calls in `<tool_call>`, results in `<tool_response>`. */
export function toHermes(record: Trajectory): Record<string, unknown> {
  const system =
    (record.messages.find((message) => message.role === 'system') as Extract<ChatMessage, { role: 'system' }> | undefined)?.content ??
    'You are a function calling AI model.';
  const conversations: Array<{ from: string; value: string }> = [
    {
      from: 'system',
      value: `${system}\nYou may call one or more functions to assist with the user query. Here are the available tools: <tools>${JSON.stringify(openaiTools(record.tools))}</tools>\nFor each function call return a JSON object with the function name and arguments within <tool_call></tool_call> tags.`,
    },
  ];
  for (const message of record.messages) {
    if (message.role === 'user') conversations.push({ from: 'human', value: message.content });
    else if (message.role === 'assistant') {
      const calls = (message.tool_calls ?? []).map(
        (call) =>
          `<tool_call>\n${JSON.stringify({ name: call.function.name, arguments: argumentsOf(call.function.arguments) })}\n</tool_call>`,
      );
      conversations.push({ from: 'gpt', value: [message.content ?? '', ...calls].filter(Boolean).join('\n') });
    } else if (message.role === 'tool') {
      const call = record.messages
        .flatMap((entry) => (entry.role === 'assistant' ? (entry.tool_calls ?? []) : []))
        .find((entry) => entry.id === message.tool_call_id);
      const value = `<tool_response>\n${JSON.stringify({ name: call?.function.name ?? '', content: argumentsOf(message.content) })}\n</tool_response>`;
      const last = conversations.at(-1);
      if (last?.from === 'tool') last.value += `\n${value}`;
      else conversations.push({ from: 'tool', value });
    }
  }
  return { id: record.id, conversations };
}

/** One writer per format: a format added to EXPORT_FORMATS does not compile until it has its writer here. */
const EXPORTERS: Record<ExportFormat, (record: Trajectory) => Record<string, unknown>> = {
  openai: toOpenAI,
  sharegpt: toShareGPT,
  hermes: toHermes,
};

export function exportRecord(record: Trajectory, format: ExportFormat): Record<string, unknown> {
  const write = EXPORTERS[format];
  if (write === undefined) throw new Error(`unknown export format "${String(format)}": one of ${EXPORT_FORMATS.join(', ')}`);
  return write(record);
}
