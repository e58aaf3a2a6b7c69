import type { Task } from '@inftool/core';
import { capitalize, humanizeParameter, naturalList } from '../phrasing/humanize.js';
import { requestClause, type RequestClause } from '../phrasing/request.js';
import { isResultReference, spokenArguments, valueText } from '../phrasing/values.js';
import type { ToolView } from '../user-simulator.js';

/** Prompts of the model-backed user: typed in, messages out. */

function sentence(request: RequestClause): string {
  return `${capitalize(request.clause)}.${request.details ? ` ${request.details}` : ''}`;
}

/** Every planned value, by parameter in words: several when the plan has several cases. */
function plannedFacts(task: Task, tools: ReadonlyMap<string, ToolView>): string[] {
  const values = new Map<string, string[]>();
  for (const call of (task.expectedCalls ?? []).flat()) {
    for (const argument of spokenArguments(call.arguments, tools.get(call.tool)?.inputSchema)) {
      if (isResultReference(argument.value)) continue;
      const said = valueText(argument.value);
      const list = values.get(argument.label) ?? [];
      if (!list.includes(said)) list.push(said);
      values.set(argument.label, list);
    }
  }
  return [...values].map(([label, list]) => `- ${label}: ${list.length === 1 ? list[0] : `${naturalList(list)} (one for each case)`}`);
}

/** What the user wants, from the plan: one request, one request covering several cases, or an ordered list. */
function goalLines(task: Task, tools: ReadonlyMap<string, ToolView>): string[] {
  const plan = task.expectedCalls ?? [];
  if (task.kind === 'irrelevance' || plan.every((step) => step.length === 0)) return [`What you want to ask: ${task.goal}`];
  const request = (turn: number) => requestClause(plan[turn] ?? [], tools, { seed: task.seed, plan, turn, withheld: task.unknown });
  if (plan.length === 1) {
    const several = (plan[0] ?? []).length > 1;
    return [`What you want${several ? ' (all of it in one message: every case at once)' : ''}: ${sentence(request(0))}`];
  }
  const steps = plan.map((step, turn) => {
    const uses = step.some((call) => Object.values(call.arguments).some(isResultReference));
    return `${turn + 1}. ${sentence(request(turn))}${uses ? ' (This depends on an earlier request: use the id or name the assistant gave you then; do not make one up.)' : ''}`;
  });
  return [
    'Your requests, in this order, one per message. Move on to the next once the assistant has handled the current one; you can thank it or react to what it found before asking the next thing:',
    ...steps,
  ];
}

/**
 * The model user's brief: who they are, what they want (written from the plan, not the raw tool
 * documentation), every planned value, what to hold back until asked and, for multi-turn tasks, the
 * ordered requests with what later ones depend on. `tools` (the offered tools as the user sees them)
 * lets the goal use their purpose and leave defaults unsaid; without it the tool names are used.
 */
export function userSystemPrompt(task: Task, tools: ReadonlyMap<string, ToolView> = new Map()): string {
  const facts = task.kind === 'irrelevance' ? [] : plannedFacts(task, tools);
  const withheld = task.unknown.map((key) => humanizeParameter(key.slice(key.indexOf('.') + 1)));
  return [
    `You play a user talking to an AI assistant that can use tools. You are ${task.persona.name}, ${task.persona.background}; you write in a ${task.persona.style} way. Write as this person would, in your own words: never copy the wording below, never list details as "name: value", and never mention tools, APIs or parameters.`,
    goalLines(task, tools).join('\n'),
    facts.length > 0
      ? `The details you have (mention them naturally when they matter; they are the only names, ids, dates and numbers you know, so do not invent others; anything else, such as API versions or formats, you leave to the assistant):\n${facts.join('\n')}`
      : task.kind === 'irrelevance'
        ? ''
        : 'You have no particular details to give; leave the specifics to the assistant.',
    withheld.length > 0 ? `Do not mention the ${naturalList(withheld)} at first: wait until the assistant asks for it, then give it.` : '',
    task.kind === 'error_recovery'
      ? 'If the assistant says something went wrong, react as a person would: let it try again, or accept a clear explanation.'
      : '',
    'Never play the assistant and never call tools yourself. When everything you want is done, or it clearly cannot be done, end the conversation.',
    'Answer with JSON only: {"message": "what you say next", "done": false} or {"message": "", "done": true, "satisfied": true|false}.',
  ]
    .filter(Boolean)
    .join('\n\n');
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
