import { FAULT_KINDS, type FaultKind, type Random } from '@inftool/core';

/** Flaky-API behaviour for robustness training and agent testing. Seeded: the same run fails the same way. */
export interface FaultOptions {
  /** Share of calls (0–1) that fail: an error result, a slow call or a timeout. Defaults to 0. */
  rate: number;
  /** Added to every call: a fixed delay or a [min, max] range in ms. Defaults to 0. */
  latencyMs: number | [number, number];
  /** How long a call that "times out" hangs before its 504 result. Defaults to 10 000. */
  timeoutMs: number;
  /** Extra delay of a "slow" call, a [min, max] range in ms. Defaults to [2000, 5000]. */
  slowMs: [number, number];
}

export const noFaults: FaultOptions = { rate: 0, latencyMs: 0, timeoutMs: 10_000, slowMs: [2_000, 5_000] };

export type Fault =
  { kind: 'none' } | { kind: 'error'; text: string } | { kind: 'slow'; delayMs: number } | { kind: 'timeout'; afterMs: number };

const ERRORS = [
  '500 Internal Server Error: the upstream service failed to process the request',
  '502 Bad Gateway: invalid response from the upstream server',
  '503 Service Unavailable: the service is temporarily overloaded, try again later',
  '429 Too Many Requests: rate limit exceeded, retry after 2 seconds',
];

export function planFault(options: FaultOptions, random: Random): Fault {
  if (options.rate <= 0 || !random.chance(options.rate)) return { kind: 'none' };
  const roll = random.next();
  if (roll < 0.6) return { kind: 'error', text: random.pick(ERRORS) };
  if (roll < 0.85) return { kind: 'slow', delayMs: random.int(options.slowMs[0], options.slowMs[1]) };
  return { kind: 'timeout', afterMs: options.timeoutMs };
}

/** The fault kinds a task may plan: the contract's list, one home for both. */
export const PLANNED_FAULT_KINDS = FAULT_KINDS;
export type PlannedFaultKind = FaultKind;

/** How long a planned timeout hangs before its 504: short, so a scenario costs little wall time. */
export const PLANNED_TIMEOUT_MS = 150;

export function isPlannedFaultKind(value: unknown): value is PlannedFaultKind {
  return typeof value === 'string' && (PLANNED_FAULT_KINDS as readonly string[]).includes(value);
}

/** The text of a 504 after a call hung: what a gateway says, without the simulator's short wait in it. */
export const GATEWAY_TIMEOUT_TEXT = '504 Gateway Timeout: the server did not respond in time';

/** Page sizes and counts services cap requests at. */
const CAPS = [10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * The most a service takes of a count sent as `sent` (`limit: 500` → 250): the largest usual cap below
 * it, so the planner (which picks the corrected value) and the server (which names it) agree without
 * telling each other. Undefined for a count no cap is below.
 */
export function capBelow(sent: number): number | undefined {
  return CAPS.findLast((cap) => cap < sent);
}

/** The way a date is written that a service asks for, by the shape of the value it takes (`2025-03-04` → `YYYY-MM-DD`). */
function dateFormat(sent: unknown): string {
  return typeof sent === 'string' && /T\d{2}:\d{2}/.test(sent) ? 'YYYY-MM-DDTHH:MM:SS' : 'YYYY-MM-DD';
}

/**
 * The argument a 404 is about: the last one named as an identifier (`FaxSid`, then the media's own
 * `Sid`; `newsletterKey`, then `editionKey`), else the first.
 */
function idArgument(args: Record<string, unknown>): [string, unknown] | undefined {
  const entries = Object.entries(args).filter(([, value]) => typeof value === 'string' || typeof value === 'number');
  return (
    entries.findLast(([name]) =>
      /(^|[_-])(id|sid|uuid|guid|key|slug|code)$|(Id|Sid|Uuid|Guid|Key|ID|SID|KEY)$|^(id|sid|key|uuid|guid)$/i.test(name),
    ) ?? entries[0]
  );
}

/**
 * The error result of a planned fault, as a real API words it (never naming the simulator's tool or
 * wait). `invalid_arguments` names the first argument given (the service rejects its value although
 * its type is right); `not_found` names the identifier no record has (`entity`: what an id parameter names).
 * `argument`, when the call has it, is the one both are about (the id the user mistyped).
 */
export function plannedFault(
  kind: PlannedFaultKind,
  tool: string,
  args: Record<string, unknown>,
  entity: (parameter: string) => string = () => 'resource',
  argument?: string,
): Fault {
  const named: [string, unknown] | undefined = argument !== undefined && argument in args ? [argument, args[argument]] : undefined;
  switch (kind) {
    case 'rate_limited':
      return { kind: 'error', text: '429 Too Many Requests: rate limit exceeded, retry after 1 second' };
    case 'server_error':
      return { kind: 'error', text: '500 Internal Server Error: an unexpected error occurred while processing the request' };
    case 'unavailable':
      return { kind: 'error', text: '503 Service Unavailable: the service is briefly down for maintenance, retry after 2 seconds' };
    case 'timeout':
      return { kind: 'timeout', afterMs: PLANNED_TIMEOUT_MS };
    case 'invalid_arguments': {
      const [name, value] = named ?? Object.entries(args)[0] ?? ['the request', undefined];
      return {
        kind: 'error',
        text: `422 Unprocessable Entity: ${tool} rejected ${name}${value === undefined ? '' : ` = ${JSON.stringify(value)}`}: the service does not accept this value`,
      };
    }
    case 'out_of_range': {
      const [name, value] = named ?? Object.entries(args).find(([, entry]) => typeof entry === 'number') ?? ['limit', undefined];
      const cap = typeof value === 'number' ? capBelow(value) : undefined;
      return {
        kind: 'error',
        text: `422 Unprocessable Entity: ${name} must be at most ${cap ?? 100}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`,
      };
    }
    case 'bad_format': {
      const [name, value] = named ?? Object.entries(args)[0] ?? ['date', ''];
      return {
        kind: 'error',
        text: `400 Bad Request: ${name} "${String(value)}" is not a valid date; expected the format ${dateFormat(value)}`,
      };
    }
    case 'not_found':
    case 'wrong_id': {
      // As the world words a record it does not hold: `404 Not Found: fax "FX…" does not exist`.
      const [name, value] = named ?? idArgument(args) ?? ['id', ''];
      return { kind: 'error', text: `404 Not Found: ${entity(name)} "${String(value)}" does not exist` };
    }
  }
}

export function baseLatency(options: FaultOptions, random: Random): number {
  const latency = options.latencyMs;
  return Array.isArray(latency) ? random.int(latency[0], latency[1]) : latency;
}

/** Parses `--latency-ms` values: `200` or `100-400`. */
export function parseLatency(text: string): number | [number, number] {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text);
  if (!match?.[1]) throw new Error(`latency must be N or MIN-MAX milliseconds, got "${text}"`);
  const low = Number(match[1]);
  if (match[2] === undefined) return low;
  const high = Number(match[2]);
  if (high < low) throw new Error(`latency range "${text}" has its maximum below its minimum`);
  return [low, high];
}
