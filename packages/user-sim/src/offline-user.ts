import type { PlannedCall, Task } from '@inftool/core';
import { answerText, correctionText, IRRELEVANT_REQUESTS, requestText } from './prompts/templates.js';

const CORRECTION_REASONS = ['wrong_id', 'out_of_range', 'bad_format'] as const;
import type { AssistantTurn, ElicitationAnswer, ElicitationRequest, ToolView, UserAction, UserSimulator } from './user-simulator.js';

/**
 * The model-free user: writes each planned turn as a request in the persona's style (the tool's purpose
 * in a user's words, the values woven in), one planned turn at a time, following up on earlier turns;
 * answers a clarifying question with what it knows (the withheld values of a missing_param task);
 * corrects an id it mistyped (a planned `not_found`) when the service did not find it;
 * ends when the plan is done. Deterministic: same task, same words.
 */
export class OfflineUser implements UserSimulator {
  readonly id = 'offline';
  private step = 0;
  private answered = false;

  constructor(
    private readonly task: Task,
    private readonly tools: ReadonlyMap<string, ToolView>,
  ) {}

  private plan(): PlannedCall[][] {
    return this.task.expectedCalls ?? [];
  }

  /** The request of plan step `step`: withheld values left out, earlier results referred to in words. */
  private say(step: number): string {
    return requestText(this.task.persona, this.plan()[step] ?? [], this.tools, {
      seed: this.task.seed,
      plan: this.plan(),
      turn: step,
      withheld: this.task.unknown,
    });
  }

  /** A withheld value as planned (`tool.parameter`): from the plan's first call of that tool, else from `known`. */
  private withheldValue(key: string): unknown {
    const tool = key.slice(0, key.indexOf('.'));
    const name = key.slice(key.indexOf('.') + 1);
    const call = this.plan()
      .flat()
      .find((planned) => planned.tool === tool && name in planned.arguments);
    return call ? call.arguments[name] : this.task.known[key];
  }

  /** A parameter's description, as the offered tool gives it. */
  private describe(tool: string, name: string): string | undefined {
    const properties = this.tools.get(tool)?.inputSchema?.['properties'] as Record<string, { description?: unknown }> | undefined;
    const description = properties?.[name]?.description;
    return typeof description === 'string' ? description : undefined;
  }

  async opening(): Promise<string> {
    if (this.task.kind === 'irrelevance') return this.task.goal || (IRRELEVANT_REQUESTS[0] as string);
    return this.say(0);
  }

  async next(turn: AssistantTurn): Promise<UserAction> {
    if (this.task.kind === 'irrelevance')
      return {
        kind: 'done',
        satisfied: turn.calls.length === 0,
        reason: turn.calls.length === 0 ? 'answered without tools' : 'it called a tool for a request no tool serves',
      };
    const asked = turn.calls.length === 0 && (turn.reply ?? '').includes('?');
    if (asked && this.task.unknown.length > 0 && !this.answered) {
      this.answered = true;
      const values: Record<string, unknown> = {};
      const descriptions: Record<string, string | undefined> = {};
      for (const key of this.task.unknown) {
        const name = key.slice(key.indexOf('.') + 1);
        values[name] = this.withheldValue(key);
        descriptions[name] = this.describe(key.slice(0, key.indexOf('.')), name);
      }
      const siblings = [...Object.keys(this.task.known), ...this.task.unknown].map((key) => key.slice(key.indexOf('.') + 1));
      return { kind: 'say', text: answerText(values, this.task.persona.style, this.task.seed, descriptions, siblings) };
    }
    // A value the user got wrong (a planned `ask` fault: a mistyped or wrong id, a count over the cap, a date
    // written their way): the next step is the same call with the right one, said as a correction.
    const mistyped = this.task.faults?.find((fault) => fault.recovery === 'ask' && fault.turn === this.step);
    this.step += 1;
    if (mistyped !== undefined && this.step < this.plan().length) {
      const wrong = this.plan()[mistyped.turn]?.[mistyped.call];
      const right = this.plan()[this.step]?.[mistyped.call];
      const changed = Object.fromEntries(
        Object.entries(right?.arguments ?? {}).filter(([name, value]) => JSON.stringify(wrong?.arguments[name]) !== JSON.stringify(value)),
      );
      const reason = CORRECTION_REASONS.find((kind) => kind === mistyped.fault) ?? 'typo';
      if (Object.keys(changed).length > 0)
        return { kind: 'say', text: correctionText(changed, this.task.persona.style, this.task.seed, reason) };
    }
    if (this.step < this.plan().length) return { kind: 'say', text: this.say(this.step) };
    return { kind: 'done', satisfied: true, reason: 'every request was handled' };
  }

  /** Fills the requested fields from what the user knows (by field name); declines when a required one is unknown. */
  async answerElicitation(request: ElicitationRequest): Promise<ElicitationAnswer> {
    const content: Record<string, unknown> = {};
    for (const field of Object.keys(request.requestedSchema.properties ?? {})) {
      const key = Object.keys(this.task.known).find((known) => known.slice(known.indexOf('.') + 1) === field);
      if (key !== undefined) content[field] = this.task.known[key];
    }
    const missing = (request.requestedSchema.required ?? []).filter((field) => !(field in content));
    return missing.length > 0 ? { action: 'decline' } : { action: 'accept', content };
  }

  usage(): undefined {
    return undefined;
  }
}
