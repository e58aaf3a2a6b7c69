import type { RecordSummary, RunFile } from './api.js';
import { isJsonObject } from '@inftool/core';

/** A summary and the words free text is matched against (lower case, cut). */
export interface LineSummary {
  summary: RecordSummary;
  text: string;
}

const PREVIEW_CHARS = 160;
const SEARCH_CHARS = 800;

type Json = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * What the viewer needs of one line of a run file, read without the record contract (a line the
 * contract refuses is still listed, with its `error`; opening it says why in full).
 */
export function summarizeLine(line: string, file: RunFile, number: number): LineSummary {
  const empty = unreadable(file, number, Buffer.byteLength(line, 'utf8'));
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { summary: { ...empty, error: `not JSON (${(error as Error).message})` }, text: '' };
  }
  if (!isJsonObject(json) || !isJsonObject(json['task']) || !Array.isArray(json['messages']))
    return { summary: { ...empty, error: 'not a Trajectory line: it has no task or no messages' }, text: '' };
  const task = json['task'];
  const { tools, calls, userTexts, answer } = readMessages(json['messages'].filter(isJsonObject));
  const checks = Array.isArray(json['checks']) ? json['checks'].filter(isJsonObject) : [];
  const { tokens, models, reward } = readFigures(json);
  const timings = isJsonObject(json['timings']) ? json['timings'] : {};
  const summary: RecordSummary = {
    ...empty,
    id: text(json['id']) || empty.id,
    taskId: text(task['id']),
    kind: text(task['kind']) || 'unknown',
    outcome: text(json['outcome']) || 'unknown',
    failed: checks.filter((check) => check['ok'] === false).map((check) => text(check['id'])),
    tools: [...tools].filter((name) => name !== ''),
    servers: Array.isArray(task['servers']) ? task['servers'].map(text) : [],
    userTurns: userTexts.length,
    calls,
    ms: typeof timings['ms'] === 'number' ? timings['ms'] : null,
    reward: Object.keys(reward).length > 0 ? reward : null,
    tokens,
    models,
    preview: (userTexts[0] ?? '').slice(0, PREVIEW_CHARS),
  };
  const search = [summary.id, ...summary.tools, text(task['goal']), answer, ...userTexts].join('\n').slice(0, SEARCH_CHARS).toLowerCase();
  return { summary, text: search };
}

/** The summary of a line that cannot be read as a record (the caller adds the `error`). */
function unreadable(file: RunFile, number: number, bytes: number): RecordSummary {
  return {
    file,
    line: number,
    id: `${file}:${number}`,
    taskId: '',
    kind: 'unknown',
    outcome: 'unreadable',
    failed: [],
    tools: [],
    servers: [],
    userTurns: 0,
    calls: 0,
    bytes,
    ms: null,
    reward: null,
    tokens: {},
    models: {},
    preview: '',
  };
}

/** What the messages hold: the tools called, how many calls, the user's texts and the last answer. */
function readMessages(messages: Json[]): { tools: Set<string>; calls: number; userTexts: string[]; answer: string } {
  const tools = new Set<string>();
  let calls = 0;
  const userTexts: string[] = [];
  let answer = '';
  for (const message of messages) {
    if (message['role'] === 'user') userTexts.push(text(message['content']));
    if (message['role'] !== 'assistant') continue;
    const toolCalls = Array.isArray(message['tool_calls']) ? message['tool_calls'].filter(isJsonObject) : [];
    for (const call of toolCalls) {
      calls += 1;
      if (isJsonObject(call['function'])) tools.add(text(call['function']['name']));
    }
    if (typeof message['content'] === 'string' && message['content'] !== '') answer = message['content'];
  }
  return { tools, calls, userTexts, answer };
}

/** The record's token usage and models by role, and its reward parts. */
function readFigures(json: Json): { tokens: RecordSummary['tokens']; models: Record<string, string>; reward: Record<string, number> } {
  const tokens: RecordSummary['tokens'] = {};
  if (isJsonObject(json['usage']))
    for (const [role, usage] of Object.entries(json['usage']))
      if (isJsonObject(usage))
        tokens[role] = { prompt: Number(usage['promptTokens']) || 0, completion: Number(usage['completionTokens']) || 0 };
  const models: Record<string, string> = {};
  if (isJsonObject(json['models']))
    for (const [role, model] of Object.entries(json['models'])) if (typeof model === 'string') models[role] = model;
  const reward: Record<string, number> = {};
  if (isJsonObject(json['reward']))
    for (const [part, value] of Object.entries(json['reward'])) if (typeof value === 'number') reward[part] = value;
  return { tokens, models, reward };
}
