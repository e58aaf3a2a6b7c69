/**
 * A JSON-RPC error as the client should read it. The SDK sends a thrown error's `code`, `message` and
 * `data` as they are; its `McpError` prefixes the message with "MCP error -32602:", and the client's
 * `McpError` prefixes it once more, so official clients would print the code twice.
 */
export class WireError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'WireError';
  }
}

/** Arguments nested deeper than this are refused with -32602 before anything (validation included) walks them. */
export const MAX_ARGUMENT_DEPTH = 64;

/**
 * The path to the first value nested deeper than `limit` levels inside `value` (objects and arrays
 * count), or undefined when none is. Walks without recursion, so 10,000 levels cost no stack.
 */
export function tooDeepAt(value: unknown, limit: number, root = '$'): string | undefined {
  interface Step {
    value: unknown;
    depth: number;
    segment: string;
    parent: Step | undefined;
  }
  const stack: Step[] = [{ value, depth: 0, segment: '', parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const current = step.value;
    if (typeof current !== 'object' || current === null) continue;
    if (step.depth >= limit) {
      const segments: string[] = [];
      for (let at: Step | undefined = step; at?.parent !== undefined; at = at.parent) segments.unshift(at.segment);
      return `${root}${segments.slice(0, 3).join('')}${segments.length > 3 ? '…' : ''}`;
    }
    const entries: Array<readonly [string, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [`[${index}]`, item] as const)
      : Object.entries(current).map(
          ([key, item]) => [/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`, item] as const,
        );
    for (const [segment, item] of entries)
      if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: step.depth + 1, segment, parent: step });
  }
  return undefined;
}
