import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { PlannedCall, Task } from '@inftool/core';
import { callTool, SessionState, type CallContext, type ClientBridge, type WorldTables } from '@inftool/sim-server';
import { plannedFaultMeta } from '../../tasks/fault-plan.js';
import { isResultRef, resolveRefs } from '../../tasks/result-refs.js';
import { FAULT_ARGUMENT_META_KEY, FAULT_META_KEY } from '@inftool/core';

type Json = Record<string, unknown>;

/** A served call as the plan replay needs it: which turn it came in and which tool it named. */
export interface ArrivedCall {
  turn: number;
  name: string;
}

/** The world-state score of one session: the share of changed records whose end state agrees with the plan's, and why the others do not. */
export interface WorldVerdict {
  score: number;
  reasons: string[];
}

/** The client side of a replayed call: no sampling, no elicitation, nothing to tell. */
const SILENT_CLIENT: ClientBridge = {
  supports: () => false,
  sample: () => Promise.reject(new Error('the plan replay has no client to sample from')),
  elicit: () => Promise.resolve({ action: 'decline' }),
  progress: () => Promise.resolve(),
  log: () => Promise.resolve(),
  closeStream: () => undefined,
};

/**
 * The step's planned calls in the order the agent sent their tools (the planned order for the rest), so
 * records the plan creates get the ids the agent's creations got: ids are handed out in creation order.
 */
function arrivalOrder(step: readonly PlannedCall[], arrived: readonly ArrivedCall[]): number[] {
  const used = new Set<number>();
  const position = step.map((call) => {
    const index = arrived.findIndex((candidate, at) => !used.has(at) && candidate.name === call.tool);
    if (index >= 0) used.add(index);
    return index >= 0 ? index : Number.POSITIVE_INFINITY;
  });
  return step.map((_, index) => index).sort((a, b) => (position[a] as number) - (position[b] as number) || a - b);
}

const resultText = (result: CallToolResult): string =>
  (result.content ?? []).map((block) => (block.type === 'text' ? block.text : '')).join('');

/**
 * The world as the plan leaves it: the task's expected calls run, step by step, on a fresh world of the
 * task's seed, with the task's planned faults (a faulted first attempt the plan retries or corrects is
 * sent again). A value the plan takes from an earlier result is read from the replay's own result.
 * `arrived` (the calls the agent sent) only orders the calls within a step.
 */
export async function planWorld(task: Task, context: CallContext, arrived: readonly ArrivedCall[]): Promise<WorldTables> {
  const state = new SessionState(`plan:${task.id}`, '');
  const faultMeta = plannedFaultMeta(task);
  const turns = [...new Set(arrived.map((call) => call.turn))].sort((a, b) => a - b);
  const results: string[][] = [];
  const signal = new AbortController().signal;
  for (const [index, step] of (task.expectedCalls ?? []).entries()) {
    results[index] = [];
    const sent = arrived.filter((call) => call.turn === turns[index]);
    for (const position of arrivalOrder(step, sent)) {
      const planned = step[position] as PlannedCall;
      const call = Object.values(planned.arguments).some(isResultRef) ? resolveRefs(planned, (turn, at) => results[turn]?.[at]) : planned;
      const send = async (attempt: number): Promise<CallToolResult> => {
        const fault = faultMeta?.({ turn: index, tool: call.tool, attempt });
        const argument = fault?.[FAULT_ARGUMENT_META_KEY];
        return callTool(
          context,
          state,
          {
            name: call.tool,
            arguments: call.arguments,
            progressToken: undefined,
            seed: task.id,
            world: task.seed,
            ...(fault ? { fault: fault[FAULT_META_KEY] as never } : {}),
            ...(typeof argument === 'string' ? { faultArgument: argument } : {}),
          },
          SILENT_CLIENT,
          signal,
        ).catch((error: unknown) => ({ isError: true, content: [{ type: 'text' as const, text: String(error) }] }));
      };
      let result = await send(0);
      const recovery = (task.faults ?? []).find((fault) => fault.turn === index && fault.call === position)?.recovery;
      if (result.isError === true && (recovery === 'retry' || recovery === 'correct')) result = await send(1);
      results[index]![position] = resultText(result);
    }
  }
  return state.world(task.seed);
}

/** Stamps the server sets from its clock of calls (`updated_at`), which move with any extra read: not part of the end state. */
const STAMP = /^(created|updated|modified|lastmodified|lastupdated)(at|on|time)?$/;
const normal = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

type Net = 'created' | 'updated' | 'deleted';

/** What a world's changes did to each record, net (`entity\0id` → created, updated or deleted). */
function netChanges(world: WorldTables): Map<string, { entity: string; id: string | number; net: Net; created: boolean }> {
  const net = new Map<string, { entity: string; id: string | number; net: Net; created: boolean }>();
  for (const change of world.changes) {
    const key = `${change.entity}\u0000${String(change.id)}`;
    const before = net.get(key);
    const created = before?.created === true || change.action === 'create';
    net.set(key, {
      entity: change.entity,
      id: change.id,
      net: change.action === 'delete' ? 'deleted' : created ? 'created' : 'updated',
      created,
    });
  }
  return net;
}

function fieldsOf(world: WorldTables, entity: string, id: string | number): Json {
  const fields = world.entities().includes(entity) ? (world.table(entity).get(String(id))?.fields ?? {}) : {};
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !STAMP.test(normal(key))));
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** A record as a reason names it: its entity, its id and a few of its fields, a status first. */
function describe(entity: string, id: string | number, fields: Json): string {
  const scalars = Object.entries(fields)
    .filter(([key, value]) => normal(key) !== 'id' && ['string', 'number', 'boolean'].includes(typeof value))
    .sort(([a], [b]) => Number(/status|state/i.test(b)) - Number(/status|state/i.test(a)))
    .slice(0, 3);
  return `${entity} ${shown(id)}${scalars.length > 0 ? ` (${scalars.map(([key, value]) => `${key} ${shown(value)}`).join(', ')})` : ''}`;
}

/** Fields both records hold whose values differ, as `status "open" where the plan has "closed"`. */
function fieldDifferences(actual: Json, expected: Json): string[] {
  return Object.keys(expected)
    .filter((key) => key in actual && JSON.stringify(actual[key]) !== JSON.stringify(expected[key]))
    .map((key) => `${key} ${shown(actual[key])} where the plan has ${shown(expected[key])}`);
}

/**
 * Compares the session's world with the plan's at the end (docs/eval.md, "world"): every record either
 * world created, changed or deleted must end the same in both — there or gone, and with the same fields
 * where both changed it (the server's time stamps aside). Undefined when neither world changed anything.
 */
export function compareWorlds(expected: WorldTables, actual: WorldTables): WorldVerdict | undefined {
  const plan = netChanges(expected);
  const session = netChanges(actual);
  const keys = [...new Set([...plan.keys(), ...session.keys()])];
  if (keys.length === 0) return undefined;
  const reasons: string[] = [];
  for (const key of keys) {
    const want = plan.get(key);
    const got = session.get(key);
    const { entity, id } = (want ?? got)!;
    const planFields = fieldsOf(expected, entity, id);
    const sessionFields = fieldsOf(actual, entity, id);
    // A record neither created is one the seeded world holds: untouched, it is still there.
    const wantThere = want ? want.net !== 'deleted' : !got?.created;
    const gotThere = got ? got.net !== 'deleted' : !want?.created;
    if (wantThere && !gotThere)
      reasons.push(
        got?.net === 'deleted'
          ? `${describe(entity, id, planFields)} was deleted; the plan keeps it`
          : `the plan creates ${describe(entity, id, planFields)}; the session did not`,
      );
    else if (!wantThere && gotThere)
      reasons.push(
        want?.net === 'deleted'
          ? `${describe(entity, id, sessionFields)} should have been deleted; it is still there`
          : `the session created ${describe(entity, id, sessionFields)}; the plan creates no such record`,
      );
    else if (wantThere && !got)
      reasons.push(`${describe(entity, id, planFields)} is how the plan leaves it; the session did not change it`);
    else if (wantThere && !want) reasons.push(`the session changed ${describe(entity, id, sessionFields)}; the plan leaves it as it was`);
    else if (wantThere) {
      const differences = fieldDifferences(sessionFields, planFields);
      if (differences.length > 0) reasons.push(`${entity} ${shown(id)} ends with ${differences.join(', ')}`);
    }
  }
  return { score: (keys.length - reasons.length) / keys.length, reasons };
}
