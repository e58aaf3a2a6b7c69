import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { placeholderText } from '@inftool/core';
import { generateValue } from '../value-generator.js';
import { dataExample } from './description-hints.js';
import { SOCIAL_QUERIES } from './lexicon.js';
import { toolTopic } from './topic.js';

const faker = new Faker({ locale: [en] });

/** Twenty values of `schema` under `name` in a hotel tool. */
function values(schema: Record<string, unknown>, name: string): unknown[] {
  return Array.from({ length: 20 }, (_, seed) => {
    faker.seed(seed + 1);
    return generateValue(schema, name, { faker, root: schema, context: { tool: 'list_hotels' } });
  });
}

describe('spec examples that are placeholders are not data', () => {
  it('never copies a sample email, message, address, name, caption or link', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['email', { type: 'string', examples: ['hello@example.com'], description: "The email of this podcast's producer." }],
      ['content', { type: 'string', examples: ['Your super awesome message'], description: 'Message to send to the recipient' }],
      ['line1', { type: 'string', examples: ['12 Sample Avenue'], description: 'First line of the address.' }],
      ['lastName', { type: 'string', examples: ['Carreón Sample'], description: 'Family name or surname.' }],
      ['altText', { type: ['string', 'null'], examples: ['A photo of an object'], description: 'Alternative text for the image.' }],
      ['url', { type: 'string', examples: ['https://example.com/'], title: 'Url' }],
      [
        'short',
        {
          type: 'string',
          examples: ["Don't expect anything fancy. This fictional example hotel has the bare minimum content."],
          description: "A short description that helps highlight what's special about this hotel.",
        },
      ],
    ];
    for (const [name, schema] of cases)
      for (const value of values(schema, name)) {
        expect(typeof value, name).toBe('string');
        expect(placeholderText(value as string), `${name}: ${String(value)}`).toBeUndefined();
      }
  });

  it('gives a line of an address one line, never a whole address', () => {
    const line1 = { type: 'string', description: 'First line of the address.', examples: ['12 Sample Avenue'] };
    const line2 = { type: 'string', description: 'Second line of the address.', examples: ['string'] };
    for (const value of [...values(line1, 'line1'), ...values(line2, 'line2')]) expect(value).not.toMatch(/,/);
  });

  it('keeps an example that is data', () => {
    const copied = values({ type: 'string', examples: ['Hotel Artemis Amsterdam'], description: 'Name of the hotel.' }, 'name');
    expect(copied).toContain('Hotel Artemis Amsterdam');
  });

  it('gives a latitude as a number of a real point, never the description\'s "23.5S"', () => {
    const schema = { type: 'string', description: 'Latitude of the point, always in the format, for example ``23.5S``', default: '23.2N' };
    for (const value of values(schema, 'lat')) {
      expect(value).toMatch(/^-?\d{1,2}\.\d+$/);
      expect(value).not.toBe('-23.5');
    }
  });

  it('judges examples one by one', () => {
    expect(dataExample('23.5S')).toBe(false);
    expect(dataExample('to cater to screenreaders')).toBe(false);
    expect(dataExample('Hotel Artemis Amsterdam')).toBe(true);
    expect(dataExample(42)).toBe(true);
  });

  it("never makes a value of a description's words about itself (`core functionality`)", () => {
    const description =
      'This tool belongs to the TwitterAPI, which provides core functionality for posting tweets, retweeting, commenting, and following users on Twitter. Tool description: Search for tweets containing a specific keyword.';
    expect(toolTopic('search_tweets', description).words).not.toContain('functionality');
    const messages =
      'This tool belongs to the Message API, which is used to manage user interactions in a workspace. Tool description: Search for messages containing a specific keyword.';
    expect(toolTopic('search_messages', messages).words).not.toContain('interactions');
    for (let seed = 1; seed <= 10; seed += 1) {
      faker.seed(seed);
      const keyword = generateValue({ type: 'string' }, 'keyword', { faker, root: {}, context: { tool: 'search_tweets', description } });
      expect(SOCIAL_QUERIES).toContain(keyword);
    }
  });
});
