import { ownDescription } from '@inftool/core';
import type { CatalogTool } from '../catalog/catalog.js';
import { entityAction, nameWords } from './entity-rules.js';

type Json = Record<string, unknown>;

/**
 * A change that went through says so (docs/sim-server.md, "Outcomes"): a failure is the fault
 * injector's to plan, as an error result, never a drawn `status: "RJ"` or `available: false` inside a
 * success. A create's status is one of the enum's states of a record made (`created`, `active`,
 * `ACCEPTED`, a lifecycle's `CR`), a delete's one of a record gone (`deleted`); where the enum has none,
 * at least no refusal (`rejected`, `RJ`, `ER`). Flags that say it happened (`available`, `success`) are true.
 */

/** States of a record just made. */
const MADE = /^(cr|created|active|activated|confirmed|accepted|approved|booked|succeeded|successful|success|ok|live|enabled|open|placed)$/i;
/** States of a record removed. */
const GONE = /^(deleted|removed|destroyed|success|successful|ok|done)$/i;
/** States of a change refused or broken: `RJ` and `ER` are the rejected and error codes of a lifecycle (`CR`, `LN`, `RJ`, `ER`, `EX`). */
export const REFUSED_STATUS =
  /^(rj|er|ex|error|errored|fail|failed|failure|fault|rejected|declined|denied|refused|invalid|expired|revoked|unavailable|not[ _-]?found|payment[ _-]?(required|abandoned))$/i;
/** Flags that a made record holds true, and those a delete's result does. */
const DONE_FLAG = {
  create: /^(available|success|succeeded|ok|confirmed|booked|accepted|created|sent)$/i,
  delete: /^(success|succeeded|ok|deleted|removed)$/i,
};

/** The action a change takes, for its outcome: a create, a delete, or none (a read, an update, a computation). */
export function writeAction(tool: CatalogTool): 'create' | 'delete' | undefined {
  const action = entityAction(tool);
  if (action === 'create' || action === 'delete') return action;
  // `requisition_created` ("Create a new requisition"): a POST named for its result creates all the same
  const first = nameWords(ownDescription(tool.spec.description) ?? '')[0];
  return action === 'other' && tool.spec.annotations?.readOnlyHint !== true && first === 'create' ? 'create' : undefined;
}

/** The values an enum of `property` allows, through `allOf`/`anyOf`/`oneOf`. */
function enumOf(property: Json | undefined): unknown[] {
  const parts = [
    property,
    ...(['allOf', 'anyOf', 'oneOf'] as const).flatMap((of) => (Array.isArray(property?.[of]) ? (property[of] as Json[]) : [])),
  ];
  return parts.flatMap((part) => (Array.isArray(part?.['enum']) ? (part['enum'] as unknown[]) : []));
}

/** The state a record of `action` is left in, from `choices`: the current one when it says so, else the first that does, else one that is no refusal. */
export function doneState(current: unknown, choices: readonly unknown[], action: 'create' | 'delete'): unknown {
  const done = action === 'create' ? MADE : GONE;
  const states = choices.filter((choice): choice is string => typeof choice === 'string');
  if (typeof current === 'string' && done.test(current.trim())) return current;
  const fitting = states.find((state) => done.test(state.trim()));
  if (fitting !== undefined) return fitting;
  if (typeof current !== 'string' || !REFUSED_STATUS.test(current.trim())) return current;
  return states.find((state) => !REFUSED_STATUS.test(state.trim())) ?? current;
}

/**
 * `record` (a result or a world record's fields) with its status in a done state and its done flags
 * true, by the record's schema; the same object when nothing changes.
 */
export function doneRecord(record: Json, schema: Json | undefined, action: 'create' | 'delete'): Json {
  const properties = (schema?.['properties'] ?? {}) as Record<string, Json | undefined>;
  let changed: Json | undefined;
  for (const [key, value] of Object.entries(record)) {
    let next = value;
    if (/^(status|state)$/i.test(key)) next = doneState(value, enumOf(properties[key]), action);
    else if (value === false && DONE_FLAG[action].test(key) && properties[key]?.['const'] === undefined) next = true;
    if (next !== value) (changed ??= { ...record })[key] = next;
  }
  return changed ?? record;
}

/** A write's result with its outcome done, at its top or in its `data` envelope (`{"data": {"status": …}}`). */
export function doneOutcome(value: Json, schema: Json | undefined, action: 'create' | 'delete'): Json {
  const top = doneRecord(value, schema, action);
  const data = value['data'];
  const dataSchema = ((schema?.['properties'] ?? {}) as Record<string, Json | undefined>)['data'];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return top;
  const inner = doneRecord(data as Json, dataSchema, action);
  return inner === data ? top : { ...top, data: inner };
}
