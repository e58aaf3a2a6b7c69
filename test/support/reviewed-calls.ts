import type { ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';

let next = 0;

/** A call as the checks see it after reading the wire: one successful call in `turn`, its result the JSON of `data`. */
export function reviewedCall(name: string, args: Record<string, unknown>, data: unknown, turn = 0): ReviewedCall {
  next += 1;
  return {
    id: `c${next}`,
    chatName: name,
    name,
    arguments: args,
    result: JSON.stringify(data),
    data,
    isError: false,
    rejected: false,
    turn,
    step: 0,
  };
}
