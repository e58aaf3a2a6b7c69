import { PERSONAS, answerText } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const STYLES = [...new Set(PERSONAS.map((persona) => persona.style))];

describe('a missing value, given when asked', () => {
  it('is given plainly in every style: no apology for being asked', () => {
    const said = STYLES.flatMap((style) => Array.from({ length: 40 }, (_, seed) => answerText({ office: 'Berlin office' }, style, seed)));
    for (const text of said) {
      expect(text).toContain('Berlin office');
      expect(text).not.toMatch(/sorry|apolog|my bad|pardon/i);
    }
    // Several sayings, not one frame.
    expect(new Set(said).size).toBeGreaterThan(3);
  });
});
