import { z } from 'zod';
import { ToolSpec } from './tool-spec.js';
import { ToolTree } from './tool-tree.js';
import { ChatMessage, Task, TokenUsage, TrajectoryLine, WireRecord } from './trajectory.js';

/** The contracts published as JSON Schema 2020-12, for readers that are not TypeScript. */
export const publishedSchemas = {
  'tool-spec': ToolSpec,
  'tool-tree': ToolTree,
  'chat-message': ChatMessage,
  'wire-record': WireRecord,
  'token-usage': TokenUsage,
  task: Task,
  /** A line of a run's JSONL files (version 2, or version 1). */
  trajectory: TrajectoryLine,
} as const;

export type PublishedSchemaName = keyof typeof publishedSchemas;

export function contractJsonSchema(name: PublishedSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(publishedSchemas[name], { target: 'draft-2020-12', io: 'input' });
  return { $id: `https://inftool.dev/schemas/${name}.schema.json`, ...schema };
}
