import { describe, expect, it } from 'vitest';
import { callDifferences, type ComparedCall } from './call-diff.js';

const call = (id: string, name: string, args: Record<string, unknown> | string): ComparedCall => ({
  id,
  function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args) },
});
const rollout = (...steps: ComparedCall[][]) => [
  { role: 'user' },
  ...steps.map((calls) => ({ role: 'assistant', tool_calls: calls })),
  { role: 'assistant' },
];

describe('callDifferences (compare: where rollouts differ)', () => {
  it('finds no difference between rollouts that call the same tools with the same arguments, key order aside', () => {
    const { rows, marks } = callDifferences([
      rollout([call('a1', 'get_booking', { booking_id: 'x1', verbose: true })]),
      rollout([call('b1', 'get_booking', { verbose: true, booking_id: 'x1' })]),
    ]);
    expect(rows).toEqual([
      {
        place: 1,
        calls: [
          { id: 'a1', tool: 'get_booking', arguments: '{"booking_id":"x1","verbose":true}' },
          { id: 'b1', tool: 'get_booking', arguments: '{"verbose":true,"booking_id":"x1"}' },
        ],
        same: true,
      },
    ]);
    expect(marks.map((map) => map.size)).toEqual([0, 0]);
  });

  it('marks another tool, other argument values by name, and a call the others do not make', () => {
    const { rows, marks } = callDifferences([
      rollout(
        [call('a1', 'search_flights', { from: 'LIS', to: 'OSL', date: '2026-05-02' })],
        [call('a2', 'book_flight', { flight: 'TP1' })],
      ),
      rollout(
        [call('b1', 'search_flights', { from: 'LIS', to: 'BGO', date: '2026-05-02', seats: 2 })],
        [call('b2', 'get_booking', { id: 'k' })],
      ),
      rollout(
        [call('c1', 'search_flights', { from: 'LIS', to: 'OSL', date: '2026-05-02' })],
        [call('c2', 'book_flight', { flight: 'TP1' })],
        [call('c3', 'get_booking', { id: 'k' })],
      ),
    ]);
    expect(rows.map((row) => row.same)).toEqual([false, false, false]);
    // Place 1: b1 asks for another destination and adds seats; a1 and c1 each differ from b1 in those names.
    expect(marks[1]!.get('b1')).toEqual({ kind: 'arguments', names: ['seats', 'to'] });
    expect(marks[0]!.get('a1')).toEqual({ kind: 'arguments', names: ['seats', 'to'] });
    // Place 2: b2 is another tool than a2 and c2.
    expect(marks[1]!.get('b2')).toEqual({ kind: 'tool', names: ['book_flight'] });
    expect(marks[0]!.get('a2')).toEqual({ kind: 'tool', names: ['get_booking'] });
    // Place 3: only the third rollout calls.
    expect(rows[2]!.calls.map((entry) => entry?.id)).toEqual([undefined, undefined, 'c3']);
    expect(marks[2]!.get('c3')).toEqual({ kind: 'extra', names: [] });
  });

  it('compares arguments that are not a JSON object as a whole', () => {
    const { marks } = callDifferences([
      rollout([call('a', 'f', '[]')]),
      rollout([call('b', 'f', { q: 1 })]),
      rollout([call('c', 'f', '[]')]),
    ]);
    expect(marks[0]!.get('a')).toEqual({ kind: 'arguments', names: ['(arguments)'] });
    expect(marks[1]!.get('b')).toEqual({ kind: 'arguments', names: ['(arguments)'] });
  });
});
