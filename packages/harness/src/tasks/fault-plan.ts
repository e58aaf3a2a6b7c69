import type { FaultKind, PlannedFault, Random, Task } from '@inftool/core';

/**
 * How often each planned fault is chosen, and the reaction it calls for. No 'report' fault on a valid
 * value: a 422 that rejects a ZIP code or a provider the user gave correctly, for no reason the
 * conversation shows, would teach a model to distrust valid input.
 */
const FAULTS: Array<{ weight: number; fault: FaultKind; recovery: PlannedFault['recovery'] }> = [
  { weight: 0.3, fault: 'rate_limited', recovery: 'retry' },
  { weight: 0.25, fault: 'server_error', recovery: 'retry' },
  { weight: 0.2, fault: 'timeout', recovery: 'retry' },
  { weight: 0.25, fault: 'invalid_arguments', recovery: 'correct' },
];

/** A fault for call `call` of turn `turn`; `correctable` says whether the assistant can make (and fix) its own mistake there. */
export function pickFault(random: Random, turn: number, call: number, correctable: boolean): PlannedFault {
  const choices = FAULTS.filter((choice) => correctable || choice.recovery !== 'correct');
  const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
  let roll = random.next() * total;
  for (const choice of choices) {
    roll -= choice.weight;
    if (roll < 0) return { turn, call, fault: choice.fault, recovery: choice.recovery };
  }
  const last = choices.at(-1) as (typeof choices)[number];
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
 * The `callMeta` hook for the assistant: `_meta["inftool/fault"]` on the first attempt of each
 * planned faulty call (the first call of its tool in its turn), so the server fails it and a retry
 * succeeds. An assistant's own invalid arguments (`correct`) need no help: the server's validation
 * rejects them. A `not_found` call names the id the user mistyped: the server answers 404.
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
    return fault && call.attempt === 0 ? { 'inftool/fault': fault.fault } : undefined;
  };
}
