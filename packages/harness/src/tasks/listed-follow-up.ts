import type { PlannedCall } from '@inftool/core';
import { isResultRef, resultRef } from './result-refs.js';
import type { IndexedTool } from './tool-index.js';
import { idEntity, listItemField, roleOf } from './tool-roles.js';

/**
 * A follow-up picks from what was just shown (docs/harness.md, "Earlier results"): where a turn lists
 * records (`list_faxes`) and the next turn reads, changes or removes one record of that kind by an id the
 * conversation never named, that id is the list's first item (`faxes.0.sid`, "the first fax in that list"),
 * never a fourth fax the user could not have seen. A list scoped by a parent (`list_fax_media(FaxSid)`) or
 * one whose items carry no field the consumer takes is left as it is, and so is a read of a kind the
 * story read before (a list leads with the records already looked up: "the first fax" would be that fax again).
 */
export function followUpsFromLists(plan: PlannedCall[][], tools: readonly IndexedTool[]): PlannedCall[][] {
  const byName = new Map(tools.map((tool) => [tool.spec.name, tool]));
  const named = new Set<string>();
  const called = new Set<string>();
  // An id given way to a listed record stays that record in later turns (the media of the fax just read).
  const replaced = new Map<string, unknown>();
  return plan.map((calls, turn) => {
    const previous = turn > 0 ? plan[turn - 1]?.[0] : undefined;
    const next = calls.map((call) => {
      const carried = carry(call, replaced);
      const fresh = previous === undefined || carried !== call || called.has(call.tool);
      const listed = fresh ? carried : fromList(call, previous, turn - 1, byName, named);
      for (const [name, value] of Object.entries(call.arguments))
        if (!isResultRef(value) && isResultRef(listed.arguments[name])) replaced.set(String(value), listed.arguments[name]);
      return listed;
    });
    for (const call of calls) {
      called.add(call.tool);
      for (const value of Object.values(call.arguments)) if (!isResultRef(value)) named.add(String(value));
    }
    return next;
  });
}

/** `call` with each id an earlier follow-up gave way to a listed record's replaced by that record's reference. */
function carry(call: PlannedCall, replaced: ReadonlyMap<string, unknown>): PlannedCall {
  const entries = Object.entries(call.arguments);
  if (!entries.some(([, value]) => !isResultRef(value) && replaced.has(String(value)))) return call;
  const args = Object.fromEntries(
    entries.map(([name, value]) => [name, !isResultRef(value) && replaced.has(String(value)) ? replaced.get(String(value)) : value]),
  );
  return { ...call, arguments: args };
}

/** `call` with its record id read from `list`'s first item, where the list shows records of its kind and the id was never named. */
function fromList(
  call: PlannedCall,
  list: PlannedCall,
  listTurn: number,
  byName: ReadonlyMap<string, IndexedTool>,
  named: ReadonlySet<string>,
): PlannedCall {
  const tool = byName.get(call.tool);
  const listTool = byName.get(list.tool);
  if (tool === undefined || listTool === undefined) return call;
  const role = roleOf(tool);
  const listRole = roleOf(listTool);
  const parameter = role.idParameter;
  const id = parameter === undefined ? undefined : call.arguments[parameter];
  if (parameter === undefined || id === undefined || isResultRef(id) || named.has(String(id))) return call;
  if (listRole.idParameter !== undefined || !['list', 'read'].includes(listRole.action) || idEntity(role) !== listRole.entity) return call;
  const field = listItemField(listTool, role, parameter);
  // A list by another name (a read) leaves its items unknown to the world: only a bare key, which the world finds whatever it is, names one.
  if (field === undefined || (listRole.action === 'read' && !/(^|\.)(key|guid)$/i.test(field))) return call;
  return { ...call, arguments: { ...call.arguments, [parameter]: resultRef(listTurn, 0, field) } };
}
