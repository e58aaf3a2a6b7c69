import type { SchemaValidator } from '@inftool/core';
import { toolResponseSystemPrompt } from '../prompts/tool-response.js';
import type { EngineContext, EngineResult, SimulationEngine } from './engine.js';
import { writeValidResponse } from './model-response.js';

/**
 * The MCP-native engine: the server asks the **client** to write the result through
 * `sampling/createMessage`, so the server needs no API key. Same prompt, validation and repair as
 * the llm engine. A client without the sampling capability gets an `isError` result saying so.
 */
export class SamplingEngine implements SimulationEngine {
  readonly name = 'sampling';

  constructor(private readonly options: { validator: SchemaValidator; maxAttempts?: number; maxTokens?: number }) {}

  async call(context: EngineContext): Promise<EngineResult> {
    if (!context.client.supports('sampling')) {
      return {
        isError: true,
        content: [
          {
            type: 'text',
            text: 'the sampling engine needs a client with the sampling capability; this client did not declare it (serve with --engine faker to run without one)',
          },
        ],
      };
    }
    return writeValidResponse({
      context,
      label: 'sampling engine',
      validator: this.options.validator,
      maxAttempts: this.options.maxAttempts ?? 3,
      ask: (turns) =>
        context.client.sample(
          { systemPrompt: toolResponseSystemPrompt(), messages: turns, maxTokens: this.options.maxTokens ?? 2000 },
          context.signal,
        ),
    });
  }
}
