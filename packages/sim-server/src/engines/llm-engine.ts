import type { ChatModel, SchemaValidator } from '@inftool/core';
import { toolResponseSystemPrompt } from '../prompts/tool-response.js';
import type { EngineContext, EngineResult, SimulationEngine } from './engine.js';
import { writeValidResponse } from './model-response.js';

export interface LlmEngineOptions {
  model: ChatModel;
  validator: SchemaValidator;
  /** Tries per call, repairs included. Defaults to 3. */
  maxAttempts?: number;
  temperature?: number;
}

/**
 * A chat model writes the result from the tool spec, the arguments and the session's earlier calls.
 * Structured output is requested (the outputSchema, or a JSON object), then parsed, validated,
 * repaired or retried; never returned invalid.
 */
export class LlmEngine implements SimulationEngine {
  readonly name = 'llm';

  constructor(private readonly options: LlmEngineOptions) {}

  async call(context: EngineContext): Promise<EngineResult> {
    const { model } = this.options;
    const outputSchema = context.tool.spec.outputSchema as Record<string, unknown> | undefined;
    return writeValidResponse({
      context,
      label: `llm engine (model ${model.id})`,
      validator: this.options.validator,
      maxAttempts: this.options.maxAttempts ?? 3,
      ask: async (turns) => {
        const response = await model.complete(
          {
            messages: [
              { role: 'system', content: toolResponseSystemPrompt() },
              ...turns.map((turn) => ({ role: turn.role, content: turn.text })),
            ],
            responseFormat: outputSchema ? { type: 'json_schema', name: 'tool_result', schema: outputSchema } : { type: 'json_object' },
            temperature: this.options.temperature ?? 0.7,
            seed: context.seed,
          },
          { signal: context.signal },
        );
        return response.content;
      },
    });
  }
}
