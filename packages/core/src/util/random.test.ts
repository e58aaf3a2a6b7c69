import { describe, expect, it } from 'vitest';
import { createRandom, seedFrom } from './random.js';

describe('seeded random', () => {
  it('repeats for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.int(0, 1000));
    };
    expect(draw(seedFrom('tool', { a: 1 }))).toEqual(draw(seedFrom('tool', { a: 1 })));
    expect(draw(seedFrom('tool', { a: 1 }))).not.toEqual(draw(seedFrom('tool', { a: 2 })));
  });

  it('stays in range and is roughly uniform', () => {
    const random = createRandom(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i += 1) counts[random.int(0, 3)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });
});
