import type { Persona, PlannedCall } from '@inftool/core';
import type { ToolView } from '../user-simulator.js';

/** Templates of the offline user: typed in, text out. */

function phrase(tool: ToolView | undefined, call: PlannedCall): string {
  const description = tool?.description?.split(/(?<=[.!?])\s/)[0]?.replace(/[.!?]+$/, '').trim();
  if (description) return description.charAt(0).toLowerCase() + description.slice(1);
  return call.tool.replace(/[_.-]+/g, ' ');
}

export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  // A value an earlier result holds: the user points at it instead of spelling it out.
  if (typeof value === 'object' && value !== null && '$result' in value) return 'the one from your earlier result';
  return JSON.stringify(value);
}

function details(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  if (entries.length === 0) return '';
  return entries.map(([name, value]) => `${name.replace(/_/g, ' ')}: ${formatValue(value)}`).join(', ');
}

/** One request: the tool's purpose in words, then the argument values. */
export function requestText(persona: Persona, calls: PlannedCall[], tools: ReadonlyMap<string, ToolView>): string {
  const first = calls[0] as PlannedCall;
  const what = phrase(tools.get(first.tool), first);
  const body =
    calls.length === 1
      ? `${what}${details(first.arguments) ? ` (${details(first.arguments)})` : ''}`
      : `${what} for each of these: ${calls.map((call) => (call.tool === first.tool ? details(call.arguments) || '(no details)' : `${phrase(tools.get(call.tool), call)} (${details(call.arguments)})`)).join('; ')}`;
  switch (persona.style) {
    case 'terse':
      return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
    case 'formal':
      return `Good day. Could you please ${body}?`;
    default:
      return `Hi! I'd like you to ${body}. Thanks!`;
  }
}

export function answerText(values: Record<string, unknown>): string {
  return `Sure — ${details(values)}.`;
}

export const IRRELEVANT_REQUESTS = [
  'Write me a short poem about the sea at night.',
  'What is the capital of Australia, and why is it not Sydney?',
  'Tell me a joke about programmers.',
  'Summarise the plot of Hamlet in two sentences.',
  'Explain the difference between weather and climate.',
  'Translate "good morning" into Italian.',
];

export const PERSONAS: Persona[] = [
  { name: 'Ana', style: 'chatty', background: 'a small-business owner who likes to double-check things' },
  { name: 'Ben', style: 'terse', background: 'a developer in a hurry' },
  { name: 'Chloé', style: 'formal', background: 'an operations manager at a large company' },
  { name: 'Dev', style: 'chatty', background: 'a student trying the service for the first time' },
  { name: 'Eun-ji', style: 'terse', background: 'a travel agent handling many clients' },
  { name: 'Farid', style: 'formal', background: 'a researcher collecting data' },
];
