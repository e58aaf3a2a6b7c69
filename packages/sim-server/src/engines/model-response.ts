import { askForJson, formatIssues, type JsonTurn, type SchemaValidator } from '@inftool/core';
import { toolResponseRepairPrompt, toolResponseUserPrompt } from '../prompts/tool-response.js';
import type { EngineContext, EngineResult } from './engine.js';

export type Turn = JsonTurn;

export interface ModelResponseOptions {
  context: EngineContext;
  /** Sends the conversation so far (the system prompt is the caller's), returns the model's text. */
  ask: (turns: Turn[]) => Promise<string | null>;
  validator: SchemaValidator;
  /** Tries in all, the first included. */
  maxAttempts: number;
  label: string;
}

/**
 * The model-backed engines' loop (llm, sampling): asks for the tool result with the tool-response
 * prompt, parses it, validates it against the outputSchema (or "a JSON object") and, when it is not
 * usable, tells the model what was wrong and asks again. Never returns an invalid value: after the
 * last attempt it returns an `isError` result that says what happened.
 */
export async function writeValidResponse(options: ModelResponseOptions): Promise<EngineResult> {
  const { context } = options;
  const outputSchema = context.tool.spec.outputSchema as Record<string, unknown> | undefined;
  const result = await askForJson({
    ask: options.ask,
    prompt: toolResponseUserPrompt({ tool: context.tool, arguments: context.arguments, history: context.session.history }),
    check: (value) => {
      if (!outputSchema) return undefined;
      const check = options.validator.validate(outputSchema, value);
      return check.valid ? undefined : `it does not match the output schema (${formatIssues(check.issues)})`;
    },
    repair: toolResponseRepairPrompt,
    maxAttempts: options.maxAttempts,
  });
  if (result.ok) return { structuredContent: result.value };
  return {
    isError: true,
    content: [
      {
        type: 'text',
        text: `${options.label} could not produce a valid result after ${result.problems.length} attempt(s): ${result.problems.join('; ')}`,
      },
    ],
  };
}
