import { z } from 'zod';

/**
 * The parts of a Trajectory record that exist so far: chat messages in OpenAI chat format, the raw
 * JSON-RPC wire of an MCP exchange, and token usage. The harness issue completes the record.
 */
export const TRAJECTORY_SCHEMA_VERSION = 1;

export const ToolCall = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});
export type ToolCall = z.infer<typeof ToolCall>;

export const ChatMessage = z.discriminatedUnion('role', [
  z.object({ role: z.literal('system'), content: z.string() }),
  z.object({ role: z.literal('user'), content: z.string() }),
  z.object({
    role: z.literal('assistant'),
    content: z.string().nullable(),
    tool_calls: z.array(ToolCall).optional(),
  }),
  z.object({ role: z.literal('tool'), tool_call_id: z.string(), content: z.string() }),
]);
export type ChatMessage = z.infer<typeof ChatMessage>;

/** One JSON-RPC message as it crossed a transport, with direction and time. */
export const WireRecord = z.object({
  direction: z.enum(['client_to_server', 'server_to_client']),
  time: z.number().describe('milliseconds since the Unix epoch'),
  message: z.record(z.string(), z.unknown()),
});
export type WireRecord = z.infer<typeof WireRecord>;

export const TokenUsage = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  calls: z.number().int().nonnegative(),
  cachedCalls: z.number().int().nonnegative(),
});
export type TokenUsage = z.infer<typeof TokenUsage>;
