import type { CatalogTool } from '../catalog/catalog.js';
import type { CallRecord } from '../session-state.js';

/** What the model-backed engines (llm, sampling) tell a model to do. Typed in, messages out. */
export interface ToolResponsePromptInput {
  tool: CatalogTool;
  arguments: Record<string, unknown>;
  /** The session's earlier calls, oldest first, so state stays consistent. */
  history: CallRecord[];
  /** How many earlier calls to show at most. */
  historyLimit?: number;
}

export function toolResponseSystemPrompt(): string {
  return [
    'You are the backend of an API. You receive one call to a tool and reply with the JSON the API would return.',
    'Be realistic and specific: plausible ids, names, numbers and dates, consistent with the arguments.',
    'Stay consistent with the earlier calls of this session: anything created, changed or deleted there is the current state.',
    'If the call cannot succeed (unknown id, impossible request), reply with the JSON error body the API would return, including an "error" field.',
    'Reply with one JSON object only: no prose, no code fences.',
  ].join('\n');
}

export function toolResponseUserPrompt(input: ToolResponsePromptInput): string {
  const { tool, historyLimit = 20 } = input;
  const history = input.history.slice(-historyLimit);
  const parts = [
    `Tool: ${tool.spec.name}`,
    tool.spec.description ? `Description: ${tool.spec.description}` : undefined,
    `Input schema: ${JSON.stringify(tool.spec.inputSchema)}`,
    tool.spec.outputSchema
      ? `Output schema (your reply must validate against it): ${JSON.stringify(tool.spec.outputSchema)}`
      : 'Output: a JSON object.',
    history.length > 0
      ? `Earlier calls in this session:\n${history.map((call) => `- ${call.tool}(${JSON.stringify(call.arguments)}) -> ${call.isError ? 'ERROR ' : ''}${JSON.stringify(call.result)}`).join('\n')}`
      : 'There were no earlier calls in this session.',
    `Call: ${tool.spec.name}(${JSON.stringify(input.arguments)})`,
  ];
  return parts.filter((part) => part !== undefined).join('\n\n');
}

export function toolResponseRepairPrompt(problem: string): string {
  return `That reply was not usable: ${problem}. Reply again with one corrected JSON object only.`;
}
