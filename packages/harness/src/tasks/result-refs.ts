import type { PlannedCall } from '@inftool/core';

/**
 * A planned argument may stand for a value only an earlier result will hold: the id a `create_*`
 * call returns, read back by a later `get_*`. Written `{"$result": {"turn": 1, "call": 0, "field": "order_id"}}`.
 */
export interface ResultRef {
  $result: { turn: number; call: number; field: string };
}

export function isResultRef(value: unknown): value is ResultRef {
  return typeof value === 'object' && value !== null && '$result' in value && typeof (value as ResultRef).$result?.turn === 'number';
}

/** The field of a result: the exact name, else `id`, else the first `*_id` / `*Id`. */
export function fieldOf(result: unknown, field: string): unknown {
  let parsed = result;
  if (typeof result === 'string') {
    try {
      parsed = JSON.parse(result);
    } catch {
      return undefined;
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as Record<string, unknown>;
  if (record[field] !== undefined) return record[field];
  if (record['id'] !== undefined) return record['id'];
  const key = Object.keys(record).find((name) => /(_id|Id)$/.test(name));
  return key === undefined ? undefined : record[key];
}

/** The arguments with every reference replaced by the value it points to (or left when unknown). */
export function resolveRefs(call: PlannedCall, lookup: (turn: number, call: number) => unknown): PlannedCall {
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(call.arguments)) {
    if (!isResultRef(value)) {
      args[name] = value;
      continue;
    }
    const resolved = fieldOf(lookup(value.$result.turn, value.$result.call), value.$result.field);
    args[name] = resolved ?? value;
  }
  return { tool: call.tool, arguments: args };
}
