/**
 * Where the rollouts of one task differ in their tool calls (the viewer's compare page). Calls are
 * lined up by their order in each conversation: the n-th call of one rollout against the n-th call of
 * every other. (No Node imports: the page bundles this module.)
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

/** One place in the calls' order: each rollout's call there (or none), and whether they all agree. */
export interface CallRow {
  place: number;
  calls: Array<{ id: string; tool: string; arguments: string } | undefined>;
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The argument names whose values differ between two calls of one tool (`(arguments)` when either is not an object). */
function differingNames(a: string, b: string): string[] {
  const left = parsed(a);
  const right = parsed(b);
  if (!isObject(left) || !isObject(right)) return canonical(left) === canonical(right) ? [] : ['(arguments)'];
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => canonical(left[key]) !== canonical(right[key])).sort();
}

/** Lines up the calls of each rollout (the assistant messages' `tool_calls`, in order) and marks where they differ. */
export function callDifferences(rollouts: Array<Array<{ role: string; tool_calls?: ComparedCall[] }>>): CallDifferences {
  const sequences = rollouts.map((messages) =>
    messages.flatMap((message) => (message.role === 'assistant' ? (message.tool_calls ?? []) : [])),
  );
  const places = Math.max(0, ...sequences.map((calls) => calls.length));
  const marks = sequences.map(() => new Map<string, CallMark>());
  const rows: CallRow[] = [];
  for (let place = 0; place < places; place += 1) {
    const here = sequences.map((calls) => calls[place]);
    const present = here.filter((call): call is ComparedCall => call !== undefined);
    const tools = new Set(present.map((call) => call.function.name));
    let same = present.length === here.length && tools.size === 1;
    here.forEach((call, index) => {
      if (!call) return;
      const others = here.filter((other, at): other is ComparedCall => at !== index && other !== undefined);
      const otherTools = [...new Set(others.map((other) => other.function.name).filter((name) => name !== call.function.name))].sort();
      if (otherTools.length > 0) return void marks[index]!.set(call.id, { kind: 'tool', names: otherTools });
      const names = [...new Set(others.flatMap((other) => differingNames(call.function.arguments, other.function.arguments)))].sort();
      if (names.length > 0) {
        same = false;
        return void marks[index]!.set(call.id, { kind: 'arguments', names });
      }
      if (present.length < here.length) marks[index]!.set(call.id, { kind: 'extra', names: [] });
    });
    rows.push({
      place: place + 1,
      calls: here.map((call) => (call ? { id: call.id, tool: call.function.name, arguments: call.function.arguments } : undefined)),
      same,
    });
  }
  return { rows, marks };
}
