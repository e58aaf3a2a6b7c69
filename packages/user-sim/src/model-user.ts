import { askChatModel, askForJson, type ChatModel, type JsonTurn, type Task, type TokenUsage } from '@inftool/core';
import {
  ELICITATION_ANSWER_SCHEMA,
  USER_REPLY_SCHEMA,
  userElicitationPrompt,
  userNextPrompt,
  userOpeningPrompt,
  userRepairPrompt,
  userSystemPrompt,
} from './prompts/user-turn.js';
import type { AssistantTurn, ElicitationAnswer, ElicitationRequest, ToolView, UserAction, UserSimulator } from './user-simulator.js';

export interface ModelUserOptions {
  /** The offered tools as the user sees them: their purpose and defaults shape the goal in the brief. Defaults to none (tool names only). */
  tools?: ReadonlyMap<string, ToolView>;
  /** Asks per answer (the first and its repairs). Defaults to 3. */
  maxAttempts?: number;
}

/**
 * The model-backed user: a chat model plays the persona with the goal and what it knows, answers
 * clarifying questions only from that, and decides when the goal is met or abandoned. Each answer
 * is parsed and checked, repaired or retried; a model that cannot answer ends the conversation
 * (unsatisfied, with the reason). The model client is this user's own (one per conversation), so its
 * token count is the user's.
 */
export class ModelUser implements UserSimulator {
  readonly id: string;
  private readonly turns: JsonTurn[] = [];
  private readonly maxAttempts: number;
  private readonly system: string;

  constructor(
    task: Task,
    private readonly model: ChatModel,
    options: ModelUserOptions = {},
  ) {
    this.id = model.id;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.system = userSystemPrompt(task, options.tools);
  }

  private async ask(
    prompt: string,
    format: { name: string; schema: Record<string, unknown> } = {
      name: 'user_reply',
      schema: USER_REPLY_SCHEMA as unknown as Record<string, unknown>,
    },
    check: (value: Record<string, unknown>) => string | undefined = (value) =>
      typeof value['message'] === 'string' && typeof value['done'] === 'boolean'
        ? value['done'] === false && (value['message'] as string).trim() === ''
          ? 'an empty message that does not end the conversation'
          : undefined
        : 'it needs "message" (string) and "done" (boolean)',
  ): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; reason: string }> {
    const result = await askForJson({
      ask: (turns) =>
        askChatModel(this.model, { system: this.system, responseFormat: { type: 'json_schema', ...format } })([...this.turns, ...turns]),
      prompt,
      check,
      repair: userRepairPrompt,
      maxAttempts: this.maxAttempts,
    });
    if (!result.ok) return { ok: false, reason: result.problems.join('; ') };
    this.turns.push({ role: 'user', text: prompt }, { role: 'assistant', text: JSON.stringify(result.value) });
    return { ok: true, value: result.value };
  }

  async opening(): Promise<string> {
    const answer = await this.ask(userOpeningPrompt());
    if (!answer.ok || typeof answer.value['message'] !== 'string' || answer.value['message'].trim() === '')
      throw new Error(`the user model could not open the conversation: ${answer.ok ? 'empty message' : answer.reason}`);
    return answer.value['message'];
  }

  async next(turn: AssistantTurn): Promise<UserAction> {
    const answer = await this.ask(userNextPrompt(turn.reply, turn.calls.length));
    if (!answer.ok) return { kind: 'done', satisfied: false, reason: `the user model failed: ${answer.reason}`, failed: true };
    if (answer.value['done'] === true)
      return { kind: 'done', satisfied: answer.value['satisfied'] !== false, reason: 'the user ended the conversation' };
    return { kind: 'say', text: String(answer.value['message']) };
  }

  async answerElicitation(request: ElicitationRequest): Promise<ElicitationAnswer> {
    const answer = await this.ask(
      userElicitationPrompt(request.message, request.requestedSchema),
      { name: 'elicitation_answer', schema: ELICITATION_ANSWER_SCHEMA as unknown as Record<string, unknown> },
      (value) =>
        ['accept', 'decline', 'cancel'].includes(String(value['action'])) &&
        (value['action'] !== 'accept' || (typeof value['content'] === 'object' && value['content'] !== null))
          ? undefined
          : '"action" must be accept, decline or cancel, with "content" (an object) when accepting',
    );
    if (!answer.ok) return { action: 'cancel' };
    return answer.value['action'] === 'accept'
      ? { action: 'accept', content: answer.value['content'] as Record<string, unknown> }
      : { action: answer.value['action'] as 'decline' | 'cancel' };
  }

  /** The user's own model client (one per conversation) counts its tokens. */
  usage(): TokenUsage {
    return this.model.usage();
  }
}
