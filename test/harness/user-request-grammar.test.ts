import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import type { Conversation } from '../../packages/harness/src/run/checks/conversation.js';
import { leftoverGrammar, periodMismatch, userRequestProblems } from '../../packages/harness/src/run/checks/user-request.js';

describe('user_request: grammar a generator left behind', () => {
  it('rejects words run together, a doubled full stop and an operation id read out', () => {
    expect(leftoverGrammar('Can you get me the this tool belongs to the ticketing system for resolution?', [])).toEqual([
      'the request runs words together: "the this"',
    ]);
    expect(leftoverGrammar('Please get the image object reference by of a Newsletter Edition.', [])).toEqual([
      'the request runs words together: "by of"',
    ]);
    expect(leftoverGrammar('Please add a note about partner organisations..', [])).toEqual(['the request has a doubled full stop']);
    expect(leftoverGrammar('Could you post sdw rest services get qid with query ID 4410?', ['post_sdw_rest_services_get_qid'])).toEqual([
      'the request reads out the operation id post_sdw_rest_services_get_qid',
    ]);
    expect(leftoverGrammar('Could you submit sdw rest services get qid?', ['post_sdw_rest_services_get_qid'])).toEqual([
      'the request reads out the operation id post_sdw_rest_services_get_qid',
    ]);
  });
  it('passes plain requests, an ellipsis and short tool names said as words', () => {
    expect(leftoverGrammar('Can you get all slides for the deck ABC... thanks?', ['slides_get_all'])).toEqual([]);
    expect(leftoverGrammar('Please resolve ticket 25220 with resolution "Replaced the cable".', ['resolve_ticket'])).toEqual([]);
    expect(leftoverGrammar('Get me the paginated results for query ID 4410.', ['get_sdw_rest_services_get_qid'])).toEqual([]);
  });
});

describe('user_request: a value left out', () => {
  it('rejects a preposition before the full stop', () => {
    expect(leftoverGrammar('So I was hoping you could show me languages that Amazon Translate supports for . Thanks so much!', [])).toEqual(
      ['the request leaves a value out: "for ."'],
    );
  });
});

describe('user_request: an English parameter name the spec\u2019s prose uses', () => {
  const conversationOf = (description: string, properties: Record<string, unknown>, first: string): Conversation =>
    ({
      task: { expectedCalls: [] } as unknown as Task,
      tools: new Map([['t', { name: 't', description, parameters: { type: 'object', properties } }]]),
      turns: [{ user: first, steps: [], answer: undefined }],
      calls: [],
    }) as Conversation;
  it('passes a word the prose uses as a word, and still rejects one it does not', () => {
    const music = conversationOf(
      'Generate a music scale progression with a given tempo.',
      { tempo: { type: 'integer', description: 'The tempo in beats per minute.' } },
      'Please generate a music scale progression with tempo 38.',
    );
    expect(userRequestProblems(music)).toEqual([]);
    const tariffs = conversationOf(
      'Energy tariff price components.',
      { kwha: { type: 'integer', description: 'Yearly consumption in kWh.' } },
      'Please get the tariff components for kwha 92.',
    );
    expect(userRequestProblems(tariffs)).toEqual(['the request uses the parameter name "kwha" as a word']);
  });
});

describe('user_request and final_answer: science words are English', () => {
  it('passes "alpha 0.99" and "the gcd is 5", and still rejects "kwha 92"', async () => {
    const { opaqueLabel } = await import('../../packages/harness/src/run/checks/final-answer.js');
    const first = 'Please run a two-sample t-test on 1, 2, 3 and 4, 5, 6 with alpha 0.99.';
    const test = {
      task: { expectedCalls: [] } as unknown as Task,
      tools: new Map([
        ['t_test', { name: 't_test', description: 'Run a t-test.', parameters: { type: 'object', properties: { alpha: {} } } }],
      ]),
      turns: [{ user: first, steps: [], answer: undefined }],
      calls: [],
    } as unknown as Conversation;
    expect(userRequestProblems(test)).toEqual([]);
    expect(opaqueLabel('The gcd is 5.', [{ gcd: 5 }])).toBeUndefined();
    expect(opaqueLabel('The lcm is 50 and the median is 3.', [{ lcm: 50, median: 3 }])).toBeUndefined();
    expect(opaqueLabel('The ap is 58.', [{ ap: 58 }])).toBe('The ap is');
  });
});

describe('user_request: documentation, templates and forms', () => {
  const conversationOf = (turns: string[], args: Record<string, unknown> = {}): Conversation =>
    ({
      task: { expectedCalls: [] } as unknown as Task,
      tools: new Map([['t', { name: 't', description: 'A tool.', parameters: { type: 'object', properties: {} } }]]),
      turns: turns.map((user) => ({ user, steps: [], answer: undefined })),
      calls: [{ id: 'c', chatName: 't', name: 't', arguments: args, result: '{}', isError: false, rejected: false, turn: 0, step: 0 }],
    }) as unknown as Conversation;
  it('rejects a third-person description, a path template and a request read out as a form, in any turn', () => {
    expect(userRequestProblems(conversationOf(['Hi.', 'Now show me Activates the parking brake.']))).toEqual([
      'turn 2: the request pastes the documentation\u2019s wording: "show me Activates"'.replace('\u2019', "'"),
    ]);
    expect(userRequestProblems(conversationOf(["Please delete the variable named ':name' for me."]))).toEqual([
      'turn 1: the request holds a path template: :name',
    ]);
    expect(
      userRequestProblems(conversationOf(['Get the crime figures with limit 20 status active.'], { limit: 20, status: 'active' })),
    ).toEqual(['the request reads arguments out as a form: "limit 20", "status active"']);
  });
  it('passes values said in words, names after their nouns and a time of day', () => {
    expect(
      userRequestProblems(
        conversationOf(['Get the crime figures with a limit of 20 for the active status.'], { limit: 20, status: 'active' }),
      ),
    ).toEqual([]);
    expect(
      userRequestProblems(
        conversationOf(['Filter evidence for target ENSG00000012048 and disease EFO_0000685 at 10:30.'], {
          target: 'ENSG00000012048',
          disease: 'EFO_0000685',
        }),
      ),
    ).toEqual([]);
  });
});

describe('user_request: the period asked is the period called', () => {
  const conversationOf = (user: string, name: string, args: Record<string, unknown>, kind = 'single'): Conversation =>
    ({
      task: {
        kind,
        expectedCalls: [],
        known: kind === 'irrelevance' ? Object.fromEntries(Object.entries(args).map(([key, value]) => [`${name}.${key}`, value])) : {},
      } as unknown as Task,
      tools: new Map(),
      turns: [{ user, steps: [], answer: undefined }],
      calls:
        kind === 'irrelevance'
          ? []
          : [{ id: 'c', chatName: name, name, arguments: args, result: '{}', isError: false, rejected: false, turn: 0, step: 0 }],
    }) as unknown as Conversation;
  it('rejects a week asked and a month called, by the tool name, an argument, or the withheld tool of an irrelevance request', () => {
    expect(periodMismatch(conversationOf('Get the change chart for the week in Europe.', 'get_spots_month', { region: 'Europe' }))).toEqual(
      ['turn 1: the request asks for a week and get_spots_month is for a month'],
    );
    expect(
      periodMismatch(conversationOf('Show me the weekly bars for AAPL.', 'get_aggregates', { ticker: 'AAPL', timespan: 'day' })),
    ).toEqual(['turn 1: the request asks for a week and get_aggregates is for a day']);
    expect(
      periodMismatch(
        conversationOf('Get the change chart for week in Western Europe.', 'get_spots_year', { region: 'Western Europe' }, 'irrelevance'),
      ),
    ).toEqual(['turn 1: the request asks for a week and get_spots_year is for a year']);
    expect(
      userRequestProblems(conversationOf('Get the change chart for the week in Europe.', 'get_spots_month', { region: 'Europe' })),
    ).toContain('turn 1: the request asks for a week and get_spots_month is for a month');
  });
  it('passes the same period in other words, a request that names none, and a call that carries none', () => {
    expect(periodMismatch(conversationOf('Get the monthly change chart for Europe.', 'get_spots_month', { region: 'Europe' }))).toEqual([]);
    expect(
      periodMismatch(conversationOf('Get the change chart in Europe on 2025-06-30.', 'get_spots_month', { region: 'Europe' })),
    ).toEqual([]);
    expect(periodMismatch(conversationOf('Forecast 3 days ahead, hour by hour.', 'get_hourly_forecast', { days: 3 }))).toEqual([]);
    expect(periodMismatch(conversationOf('What is the mortgage over 30 years?', 'calculate_mortgage', { term: 30 }))).toEqual([]);
  });
});
