import type { Trajectory } from '@inftool/core';

/** One judge's brief: what it alone looks at. Distinct briefs make the votes independent, not copies. */
export interface JudgeBrief {
  id: 'tool-use' | 'faithfulness' | 'goal';
  system: string;
}

const COMMON =
  'You review one conversation between a user and a tool-using AI assistant, to decide whether it is fit for training data. Answer with JSON only: {"accept": true|false, "reason": "one sentence"}.';

/** The briefs `--judges K` cycles through: tool-use correctness, faithfulness of the answer, the user's goal. */
export const JUDGE_BRIEFS: readonly JudgeBrief[] = [
  {
    id: 'tool-use',
    system: `${COMMON} Your brief: TOOL USE. Accept only if every call names a tool that fits the request, every argument value is one the user gave or a realistic value for its parameter (no invented ids, no random words, values in the right format), no call is repeated needlessly, and errors were handled (retried, corrected or reported).`,
  },
  {
    id: 'faithfulness',
    system: `${COMMON} Your brief: FAITHFULNESS. Accept only if every final answer states what the tool results actually say, in plain prose, invents nothing the results do not hold, is not raw JSON and is not cut off, and reports failures honestly.`,
  },
  {
    id: 'goal',
    system: `${COMMON} Your brief: THE USER'S GOAL. Accept only if the user's request reads like something a real person would ask, the assistant asked when information was missing, and by the end the user has what they asked for (or a clear, specific explanation of why the offered tools cannot do it).`,
  },
];

export interface JudgePromptOptions {
  /** Characters of conversation shown before the middle is summarised. Defaults to 14000. */
  budget?: number;
  /** Characters of one tool result shown in the summarised middle. Defaults to 300. */
  resultChars?: number;
}

function line(message: Trajectory['messages'][number], resultChars: number | undefined): string {
  switch (message.role) {
    case 'system':
      return '';
    case 'user':
      return `USER: ${message.content}`;
    case 'assistant':
      return `ASSISTANT: ${message.content ?? ''}${(message.tool_calls ?? []).map((call) => `\n  CALL ${call.function.name} ${call.function.arguments}`).join('')}`;
    case 'tool':
      return `RESULT: ${resultChars === undefined || message.content.length <= resultChars ? message.content : `${message.content.slice(0, resultChars)}… [${message.content.length - resultChars} more characters]`}`;
  }
}

/**
 * The whole conversation as the judge reads it. Past the budget the middle is summarised (results
 * shortened, then whole messages counted), keeping the opening and never cutting the ending: the last
 * user turn onward is always shown in full.
 */
export function judgeTranscript(record: Trajectory, options: JudgePromptOptions = {}): string {
  const budget = options.budget ?? 14_000;
  const messages = record.messages.filter((message) => message.role !== 'system');
  const full = messages.map((message) => line(message, undefined)).join('\n');
  if (full.length <= budget) return full;
  const lastUser = messages.map((message) => message.role).lastIndexOf('user');
  const head = messages.slice(0, 1).map((message) => line(message, undefined));
  const tail = messages.slice(Math.max(1, lastUser)).map((message) => line(message, undefined));
  const middle = messages.slice(1, Math.max(1, lastUser));
  const room = budget - head.join('\n').length - tail.join('\n').length;
  const shortened: string[] = [];
  let used = 0;
  let omitted = 0;
  for (const message of middle) {
    const text = line(message, options.resultChars ?? 300);
    if (used + text.length > room) omitted += 1;
    else {
      shortened.push(text);
      used += text.length + 1;
    }
  }
  const summary = omitted > 0 ? [`[… ${omitted} messages of the middle omitted for length …]`] : [];
  return [...head, ...shortened, ...summary, ...tail].join('\n');
}

/** The tools offered, each with its parameter schema (the judge checks argument values against it). */
export function judgeToolList(record: Trajectory, schemaChars = 1500): string {
  return record.tools
    .map((tool) => {
      const schema = JSON.stringify(tool.parameters);
      return `- ${tool.name}: ${(tool.description ?? '').slice(0, 300)}\n  parameters: ${schema.length <= schemaChars ? schema : `${schema.slice(0, schemaChars)}…`}`;
    })
    .join('\n');
}

/** The user message of a judge's request: the task, the tools with their schemas, the conversation. */
export function judgePrompt(record: Trajectory, options: JudgePromptOptions = {}): string {
  const planned = (record.task.faults ?? []).map(
    (fault) => `a planned ${fault.fault} on turn ${fault.turn + 1} (the right reaction: ${fault.recovery})`,
  );
  return [
    `Scenario: ${record.task.kind}. The user's goal: ${record.task.goal}${planned.length > 0 ? `\nPlanned errors (not the assistant's fault): ${planned.join('; ')}` : ''}`,
    `Tools offered:\n${judgeToolList(record)}`,
    `Conversation:\n${judgeTranscript(record, options)}`,
    'Answer {"accept": true|false, "reason": "one sentence"}.',
  ].join('\n\n');
}
