import { momentValue, isJsonObject } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { errorResult } from './error-result.js';

/**
 * Reports of one world (docs/harness.md, `series_consistent`): (a) the same subject (a region) at the
 * same moment with a different cumulative count in two results of the conversation, or such a count
 * that falls from one result's moment to a later one's; (b) a report (`{summary, …, generated_on}`)
 * of an asked day generated before that day or more than two days after it; (c) the whole of a
 * report whose call named no place (`get_summary_latest`) named after a region rather than the world.
 */

type Json = Record<string, unknown>;
const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

const DAY = 86_400_000;
const CUMULATIVE = /^(total_?(cases|deaths|recovered|confirmed)|confirmed|deaths|recovered)$/;
const WHOLE = /^(summary|total|totals|overall|global|world|all)$/i;
const GENERATED = /^(generated|generated_(on|at|time)|report_?generated(_on|_at)?)$/;
const DAY_ARGUMENT = /^(date|day|on|as_?of|for_?date|report_?date|date_?of)$/i;
const PLACE_ARGUMENT = /region|country|state|province|place|location|city|iso|continent|area/i;
const WORLD_NAME = /^(global|world|worldwide|the world|all|total|overall|all regions|international)$/i;

const when = (time: number) => new Date(time).toISOString().slice(0, 16).replace('T', ' ');
const args = (call: ReviewedCall): Json => (typeof call.arguments === 'object' ? call.arguments : {});

interface Reading {
  subject: string;
  key: string;
  time: number;
  value: number;
  tool: string;
}

/** The cumulative counts of each reading of a map keyed by moments (`{"2025-05-09T12:20:00Z": {name, total_cases…}}`). */
function readings(call: ReviewedCall): Reading[] {
  const found: Reading[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonObject(value)) return;
    for (const [key, entry] of Object.entries(value)) {
      const time = /^\d{4}-\d{2}-\d{2}/.test(key) ? momentValue(key) : undefined;
      if (time === undefined || !isJsonObject(entry) || typeof entry['name'] !== 'string') continue;
      for (const [count, number] of Object.entries(entry))
        if (CUMULATIVE.test(snake(count)) && typeof number === 'number')
          found.push({ subject: entry['name'].toLowerCase(), key: count, time, value: number, tool: call.chatName });
    }
    Object.values(value).forEach(visit);
  };
  visit(call.data);
  return found;
}

/** Readings of one subject and count from different results that disagree at a moment or fall over time. */
function driftProblems(calls: ReviewedCall[]): string[] {
  const problems: string[] = [];
  const groups = new Map<string, Array<Reading & { call: number }>>();
  calls.forEach((call, index) => {
    for (const reading of readings(call)) {
      const id = `${reading.subject}/${reading.key}`;
      groups.set(id, [...(groups.get(id) ?? []), { ...reading, call: index }]);
    }
  });
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.time - b.time);
    sorted.forEach((reading, index) => {
      const before = sorted[index - 1];
      if (before === undefined || before.call === reading.call) return;
      const [a, b] = [`${before.value} in ${before.tool}`, `${reading.value} in ${reading.tool}`];
      if (before.time === reading.time && before.value !== reading.value)
        problems.push(`${reading.subject} ${reading.key} at ${when(reading.time)} is ${a} but ${b}`);
      else if (reading.value < before.value)
        problems.push(`${reading.subject} ${reading.key} falls from ${a} (${when(before.time)}) to ${b} (${when(reading.time)})`);
    });
  }
  return problems;
}

/** A report generated outside its asked day (or up to two days after), and an unscoped report's whole named for a region. */
function reportProblems(call: ReviewedCall): string[] {
  const problems: string[] = [];
  const asked = Object.entries(args(call)).find(([key, value]) => DAY_ARGUMENT.test(key) && typeof value === 'string')?.[1];
  const day = typeof asked === 'string' && /^\d{4}-\d{2}-\d{2}/.test(asked) ? Date.parse(asked.slice(0, 10)) : NaN;
  const scoped = Object.entries(args(call)).some(([key, value]) => PLACE_ARGUMENT.test(key) && value !== undefined && value !== '');
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isJsonObject(value)) return;
    const wholeKey = Object.keys(value).find((key) => WHOLE.test(key) && isJsonObject(value[key]));
    const generatedKey = Object.keys(value).find((key) => GENERATED.test(snake(key)));
    const generated = generatedKey === undefined ? undefined : momentValue(value[generatedKey]);
    if (wholeKey !== undefined && generated !== undefined && !Number.isNaN(day) && (generated < day || generated >= day + 3 * DAY))
      problems.push(`${call.chatName}: the report of ${String(asked).slice(0, 10)} was generated ${when(generated)}`);
    const name = wholeKey === undefined ? undefined : (value[wholeKey] as Json)['name'];
    if (!scoped && typeof name === 'string' && !WORLD_NAME.test(name.trim()))
      problems.push(`${call.chatName}: the ${wholeKey as string} of a report asked for no place is named "${name}", not the world`);
    Object.values(value).forEach(visit);
  };
  visit(call.data);
  return problems;
}

/** Every report-world problem of the conversation's successful results. */
export function reportWorldProblems(conversation: Conversation): string[] {
  const calls = conversation.calls.filter((call) => !call.rejected && !errorResult(call) && call.data !== undefined);
  return [...driftProblems(calls), ...calls.flatMap(reportProblems)];
}
