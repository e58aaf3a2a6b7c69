import { hasNumberedSibling, humanizeParameter } from '@inftool/user-sim';
import type { Conversation } from './conversation.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every parameter name the conversation knows: the offered tools', the calls', the task's known and unknown values'. */
function parameterNames(conversation: Conversation): Set<string> {
  const names = new Set<string>();
  for (const tool of conversation.tools.values())
    for (const name of Object.keys((tool.parameters['properties'] ?? {}) as Record<string, unknown>)) names.add(name);
  for (const call of conversation.calls)
    if (typeof call.arguments === 'object') for (const name of Object.keys(call.arguments)) names.add(name);
  const task = conversation.task as { known?: Record<string, unknown>; unknown?: readonly string[] };
  for (const key of [...Object.keys(task.known ?? {}), ...(task.unknown ?? [])]) names.add(key.slice(key.indexOf('.') + 1));
  return names;
}

/** How a numbered name reads out of the spec: `num1`, "num 1", "number 1", "function1", "array_1". */
function numberedPattern(name: string): RegExp {
  const match = /^(.*[A-Za-z])[-_ ]?([1-5])$/.exec(name) as RegExpExecArray;
  const stem = match[1] as string;
  const place = match[2] as string;
  const spellings = [...new Set([stem, humanizeParameter(stem), stem.replace(/[-_]/g, ' ')].map((word) => escape(word.toLowerCase())))];
  return new RegExp(`\\b(?:${spellings.join('|')})[-_ ]?${place}\\b`, 'i');
}

/**
 * A request or clarifying question that names a value by the spec's numbering of sibling parameters
 * (docs/harness.md, `user_request`): "for number 1 = 5 and number 2 = 20", "function1 3x+2",
 * "What number 1 should I use?". A person says "the GCD of 5 and 20", "the first number".
 */
export function numberedLabels(conversation: Conversation): string[] {
  const names = parameterNames(conversation);
  const numbered = [...names].filter((name) => hasNumberedSibling(name, names));
  if (numbered.length === 0) return [];
  const problems: string[] = [];
  conversation.turns.forEach((turn, index) => {
    const texts: Array<[string, string]> = [['request', turn.user]];
    if (turn.answer !== undefined && turn.steps.length === 0 && /\?\s*(?:[^?]*\.)?$/.test(turn.answer))
      texts.push(['clarifying question', turn.answer]);
    for (const [what, text] of texts)
      for (const name of numbered) {
        const said = numberedPattern(name).exec(text);
        if (said) problems.push(`turn ${index + 1}: the ${what} names a value by the spec's numbered parameter "${name}": "${said[0]}"`);
      }
  });
  return [...new Set(problems)];
}
