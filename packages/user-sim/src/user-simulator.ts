import type { PlannedCall, Task, TokenUsage } from '@inftool/core';

/** What the assistant did in its last turn, as the user sees it. */
export interface AssistantTurn {
  /** Its text (an answer, or a question to the user). */
  reply: string | null;
  /** The calls it made this turn (the user may not see them, but a simulator may use them). */
  calls: Array<{ tool?: string; arguments: unknown; isError: boolean }>;
}

export type UserAction =
  | { kind: 'say'; text: string }
  /** `failed`: the simulator itself could not go on (its model gave no usable answer), not the assistant's doing. */
  | { kind: 'done'; satisfied: boolean; reason: string; failed?: boolean };

/** An MCP elicitation request, as the server sends it through the client to the user. */
export interface ElicitationRequest {
  message: string;
  requestedSchema: { type?: string; properties?: Record<string, unknown>; required?: string[] };
}

export type ElicitationAnswer = { action: 'accept'; content: Record<string, unknown> } | { action: 'decline' | 'cancel' };

/** One simulated user for one conversation (it keeps its own place in the task). */
export interface UserSimulator {
  readonly id: string;
  /** The first request. */
  opening(): Promise<string>;
  /** The answer to the assistant's turn: a follow-up, an answer to its question, or the end. */
  next(turn: AssistantTurn): Promise<UserAction>;
  /** Answers a server's elicitation request (only from what the persona knows). */
  answerElicitation(request: ElicitationRequest): Promise<ElicitationAnswer>;
  usage(): TokenUsage | undefined;
}

/** Makes the user of one task. */
export type UserFactory = (task: Task, tools: ReadonlyMap<string, ToolView>) => UserSimulator;

/** What a user simulator may know of a tool: its name, what it is for and (optionally) its parameters. */
export interface ToolView {
  name: string;
  description: string;
  /** The tool's input schema: its defaults and parameter descriptions tell what a user leaves unsaid. */
  inputSchema?: Record<string, unknown> | undefined;
  /**
   * Other tools of the API with this very description (a spec's copy-paste, "Resolve change chart for
   * week" on the day, week, month and year tools), offered or not: their names tell this one apart.
   */
  namesakes?: readonly string[] | undefined;
}

export type { PlannedCall };
