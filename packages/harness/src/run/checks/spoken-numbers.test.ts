import { describe, expect, it } from 'vitest';
import { answerProblem } from './final-answer.js';
import { saysSpoken, unreadableQuantity } from './spoken-numbers.js';
import { sharedNothing } from './shared-nothing.js';
import type { ReviewedTurn } from './conversation.js';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';

const turn = (answer: string, data: unknown, user = 'please'): ReviewedTurn => ({
  user,
  steps: [[reviewedCall('tool', {}, data)]],
  answer,
});

describe('spoken numbers: amounts in words of scale, spans in hours and minutes', () => {
  it('reads a scale word and a span back as the value a result holds', () => {
    expect(saysSpoken('the revenue is 670 billion usd', 670_000_000_000)).toBe(true);
    expect(saysSpoken('the revenue is 80.523 million usd', 80_523_000)).toBe(true);
    expect(saysSpoken('the revenue is 67 billion usd', 670_000_000_000)).toBe(false);
    expect(saysSpoken('the duration is 18 hours 57 minutes', 1137)).toBe(true);
    expect(saysSpoken('a duration of 15 minutes', 900)).toBe(true);
    expect(saysSpoken('a duration of 1 hour', 3600)).toBe(true);
    expect(saysSpoken('a duration of 9 minutes 27 seconds', 567)).toBe(true);
    expect(saysSpoken('a duration of 9 minutes', 567)).toBe(false);
  });

  it('finds an amount in bare digits and a long span in bare minutes or seconds, unless the result or the user said it so', () => {
    expect(unreadableQuantity('Amazon has a revenue of 670000000000.00 USD.', '')).toBe('670000000000.00 USD');
    expect(unreadableQuantity('the duration is 1137 minutes', '')).toBe('1137 minutes');
    expect(unreadableQuantity('Painting displayed for 300 seconds.', '{"status":"Painting displayed for 300 seconds."}')).toBeUndefined();
    expect(unreadableQuantity('a duration of 90 seconds and a price of 1,006,111.07 USD', '')).toBeUndefined();
  });

  it('rejects an answer with an unreadable amount or span; accepts the same values said in words', () => {
    const revenue = { company_name: 'Amazon', revenue: 670000000000, unit: 'USD' };
    expect(answerProblem(turn('Amazon has a revenue of 670000000000.00 USD.', revenue), 0)).toMatch(/no one reads: "670000000000.00 USD"/);
    expect(answerProblem(turn('Amazon has a revenue of 670 billion USD.', revenue), 0)).toBeUndefined();
    const route = { distance: 1212.8, distance_unit: 'km', duration_minutes: 1137 };
    expect(answerProblem(turn('The distance is 1212.8 km and the duration is 1137 minutes.', route), 0)).toMatch(/no one reads/);
    expect(answerProblem(turn('The distance is 1212.8 km and the duration is 18 hours 57 minutes.', route), 0)).toBeUndefined();
  });
});

describe('shared nothing: a zero said for all items', () => {
  it('rejects "all with snow 0 mm", accepts a shared value that tells something', () => {
    const hours = [
      { datetime: '2025-03-15:11', temp: 18, snow: 0 },
      { datetime: '2025-03-15:12', temp: 19.5, snow: 0 },
    ];
    expect(answerProblem(turn('For Melbourne, 2 entries match, all with snow 0 mm: at 11:00 18 °C; at 12:00 19.5 °C.', hours), 0)).toMatch(
      /a zero for all items/,
    );
    expect(answerProblem(turn('For Melbourne, 2 entries match: at 11:00 18 °C; at 12:00 19.5 °C.', hours), 0)).toBeUndefined();
    expect(sharedNothing('I found 3 faxes, all with 20 pages: FX1, FX2 and FX3.')).toBeUndefined();
    expect(sharedNothing('2 players, all with rating 0.5: A and B.')).toBeUndefined();
  });
});
