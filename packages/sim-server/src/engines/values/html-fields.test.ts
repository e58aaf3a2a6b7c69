import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { generateValue } from '../value-generator.js';

const faker = new Faker({ locale: [en] });
const ARTICLE = {
  type: 'object',
  properties: { htmlBody: { type: 'string' }, detailsHtml: { type: 'string' }, html_url: { type: 'string' } },
  required: ['htmlBody', 'detailsHtml', 'html_url'],
};

describe('fields whose name says HTML', () => {
  it('hold HTML, whichever rule gave their text; a link to an HTML page stays a link', () => {
    for (let seed = 1; seed <= 8; seed += 1) {
      faker.seed(seed);
      const value = generateValue(ARTICLE, 'newsletters_get_article', {
        faker,
        root: ARTICLE,
        context: {
          tool: 'newsletters_get_article',
          description: 'Get an article of a newsletter edition. bc_gov_news_api',
          host: 'api.gov.bc.ca',
        },
      }) as Record<string, string>;
      expect(value['htmlBody']).toMatch(/^<p>.*<\/p>$/);
      expect(value['detailsHtml']).toMatch(/^<p>.*<\/p>$/);
      expect(value['html_url']).toMatch(/^https:\/\//);
    }
  });
});
