import type { CallOutcome } from '../../packages/harness/src/roles/describe-result.js';

/**
 * A successful call as the offline answer writer reads it: `result` as it is when text, else its JSON;
 * with the tool's `description` and the user's `request` when given.
 */
export function callOutcome(
  tool: string,
  args: Record<string, unknown>,
  result: unknown,
  description?: string,
  request?: string,
): CallOutcome {
  return {
    tool,
    arguments: args,
    result: typeof result === 'string' ? result : JSON.stringify(result),
    isError: false,
    ...(description ? { description } : {}),
    ...(request === undefined ? {} : { request }),
  };
}
