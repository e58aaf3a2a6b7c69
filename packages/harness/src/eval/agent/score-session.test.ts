import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { scoreSession, sessionMessages, type PlayedSession } from './score-session.js';
import { servedCalls } from './served-calls.js';
import type { TurnWireRecord } from './session-server.js';

const request = (id: number, time: number, name: string, args: Record<string, unknown>, turn = 0): TurnWireRecord => ({
  direction: 'client_to_server',
  time,
  turn,
  message: { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } },
});
const answer = (id: number, time: number, data: unknown, isError = false, turn = 0): TurnWireRecord => ({
  direction: 'server_to_client',
  time,
  turn,
  message: { jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: JSON.stringify(data) }], structuredContent: data, isError } },
});

const task: Task = {
  id: 't1',
  kind: 'parallel',
  seed: 's',
  servers: ['weather'],
  tools: ['get_weather'],
  persona: { name: 'Ann', style: 'terse', background: 'traveller' },
  goal: 'weather in two cities',
  known: {},
  unknown: [],
  difficulty: 'easy',
  expectedCalls: [
    [
      { tool: 'get_weather', arguments: { city: 'Oslo' } },
      { tool: 'get_weather', arguments: { city: 'Lima' } },
    ],
  ],
};
const tools = [
  {
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
];

describe('servedCalls', () => {
  it('groups calls sent before any answer, or within 20 ms of the previous one, into one step', () => {
    const wire = [
      request(1, 1000, 'get_weather', { city: 'Oslo' }),
      answer(1, 1002, { temp: 3 }),
      request(2, 1010, 'get_weather', { city: 'Lima' }), // 10 ms after the first: sent together
      answer(2, 1012, { temp: 19 }),
      request(3, 1500, 'get_weather', { city: 'Rome' }), // after both answers, later: a new step
      request(4, 1600, 'get_weather', { city: 'Bern' }), // before any answer of its step: joins it
      answer(3, 1601, { temp: 12 }),
      { ...answer(4, 1602, { temp: 5 }), message: { jsonrpc: '2.0', id: 4, error: { code: -32602, message: 'bad city' } } },
      request(5, 1700, 'get_weather', { city: 'Oslo' }, 1), // another turn: step 0 again
    ];
    const calls = servedCalls(wire);
    expect(calls.map((call) => [call.turn, call.step])).toEqual([
      [0, 0],
      [0, 0],
      [0, 1],
      [0, 1],
      [1, 0],
    ]);
    expect(calls[3]).toMatchObject({ isError: true, text: 'JSON-RPC error -32602: bad city' });
    expect(calls[4]).toMatchObject({ isError: true, text: 'no answer' });
  });
});

describe('scoreSession', () => {
  const session = (wire: TurnWireRecord[], reply: string): PlayedSession => ({
    task,
    tools,
    wire,
    turns: [{ user: 'Weather in Oslo and Lima?', reply, ms: 5 }],
    endReason: 'every request was handled',
  });

  it('passes parallel calls in any order whose values the answer states', () => {
    const verdict = scoreSession(
      session(
        [
          request(1, 0, 'get_weather', { city: 'Lima' }),
          request(2, 1, 'get_weather', { city: 'Oslo' }),
          answer(1, 2, { temp: 19 }),
          answer(2, 3, { temp: 3 }),
        ],
        'Lima is at 19 degrees and Oslo at 3.',
      ),
    );
    expect(verdict).toMatchObject({ passed: true, scores: { completed: 1, calls: 1, answer: 1 }, reasons: [] });
  });

  it('loses the calls score for a missing parallel call, and the answer score for a result it does not state', () => {
    const verdict = scoreSession(session([request(1, 0, 'get_weather', { city: 'Oslo' }), answer(1, 2, { temp: 3 })], 'It is cold.'));
    expect(verdict.scores).toEqual({ completed: 1, calls: 0, answer: 0 });
    expect(verdict.reasons).toEqual([
      expect.stringMatching(
        /^calls: .*expected get_weather\(\{"city":"Oslo"\}\), get_weather\(\{"city":"Lima"\}\), got get_weather\(\{"city":"Oslo"\}\)$/,
      ),
      'answer: the final answer states no value of the result of get_weather({"city":"Oslo"})',
    ]);
    expect(verdict.failedTools).toEqual(['get_weather']);
  });

  it('wants an answer after failed calls to say they failed', () => {
    const failed = [request(1, 0, 'get_weather', { city: 'Oslo' }), answer(1, 2, { error: 'down' }, true)];
    const silent = scoreSession(session(failed, 'Done.'));
    expect(silent.scores.answer).toBe(0);
    expect(silent.reasons).toContain(
      'answer: every call of the last step failed (get_weather({"city":"Oslo"})) and the final answer does not say so',
    );
    expect(scoreSession(session(failed, 'The weather service failed; please try again later.')).scores.answer).toBe(1);
  });

  it('rebuilds the chat messages from the wire: user, calls by step, results, reply', () => {
    const played = session([request(1, 0, 'get_weather', { city: 'Lima' }), answer(1, 2, { temp: 19 })], 'Lima: 19.');
    const messages = sessionMessages(played, servedCalls(played.wire));
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'tool', 'assistant']);
    expect(messages[2]).toEqual({ role: 'tool', tool_call_id: 'call_0_0_0', content: '{"temp":19}' });
  });
});
