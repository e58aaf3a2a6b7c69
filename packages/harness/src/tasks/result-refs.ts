import type { PlannedCall } from '@inftool/core';

/**
 * A planned argument may stand for a value only an earlier result will hold: the id a `create_*`
 * call returns, read back by a later `get_*`. Written `{"$result": {"turn": 1, "call": 0, "field": "order_id"}}`.
 * `field` may be a dotted path into the result, list items by index: `faxes.0.sid`. `value`, when
 * the plan knows it (an existing record's id, read earlier), stands in where the result does not
 * hold that field by name (another id of the result, a summary's own `id`, never replaces it).
 */
export interface ResultRef {
  $result: { turn: number; call: number; field: string; value?: string | number };
}

export function isResultRef(value: unknown): value is ResultRef {
  return typeof value === 'object' && value !== null && '$result' in value && typeof (value as ResultRef).$result?.turn === 'number';
}

export function resultRef(turn: number, call: number, field: string, value?: string | number): ResultRef {
  return { $result: { turn, call, field, ...(value === undefined ? {} : { value }) } };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value under `name` (exactly, else case-insensitively), else (unless `strict`) `id`, else the first `*_id` / `*Id`. */
function idLike(record: Record<string, unknown>, name: string, strict = false): unknown {
  if (record[name] !== undefined) return record[name];
  const folded = Object.keys(record).find((key) => key.toLowerCase() === name.toLowerCase());
  if (folded !== undefined) return record[folded];
  if (strict) return undefined;
  if (record['id'] !== undefined) return record['id'];
  const key = Object.keys(record).find((key) => /(_id|Id)$/.test(key));
  return key === undefined ? undefined : record[key];
}

/** The first array of objects in a result (the result itself, or one of its fields), for list results. */
function firstList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return undefined;
  const direct = Object.values(value).find((field) => Array.isArray(field) && field.some(isRecord));
  if (direct) return direct as unknown[];
  for (const field of Object.values(value)) if (isRecord(field)) return firstList(field);
  return undefined;
}

/**
 * The field of a result. A plain name: the exact name, else `id`, else the first `*_id` / `*Id`. A
 * path (`items.0.id`) is walked; where the result names its list otherwise, item `0` of its first
 * list is taken and its field found as above.
 */
export function fieldOf(result: unknown, field: string, strict = false): unknown {
  let parsed = result;
  if (typeof result === 'string') {
    try {
      parsed = JSON.parse(result);
    } catch {
      return undefined;
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const path = field.split('.');
  if (path.length === 1) return isRecord(parsed) ? idLike(parsed, field, strict) : undefined;
  let current: unknown = parsed;
  for (const [step, name] of path.entries()) {
    if (step === path.length - 1) return isRecord(current) ? idLike(current, name, strict) : undefined;
    const next: unknown = Array.isArray(current) ? current[Number(name)] : isRecord(current) ? current[name] : undefined;
    if (next === undefined) {
      // The list is under another name: take the same item of the result's first list.
      const index = path.slice(step).find((part) => /^\d+$/.test(part));
      const list = firstList(current);
      const item = list?.[Number(index ?? 0)];
      return isRecord(item) ? idLike(item, path.at(-1) as string, strict) : undefined;
    }
    current = next;
  }
  return undefined;
}

/** The arguments with every reference replaced by the value it points to (or left when unknown). */
export function resolveRefs(call: PlannedCall, lookup: (turn: number, call: number) => unknown): PlannedCall {
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(call.arguments)) {
    if (!isResultRef(value)) {
      args[name] = value;
      continue;
    }
    // A known value (the record the arc works on) gives way only to the result's field of that very name, never to another id it holds.
    const resolved = fieldOf(lookup(value.$result.turn, value.$result.call), value.$result.field, value.$result.value !== undefined);
    args[name] = resolved ?? value.$result.value ?? value;
  }
  return { tool: call.tool, arguments: args };
}
