import { errorMessage } from '../errors.js';
import type { ChatModel, ResponseFormat } from './chat-model.js';
import { parseJsonObject } from './parse-model-json.js';

export interface JsonTurn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AskForJsonOptions {
  /** Sends the conversation so far (any system prompt is the caller's) and returns the model's text. */
  ask: (turns: JsonTurn[]) => Promise<string | null>;
  /** The first user turn. */
  prompt: string;
  /** What is wrong with a parsed object, or undefined when it is usable. */
  check: (value: Record<string, unknown>) => string | undefined;
  /** The user turn that tells the model what was wrong. */
  repair: (problem: string) => string;
  /** Tries in all, the first included. */
  maxAttempts: number;
}

export type AskForJsonResult = { ok: true; value: Record<string, unknown>; attempts: number } | { ok: false; problems: string[] };

/**
 * The one loop for model output that must be a usable JSON object: ask, parse, check, and when it
 * is not usable tell the model what was wrong and ask again. A failed call counts as an attempt; a
 * cancelled one ends the loop. Never returns an unchecked value.
 */
export async function askForJson(options: AskForJsonOptions): Promise<AskForJsonResult> {
  const turns: JsonTurn[] = [{ role: 'user', text: options.prompt }];
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
    const problem = parsed.success ? options.check(parsed.value) : parsed.error;
    if (parsed.success && problem === undefined) return { ok: true, value: parsed.value, attempts: attempt };
    problems.push(`attempt ${attempt}: ${problem}`);
    turns.push({ role: 'assistant', text: text ?? '' }, { role: 'user', text: options.repair(problem as string) });
  }
  return { ok: false, problems };
}

/** `AskForJsonOptions.ask` for a chat model: the system prompt, then the turns, with a response format. */
export function askChatModel(
  model: ChatModel,
  options: { system: string; responseFormat?: ResponseFormat; temperature?: number; onCall?: () => void },
): (turns: JsonTurn[]) => Promise<string | null> {
  return async (turns) => {
    options.onCall?.();
    const response = await model.complete({
      messages: [{ role: 'system', content: options.system }, ...turns.map((turn) => ({ role: turn.role, content: turn.text }))],
      ...(options.responseFormat ? { responseFormat: options.responseFormat } : {}),
      ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
    });
    return response.content;
  };
}
