import { Faker, en } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';
import { toolTopic } from './topic.js';

const faker = new Faker({ locale: [en] });

const REQUISITION = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    link: {
      type: 'string',
      format: 'uri',
      default: 'https://ob.nordigen.com/psd2/start/3fa85f64-5717-4562-b3fc-2c963f66afa6/{$INSTITUTION_ID}',
      description: 'link to initiate authorization with Institution',
    },
    website: { type: 'string', format: 'uri' },
  },
  required: ['id', 'link', 'website'],
};

describe('links follow the API, not the tool name', () => {
  it("a requisition's link is the spec's authorisation link with a fresh uuid and the institution sent", () => {
    for (let seed = 0; seed < 15; seed += 1) {
      faker.seed(seed);
      const record = generateValue(REQUISITION, 'requisition_created', {
        faker,
        root: REQUISITION,
        context: { tool: 'requisition_created', description: 'Create a new requisition', host: 'api.nordigen.com' },
        echo: { institution_id: 'REVOLUT_REVOGB21' },
      }) as Record<string, string>;
      expect(record['link']).toMatch(/^https:\/\/ob\.nordigen\.com\/psd2\/start\/[0-9a-f-]{36}\/REVOLUT_REVOGB21$/);
      expect(record['link']).not.toContain('3fa85f64-5717-4562-b3fc-2c963f66afa6');
      expect(record['website']).not.toMatch(/createds/);
    }
  });

  it('the entity of a tool named with a status word is its noun', () => {
    expect(toolTopic('requisition_created', 'Create a new requisition').entity).toBe('requisition');
    expect(toolTopic('post_messages_failed', 'Retry failed messages').entity).toBe('message');
    expect(toolTopic('delete_requisition_by_id_v2', 'Delete requisition').entity).toBe('requisition');
    expect(toolTopic('news_trending', 'Trending news').entity).not.toBe('trending');
  });
});
