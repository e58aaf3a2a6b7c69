import type { ChatTool, Task } from '@inftool/core';
import { humanKey, listing } from './describe-result.js';

const VERB = /^(get|fetch|find|search|list|calculate|compute|convert|create|add|book|cancel|delete|remove|update|set|send|check|estimate|lookup|retrieve|analy[sz]e|predict|play|order|buy|sell|schedule|translate|generate|reserve)$/;

/** A tool name as a verb phrase: `flight_schedule_get_timings` → `get flight schedule timings`. */
export function namePhrase(name: string): string {
  const words = humanKey(name).split(' ');
  const verb = words.findIndex((word) => VERB.test(word));
  if (verb <= 0) return words.join(' ');
  return [words[verb], ...words.slice(0, verb), ...words.slice(verb + 1)].join(' ');
}

/** What an offered tool does, short: its description's first sentence when brief, else its name as a phrase. */
function canDo(tool: ChatTool): string {
  const sentence = tool.description?.split(/(?<=[.!?])\s/)[0]?.replace(/[.!?:]+$/, '').replace(/`/g, '').trim();
  const text = sentence && sentence.split(/\s+/).length <= 10 ? sentence : namePhrase(tool.name);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The answer to a request no offered tool serves: what the tools can do, and that none of them can do
 * this. The withheld tool (the one the request was written for) is the task's known tool that is not
 * offered; its name says what cannot be done.
 */
export function cannotText(task: Task, tools: ChatTool[]): string {
  const offered = new Set(task.tools);
  const withheld = Object.keys(task.known)
    .map((key) => key.slice(0, key.indexOf('.')))
    .find((tool) => !offered.has(tool));
  const can = tools.slice(0, 3).map(canDo);
  const cannot = withheld ? namePhrase(withheld) : 'do what you asked';
  const opening = can.length > 0 ? `I can ${listing(can)}, but none of my tools can ${cannot}` : `None of my tools can ${cannot}`;
  return `${opening}, so I cannot do that for you here.`;
}
