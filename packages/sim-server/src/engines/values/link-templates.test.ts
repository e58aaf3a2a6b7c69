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
    institution_id: { type: 'string' },
  },
  required: ['id', 'link', 'website', 'institution_id'],
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
      expect(record['link']).toBe(`https://ob.nordigen.com/psd2/start/${record['id']}/${record['institution_id']}`);
    }
  });

  it('the entity of a tool named with a status word is its noun', () => {
    expect(toolTopic('requisition_created', 'Create a new requisition').entity).toBe('requisition');
    expect(toolTopic('post_messages_failed', 'Retry failed messages').entity).toBe('message');
    expect(toolTopic('delete_requisition_by_id_v2', 'Delete requisition').entity).toBe('requisition');
    expect(toolTopic('news_trending', 'Trending news').entity).not.toBe('trending');
  });
});

describe('a user-facing code or a share stays plausible', () => {
  it('a language code is a common one and a moon phase stays within 0–1', () => {
    const schema = {
      type: 'object',
      properties: {
        user_language: { type: 'string', description: 'A two-letter country code (ISO 639-1)', maxLength: 5 },
        moon_phase: { type: 'number', description: 'Moon phase', examples: [0.87] },
      },
      required: ['user_language', 'moon_phase'],
    };
    for (let seed = 0; seed < 40; seed += 1) {
      faker.seed(seed);
      const record = generateValue(schema, 'forecast', { faker, root: schema, context: { tool: 'forecast' } }) as Record<string, unknown>;
      expect(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'cs', 'ja']).toContain(record['user_language']);
      expect(record['moon_phase']).toBeLessThanOrEqual(1);
    }
  });
});
