import { describe, expect, it } from 'vitest';
import { SchemaValidator, type PlannedCall, type ToolSpec, type ToolTree } from '@inftool/core';
import { ToolIndex } from './tool-index.js';
import { TaskSampler } from './sample-tasks.js';
import { missingSubject, subjectTool, unnameableCreate } from './subject-arguments.js';

const spec = (
  name: string,
  description: string,
  properties: Record<string, unknown>,
  required: string[] = [],
  extra: Partial<ToolSpec> = {},
) => ({ name, description, inputSchema: { type: 'object', properties, required }, ...extra }) as ToolSpec;

const TOOLS = [
  spec('get_weatherdata_forecast', 'Weather forecast for a location.', {
    locations: { type: 'string', examples: ['Madrid%2C%20Spain'] },
    aggregateHours: { type: 'string', enum: ['1', '12', '24'] },
    unitGroup: { type: 'string', enum: ['us', 'metric', 'uk'] },
    contentType: { type: 'string', enum: ['json', 'csv'] },
  }),
  spec('create_webhook', 'Create a new webhook.', {
    url: { type: 'string', format: 'uri', description: 'The URL the webhook posts to.' },
    description: { type: 'string' },
  }),
  spec(
    'create_customer',
    'Create a customer.',
    {
      name: { type: 'string', description: 'Full name of the customer.' },
      email: { type: 'string', format: 'email' },
      country: { type: 'string', enum: ['DE', 'FR', 'US'] },
    },
    ['name', 'country'],
  ),
  spec(
    'post_project_envvar',
    'Creates a new environment variable',
    { username: { type: 'string' }, project: { type: 'string' } },
    ['username', 'project'],
    { outputSchema: { type: 'object', properties: { name: { type: 'string' }, value: { type: 'string' } } } },
  ),
];
const tree = {
  domains: [{ name: 'Weather', categories: [{ name: 'Forecasts', servers: [{ name: 'weather', tools: TOOLS }] }] }],
} as unknown as ToolTree;

describe('planned calls name their subject', () => {
  const index = new ToolIndex(tree);
  const sampler = new TaskSampler(index, new SchemaValidator());

  it('every planned forecast has a place, every webhook a URL, every customer a name', async () => {
    const tasks = await Promise.all(
      Array.from({ length: 40 }, (_, number) =>
        sampler.task(number, { kinds: ['single', 'multiple', 'parallel'], count: 40, seed: 'subject' }),
      ),
    );
    const calls: PlannedCall[] = tasks.flatMap((task) => (task.expectedCalls ?? []).flat());
    expect(calls.length).toBeGreaterThan(20);
    for (const call of calls) {
      const tool = index.byName.get(call.tool)!;
      expect(missingSubject(subjectTool(tool), call.arguments), `${call.tool}(${JSON.stringify(call.arguments)})`).toBeUndefined();
    }
    // a place the spec gives URL-encoded is said as a person types it
    const places = calls.filter((call) => call.tool === 'get_weatherdata_forecast').map((call) => call.arguments['locations']);
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((place) => String(place).includes('%'))).toEqual([]);
    // a create no argument can name is never planned
    expect(calls.some((call) => call.tool === 'post_project_envvar')).toBe(false);
  });

  it('a create that cannot say what it makes is unnameable; one that can is not', () => {
    expect(unnameableCreate(index.byName.get('post_project_envvar')!)).toBe(true);
    expect(unnameableCreate(index.byName.get('create_webhook')!)).toBe(false);
  });

  it('missing_param holds back the value naming the subject when it is required', async () => {
    const tasks = await Promise.all(
      Array.from({ length: 12 }, (_, number) => sampler.task(number, { kinds: ['missing_param'], count: 12, seed: 'held' })),
    );
    const customers = tasks.filter((task) => (task.expectedCalls ?? []).flat().some((call) => call?.tool === 'create_customer'));
    expect(customers.length).toBeGreaterThan(5);
    for (const task of customers) expect(task.unknown).toEqual(['create_customer.name']);
  });
});
