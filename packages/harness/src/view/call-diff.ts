/**
 * Where the rollouts of one task differ in their tool calls (the viewer's compare page). Calls are
 * aligned by content, as `diff` aligns lines: each rollout's calls are paired, keeping their order,
 * with calls of the same tool whose arguments are closest (the most argument values in common), one
 * rollout after another; the calls left over between two paired places are then put side by side by
 * their order there (another tool at that place), and what remains is a call the other rollouts do
 * not make (they miss it). Calls made together in one message have no
 * order among them: they are aligned by tool and arguments. (No Node imports: the page bundles this module.)
 */

/** A call as the chat holds it: arguments are JSON text. */
export interface ComparedCall {
  id: string;
  function: { name: string; arguments: string };
}

/** How a call differs from the calls at its place in the other rollouts. */
export interface CallMark {
  /** `tool`: another rollout calls another tool here; `arguments`: the same tool with other arguments; `extra`: some rollout has no call here. */
  kind: 'tool' | 'arguments' | 'extra';
  /** The argument names whose values differ (for `arguments`), or the other tools called here (for `tool`). */
  names: string[];
}

/** A call in a row of the comparison; `order` is its place (1-based) among its rollout's calls. */
export interface PlacedCall {
  id: string;
  tool: string;
  arguments: string;
  order: number;
}

/** One place of the alignment: each rollout's call there (none: the rollout misses it), and whether they all agree. */
export interface CallRow {
  place: number;
  calls: Array<PlacedCall | undefined>;
  same: boolean;
}

export interface CallDifferences {
  rows: CallRow[];
  /** Per rollout (in the order given): its calls that differ, by call id. */
  marks: Array<Map<string, CallMark>>;
}

/** Arguments as a value: parsed JSON, or the text when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** JSON with object keys sorted, so `{"a":1,"b":2}` and `{"b":2,"a":1}` compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

// its own copy, not core's `isJsonObject`: this file is bundled into the viewer's page, which must not pull in core
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A call with its arguments read once: what the alignment compares. */
interface Call extends PlacedCall {
  /** The message it was made in. */
  batch: number;
  value: unknown;
  canonical: string;
}

/** The argument names whose values differ between two calls (`(arguments)` when either is not an object). */
function differingNames(a: Call, b: Call): string[] {
  if (!isObject(a.value) || !isObject(b.value)) return a.canonical === b.canonical ? [] : ['(arguments)'];
  const left = a.value;
  const right = b.value;
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => canonical(left[key]) !== canonical(right[key])).sort();
}

/** How alike two calls are: undefined for two tools (never paired first), else 1 plus the share of argument values in common. */
function likeness(a: Call, b: Call): number | undefined {
  if (a.tool !== b.tool) return undefined;
  if (!isObject(a.value) || !isObject(b.value)) return a.canonical === b.canonical ? 2 : 1;
  const names = new Set([...Object.keys(a.value), ...Object.keys(b.value)]);
  if (names.size === 0) return 2;
  return 1 + (names.size - differingNames(a, b).length) / names.size;
}

/** A rollout's calls in conversation order, each with the message it was made in. */
function callsOf(messages: ReadonlyArray<{ role: string; tool_calls?: ComparedCall[] }>): Call[] {
  let order = 0;
  return messages.flatMap((message, batch) =>
    message.role !== 'assistant'
      ? []
      : (message.tool_calls ?? []).map((call) => {
          const value = parsed(call.function.arguments);
          order += 1;
          return {
            id: call.id,
            tool: call.function.name,
            arguments: call.function.arguments,
            order,
            batch,
            value,
            canonical: canonical(value),
          };
        }),
  );
}

/** How alike a call is to the closest call of a row (-1: none of its tool there). */
const rowLikeness = (row: Array<Call | undefined>, call: Call): number =>
  Math.max(-1, ...row.map((other) => (other === undefined ? -1 : (likeness(other, call) ?? -1))));

/**
 * Calls made together in one message have no order among them: each such batch is put in the order
 * of the rows its calls are most like (closest pairs first), so the alignment, which keeps order, can
 * pair them all.
 */
function orderBatches(rows: Array<Array<Call | undefined>>, calls: Call[]): Call[] {
  const batches = new Map<number, Call[]>();
  for (const call of calls) batches.set(call.batch, [...(batches.get(call.batch) ?? []), call]);
  return [...batches.values()].flatMap((batch) => {
    if (batch.length < 2) return batch;
    const candidates = batch.flatMap((call) =>
      rows.flatMap((row, at) => {
        const score = rowLikeness(row, call);
        return score < 0 ? [] : [{ call, at, score }];
      }),
    );
    candidates.sort((a, b) => b.score - a.score || a.at - b.at || a.call.order - b.call.order);
    const rowOf = new Map<Call, number>();
    const taken = new Set<number>();
    for (const { call, at } of candidates) {
      if (rowOf.has(call) || taken.has(at)) continue;
      rowOf.set(call, at);
      taken.add(at);
    }
    return [...batch].sort((a, b) => (rowOf.get(a) ?? Infinity) - (rowOf.get(b) ?? Infinity) || a.order - b.order);
  });
}

/**
 * Pairs of (row, call) that keep both orders and give the most likeness (rows and calls of one tool
 * only): the longest-common-subsequence table, weighted.
 */
function anchors(rows: Array<Array<Call | undefined>>, calls: Call[]): Array<[number, number]> {
  const pair = rows.map((row) => calls.map((call) => rowLikeness(row, call)));
  const best = Array.from({ length: rows.length + 1 }, () => new Array<number>(calls.length + 1).fill(0));
  for (let i = 1; i <= rows.length; i += 1)
    for (let j = 1; j <= calls.length; j += 1) {
      const here = pair[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, here < 0 ? 0 : best[i - 1]![j - 1]! + here);
    }
  const pairs: Array<[number, number]> = [];
  for (let i = rows.length, j = calls.length; i > 0 && j > 0;) {
    const here = pair[i - 1]![j - 1]!;
    if (here >= 0 && best[i]![j] === best[i - 1]![j - 1]! + here) pairs.push([(i -= 1), (j -= 1)]);
    else if (best[i]![j] === best[i - 1]![j]) i -= 1;
    else j -= 1;
  }
  return pairs.reverse();
}

/** Adds one rollout's calls as a new column: each paired call in its row; a call left over gets a row of its own, in order. */
function addColumn(rows: Array<Array<Call | undefined>>, given: Call[], column: number): Array<Array<Call | undefined>> {
  const calls = orderBatches(rows, given);
  const next: Array<Array<Call | undefined>> = [];
  let row = 0;
  let call = 0;
  for (const [pairRow, pairCall] of [...anchors(rows, calls), [rows.length, calls.length] as const]) {
    for (; row < pairRow; row += 1) next.push([...rows[row]!, undefined]);
    for (; call < pairCall; call += 1) next.push([...new Array<Call | undefined>(column).fill(undefined), calls[call]]);
    if (pairRow < rows.length) next.push([...rows[pairRow]!, calls[pairCall]]);
    row = pairRow + 1;
    call = pairCall + 1;
  }
  return next;
}

/**
 * The rest, side by side: in each run of rows that hold one call only (between rows that pair calls),
 * each rollout's calls are lined up by their order there, so another tool at the same place shares a row.
 */
function packLeftovers(rows: Array<Array<Call | undefined>>, columns: number): Array<Array<Call | undefined>> {
  const packed: Array<Array<Call | undefined>> = [];
  let run: Array<Array<Call | undefined>> = [];
  const flush = () => {
    const queues = Array.from({ length: columns }, (_, column) => run.flatMap((row) => (row[column] ? [row[column]] : [])));
    for (let at = 0; at < Math.max(0, ...queues.map((queue) => queue.length)); at += 1) packed.push(queues.map((queue) => queue[at]));
    run = [];
  };
  for (const row of rows) {
    if (row.filter(Boolean).length === 1) run.push(row);
    else {
      flush();
      packed.push(row);
    }
  }
  flush();
  return packed;
}

/** The mark of one call against the other calls of its row, if it differs. */
function markOf(call: Call, others: Call[], missing: boolean): CallMark | undefined {
  const otherTools = [...new Set(others.map((other) => other.tool).filter((tool) => tool !== call.tool))].sort();
  if (otherTools.length > 0) return { kind: 'tool', names: otherTools };
  const names = [...new Set(others.flatMap((other) => differingNames(call, other)))].sort();
  if (names.length > 0) return { kind: 'arguments', names };
  return missing ? { kind: 'extra', names: [] } : undefined;
}

/** Aligns the calls of each rollout (the assistant messages' `tool_calls`) by content and marks where they differ. */
export function callDifferences(rollouts: Array<ReadonlyArray<{ role: string; tool_calls?: ComparedCall[] }>>): CallDifferences {
  const sequences = rollouts.map(callsOf);
  let aligned: Array<Array<Call | undefined>> = (sequences[0] ?? []).map((call) => [call]);
  for (let column = 1; column < sequences.length; column += 1) aligned = addColumn(aligned, sequences[column]!, column);
  aligned = packLeftovers(aligned, sequences.length);
  const marks = sequences.map(() => new Map<string, CallMark>());
  const rows = aligned.map((line, index): CallRow => {
    const present = line.filter((call): call is Call => call !== undefined);
    const missing = present.length < line.length;
    let same = !missing;
    line.forEach((call, column) => {
      if (call === undefined) return;
      const mark = markOf(
        call,
        present.filter((other) => other !== call),
        missing,
      );
      if (mark === undefined) return;
      same = false;
      marks[column]!.set(call.id, mark);
    });
    const calls = line.map((call) => call && { id: call.id, tool: call.tool, arguments: call.arguments, order: call.order });
    return { place: index + 1, calls, same };
  });
  return { rows, marks };
}
