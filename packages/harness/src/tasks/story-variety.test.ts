import { describe, expect, it } from 'vitest';
import { createRandom, SchemaValidator, type ToolSpec, type ToolTree } from '@inftool/core';
import { planStory, storyTurn } from './stories.js';
import { storyArcs } from './story-arcs.js';
import { kindOrdinal, TaskSampler } from './sample-tasks.js';
import { ToolIndex } from './tool-index.js';
import { isResultRef } from './result-refs.js';
import type { IndexedTool } from './tool-index.js';

const spec = (name: string, description: string, properties: Record<string, unknown>, output?: Record<string, unknown>): ToolSpec =>
  ({
    name,
    description,
    inputSchema: { type: 'object', properties, required: Object.keys(properties) },
    ...(output ? { outputSchema: { type: 'object', properties: output } } : {}),
  }) as ToolSpec;
const sid = (prefix: string, description: string) => ({ type: 'string', pattern: `^${prefix}[0-9a-fA-F]{32}$`, description });
const FAX = {
  sid: sid('FX', 'The unique string that identifies the fax.'),
  to: { type: 'string' },
  media_sid: sid('ME', 'The SID of the fax media.'),
};
const FAX_TOOLS = [
  spec('fetch_fax', 'Fetch a specific fax.', { Sid: sid('FX', 'The SID of the fax to fetch.') }, FAX),
  spec(
    'list_fax',
    'Retrieve a list of faxes.',
    { To: { type: 'string', description: 'Faxes sent to this number.' } },
    {
      faxes: { type: 'array', items: { type: 'object', properties: FAX } },
    },
  ),
  spec('delete_fax', 'Delete a specific fax and its media.', { Sid: sid('FX', 'The SID of the fax to delete.') }),
  spec(
    'fetch_fax_media',
    'Fetch a specific fax media instance.',
    { FaxSid: sid('FX', 'The SID of the fax with the media to fetch.'), Sid: sid('ME', 'The SID of the fax media to fetch.') },
    { sid: sid('ME', 'The media SID.'), fax_sid: sid('FX', 'The fax SID.'), content_type: { type: 'string' } },
  ),
  spec('delete_fax_media', 'Delete a specific fax media instance.', {
    FaxSid: sid('FX', 'The SID of the fax with the media to delete.'),
    Sid: sid('ME', 'The SID of the fax media to delete.'),
  }),
  spec('list_fax_media', 'Retrieve a list of all fax media instances for the specified fax.', {
    FaxSid: sid('FX', 'The SID of the fax with the media to read.'),
  }),
];
const server = (name: string, tools: ToolSpec[]) => ({ name, tools });
const indexed = (tools: ToolSpec[], name = 'fax'): IndexedTool[] =>
  tools.map((tool) => ({ spec: tool, domain: 'd', category: 'c', server: name }));

describe('a part is read from its owner', () => {
  it('the medium of a fax takes the fax the user named and the media SID its result gives, never a SID of its own', async () => {
    const tools = indexed(FAX_TOOLS);
    const arcs = storyArcs(tools, '7', createRandom(7));
    const owned = arcs.find((arc) => arc[1]?.owner !== undefined);
    expect(owned?.map((step) => step.role.tool.spec.name).slice(0, 2)).toEqual(['fetch_fax', 'fetch_fax_media']);
    expect(owned?.[1]?.from).toEqual({ step: 0, parameter: 'Sid', field: 'media_sid' });
    // No arc starts from a medium named with a fax of the plan's choosing.
    expect(arcs.some((arc) => arc[0]?.role.tool.spec.name === 'fetch_fax_media')).toBe(false);
    const validator = new SchemaValidator();
    let media = 0;
    for (let seed = 1; seed <= 12; seed += 1) {
      const plan = await planStory(tools, 8, {
        world: String(seed),
        random: createRandom(seed),
        call: async (tool) => ({
          tool: tool.spec.name,
          arguments: Object.fromEntries(
            Object.keys(tool.spec.inputSchema.properties ?? {}).map((name) => [
              name,
              name === 'To' ? '+15550100' : `${name === 'Sid' && tool.spec.name.includes('media') ? 'ME' : 'FX'}${'a'.repeat(32)}`,
            ]),
          ),
        }),
        valid: (call) => {
          const tool = tools.find((candidate) => candidate.spec.name === call.tool);
          return tool !== undefined && validator.validate(tool.spec.inputSchema, call.arguments).valid;
        },
        lead: seed,
      });
      const calls = plan.flat();
      for (const [turn, call] of calls.entries()) {
        if (call.tool !== 'fetch_fax_media' && call.tool !== 'delete_fax_media') continue;
        media += 1;
        // Every medium is the one an earlier fax read gave, under that very fax.
        const ref = call.arguments['Sid'];
        expect(isResultRef(ref)).toBe(true);
        if (!isResultRef(ref)) continue;
        expect(ref.$result.field).toBe('media_sid');
        expect(ref.$result.turn).toBeLessThan(turn);
        expect(calls[ref.$result.turn]?.tool).toBe('fetch_fax');
        expect(call.arguments['FaxSid']).toBe(calls[ref.$result.turn]?.arguments['Sid']);
      }
    }
    expect(media).toBeGreaterThanOrEqual(6);
  });
});

describe('a run’s multi_turn conversations spread over servers and arcs', () => {
  it('counts a kind’s tasks before a number as the kinds take turns', () => {
    const kinds = ['single', 'multi_turn', 'parallel'] as const;
    const numbers = Array.from({ length: 12 }, (_, number) => number).filter((number) => kinds[number % 3] === 'multi_turn');
    expect(numbers.map((number) => kindOrdinal(kinds, 'multi_turn', number))).toEqual([0, 1, 2, 3]);
  });

  it('takes servers in turn, a server with more arcs more often, each time with its next arc', () => {
    const order = [
      { item: 'news', arcs: 8 },
      { item: 'fax', arcs: 3 },
      { item: 'targets', arcs: 1 },
    ];
    const turns = Array.from({ length: 14 }, (_, ordinal) => storyTurn(order, ordinal));
    const of = (item: string) => turns.filter((turn) => turn.item === item);
    expect(of('news')).toHaveLength(6);
    expect(of('targets')).toHaveLength(2);
    // Each server's conversations lead with arcs 0, 1, 2… in turn.
    expect(of('news').map((turn) => turn.lead)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(of('targets').map((turn) => turn.lead)).toEqual([0, 1]);
    expect(turns[1]?.item).not.toBe(turns[0]?.item);
  });

  it('plans the same conversations for a seed, and no one server or opening chain fills the run', async () => {
    const news = [
      spec(
        'ministries_get_all',
        'Get all ministries.',
        {},
        { items: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, name: { type: 'string' } } } } },
      ),
      spec(
        'ministries_get_one',
        'Get a ministry.',
        { key: { type: 'string', description: 'The ministry key.' } },
        { key: { type: 'string' }, name: { type: 'string' } },
      ),
      spec(
        'sectors_get_all',
        'Get all sectors.',
        {},
        { items: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, name: { type: 'string' } } } } },
      ),
      spec(
        'sectors_get_one',
        'Get a sector.',
        { key: { type: 'string', description: 'The sector key.' } },
        { key: { type: 'string' }, name: { type: 'string' } },
      ),
      spec(
        'themes_get_all',
        'Get all themes.',
        {},
        { items: { type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, name: { type: 'string' } } } } },
      ),
      spec(
        'themes_get_one',
        'Get a theme.',
        { key: { type: 'string', description: 'The theme key.' } },
        { key: { type: 'string' }, name: { type: 'string' } },
      ),
    ];
    const tree = {
      domains: [{ name: 'D', categories: [{ name: 'C', servers: [server('fax', FAX_TOOLS), server('news', news)] }] }],
    } as unknown as ToolTree;
    const sampler = new TaskSampler(new ToolIndex(tree), new SchemaValidator());
    const options = { kinds: ['multi_turn'] as const, count: 12, seed: 'spread' };
    const tasks = await Promise.all(Array.from({ length: 12 }, (_, number) => sampler.task(number, options)));
    const again = await sampler.task(5, options);
    expect(again.expectedCalls).toEqual(tasks[5]?.expectedCalls);
    const servers = tasks.map((task) => task.servers[0]);
    expect(new Set(servers).size).toBe(2);
    const opening = (task: (typeof tasks)[number]) => {
      for (const call of task.expectedCalls!.flat())
        for (const value of Object.values(call.arguments))
          if (isResultRef(value)) return `${task.expectedCalls![value.$result.turn]![0]!.tool}->${call.tool}`;
      return '(none)';
    };
    const newsOpenings = tasks.filter((task) => task.servers[0] === 'news').map(opening);
    // The news server leads with its ministries, sectors and themes in turn.
    expect(new Set(newsOpenings).size).toBeGreaterThanOrEqual(3);
  });
});
