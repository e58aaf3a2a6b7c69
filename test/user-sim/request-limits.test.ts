import type { Persona } from '@inftool/core';
import { PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const tool: ToolView = {
  name: 'get_recommendations',
  description: 'Get recommendations by article ID.',
  inputSchema: {
    type: 'object',
    properties: { articleIds: { type: 'string' }, maxResults: { type: 'string' } },
    required: ['articleIds'],
  },
};

describe('a cap on how many come back', () => {
  it('is said as a cap ("up to 68 results"), never as a form field ("maximum results 68")', () => {
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const text = requestText(
        terse,
        [{ tool: tool.name, arguments: { articleIds: '9230747', maxResults: '68' } }],
        new Map([[tool.name, tool]]),
        {
          seed,
        },
      );
      expect(text).toMatch(/up to 68 results/);
      expect(text).not.toMatch(/max(imum)? results 68/i);
    }
  });
});
