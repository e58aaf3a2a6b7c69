/**
 * How a planned failure is handled and told (`error_recovery`): a transient error is retried with the
 * very call that failed; a timeout is told as a change that may have gone through only for a call that
 * changes something; a lookup is never told as a change ("I could not create …" for a read) nor a change
 * as a lookup; and the value a 404 names is called what the service called it, never another thing
 * ("I could not get transaction X: there is no account 'X'").
 */
import { canonicalJson, ownDescription, type ToolSpec } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { plannedAttempts } from './planned-faults.js';
import { changesSomething } from '../../tasks/changes-something.js';
import { jobKind } from '../../tasks/job-kind.js';
import { leadsWithReading } from '../../tasks/reading-lead.js';

/** The answer speaks of a change that may have been made ("may still have gone through", "to avoid making it twice"). */
const MAYBE_MADE = /\bmay (still )?have (gone through|been made)|avoid making it twice|whether it was made\b/i;
/** The failure told as a lookup, or as a change. */
const TOLD_AS_READ = /\bI could not (get|retrieve|fetch|look up|list|find)\b/;
const TOLD_AS_CHANGE = /\bI could not (create|add|update|delete|remove|make|send|book)\b|\bcould not go ahead\b/;

/** What the offered tool does: a change (could do a thing twice), a lookup, or neither said. */
function toolJob(conversation: Conversation, call: ReviewedCall): 'change' | 'read' | undefined {
  const offered = conversation.tools.get(call.chatName);
  if (offered === undefined) return undefined;
  const spec = { name: call.name ?? offered.name, description: offered.description, inputSchema: offered.parameters } as ToolSpec;
  const tool = { spec, domain: '', category: '', server: '' };
  if (changesSomething(tool)) return 'change';
  const job = jobKind(tool);
  if (job === 'other') return leadsWithReading(ownDescription(offered.description) ?? '') ? 'read' : undefined;
  return job === 'retrieve' ? 'read' : 'change';
}

/** "I could not get transaction X: there is no account 'X'": the value said as one thing, the service's error another. */
function misnamedValue(call: ReviewedCall, answer: string): string | undefined {
  const [, kind, value] = /404[^:]*:\s*(.+?) "([^"]+)" does not exist/.exec(call.result) ?? [];
  if (kind === undefined || value === undefined) return undefined;
  const before = answer.split(/: there is no\b/)[0] ?? '';
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const said = new RegExp(`\\b([a-z]+) ${escaped}\\b`).exec(before)?.[1];
  const own = kind.toLowerCase().split(' ').at(-1);
  if (said === undefined || said === own || /^(for|of|the|up|with|to|on|id|key|sid|number)$/.test(said)) return undefined;
  return `the ${kind} ${value} the service did not find is told as "${said} ${value}"`;
}

/** Every way a planned failure was handled or told wrong. */
export function recoveryTalkProblems(conversation: Conversation): string[] {
  const problems: string[] = [];
  for (const { call, fault } of plannedAttempts(conversation)) {
    const turn = conversation.turns[call.turn]!;
    const answer = turn.answer ?? '';
    const where = `turn ${call.turn + 1}: ${call.chatName}`;
    const again = turn.steps.flat().find((other) => other.step > call.step && !other.rejected && other.chatName === call.chatName);
    if (fault.recovery === 'retry' && again !== undefined && canonicalJson(again.arguments) !== canonicalJson(call.arguments))
      problems.push(`${where}: the retry after a ${fault.fault} changed the arguments, with nothing wrong in them`);
    const job = toolJob(conversation, call);
    if (again !== undefined && fault.recovery !== 'report') continue; // retried: the answer tells the result
    if (job === 'read' && MAYBE_MADE.test(answer))
      problems.push(`${where}: a lookup that failed is told as a change that may have been made`);
    if (job === 'read' && TOLD_AS_CHANGE.test(answer)) problems.push(`${where}: a lookup that failed is told as a change`);
    if (job === 'change' && TOLD_AS_READ.test(answer)) problems.push(`${where}: a change that failed is told as a lookup`);
    const misnamed = misnamedValue(call, answer);
    if (misnamed !== undefined) problems.push(`${where}: ${misnamed}`);
  }
  return problems;
}
