import type { Task } from '@inftool/core';

/** Prompts of the model-backed user: typed in, messages out. */

export function userSystemPrompt(task: Task): string {
  const known = Object.entries(task.known).map(([key, value]) => `- ${key.slice(key.indexOf('.') + 1)}: ${JSON.stringify(value)}`).join('\n');
  const withheld = task.unknown.map((key) => key.slice(key.indexOf('.') + 1));
  return [
    `You play a user talking to an AI assistant that can call tools. You are ${task.persona.name}, ${task.persona.background}; you write in a ${task.persona.style} way.`,
    `Your goal: ${task.goal}`,
    known ? `What you know (use only this; never invent other facts):\n${known}` : 'You know nothing beyond your goal.',
    withheld.length > 0 ? `Do not mention ${withheld.join(', ')} until the assistant asks for it; then give it.` : '',
    task.kind === 'multi_turn' ? 'Pursue your goal over several turns: one request at a time, following up on what the assistant did.' : '',
    'Never play the assistant and never call tools yourself. When your goal is met, or it clearly cannot be met, end the conversation.',
    'Answer with JSON only: {"message": "what you say next", "done": false} or {"message": "", "done": true, "satisfied": true|false}.',
  ].filter(Boolean).join('\n\n');
}

export const USER_REPLY_SCHEMA = {
  type: 'object',
  properties: { message: { type: 'string' }, done: { type: 'boolean' }, satisfied: { type: 'boolean' } },
  required: ['message', 'done'],
} as const;

export function userOpeningPrompt(): string {
  return 'Start the conversation: your first message to the assistant.';
}

export function userNextPrompt(reply: string | null, calls: number): string {
  return `The assistant ${calls > 0 ? `made ${calls} tool call(s) and ` : ''}said:\n${reply ?? '(nothing)'}\n\nYour next message, or end the conversation.`;
}

export function userRepairPrompt(problem: string): string {
  return `That cannot be used: ${problem}. Answer with JSON only, as instructed.`;
}

export const ELICITATION_ANSWER_SCHEMA = {
  type: 'object',
  properties: { action: { type: 'string', enum: ['accept', 'decline', 'cancel'] }, content: { type: 'object' } },
  required: ['action'],
} as const;

export function userElicitationPrompt(message: string, requestedSchema: unknown): string {
  return (
    `The service asks you directly (not the assistant): "${message}". It wants: ${JSON.stringify(requestedSchema)}.\n` +
    'Answer only from what you know: {"action": "accept", "content": {…}} with those fields, or {"action": "decline"} when you do not know them.'
  );
}
