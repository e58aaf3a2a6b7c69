import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { OfflineAssistant } from '@inftool/harness';
import { answerFirstCall } from '../support/assistant-turns.js';

const task = (id: string): Task => ({
  id,
  kind: 'missing_param',
  seed: '1',
  servers: ['shop'],
  tools: ['get_order'],
  persona: { name: 'Ada', style: 'terse', background: '' },
  goal: 'Find an order.',
  known: { 'get_order.order_id': 'ord_7Hq2' },
  unknown: ['get_order.order_id'],
  difficulty: 'medium',
  expectedCalls: [[{ tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } }]],
});

describe('the offline assistant asks for what is missing', () => {
  it('asks a question that names the missing value, worded differently across tasks and the same for one task', async () => {
    const ask = async (id: string) =>
      (await new OfflineAssistant(task(id), (tool) => tool).complete({ messages: [{ role: 'user', content: 'Find my order.' }] }))
        .content ?? '';
    const questions = await Promise.all(Array.from({ length: 20 }, (_, index) => ask(`t${index}`)));
    for (const question of questions) {
      expect(question).toMatch(/\?/);
      expect(question).toMatch(/order ID/i);
    }
    expect(new Set(questions).size).toBeGreaterThanOrEqual(3);
    expect(await ask('t3')).toBe(questions[3]);
  });
});

describe('the offline assistant asks in words, never by a schema label', () => {
  const gcd: Task = {
    ...task('g1'),
    tools: ['math_gcd'],
    known: { 'math_gcd.num1': 10, 'math_gcd.num2': 25 },
    unknown: ['math_gcd.num1'],
    expectedCalls: [[{ tool: 'math_gcd', arguments: { num1: 10, num2: 25 } }]],
  };
  const tools = [
    {
      name: 'math_gcd',
      description: 'Greatest common divisor.',
      parameters: {
        type: 'object',
        properties: {
          num1: { type: 'integer', description: 'The first number.' },
          num2: { type: 'integer', description: 'The second number.' },
        },
      },
    },
  ];
  it('asks for "the first number", not "num1" or "number 1", and never "What should it contain?" or "Which … is this about?"', async () => {
    for (let index = 0; index < 12; index += 1) {
      const question =
        (
          await new OfflineAssistant({ ...gcd, id: `g${index}` }, (tool) => tool).complete({
            messages: [{ role: 'user', content: 'Find the gcd of 25 and another number.' }],
            tools,
          })
        ).content ?? '';
      expect(question).toMatch(/first number/);
      expect(question).not.toMatch(/num1|number 1|is this about|should it contain/);
    }
  });
});

describe('the offline assistant asks for a city by its name, never as a search term', () => {
  const forecast: Task = {
    ...task('c1'),
    tools: ['get_forecast_hourly_city_city_country_country'],
    known: { 'get_forecast_hourly_city_city_country_country.city': 'Melbourne' },
    unknown: ['get_forecast_hourly_city_city_country_country.city'],
    expectedCalls: [[{ tool: 'get_forecast_hourly_city_city_country_country', arguments: { city: 'Melbourne', country: 'AU' } }]],
  };
  const tools = [
    {
      name: 'get_forecast_hourly_city_city_country_country',
      description: 'Returns an hourly forecast - Given City and/or State, Country.',
      parameters: {
        type: 'object',
        properties: {
          city: { type: 'string', description: 'City search.. Example - &city=Raleigh,NC' },
          country: { type: 'string', description: 'Country Code (2 letter).' },
        },
      },
    },
  ];
  it('"What city should I use? I need it to get an hourly forecast", not "What would you like me to look for?"', async () => {
    for (let index = 0; index < 6; index += 1) {
      const question =
        (
          await new OfflineAssistant({ ...forecast, id: `c${index}` }, (tool) => tool).complete({
            messages: [{ role: 'user', content: 'Get an hourly forecast in AU.' }],
            tools,
          })
        ).content ?? '';
      expect(question).toMatch(/\bcity\b/i);
      expect(question).toMatch(/I need it to get an hourly forecast/);
      expect(question).not.toMatch(/search|look for/);
    }
  });
});

describe('the offline assistant after a planned fault', () => {
  const recoveryTask = (fault: NonNullable<Task['faults']>[number], plan: Task['expectedCalls']): Task => ({
    ...task('r1'),
    kind: 'error_recovery',
    unknown: [],
    faults: [fault],
    expectedCalls: plan,
  });
  const read = { tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } };

  it('retries once; when the retry fails too it says so plainly and makes no third attempt', async () => {
    const assistant = new OfflineAssistant(
      recoveryTask({ turn: 0, call: 0, fault: 'rate_limited', recovery: 'retry' }, [[read]]),
      (tool) => tool,
    );
    const messages: Parameters<OfflineAssistant['complete']>[0]['messages'] = [{ role: 'user', content: 'Show me order ord_7Hq2.' }];
    const first = await assistant.complete({ messages });
    const limited = '429 Too Many Requests: rate limit exceeded, retry after 1 second';
    answerFirstCall(messages, first, limited);
    const second = await assistant.complete({ messages });
    expect(second.toolCalls).toHaveLength(1);
    answerFirstCall(messages, second, limited);
    const last = await assistant.complete({ messages });
    expect(last.toolCalls).toHaveLength(0);
    expect(last.content).toMatch(/failed too/);
    expect(last.content).toMatch(/429|rate-limit/);
  });

  it('asks the user to check an id the service did not find, without retrying it', async () => {
    const typo = { tool: 'get_order', arguments: { order_id: 'ord_72Hq' } };
    const assistant = new OfflineAssistant(
      recoveryTask({ turn: 0, call: 0, fault: 'not_found', recovery: 'ask' }, [[typo], [read]]),
      (tool) => tool,
    );
    const messages: Parameters<OfflineAssistant['complete']>[0]['messages'] = [{ role: 'user', content: 'Show me order ord_72Hq.' }];
    const first = await assistant.complete({ messages });
    answerFirstCall(messages, first, '404 Not Found: order "ord_72Hq" does not exist');
    const asked = await assistant.complete({ messages });
    expect(asked.toolCalls).toHaveLength(0);
    expect(asked.content).toMatch(/ord_72Hq/);
    expect(asked.content).toMatch(/order ID.*\?|\?/);
    messages.push(
      { role: 'assistant', content: asked.content },
      { role: 'user', content: 'Oops, I mistyped it! The order ID is ord_7Hq2.' },
    );
    const corrected = await assistant.complete({ messages });
    expect(JSON.parse(corrected.toolCalls[0]!.arguments)).toEqual(read.arguments);
  });
  it('asks about a count over the cap and a date it could not read, naming what the service said', async () => {
    const ask = async (fault: 'out_of_range' | 'bad_format', args: Record<string, unknown>, error: string) => {
      const wrong = { tool: 'get_order', arguments: args };
      const assistant = new OfflineAssistant(recoveryTask({ turn: 0, call: 0, fault, recovery: 'ask' }, [[wrong], [read]]), (tool) => tool);
      const messages: Parameters<OfflineAssistant['complete']>[0]['messages'] = [{ role: 'user', content: 'Show me my orders.' }];
      const first = await assistant.complete({ messages });
      answerFirstCall(messages, first, error);
      const asked = await assistant.complete({ messages });
      expect(asked.toolCalls).toHaveLength(0);
      return asked.content ?? '';
    };
    const capped = await ask(
      'out_of_range',
      { order_id: 'ord_1', limit: 500 },
      '422 Unprocessable Entity: limit must be at most 250, got 500',
    );
    expect(capped).toMatch(/250/);
    expect(capped).toMatch(/500/);
    expect(capped).toMatch(/\?$/);
    const dated = await ask(
      'bad_format',
      { order_id: 'ord_1', placed_on: '03/04/2025' },
      '400 Bad Request: placed_on "03/04/2025" is not a valid date; expected the format YYYY-MM-DD',
    );
    expect(dated).toMatch(/YYYY-MM-DD/);
    expect(dated).toMatch(/March 4, 2025 or April 3, 2025\?$/);
  });
});

describe('the offline assistant never sends a reference to an earlier result as a value', () => {
  const chained = (value?: string): Task => ({
    ...task('m1'),
    kind: 'multi_turn',
    tools: ['fetch_fax_media', 'list_fax_media'],
    unknown: [],
    expectedCalls: [
      [{ tool: 'fetch_fax_media', arguments: { FaxSid: 'FX1', Sid: 'ME1' } }],
      [{ tool: 'list_fax_media', arguments: { FaxSid: { $result: { turn: 0, call: 0, field: 'fax_sid', ...(value ? { value } : {}) } } } }],
    ],
  });
  const play = async (plan: Task, first: string) => {
    const assistant = new OfflineAssistant(plan, (tool) => tool);
    const messages: Parameters<OfflineAssistant['complete']>[0]['messages'] = [{ role: 'user', content: 'Show me media ME1 of fax FX1.' }];
    answerFirstCall(messages, await assistant.complete({ messages }), first);
    messages.push({ role: 'assistant', content: (await assistant.complete({ messages })).content });
    messages.push({ role: 'user', content: 'Now list all media of that fax.' });
    return assistant.complete({ messages });
  };

  it('takes the value from the earlier result when it came back', async () => {
    const next = await play(chained(), JSON.stringify({ sid: 'ME1', fax_sid: 'FX1' }));
    expect(next.toolCalls).toHaveLength(1);
    expect(JSON.parse(next.toolCalls[0]!.arguments)).toEqual({ FaxSid: 'FX1' });
  });

  it('when the earlier call failed, says so and asks instead of sending the placeholder', async () => {
    const next = await play(chained(), '404 Not Found: fax "FX1" has no media "ME1"');
    expect(next.toolCalls).toHaveLength(0);
    expect(next.content).not.toMatch(/\$result|\{/);
    expect(next.content).toMatch(/fax SID/);
    // a value the plan knows stands in
    const known = await play(chained('FX1'), '404 Not Found: fax "FX1" has no media "ME1"');
    expect(JSON.parse(known.toolCalls[0]!.arguments)).toEqual({ FaxSid: 'FX1' });
  });
});
