import { sleep, type ScriptStep } from '@inftool/core';
import type { EngineContext, EngineResult, SimulationEngine } from './engine.js';
import type { LoggingLevel } from '../session-state.js';

/** Fills `{{name}}` from the call's arguments and values saved by earlier script steps. */
function fill(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

function fillDeep<T>(value: T, values: Record<string, unknown>): T {
  if (typeof value === 'string') return fill(value, values) as T;
  if (Array.isArray(value)) return value.map((entry) => fillDeep(entry, values)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, fillDeep(entry, values)])) as T;
  }
  return value;
}

/**
 * Responses fixed in the tool's `_meta["inftool/pinned"]`: any content type, optionally after a
 * script (sleep, log, progress, sample, elicit, closeStream) whose results can be quoted with
 * `{{saveAs}}`. Used for conformance fixtures, demos and replay.
 */
export class PinnedEngine implements SimulationEngine {
  readonly name = 'pinned';

  async call(context: EngineContext): Promise<EngineResult> {
    const pinned = context.tool.pinned;
    if (!pinned) {
      return {
        isError: true,
        content: [
          {
            type: 'text',
            text: `tool ${context.tool.spec.name} has no pinned response (_meta["inftool/pinned"]); serve it with --engine faker or llm`,
          },
        ],
      };
    }
    for (const capability of pinned.requires ?? []) {
      if (!context.client.supports(capability)) {
        return {
          isError: true,
          content: [{ type: 'text', text: `this tool needs the client's ${capability} capability, which the client did not declare` }],
        };
      }
    }
    const values: Record<string, unknown> = { ...context.arguments };
    for (const step of pinned.script ?? []) await this.run(step, values, context);
    return fillDeep({ content: pinned.content, structuredContent: pinned.structuredContent, isError: pinned.isError }, values);
  }

  private async run(step: ScriptStep, values: Record<string, unknown>, context: EngineContext): Promise<void> {
    const { client, signal } = context;
    if ('sleep' in step) return sleep(step.sleep, signal);
    if ('log' in step) return client.log(step.log.level as LoggingLevel, fillDeep(step.log.data, values));
    if ('progress' in step) return client.progress(step.progress.progress, step.progress.total, step.progress.message);
    if ('closeStream' in step) return client.closeStream();
    if ('sample' in step) {
      const text = await client.sample(
        { messages: [{ role: 'user', text: fill(step.sample.prompt, values) }], maxTokens: step.sample.maxTokens ?? 100 },
        signal,
      );
      if (step.sample.saveAs) values[step.sample.saveAs] = text;
      return;
    }
    const answer = await client.elicit(
      { message: fill(step.elicit.message, values), requestedSchema: step.elicit.requestedSchema },
      signal,
    );
    if (step.elicit.saveAs) values[step.elicit.saveAs] = answer;
  }
}
