import { describe, expect, it } from 'vitest';
import { scoreElicitations } from './score-elicitation.js';
import type { RelayedQuestion } from './score-session.js';
import { servedCalls } from './served-calls.js';
import type { TurnWireRecord } from './session-server.js';

const MESSAGE = 'get_booking needs: booking_id';
const SCHEMA = { type: 'object', properties: { booking_id: { type: 'string' } }, required: ['booking_id'] };

/** A call without the booking id, the server's question about it, the client's answer (if any), and the call's result. */
function wire(answer: Record<string, unknown> | undefined): TurnWireRecord[] {
  const records: TurnWireRecord[] = [
    { direction: 'client_to_server', time: 1, turn: 0, message: { jsonrpc: '2.0', id: 1, method: 'initialize', params: {} } },
    {
      direction: 'client_to_server',
      time: 2,
      turn: 0,
      message: { jsonrpc: '2.0', id: 0, method: 'tools/call', params: { name: 'get_booking', arguments: {} } },
    },
    {
      direction: 'server_to_client',
      time: 3,
      turn: 0,
      related: 0,
      message: { jsonrpc: '2.0', id: 0, method: 'elicitation/create', params: { message: MESSAGE, requestedSchema: SCHEMA } },
    },
  ];
  if (answer) records.push({ direction: 'client_to_server', time: 4, turn: 0, message: { jsonrpc: '2.0', id: 0, ...answer } });
  records.push({
    direction: 'server_to_client',
    time: 5,
    turn: 0,
    message: { jsonrpc: '2.0', id: 0, result: { content: [{ type: 'text', text: '{}' }] } },
  });
  return records;
}

const accepted = (id: string) => ({ result: { action: 'accept', content: { booking_id: id } } });
const relayed = (answer: RelayedQuestion['answer']): RelayedQuestion[] => [
  { turn: 0, request: { message: MESSAGE, requestedSchema: SCHEMA }, answer },
];

describe('the elicitation score', () => {
  it('links the question to its call, and an accepted answer completes the arguments the call ran with', () => {
    const [call] = servedCalls(wire(accepted('5415193')));
    expect(call).toMatchObject({ name: 'get_booking', sent: {}, arguments: { booking_id: '5415193' }, isError: false });
    expect(call?.elicitation).toEqual({
      turn: 0,
      message: MESSAGE,
      fields: ['booking_id'],
      answer: { action: 'accept', content: { booking_id: '5415193' } },
    });
  });

  it('a relayed question must reach the server with the user answer', () => {
    const right = scoreElicitations(
      servedCalls(wire(accepted('5415193'))),
      relayed({ action: 'accept', content: { booking_id: '5415193' } }),
      ['Hi'],
    );
    expect(right).toEqual({ score: 1, reasons: [] });
    const changed = scoreElicitations(
      servedCalls(wire(accepted('1111111'))),
      relayed({ action: 'accept', content: { booking_id: '5415193' } }),
      ['Hi'],
    );
    expect(changed.score).toBe(0);
    expect(changed.reasons).toEqual([
      `the user answered the server's question "${MESSAGE}" with booking_id "5415193"; the agent told the server booking_id "1111111"`,
    ]);
    const declined = scoreElicitations(servedCalls(wire(accepted('5415193'))), relayed({ action: 'decline' }), ['Hi']);
    expect(declined.reasons[0]).toMatch(/with decline; the agent told the server accept$/);
  });

  it('not relayed: a value the user gave, or an honest decline, is right; a made-up value or no answer is not', () => {
    const calls = servedCalls(wire(accepted('5415193')));
    expect(scoreElicitations(calls, [], ['Please look up booking 5415193.']).score).toBe(1);
    const invented = scoreElicitations(calls, [], ['Please look up my booking.']);
    expect(invented).toEqual({
      score: 0,
      reasons: [`the agent answered the server's question "${MESSAGE}" itself with booking_id "5415193", which the user never gave`],
    });
    expect(scoreElicitations(servedCalls(wire({ result: { action: 'decline' } })), [], ['Hi']).score).toBe(1);
    expect(scoreElicitations(servedCalls(wire(undefined)), [], ['Hi']).reasons).toEqual([
      `the agent's client never answered the server's question "${MESSAGE}"`,
    ]);
    expect(scoreElicitations(servedCalls(wire({ error: { code: -32603, message: 'no user here' } })), [], ['Hi']).reasons[0]).toMatch(
      /with an error: no user here$/,
    );
  });

  it('is absent when the server asked nothing', () => {
    const plain = wire(undefined).filter((record) => record.message['method'] !== 'elicitation/create');
    expect(scoreElicitations(servedCalls(plain), [], ['Hi'])).toEqual({ reasons: [] });
  });
});
