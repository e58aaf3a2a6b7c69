import {
  canonicalJson,
  type FaultKind,
  type PlannedFault,
  type Random,
  type Task,
  FAULT_ARGUMENT_META_KEY,
  FAULT_META_KEY,
} from '@inftool/core';

/**
 * The server-side faults and the reaction each calls for: the world fails, the assistant retries once.
 * The assistant's own mistake (a number sent as text, a date in the wrong format, `correct`) is never
 * planned: a model trained on it learns to make the mistake. Errors the user causes (a mistyped id or
 * code, `not_found`/`ask`) are planned by the sampler where the call has such a value. No 'report'
 * fault on a valid value: a 422 that rejects a ZIP code the user gave correctly, for no reason the
 * conversation shows, would teach a model to distrust valid input.
 */
const FAULTS: Array<{ weight: number; fault: FaultKind; recovery: PlannedFault['recovery'] }> = [
  { weight: 0.25, fault: 'rate_limited', recovery: 'retry' },
  { weight: 0.25, fault: 'server_error', recovery: 'retry' },
  { weight: 0.25, fault: 'unavailable', recovery: 'retry' },
  { weight: 0.25, fault: 'timeout', recovery: 'retry' },
];

/** A server-side fault (429, 500, 503 or a timeout) for call `call` of turn `turn`, to be retried. */
export function pickFault(random: Random, turn: number, call: number): PlannedFault {
  const total = FAULTS.reduce((sum, choice) => sum + choice.weight, 0);
  let roll = random.next() * total;
  for (const choice of FAULTS) {
    roll -= choice.weight;
    if (roll < 0) return { turn, call, fault: choice.fault, recovery: choice.recovery };
  }
  const last = FAULTS.at(-1) as (typeof FAULTS)[number];
  return { turn, call, fault: last.fault, recovery: last.recovery };
}

/**
 * An identifier as a person mistypes it: two neighbouring characters swapped (`FX18eb` → `FX1e8b`),
 * tried from the end (a prefix such as `FX` or `pos_` stays); `attempt` picks another pair.
 * Undefined when no two neighbours differ.
 */
export function mistyped(id: string, attempt = 0): string | undefined {
  const pairs: number[] = [];
  for (let index = id.length - 2; index >= Math.min(2, id.length - 2); index -= 1) {
    const [a, b] = [id[index] as string, id[index + 1] as string];
    if (a !== b && /[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b)) pairs.push(index);
  }
  const at = pairs[attempt];
  if (at === undefined) return undefined;
  return `${id.slice(0, at)}${id[at + 1] as string}${id[at] as string}${id.slice(at + 2)}`;
}

/** The planned fault on call `call` of turn `turn`, if any. */
export function faultAt(task: Task, turn: number, call: number): PlannedFault | undefined {
  return task.faults?.find((fault) => fault.turn === turn && fault.call === call);
}

/**
 * The argument a user-caused fault is about: the one the next step sends otherwise (the mistyped id,
 * then the right one), so the server's 404 names the value the user got wrong, never another id of the call.
 */
export function faultArgument(task: Task, fault: PlannedFault): string | undefined {
  if (fault.recovery !== 'ask') return undefined;
  const wrong = task.expectedCalls?.[fault.turn]?.[fault.call];
  const right = task.expectedCalls?.[fault.turn + 1]?.[fault.call];
  if (wrong === undefined || right === undefined || wrong.tool !== right.tool) return undefined;
  return Object.keys(wrong.arguments).find((name) => canonicalJson(wrong.arguments[name]) !== canonicalJson(right.arguments[name]));
}

/**
 * The `callMeta` hook for the assistant: `_meta["inftool/fault"]` on the first attempt of each
 * planned faulty call (the first call of its tool in its turn), so the server fails it and a retry
 * succeeds; for a value the user got wrong, `_meta["inftool/fault-argument"]` names it, so the 404
 * names the id sent. A `correct` fault of an older plan (the assistant's own mistake) needs no help:
 * the server's validation rejects it.
 */
export function plannedFaultMeta(
  task: Task,
): ((call: { turn: number; tool: string; attempt: number }) => Record<string, unknown> | undefined) | undefined {
  const faults = (task.faults ?? []).filter((fault) => fault.recovery !== 'correct');
  if (faults.length === 0) return undefined;
  return (call) => {
    const fault = faults.find(
      (planned) => planned.turn === call.turn && task.expectedCalls?.[planned.turn]?.[planned.call]?.tool === call.tool,
    );
    if (!fault || call.attempt !== 0) return undefined;
    const argument = faultArgument(task, fault);
    return { [FAULT_META_KEY]: fault.fault, ...(argument === undefined ? {} : { [FAULT_ARGUMENT_META_KEY]: argument }) };
  };
}
