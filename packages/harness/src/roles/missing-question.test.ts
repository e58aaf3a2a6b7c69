import { describe, expect, it } from 'vitest';
import { namedQuestion } from './missing-question.js';

const tool = (name: string, description: string, properties: Record<string, unknown>) => ({
  name,
  description,
  parameters: { type: 'object', properties },
});

describe('a clarifying question names the missing value and why it is needed', () => {
  it('asks which record is meant for its own handle, with what it is needed for', () => {
    const question = namedQuestion('key', 'key', tool('posts_get_one', 'Get a post.', { key: { type: 'string' } }), 'a');
    expect(question).toMatch(/\bpost\b/);
    expect(question).toMatch(/\bkey\b/);
    expect(question).toMatch(/I need (its key|it) to get a post/);
  });

  it('asks for a request body by the parts its example holds, never "which details"', () => {
    const filter = tool('post_evidence_filter', 'Batch filter available evidence.', {
      body: { type: 'string', examples: ['{"target":["ENSG00000094755"], "disease":["EFO_0003767"]}'] },
    });
    const question = namedQuestion('body', 'body', filter, 'a') ?? '';
    expect(question).toMatch(/targets and diseases/);
    expect(question).toMatch(/evidence/);
    expect(question).not.toMatch(/details/);
  });

  it('asks for another value by its label, saying what it is for', () => {
    const question = namedQuestion(
      'region',
      'region',
      tool('get_spots_month', 'Get the change chart for the month.', { region: {} }),
      'ab',
    );
    expect(question).toMatch(/region/);
    expect(question).toMatch(/I need it to get the change chart for the month/);
  });
});
