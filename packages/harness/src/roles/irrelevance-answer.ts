import type { ChatTool, Task } from '@inftool/core';
import { listing } from './describe-result.js';
import { doPhrase } from './action-phrase.js';

/** What an offered tool does, short. */
function canDo(tool: ChatTool): string {
  return doPhrase(tool.name, tool.description, 8);
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
  // Tools that read the same ("resolve change chart for week" three times) are said once, by their names if need be.
  const can: string[] = [];
  for (const tool of tools) {
    if (can.length >= 3) break;
    const text = canDo(tool);
    const said = can.includes(text) ? doPhrase(tool.name) : text;
    if (!can.includes(said)) can.push(said);
  }
  const cannot = withheld ? doPhrase(withheld) : 'do what you asked';
  const opening = can.length > 0 ? `I can ${listing(can)}, but none of my tools can ${cannot}` : `None of my tools can ${cannot}`;
  return `${opening}, so I cannot do that for you here.`;
}
