import { describe, expect, it } from 'vitest';
import { SchemaValidator, type ToolSpec, type ToolTree } from '@inftool/core';
import { isFillerLabel } from '@inftool/sim-server';
import { TaskSampler, ToolIndex } from '@inftool/harness';

const validator = new SchemaValidator();
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object' as const, properties, required });
const tool = (name: string, description: string, inputSchema: ToolSpec['inputSchema']): ToolSpec => ({ name, description, inputSchema });
const city = { type: 'string', examples: ['Lyon', 'Osaka'] };

/** A weather service, and a tool whose required value no rule knows (the generator can only label it: `shared widgetry`). */
const tree: ToolTree = {
  schemaVersion: 1,
  domains: [
    {
      name: 'Misc',
      categories: [
        {
          name: 'All',
          servers: [
            {
              name: 'weather',
              tools: [
                tool('get_current_weather', 'Get the current weather in a city.', object({ city }, ['city'])),
                tool('get_timezone', 'Get the time zone of a city.', object({ city }, ['city'])),
                tool('get_air_quality', 'Get the air quality index of a city.', object({ city }, ['city'])),
              ],
            },
            {
              name: 'frobnication',
              tools: [
                tool(
                  'frobnicate_consignment',
                  'Frobnicate a consignment.',
                  object({ widgetry: { type: 'string' }, consignment: { type: 'string' } }, ['widgetry', 'consignment']),
                ),
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('the planner plans no last-resort label', () => {
  it('a tool only a label can fill gives way to another in single, multiple and missing_param tasks', async () => {
    const sampler = new TaskSampler(new ToolIndex(tree), validator);
    for (const kind of ['single', 'multiple', 'missing_param'] as const) {
      const tasks = await Promise.all(
        Array.from({ length: 16 }, (_, index) => sampler.task(index, { kinds: [kind], count: 16, seed: 'filler' })),
      );
      const values = tasks.flatMap((task) => (task.expectedCalls ?? []).flat().flatMap((call) => Object.values(call.arguments)));
      expect(values.length).toBeGreaterThan(0);
      expect(values.filter((value) => isFillerLabel(value))).toEqual([]);
    }
  });
});
