import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import type { Conversation, ReviewedCall } from './conversation.js';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import { missingSubject, subjectParameters, subjectProblems, type SubjectTool } from './call-subject.js';

const FORECAST: SubjectTool = {
  name: 'get_weatherdata_forecast',
  description: 'Weather forecast for one or more locations.',
  parameters: {
    type: 'object',
    properties: {
      locations: { type: 'string' },
      aggregateHours: { type: 'string' },
      unitGroup: { type: 'string', enum: ['us', 'metric'] },
    },
  },
};
const WEBHOOK: SubjectTool = {
  name: 'post_webhooks',
  description: 'Create a new webhook.',
  parameters: {
    type: 'object',
    properties: { data: { type: 'object', properties: { attributes: { type: 'object', properties: { url: { type: 'string' } } } } } },
  },
};
const CREDITOR: SubjectTool = {
  name: 'payments_creditors_create',
  description: 'Create a creditor account.',
  parameters: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      account: { type: 'string' },
      address_street: { type: 'string' },
      agent_name: { type: 'string' },
    },
    required: ['name', 'account'],
  },
};
const SEARCH: SubjectTool = {
  name: 'news_search',
  description: 'Search news articles.',
  parameters: {
    type: 'object',
    properties: {
      q: { type: 'string' },
      freshness: { type: 'string', enum: ['Day', 'Week'] },
      jurisdiction: { type: 'string' },
    },
  },
};
const LIST: SubjectTool = {
  name: 'list_users',
  description: 'List users.',
  parameters: { type: 'object', properties: { name: { type: 'string' } } },
};

const call = (tool: SubjectTool, args: Record<string, unknown>, result: unknown, turn = 0): ReviewedCall =>
  reviewedCall(tool.name, args, result, turn);
const conversationOf = (tools: SubjectTool[], turns: Array<{ user: string; call: ReviewedCall; answer: string }>): Conversation =>
  ({
    task: { kind: 'multi_turn', expectedCalls: [] } as unknown as Task,
    tools: new Map(tools.map((tool) => [tool.name, { name: tool.name, description: tool.description, parameters: tool.parameters }])),
    turns: turns.map(({ user, call: made, answer }) => ({ user, steps: [[made]], answer })),
    calls: turns.map(({ call: made }) => made),
  }) as unknown as Conversation;

describe('call_subject: the value that names what a call is about', () => {
  it('finds the subject of a forecast, a search and a create, and none of a listing', () => {
    expect(subjectParameters(FORECAST)).toEqual(['locations']);
    expect(subjectParameters(SEARCH)).toEqual(['q']);
    expect(subjectParameters(WEBHOOK)).toEqual(['data']);
    expect(subjectParameters(CREDITOR)).toEqual(['name']);
    expect(subjectParameters(LIST)).toEqual([]);
  });
  it('rejects a forecast with no place, a webhook with no URL and a search by settings alone', () => {
    expect(missingSubject(FORECAST, {})).toMatch(/without locations/);
    expect(missingSubject(FORECAST, { aggregateHours: '24', unitGroup: 'us' })).toMatch(/without locations/);
    expect(missingSubject(WEBHOOK, {})).toMatch(/without data/);
    expect(missingSubject(WEBHOOK, { data: {} })).toMatch(/without data/);
    expect(missingSubject(SEARCH, { freshness: 'Week' })).toMatch(/without q/);
  });
  it('passes calls that say their subject, a search by a value of the user, and a listing with no filter', () => {
    expect(missingSubject(FORECAST, { locations: 'Madrid, Spain' })).toBeUndefined();
    expect(missingSubject(FORECAST, { place_id: '8189449' })).toBeUndefined();
    expect(missingSubject(WEBHOOK, { data: { attributes: { url: 'https://example.com/hook' } } })).toBeUndefined();
    expect(missingSubject(SEARCH, { jurisdiction: 'Minnesota' })).toBeUndefined();
    expect(missingSubject(LIST, {})).toBeUndefined();
  });
  it('rejects a create whose answer reports a street and an agent nobody gave, and passes one that reports what was sent', () => {
    const sent = { name: 'Violet Jerde', account: 'checking-1676' };
    const invented = conversationOf(
      [CREDITOR],
      [
        {
          user: 'Create a creditor Violet Jerde for account checking-1676.',
          call: call(CREDITOR, sent, { ...sent, id: 'e642f23a', address_street: '5608 Lempi Walks', agent_name: 'Darian Kuvalis' }),
          answer:
            'Done: I created the creditor Violet Jerde. The address street is 5608 Lempi Walks, with Darian Kuvalis as the agent name.',
        },
      ],
    );
    const problems = subjectProblems(invented);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/address_street 5608 Lempi Walks/);
    const honest = conversationOf(
      [CREDITOR],
      [
        {
          user: 'Create a creditor Violet Jerde for account checking-1676.',
          call: call(CREDITOR, sent, { ...sent, id: 'e642f23a', address_street: '5608 Lempi Walks' }),
          answer: 'Done: I created the creditor Violet Jerde (id e642f23a).',
        },
      ],
    );
    expect(subjectProblems(honest)).toEqual([]);
    // the service names the record a create refers to by its key: a product added to a cart
    const cart: SubjectTool = {
      name: 'add_product_to_cart',
      description: 'Add a product to the cart.',
      parameters: { type: 'object', properties: { product_id: { type: 'string' }, name: { type: 'string' } } },
    };
    const added = conversationOf(
      [cart],
      [
        {
          user: 'Add product 4411 to my cart.',
          call: call(cart, { product_id: '4411' }, { product_name: 'Wireless mouse', name: 'Wireless mouse' }),
          answer: 'I added the Wireless mouse to your cart.',
        },
      ],
    );
    expect(subjectProblems(added)).toEqual([]);
  });
  it('reads the whole conversation: a forecast with no place fails the check, one with a place passes', () => {
    const made = (args: Record<string, unknown>) =>
      conversationOf(
        [FORECAST],
        [{ user: 'Check the weather forecast.', call: call(FORECAST, args, { temperature: 21.8 }), answer: 'It is 21.8.' }],
      );
    expect(subjectProblems(made({}))).toEqual(['get_weatherdata_forecast: sent without locations, which say what it is about']);
    expect(subjectProblems(made({ locations: 'Madrid, Spain' }))).toEqual([]);
  });
});
