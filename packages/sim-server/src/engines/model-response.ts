import { errorMessage, formatIssues, parseJsonObject, type SchemaValidator } from '@inftool/core';
import { toolResponseRepairPrompt, toolResponseUserPrompt } from '../prompts/tool-response.js';
import type { EngineContext, EngineResult } from './engine.js';

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

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
  const turns: Turn[] = [{ role: 'user', text: toolResponseUserPrompt({ tool: context.tool, arguments: context.arguments, history: context.session.history }) }];
  const problems: string[] = [];
  for (let attempt = 1; attempt <= options.maxAttempts; attempt += 1) {
    let text: string | null;
    try {
      text = await options.ask(turns);
    } catch (error) {
      problems.push(`attempt ${attempt}: ${errorMessage(error)}`);
      if ((error as { code?: string }).code === 'cancelled') break;
      continue;
    }
    const parsed = parseJsonObject(text);
    let problem: string;
    if (parsed.success) {
      const check = outputSchema ? options.validator.validate(outputSchema, parsed.value) : { valid: true as const };
      if (check.valid) return { structuredContent: parsed.value };
      problem = `it does not match the output schema (${formatIssues(check.issues)})`;
    } else {
      problem = parsed.error;
    }
    problems.push(`attempt ${attempt}: ${problem}`);
    turns.push({ role: 'assistant', text: text ?? '' }, { role: 'user', text: toolResponseRepairPrompt(problem) });
  }
  return {
    isError: true,
    content: [{ type: 'text', text: `${options.label} could not produce a valid result after ${problems.length} attempt(s): ${problems.join('; ')}` }],
  };
}
