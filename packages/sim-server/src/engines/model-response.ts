import { errorMessage, formatIssues, parseJsonObject, type SchemaValidator } from '@inftool/core';
import type { EngineResult } from './engine.js';

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

export interface ModelResponseOptions {
  /** Sends the conversation so far, returns the model's text. */
  ask: (turns: Turn[]) => Promise<string | null>;
  firstTurn: string;
  repairPrompt: (problem: string) => string;
  /** The tool's outputSchema, or undefined for "a JSON object". */
  outputSchema: Record<string, unknown> | undefined;
  validator: SchemaValidator;
  /** Tries in all, the first included. */
  maxAttempts: number;
  label: string;
}

/**
 * Asks a model for a tool result, parses it, validates it against the outputSchema and, when it is
 * not usable, tells the model what was wrong and asks again. Never returns an invalid value: after
 * the last attempt it returns an `isError` result that says what happened.
 */
export async function writeValidResponse(options: ModelResponseOptions): Promise<EngineResult> {
  const turns: Turn[] = [{ role: 'user', text: options.firstTurn }];
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
      const check = options.outputSchema ? options.validator.validate(options.outputSchema, parsed.value) : { valid: true as const };
      if (check.valid) return { structuredContent: parsed.value };
      problem = `it does not match the output schema (${formatIssues(check.issues)})`;
    } else {
      problem = parsed.error;
    }
    problems.push(`attempt ${attempt}: ${problem}`);
    turns.push({ role: 'assistant', text: text ?? '' }, { role: 'user', text: options.repairPrompt(problem) });
  }
  return {
    isError: true,
    content: [{ type: 'text', text: `${options.label} could not produce a valid result after ${problems.length} attempt(s): ${problems.join('; ')}` }],
  };
}
