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

  it('gives no reason rather than one that is not a thing ("for the nearest", "for the api")', () => {
    const nearest = namedQuestion('latitude', 'lat', tool('nearest', 'Nearest.', { lat: { type: 'number' } }), 'ab') ?? '';
    expect(nearest).toMatch(/latitude/);
    expect(nearest).not.toMatch(/for the nearest/);
    const forecast = namedQuestion('city', 'city', tool('forecast', 'Forecast.', { city: { type: 'string' } }), 'ab') ?? '';
    expect(forecast).toMatch(/I need it for the forecast\./);
  });

  it('says its reason in speech, not a summary with a parameter name ("by articleModelId") or Title Case', () => {
    const reviews = tool('get_article_reviews_summaries', 'Get Article Reviews Summaries by articleModelId', {
      articleModelId: { type: 'string' },
    });
    const question = namedQuestion('article model ID', 'articleModelId', reviews, 'ab') ?? '';
    expect(question).toMatch(/article model ID/);
    expect(question).not.toMatch(/articleModelId|Article Reviews/);
  });
});

describe('a clarifying question for a new record or a bare preposition', () => {
  it('asks what a record to be made should have, never which one is meant', () => {
    const create = tool('payments_creditors_create', '', { name: { type: 'string' } });
    expect(namedQuestion('name', 'name', create, 'a')).toMatch(/What name should the new creditor have\?/);
  });

  it('says a value labelled by a preposition by its description', () => {
    const forex = tool('get_v1_historic_forex_from_to_date', 'Historic Forex Ticks.', {
      from: { type: 'string', description: 'From Symbol of the currency pair' },
    });
    expect(namedQuestion('from', 'from', forex, 'a')).toMatch(/^What is the from symbol of the currency pair\?/);
  });
});
