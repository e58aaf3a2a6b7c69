import { Faker, en } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';
import { regionOf } from './regions.js';
import { toolTopic } from './topic.js';

const faker = new Faker({ locale: [en] });
const BC = [
  'Victoria',
  'Vancouver',
  'Kelowna',
  'Kamloops',
  'Nanaimo',
  'Prince George',
  'Surrey',
  'Abbotsford',
  'Penticton',
  'Cranbrook',
  'Fort St. John',
  'Terrace',
];
const POST = {
  type: 'object',
  properties: {
    headline: { type: 'string' },
    location: { type: 'string' },
    city: { type: 'string' },
    documents: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['contacts'],
        properties: {
          headline: { type: 'string' },
          contacts: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['title', 'details'],
              properties: { title: { type: 'string' }, details: { type: 'string' } },
            },
          },
        },
      },
    },
  },
  required: ['headline', 'location', 'city', 'documents'],
};

const post = (seed: number, context: { tool: string; description?: string; host?: string }) => {
  faker.seed(seed);
  return generateValue(POST, 'post', { faker, root: POST, context }) as {
    headline: string;
    location: string;
    city: string;
    documents: Array<{ headline?: string; contacts: Array<{ title: string; details: string }> }>;
  };
};

describe('places of the API area', () => {
  it('tells the area from the host or from the words of the API', () => {
    expect(regionOf(toolTopic('get_posts', 'BC Gov News API', 'api.gov.bc.ca'))?.name).toBe('British Columbia');
    expect(regionOf(toolTopic('list_parks', 'Parks of British Columbia'))?.name).toBe('British Columbia');
    expect(regionOf(toolTopic('get_licences', 'Ontario business licences'))?.name).toBe('Ontario');
    expect(regionOf(toolTopic('get_posts', 'News API', 'api.newsservice.com'))).toBeUndefined();
    // a team or a tournament named after a place is no API of that area
    expect(regionOf(toolTopic('get_roster', 'New England Patriots roster'))).toBeUndefined();
    expect(regionOf(toolTopic('get_draw', 'Australian Open draw'))).toBeUndefined();
  });

  it("a British Columbia news API's posts are placed in British Columbia; other APIs keep the world's cities", () => {
    const world = new Set<string>();
    for (let seed = 0; seed < 30; seed += 1) {
      const bc = post(seed, { tool: 'get_post', description: 'News API bc_gov_news', host: 'api.gov.bc.ca' });
      expect(BC).toContain(bc.location.split(',')[0]);
      expect(bc.location).toMatch(/, BC$/);
      expect(BC).toContain(bc.city);
      const other = post(seed, { tool: 'get_post', description: 'News API', host: 'api.newsservice.com' });
      world.add(other.location.split(',')[0] as string);
    }
    // the general pool reaches beyond one province
    expect([...world].filter((city) => !BC.includes(city)).length).toBeGreaterThan(5);
  });

  it("a record's contacts name someone to reach, with an address on the API's domain, never the headline", () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const bc = post(seed, { tool: 'get_post', description: 'News API bc_gov_news', host: 'api.gov.bc.ca' });
      for (const document of bc.documents)
        for (const contact of document.contacts) {
          expect(contact.title).not.toBe(bc.headline);
          expect(contact.title).not.toBe(document.headline);
          expect(contact.title).toMatch(
            /^(Media Relations|Government Communications and Public Engagement|Communications Office|Press Office|[A-Z][\w'-]+ [A-Z][\w' -]+, [A-Z][a-z]+( [A-Z][a-z]+)*)$/,
          );
          expect(contact.details).toMatch(/^[A-Z][\w ]+, (250|604|778) \d{3}-\d{4}, [a-z.]+@gov\.bc\.ca$/);
        }
    }
  });
});
