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
          { id: 'a1', tool: 'get_booking', arguments: '{"booking_id":"x1","verbose":true}', order: 1 },
          { id: 'b1', tool: 'get_booking', arguments: '{"verbose":true,"booking_id":"x1"}', order: 1 },
        ],
        same: true,
      },
    ]);
    expect(marks.map((map) => map.size)).toEqual([0, 0]);
  });

  const ids = (rows: Array<{ calls: Array<{ id: string } | undefined> }>) => rows.map((row) => row.calls.map((entry) => entry?.id ?? '-'));

  it('pairs calls by tool and arguments, so one extra call early does not shift the rest', () => {
    const { rows, marks } = callDifferences([
      rollout([call('a1', 'search_flights', { to: 'OSL' })], [call('a2', 'book_flight', { flight: 'TP1' })]),
      rollout(
        [call('b0', 'list_airports', { country: 'NO' })],
        [call('b1', 'search_flights', { to: 'OSL' })],
        [call('b2', 'book_flight', { flight: 'TP1' })],
      ),
    ]);
    expect(ids(rows)).toEqual([
      ['-', 'b0'],
      ['a1', 'b1'],
      ['a2', 'b2'],
    ]);
    expect(rows.map((row) => row.same)).toEqual([false, true, true]);
    expect(rows[2]!.calls.map((entry) => entry?.order)).toEqual([2, 3]);
    expect(marks[1]).toEqual(new Map([['b0', { kind: 'extra', names: [] }]]));
    expect(marks[0]!.size).toBe(0);
  });

  it('pairs a call with the call of its tool whose arguments are closest', () => {
    const { rows, marks } = callDifferences([
      rollout([call('a1', 'get_order', { id: 'o-1' })], [call('a2', 'get_order', { id: 'o-2', lines: true })]),
      rollout([call('b1', 'get_order', { id: 'o-2', lines: false })]),
    ]);
    expect(ids(rows)).toEqual([
      ['a1', '-'],
      ['a2', 'b1'],
    ]);
    expect(marks[0]!.get('a1')).toEqual({ kind: 'extra', names: [] });
    expect(marks[1]!.get('b1')).toEqual({ kind: 'arguments', names: ['lines'] });
  });

  it('aligns calls made together in one message whatever their order there', () => {
    const { rows, marks } = callDifferences([
      rollout([call('a1', 'get_weather', { city: 'Paris' }), call('a2', 'get_weather', { city: 'Oslo' }), call('a3', 'get_time', {})]),
      rollout([call('b1', 'get_time', {}), call('b2', 'get_weather', { city: 'Oslo' }), call('b3', 'get_weather', { city: 'Paris' })]),
    ]);
    expect(rows.every((row) => row.same)).toBe(true);
    expect(new Set(rows.map((row) => row.calls.map((entry) => entry!.arguments).join(' ')))).toEqual(
      new Set(['{} {}', '{"city":"Oslo"} {"city":"Oslo"}', '{"city":"Paris"} {"city":"Paris"}']),
    );
    expect(marks.map((map) => map.size)).toEqual([0, 0]);
  });

  it('pairs a broken call of a parallel batch with the one it replaces, not with its closest neighbour', () => {
    const { rows, marks } = callDifferences([
      rollout([call('a1', 'get_weather', { city: 'Paris' }), call('a2', 'get_weather', { city: 'Oslo' })]),
      rollout([call('b1', 'get_weather', '[]'), call('b2', 'get_weather', { city: 'Oslo' })]),
    ]);
    expect(ids(rows)).toEqual([
      ['a1', 'b1'],
      ['a2', 'b2'],
    ]);
    expect(rows.map((row) => row.same)).toEqual([false, true]);
    expect(marks[1]).toEqual(new Map([['b1', { kind: 'arguments', names: ['(arguments)'] }]]));
  });

  it('puts the calls left between two pairs side by side (another tool there); what remains is extra', () => {
    const { rows, marks } = callDifferences([
      rollout(
        [call('a1', 'search', { q: 'x' })],
        [call('a2', 'book', { id: 1 })],
        [call('a3', 'pay', { id: 1 })],
        [call('a4', 'notify', {})],
      ),
      rollout([call('b1', 'search', { q: 'x' })], [call('b2', 'cancel', { id: 1 })], [call('b4', 'notify', {})]),
    ]);
    expect(ids(rows)).toEqual([
      ['a1', 'b1'],
      ['a2', 'b2'],
      ['a3', '-'],
      ['a4', 'b4'],
    ]);
    expect(marks[0]!.get('a2')).toEqual({ kind: 'tool', names: ['cancel'] });
    expect(marks[1]!.get('b2')).toEqual({ kind: 'tool', names: ['book'] });
    expect(marks[0]!.get('a3')).toEqual({ kind: 'extra', names: [] });
    expect(rows.map((row) => row.same)).toEqual([true, false, false, true]);
  });

  it('aligns three rollouts: other argument values by name, a call some make and others miss', () => {
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
    // The second rollout's booking lookup is the third's, not another tool at the place of the bookings.
    expect(ids(rows)).toEqual([
      ['a1', 'b1', 'c1'],
      ['a2', '-', 'c2'],
      ['-', 'b2', 'c3'],
    ]);
    expect(rows.map((row) => row.same)).toEqual([false, false, false]);
    // Place 1: b1 asks for another destination and adds seats; a1 and c1 each differ from b1 in those names.
    expect(marks[1]!.get('b1')).toEqual({ kind: 'arguments', names: ['seats', 'to'] });
    expect(marks[0]!.get('a1')).toEqual({ kind: 'arguments', names: ['seats', 'to'] });
    expect(marks[0]!.get('a2')).toEqual({ kind: 'extra', names: [] });
    expect(marks[1]!.get('b2')).toEqual({ kind: 'extra', names: [] });
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
