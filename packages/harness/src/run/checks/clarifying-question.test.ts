import { describe, expect, it } from 'vitest';
import { vagueQuestion } from './clarifying-question.js';

const offered = [
  {
    name: 'post_evidence_filter',
    description: 'Batch filter available evidence.',
    parameters: {
      type: 'object',
      properties: {
        body: {
          type: 'string',
          description: 'Filters to apply when retrieving evidence string objects.',
          examples: ['{"target":["ENSG00000094755"], "disease":["EFO_0003767"]}'],
        },
      },
    },
  },
  { name: 'posts_get_one', description: 'Get a post.', parameters: { type: 'object', properties: { key: { type: 'string' } } } },
  { name: 'get_autocomplete', description: 'Suggest.', parameters: { type: 'object', properties: { q: { type: 'string' } } } },
];

describe('vagueQuestion (scenario_missing_param)', () => {
  it('rejects a question that names nothing the value is', () => {
    expect(vagueQuestion('Happy to. Which details should I send with the request?', ['post_evidence_filter.body'], offered)).toMatch(
      /does not name/,
    );
    expect(
      vagueQuestion('Sure. What exactly should I send? I need the details to go ahead.', ['post_evidence_filter.body'], offered),
    ).toBeDefined();
  });

  it('rejects a reason that names no thing, and passes one that does', () => {
    expect(vagueQuestion('Which post do you mean? I need its key for the nearest.', ['posts_get_one.key'], offered)).toMatch(
      /names no thing/,
    );
    expect(vagueQuestion('What key should I use? I need it for the calculate.', ['posts_get_one.key'], offered)).toMatch(/names no thing/);
    expect(vagueQuestion('Which post do you mean? I need its key for the forecast.', ['posts_get_one.key'], offered)).toBeUndefined();
    expect(vagueQuestion('Which post do you mean? I need its key to get the post.', ['posts_get_one.key'], offered)).toBeUndefined();
  });

  it('judges an object body by the fields it requires', () => {
    const products = [
      { name: 'get_products', parameters: { type: 'object', properties: { body: { type: 'object', required: ['ServiceCode'] } } } },
    ];
    expect(vagueQuestion('Happy to. Which details should I send with the request?', ['get_products.body'], products)).toBeDefined();
    expect(vagueQuestion('Which service code should I send? I need it for the products.', ['get_products.body'], products)).toBeUndefined();
  });

  it('passes a question that names the value in words', () => {
    expect(
      vagueQuestion(
        'Which targets and diseases should I send? I need them to batch filter available evidence.',
        ['post_evidence_filter.body'],
        offered,
      ),
    ).toBeUndefined();
    expect(vagueQuestion('Which post do you mean? I need its key to get a post.', ['posts_get_one.key'], offered)).toBeUndefined();
    expect(vagueQuestion('What should I search for?', ['get_autocomplete.q'], offered)).toBeUndefined();
  });
});
