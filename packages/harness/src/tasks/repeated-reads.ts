import { canonicalJson, type PlannedCall } from '@inftool/core';
import { isResultRef, resultRef } from './result-refs.js';
import type { IndexedTool } from './tool-index.js';
import { roleOf, worldIds } from './tool-roles.js';

/**
 * A story never asks for the same thing twice (docs/harness.md, "Earlier results"): a turn whose one
 * call is a read or list an earlier turn made exactly (tool and arguments, references alike), with no
 * change of what it shows in between, is dropped; a later reference to it points at the earlier turn, which returned the
 * same, and later turns' references move up by one. A literal read of the record a list leads with
 * takes another record first (`apartFromListed`).
 */
export function withoutRepeatedReads(plan: PlannedCall[][], tools: readonly IndexedTool[], world: string): PlannedCall[][] {
  const byName = new Map(tools.map((tool) => [tool.spec.name, tool]));
  const role = (call: PlannedCall) => {
    const tool = byName.get(call.tool);
    return tool === undefined ? undefined : roleOf(tool);
  };
  // A change of the read's kind (a new record changes a list, not a record read by id), or a call of no known kind, may change what it shows.
  const changes = (other: PlannedCall, read: PlannedCall) => {
    const [change, shown] = [role(other), role(read)];
    if (change === undefined || shown === undefined || change.action === 'other') return true;
    if (change.action === 'read' || change.action === 'list') return false;
    return change.entity === shown.entity && (change.action !== 'create' || shown.action === 'list');
  };
  const reads = (call: PlannedCall) => ['read', 'list'].includes(role(call)?.action ?? '');
  let current = apartFromListed(plan, byName, world);
  for (let turn = 1; turn < current.length; turn += 1) {
    const earlier = repeatOf(current, turn, reads, changes);
    if (earlier === undefined) continue;
    current = dropTurn(current, turn, earlier);
    turn -= 1;
  }
  return current;
}

/** The earlier turn `turn` repeats exactly, with nothing since that changes what it shows, if any. */
function repeatOf(
  plan: PlannedCall[][],
  turn: number,
  reads: (call: PlannedCall) => boolean,
  changes: (other: PlannedCall, read: PlannedCall) => boolean,
): number | undefined {
  const calls = plan[turn] ?? [];
  const call = calls[0];
  if (calls.length !== 1 || call === undefined || !reads(call)) return undefined;
  for (let before = turn - 1; before >= 0; before -= 1) {
    const earlier = plan[before] ?? [];
    if (earlier.length === 1 && keyOf(earlier[0] as PlannedCall) === keyOf(call)) return before;
    if (earlier.some((other) => changes(other, call))) return undefined;
  }
  return undefined;
}

/** A call's tool and arguments, a reference whose value the plan knows (the record read earlier) as that value. */
const keyOf = (call: PlannedCall) => {
  const known = Object.entries(call.arguments).map(([name, value]) => [name, isResultRef(value) ? (value.$result.value ?? value) : value]);
  return `${call.tool} ${canonicalJson(Object.fromEntries(known))}`;
};

/** `plan` without `turn`, its references moved to `earlier` and later ones up by one. */
function dropTurn(plan: PlannedCall[][], turn: number, earlier: number): PlannedCall[][] {
  const moved = (value: unknown): unknown => {
    if (!isResultRef(value)) return value;
    const { turn: at, call, field, value: known } = value.$result;
    const target = at === turn ? earlier : at > turn ? at - 1 : at;
    return target === at ? value : resultRef(target, at === turn ? 0 : call, field, known);
  };
  return plan
    .filter((_, index) => index !== turn)
    .map((calls) =>
      calls.map((call) => ({
        ...call,
        arguments: Object.fromEntries(Object.entries(call.arguments).map(([name, value]) => [name, moved(value)])),
      })),
    );
}

/**
 * A list of all records (no arguments) leads with the world's first record of the kind: a read by a literal
 * id that is that record, in a story that also reads "the first one in that list", would read it twice.
 * The literal read takes the world's next record no turn names.
 */
function apartFromListed(plan: PlannedCall[][], byName: ReadonlyMap<string, IndexedTool>, world: string): PlannedCall[][] {
  const listedFirst = new Set(
    plan.flatMap((calls) =>
      calls.flatMap((call) =>
        Object.values(call.arguments).flatMap((value) => {
          if (!isResultRef(value) || !/^[^.]+\.0\.[^.]+$/.test(value.$result.field)) return [];
          const list = plan[value.$result.turn]?.[value.$result.call];
          return list !== undefined && Object.keys(list.arguments).length === 0 ? [call.tool] : [];
        }),
      ),
    ),
  );
  const named = new Set(
    plan.flatMap((calls) => calls.flatMap((call) => Object.values(call.arguments).map((value) => JSON.stringify(value)))),
  );
  return plan.map((calls) => calls.map((call) => (listedFirst.has(call.tool) ? apartCall(call, byName, world, named) : call)));
}

/** `call` with its literal id moved off the world's first record of its kind, when it names that record. */
function apartCall(call: PlannedCall, byName: ReadonlyMap<string, IndexedTool>, world: string, named: ReadonlySet<string>): PlannedCall {
  const tool = byName.get(call.tool);
  const role = tool === undefined ? undefined : roleOf(tool);
  const parameter = role?.idParameter;
  if (role === undefined || parameter === undefined || role.action !== 'read') return call;
  const ids = worldIds(role, world);
  const given = call.arguments[parameter];
  if (isResultRef(given) || ids.length < 2 || String(given) !== String(ids[0])) return call;
  const other = ids.slice(1).find((id) => !named.has(JSON.stringify(id)) && !named.has(JSON.stringify(String(id))));
  return other === undefined
    ? call
    : { ...call, arguments: { ...call.arguments, [parameter]: typeof given === 'string' ? String(other) : other } };
}
