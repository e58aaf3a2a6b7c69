import { describe, expect, it } from 'vitest';
import { createRandom, type PlannedCall, type ToolSpec, type ToolTree } from '@inftool/core';
import { ParallelPlanner } from './parallel-plan.js';
import { ToolIndex } from './tool-index.js';

const spec = (name: string, description: string, properties: Record<string, unknown>): ToolSpec =>
  ({ name, description, inputSchema: { type: 'object', properties, required: Object.keys(properties) } }) as ToolSpec;
const CITY = { type: 'string', description: 'The city.' };
// One-tool servers of one category, as a benchmark's function docs make them.
const SERVERS: Array<[string, ToolSpec]> = [
  ['forecasts', spec('get_weather_forecast', 'Get the weather forecast of a city for the coming days.', { city: CITY })],
  [
    'uv',
    spec('get_uv_index', 'Get the UV index forecast of a city for the coming days.', {
      city: { type: 'string', description: 'Name of the city to look up.' },
    }),
  ],
  ['forecasts_two', spec('weather_forecast_get', 'Get the weather forecast of a city for the coming days.', { city: CITY })],
  ['battles', spec('get_weather_history', 'Get the weather history of one year.', { year: { type: 'integer' } })],
];
// Tools of other topics, so that words like `city` and `days` tell the weather tools' topic.
const OTHER = [
  'find a book by its author',
  'get the price of a stock symbol',
  'book a hotel room for two nights',
  'convert an amount between currencies',
  'list the songs of an album',
  'get the score of a football match',
].map((text, n) => spec(`other_${n}`, text, { q: { type: 'string' } }));
const tree: ToolTree = {
  domains: [
    {
      name: 'Weather',
      categories: [
        { name: 'Weather', servers: SERVERS.map(([name, tool]) => ({ name, tools: [tool] })) },
        { name: 'Other', servers: OTHER.map((tool) => ({ name: tool.name, tools: [tool] })) },
      ],
    },
  ],
} as unknown as ToolTree;

/** The plans of a tool alone on its server, for seeds 0…`seeds - 1`; each case of it sends `argumentsOf(salt)`. */
async function lonePlans(tool: ToolSpec, seeds: number, argumentsOf: (salt: number) => Record<string, unknown>): Promise<PlannedCall[][]> {
  const single = new ToolIndex({
    domains: [{ name: 'Any', categories: [{ name: 'Any', servers: [{ name: 'lone', tools: [tool] }] }] }],
  } as unknown as ToolTree);
  const lone = new ParallelPlanner(
    single,
    () => true,
    () => true,
  );
  const plans: PlannedCall[][] = [];
  for (let seed = 0; seed < seeds; seed += 1) {
    const { plan } = await lone.plan(single.byName.get(tool.name)!, createRandom(seed), {
      caseOf: async (entry, salt): Promise<PlannedCall> => ({ tool: entry.spec.name, arguments: argumentsOf(salt) }),
      serverTools: (entry) => [entry],
    });
    plans.push(plan);
  }
  return plans;
}

describe('ParallelPlanner', () => {
  const index = new ToolIndex(tree);
  const planner = new ParallelPlanner(
    index,
    () => true,
    () => true,
  );
  const forecast = index.byName.get('get_weather_forecast')!;

  it('a one-tool server finds a partner on another server of its category: same kind of value, another job', () => {
    const partners = planner.partners(forecast).map((tool) => tool.spec.name);
    expect(partners).toContain('get_uv_index');
    // another API's forecast does the same job; a year alone says nothing of one city
    expect(partners).not.toContain('weather_forecast_get');
    expect(partners).not.toContain('get_weather_history');
  });

  it('plans one turn of different tools on one city', async () => {
    let different = 0;
    for (let seed = 0; seed < 10; seed += 1) {
      const { plan } = await planner.plan(forecast, createRandom(seed), {
        caseOf: async (tool, salt): Promise<PlannedCall> => ({
          tool: tool.spec.name,
          arguments: { city: ['Lisbon', 'Osaka', 'Quito', 'Oslo'][salt % 4] },
        }),
        serverTools: (tool) => [tool],
      });
      const tools = new Set(plan.map((call) => call.tool));
      if (tools.size > 1) {
        different += 1;
        expect(plan.find((call) => call.tool === 'get_uv_index')?.arguments['city']).toBe(plan[0]?.arguments['city']);
      }
    }
    expect(different).toBeGreaterThan(5);
  });

  it('never two calls of one tool that differ only in a page size, a sort order or a format', async () => {
    const bookings = spec('list_bookings', 'List the bookings of a hotel.', {
      hotel: { type: 'string' },
      size: { type: 'integer', description: 'How many bookings to return.' },
      sort: { type: 'string' },
    });
    // Every case of the same hotel: only the page size and the order change.
    for (const plan of await lonePlans(bookings, 10, (salt) => ({
      hotel: salt % 7 === 3 ? 'Hotel Lisboa' : 'Grand Osaka',
      size: 5 + salt,
      sort: salt % 2 === 0 ? 'asc' : 'desc',
    }))) {
      const asked = plan.map((call) => call.arguments['hotel']);
      expect(new Set(asked).size, JSON.stringify(plan)).toBe(asked.length);
    }
  });

  it('never one record twice under two paths: the same article through two newsletters', async () => {
    const article = spec('newsletters_get_article', 'Get an article of a newsletter edition.', {
      newsletterKey: { type: 'string' },
      articleKey: { type: 'string', description: 'The key of the article.' },
    });
    for (const plan of await lonePlans(article, 10, (salt) => ({
      newsletterKey: `new_${salt}`,
      articleKey: salt % 5 === 0 ? 'art_2' : 'art_1',
    }))) {
      const articles = plan.map((call) => call.arguments['articleKey']);
      expect(new Set(articles).size, JSON.stringify(plan)).toBe(articles.length);
    }
  });

  it('cases of one tool are one person’s: the owner stays, what is asked for changes', async () => {
    const envvar = spec('delete_project_envvar', 'Delete an environment variable of a project.', {
      username: { type: 'string' },
      project: { type: 'string' },
      name: { type: 'string' },
    });
    for (const plan of await lonePlans(envvar, 6, (salt) => ({ username: `user_${salt}`, project: 'web-frontend', name: `VAR_${salt}` }))) {
      expect(plan.length).toBeGreaterThanOrEqual(2);
      expect(new Set(plan.map((call) => call.arguments['username'])).size).toBe(1);
      expect(new Set(plan.map((call) => call.arguments['name'])).size).toBe(plan.length);
    }
  });
});
