import { nameWords } from '@inftool/core';
import { isResultRef } from '../../tasks/result-refs.js';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';
import { callTurns } from './planned-faults.js';

/**
 * Follow-ups that use an earlier result for a value of its own kind (docs/harness.md, `world_consistent`
 * (v), (w)):
 * (v) circular: a call fed from an earlier result answers with a value the earlier call was given, under
 * that argument's name (`posts_get_one(key)` → `posts_get_key_from_reference(reference)` → the same `key`;
 * `gallon_to_liter(gallon: 69)` → `liter_to_gallon` → `gallon: 69`);
 * (w) a value of another kind: a write's status text sent on as content ("Contact janelle97 added." as a
 * message), a log-in as a record a write just made (the user of a contact just added), or a bare
 * `key`/`id` of one store used in another (a core memory's key read from the archival memory).
 */
export function chainProblems(conversation: Conversation): string[] {
  const plan = conversation.task.expectedCalls ?? [];
  const turns = callTurns(conversation);
  const played = (step: number, tool: string): ReviewedCall | undefined =>
    conversation.turns[turns[step] ?? -1]?.steps
      .flat()
      .filter((call) => !call.rejected && !errorResult(call) && (call.name ?? call.chatName) === tool)
      .at(-1);
  const problems: string[] = [];
  for (const [step, calls] of plan.entries())
    for (const planned of calls)
      for (const [parameter, value] of Object.entries(planned.arguments)) {
        if (!isResultRef(value)) continue;
        const source = plan[value.$result.turn]?.[value.$result.call];
        const consumer = played(step, planned.tool);
        if (source === undefined || consumer === undefined) continue;
        const produced = played(value.$result.turn, source.tool);
        const problem =
          circular(source.arguments, value.$result.field, consumer) ??
          statusCarried(produced, value.$result.field, parameter, consumer) ??
          foreignLogin(source.tool, consumer) ??
          foreignHandle(source.tool, value.$result.field, parameter, consumer);
        if (problem !== undefined) problems.push(problem);
      }
  return problems;
}

const normal = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number'
    ? Math.abs(a - b) <= Math.max(0.01 * Math.abs(b), 0.01)
    : (typeof a === 'string' || typeof a === 'number') && String(a) === String(b);

/** (v) The consumer answers with what the source call was given, under that argument's name. */
function circular(given: Record<string, unknown>, field: string, consumer: ReviewedCall): string | undefined {
  if (!isRecord(consumer.data) || typeof consumer.arguments !== 'object') return undefined;
  const sent = new Set(Object.keys(consumer.arguments).map(normal));
  const leafName = field.split('.').at(-1) ?? field;
  // A record's own id feeds a read of that record (a podcast just submitted): it answers with that record, not in a loop.
  if (/^(id|key|sid|uuid|guid)$|(_id|Id|_key|Key|Sid)$/.test(leafName)) return undefined;
  const leaf = normal(leafName);
  for (const [name, value] of Object.entries(given)) {
    if (normal(name) === leaf || sent.has(normal(name)) || isResultRef(value)) continue;
    const back = Object.entries(consumer.data).find(([key]) => normal(key) === normal(name))?.[1];
    if (back !== undefined && same(back, value))
      return `${consumer.chatName}: circular follow-up, it answers with the ${name} ${String(value)} the user gave before`;
  }
  return undefined;
}

/** A write's report of itself: a status or message sentence with its change's past participle or "success". */
const STATUS_FIELD = /^(status|message|msg|result|detail)$/i;
const REPORT = /\b(added|created|deleted|removed|sent|updated|saved|cancell?ed|closed|successful(ly)?|success|failed)\b/i;

/** (w) A status text of the source's result carried into the consumer's argument. */
function statusCarried(produced: ReviewedCall | undefined, field: string, parameter: string, consumer: ReviewedCall): string | undefined {
  const leaf = field.split('.').at(-1) ?? field;
  if (produced === undefined || !STATUS_FIELD.test(leaf) || !isRecord(produced.data)) return undefined;
  const value = produced.data[leaf];
  // A sentence ("Contact janelle97 added."), not a state (`closed`), which a filter may well take.
  if (typeof value !== 'string' || !REPORT.test(value) || value.trim().split(/\s+/).length < 2) return undefined;
  return `${consumer.chatName}.${parameter}: sends ${produced.chatName}'s status text "${value}" as its value`;
}

const WRITE = /^(add|create|post|register|insert|new|make|invite)$/;

/** (w) A log-in as the record a write just made: the user signs in as themselves. */
function foreignLogin(sourceTool: string, consumer: ReviewedCall): string | undefined {
  const words = nameWords(consumer.name ?? consumer.chatName);
  const login = words.some((word) => /^(login|logon|signin)$/.test(word)) || /log_?in|sign_?in/.test(words.join('_'));
  return login && WRITE.test(nameWords(sourceTool)[0] ?? '')
    ? `${consumer.chatName}: logs in as the record ${sourceTool} just made, not as the user`
    : undefined;
}

/** Words of a tool name that say what it does or how much, not which store it works on. */
const NOT_STORE =
  /^(get|fetch|list|read|retrieve|search|find|show|view|lookup|describe|add|create|post|put|patch|update|edit|delete|remove|destroy|cancel|close|submit|register|insert|new|make|book|place|send|upload|start|all|one|by|id|key|detail|details|single|any|v\d+)$/;
const storeWords = (tool: string) =>
  new Set(nameWords(tool).flatMap((word) => (NOT_STORE.test(word) ? [] : [word.replace(/(ies)$/, 'y').replace(/s$/, '')])));

/** (w) A bare handle (`key`, `id`) of one store carried to a tool of another store. */
function foreignHandle(sourceTool: string, field: string, parameter: string, consumer: ReviewedCall): string | undefined {
  const leaf = field.split('.').at(-1) ?? field;
  if (!/^(key|id)$/i.test(leaf) || !/^(key|id)$/i.test(parameter)) return undefined;
  const source = storeWords(sourceTool);
  const target = storeWords(consumer.name ?? consumer.chatName);
  // Each names a store the other does not (a part of the same record, an episode's recommendations, is no other store).
  const differ = [...source].some((word) => !target.has(word)) && [...target].some((word) => !source.has(word));
  return differ ? `${consumer.chatName}.${parameter}: a ${leaf} of ${sourceTool}'s records used on another store` : undefined;
}
