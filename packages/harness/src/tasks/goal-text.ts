import type { PlannedCall, ScenarioKind } from '@inftool/core';
import { isResultRef } from './result-refs.js';
import type { IndexedTool } from './tool-index.js';
import { ownDescription } from './words.js';

/** What a tool does, in a few words: its description's first sentence, else its name in words. */
export function toolPhrase(tool: IndexedTool | undefined, name: string): string {
  const sentence =
    ownDescription(tool?.spec.description)
      ?.split(/(?<=[.!?])\s/)[0]
      ?.replace(/[.!?:]+$/, '')
      .replace(/`/g, '')
      .trim() ?? '';
  const words = sentence.split(/\s+/);
  const text = sentence !== '' && words.length <= 14 ? sentence : name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ');
  // A title in capitals ("Jurisdiction Detail") is words of a sentence; an acronym ("API endpoints", "SMS") keeps its capitals.
  const title = text.split(/\s+/).every((word) => /^([A-Z][a-z]*|of|and|by|for|the|a|an|to|in|on|with)$/.test(word))
    ? text
        .split(/\s+/)
        .map((word) => word.toLowerCase())
        .join(' ')
    : text;
  return /^[A-Z]{2}/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/** One or two short values of a call, for the goal ("Sid FX12ab"), never cut; `hidden` ones (withheld until asked) left out. */
function values(call: PlannedCall, hidden: ReadonlySet<string> = new Set()): string {
  const shown = Object.entries(call.arguments)
    .filter(([name]) => !hidden.has(`${call.tool}.${name}`))
    .filter(([, value]) => !isResultRef(value) && (typeof value === 'number' || (typeof value === 'string' && value.length <= 40)))
    .slice(0, 2)
    .map(([name, value]) => `${name.replace(/_/g, ' ')} ${String(value)}`);
  return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The goal of a task: what the person wants, written from the plan, in one short sentence. */
export function goalText(
  kind: ScenarioKind,
  plan: PlannedCall[][],
  tools: ReadonlyMap<string, IndexedTool>,
  unknown: readonly string[] = [],
): string {
  const calls = plan.flat();
  const phrase = (call: PlannedCall) => toolPhrase(tools.get(call.tool), call.tool);
  const first = calls[0];
  if (!first) return 'Ask for something the offered tools do not do.';
  switch (kind) {
    case 'parallel': {
      const distinct = [...new Set(calls.map((call) => call.tool))];
      if (distinct.length === 1) return `${capital(phrase(first))} for ${calls.length} cases at once.`;
      return `${capital(distinct.map((tool) => phrase(calls.find((call) => call.tool === tool) as PlannedCall)).join(' and '))}, in one request.`;
    }
    case 'multi_turn': {
      const second = plan[1]?.[0];
      const rest = plan.length - 2;
      return `${capital(phrase(first))}${values(first)}, then ${second ? phrase(second) : 'follow up'}${rest > 0 ? `, and ${rest} related request${rest === 1 ? '' : 's'} after that` : ''}.`;
    }
    case 'missing_param':
      return `${capital(phrase(first))}${values(first, new Set(unknown))}, giving the other details when asked.`;
    default:
      return `${capital(phrase(first))}${values(first)}.`;
  }
}
