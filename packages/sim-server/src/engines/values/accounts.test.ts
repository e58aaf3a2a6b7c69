import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });
const object = (properties: Record<string, unknown>) => ({ type: 'object', properties, required: Object.keys(properties) });
const generate = (schema: Record<string, unknown>, tool: string, description: string, host: string, seed: number) => {
  faker.seed(seed);
  return generateValue(schema, tool, { faker, root: schema, context: { tool, description, host } }) as Record<string, string>;
};

describe('social accounts a record links to', () => {
  it("are a government's own accounts on a government API, never a made-up person's handle", () => {
    const schema = object({ twitterFeedUsername: { type: 'string' }, flickrUri: { type: 'string' }, youtubeUri: { type: 'string' } });
    for (let seed = 1; seed <= 6; seed += 1) {
      const tag = generate(schema, 'tags_get_one', 'Get a tag. bc_gov_news_api', 'api.gov.bc.ca', seed);
      expect(tag['twitterFeedUsername']).toBe('BCGovNews');
      expect(tag['flickrUri']).toBe('https://www.flickr.com/photos/bcgovphotos');
      expect(tag['youtubeUri']).toBe('https://www.youtube.com/c/ProvinceofBC');
    }
  });

  it("are the publisher's account named after its site elsewhere, and a person's where the field names a person", () => {
    const schema = object({ twitter_username: { type: 'string' }, author_twitter_handle: { type: 'string' } });
    const station = generate(schema, 'get_station', 'Get a station. corrently', 'api.corrently.io', 3);
    expect(station['twitter_username']).toBe('corrently');
    expect(station['author_twitter_handle']).toMatch(/^[a-z0-9_]+$/);
    expect(station['author_twitter_handle']).not.toBe('corrently');
  });
});
