import { describe, expect, it } from 'vitest';
import { SchemaValidator, type ToolSpec, type ToolTree } from '@inftool/core';
import { ToolIndex } from './tool-index.js';
import { capBelow } from '@inftool/sim-server';
import { TaskSampler, changesSomething } from './sample-tasks.js';

const spec = (name: string, description: string, properties: Record<string, unknown>, extra: Partial<ToolSpec> = {}): ToolSpec =>
  ({ name, description, inputSchema: { type: 'object', properties, required: Object.keys(properties) }, ...extra }) as ToolSpec;

const TOOLS = [
  spec('geometry_calculate_cone_volume', 'Calculate the volume of a cone given the radius and height.', {
    radius: { type: 'number' },
    height: { type: 'number' },
  }),
  spec('create_ticket', 'Create a support ticket.', { title: { type: 'string' } }),
  spec('get_ticket', 'Get a ticket by its ID.', { ticket_id: { type: 'integer', description: 'ID of the ticket.' } }),
  spec('close_ticket', 'Close a ticket.', { ticket_id: { type: 'integer', description: 'ID of the ticket.' } }),
  spec('put_setting', 'Set a setting.', { name: { type: 'string' }, value: { type: 'string' } }, { annotations: { idempotentHint: true } }),
  spec('news', 'This tool belongs to the news API. Tool description: Fetch the latest news on a topic.', { topic: { type: 'string' } }),
  spec('send_message', 'This tool belongs to the message API. Tool description: Send a message to a user.', {
    receiver_id: { type: 'string' },
    message: { type: 'string' },
  }),
  spec('get_station_history', 'Get the observations of a weather station.', {
    station: { type: 'string', description: 'A station ID.', pattern: '^[A-Z]{4}$', examples: ['KVNY'] },
  }),
  spec('list_tickets_opened', 'List the tickets opened on a day.', {
    opened_on: { type: 'string', description: 'The day the tickets were opened.', examples: ['2025-03-04'] },
    limit: { type: 'integer', description: 'How many tickets to return.' },
  }),
];
const tree = {
  domains: [{ name: 'Support', categories: [{ name: 'Tickets', servers: [{ name: 'tickets', tools: TOOLS }] }] }],
} as unknown as ToolTree;

describe('error_recovery plans', () => {
  const index = new ToolIndex(tree);

  it('a timeout is reported (not sent again) only for a call that changes something', () => {
    const changes = (name: string) => changesSomething(index.byName.get(name)!);
    expect(changes('create_ticket')).toBe(true);
    expect(changes('geometry_calculate_cone_volume')).toBe(false);
    expect(changes('get_ticket')).toBe(false);
    expect(changes('put_setting')).toBe(false);
    // A function with no HTTP verb changes something only if it says so.
    expect(changes('news')).toBe(false);
    expect(changes('send_message')).toBe(true);
  });

  it('a change word that is no verb of the tool (the next "move" an analysis suggests, a "set" of numbers) does not make it a change', () => {
    const one = (name: string, description: string) =>
      changesSomething({ spec: spec(name, description, { game: { type: 'string' } }), domain: '', category: '', server: '' });
    expect(one('game_board_analyser', 'Analyse a given board position of the game and suggest the optimal next move')).toBe(false);
    expect(one('statistics_variance', 'This function calculates the variance of a given set of numbers.')).toBe(false);
    expect(one('payment_calculation', 'Calculate how much a person should pay given the items purchased')).toBe(false);
    expect(one('array_sort', 'Sorts a given list in ascending or descending order.')).toBe(false);
    expect(one('gsi_prediction', 'Prediction. Retrieval the GreenPowerIndex for a given city (by zipcode) in Germany.')).toBe(false);
    expect(one('hotel_booking', 'Books a hotel room given the location and stay duration.')).toBe(true);
    expect(one('bank_account_transfer', 'Transfer a given amount from one account to another.')).toBe(true);
  });

  it('a value the user gets wrong never follows a list: the list would show records the user’s ids are none of', async () => {
    const sampler = new TaskSampler(index, new SchemaValidator());
    const tasks = await Promise.all(
      Array.from({ length: 120 }, (_, number) => sampler.task(number, { kinds: ['error_recovery'], count: 120, seed: 'listed' })),
    );
    const userFaults = tasks.filter((task) => task.faults![0]!.recovery === 'ask');
    expect(userFaults.length).toBeGreaterThanOrEqual(10);
    // The world's faults still come mid-conversation, after a list among other things.
    expect(tasks.some((task) => task.faults![0]!.recovery !== 'ask' && task.faults![0]!.turn > 0)).toBe(true);
    for (const task of userFaults) {
      const earlier = task.expectedCalls!.slice(0, task.faults![0]!.turn).flat();
      expect(earlier.filter((call) => call.tool.startsWith('list_'))).toEqual([]);
    }
  });

  it('the error comes from the world or the user: never the assistant’s own mistake; a typo is the user’s', async () => {
    const sampler = new TaskSampler(index, new SchemaValidator());
    const tasks = await Promise.all(
      Array.from({ length: 80 }, (_, number) => sampler.task(number, { kinds: ['error_recovery'], count: 80, seed: 'faults' })),
    );
    const faults = tasks.map((task) => task.faults![0]!);
    expect(faults.every((fault) => fault.recovery !== 'correct' && fault.fault !== 'invalid_arguments')).toBe(true);
    const typos = tasks.filter((task) => task.faults![0]!.fault === 'not_found');
    expect(typos.length).toBeGreaterThanOrEqual(3);
    const changedOf = (task: (typeof tasks)[number]) => {
      const fault = task.faults![0]!;
      const wrong = task.expectedCalls![fault.turn]![0]!;
      const right = task.expectedCalls![fault.turn + 1]![0]!;
      expect(wrong.tool).toBe(right.tool);
      const changed = Object.keys({ ...right.arguments, ...wrong.arguments }).filter(
        (name) => right.arguments[name] !== wrong.arguments[name],
      );
      // One value the user gave, refused, then corrected: the recovery is to ask them.
      expect(changed).toHaveLength(1);
      expect(fault.recovery).toBe('ask');
      return { name: changed[0]!, wrong: wrong.arguments[changed[0]!], right: right.arguments[changed[0]!] };
    };
    for (const task of typos) {
      const { name, wrong, right } = changedOf(task);
      // Two neighbouring characters swapped: an id or a code, never a count or a title.
      expect(['ticket_id', 'station', 'receiver_id']).toContain(name);
      expect([...String(wrong)].sort().join('')).toBe([...String(right)].sort().join(''));
      expect(typeof wrong).toBe(typeof right);
    }
    const of = (kind: string) => tasks.filter((task) => task.faults![0]!.fault === kind);
    // Another record's id: the same shape, most characters different (not a typo).
    for (const task of of('wrong_id')) {
      const { name, wrong, right } = changedOf(task);
      expect(['ticket_id', 'station', 'receiver_id']).toContain(name);
      expect(String(wrong)).toHaveLength(String(right).length);
      expect([...String(wrong)].sort().join('')).not.toBe([...String(right)].sort().join(''));
    }
    // A count above the service's cap, corrected to the cap the 422 names.
    for (const task of of('out_of_range')) {
      const { name, wrong, right } = changedOf(task);
      expect(name).toBe('limit');
      expect(right).toBe(capBelow(wrong as number));
    }
    // A day written the user's way (month first), corrected to the ISO day.
    for (const task of of('bad_format')) {
      const { wrong, right } = changedOf(task);
      expect(wrong).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(right).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const kinds = new Set(tasks.map((task) => task.faults![0]!.fault));
    for (const kind of ['not_found', 'wrong_id', 'out_of_range', 'bad_format', 'rate_limited', 'server_error', 'unavailable', 'timeout'])
      expect(kinds, kind).toContain(kind);
    // A computation or a lookup that timed out is tried again; only a change (a create, a message sent) is reported.
    for (const task of tasks.filter((task) => task.faults![0]!.recovery === 'report'))
      expect(['create_ticket', 'send_message']).toContain(task.expectedCalls![task.faults![0]!.turn]![0]!.tool);
  });
});
