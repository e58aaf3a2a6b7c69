import { describe, expect, it } from 'vitest';
import { SchemaValidator, type PlannedCall, type Task, type WireRecord } from '@inftool/core';
import { implausibleArgument, readConversation, reviewerChecks, runChecks } from '@inftool/harness';
import type { CatalogEntry, ToolCallRecord } from '@inftool/sim-client';
import { handMessages, type HandTurn as Turn } from '../support/hand-conversation.js';

const tools = [
  {
    name: 'get_order',
    description: 'Get an order by its id',
    parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
  },
  { name: 'delete_order', description: 'Delete an order', parameters: { type: 'object', properties: { order_id: { type: 'string' } } } },
  {
    name: 'search_products',
    description: 'Search the product catalogue',
    parameters: { type: 'object', properties: { q: { type: 'string' }, currency: { type: 'string' }, month: { type: 'integer' } } },
  },
  {
    name: 'lookup_sha1',
    description: 'Look up a file by its SHA-1 hash',
    parameters: { type: 'object', properties: { sha1: { type: 'string' } } },
  },
];

function parts(turns: Turn[], task: Partial<Task> = {}) {
  const { messages, wire } = handMessages(turns);
  const fullTask: Task = {
    id: 't',
    kind: 'single',
    seed: 's',
    servers: ['shop'],
    tools: tools.map((tool) => tool.name),
    persona: { name: 'Ada', style: 'terse', background: '' },
    goal: 'g',
    known: {},
    unknown: [],
    difficulty: 'easy',
    ...task,
  };
  return { task: fullTask, tools, messages, wire };
}

function source(turns: Turn[], task: Partial<Task> = {}) {
  return readConversation(parts(turns, task));
}

const validator = new SchemaValidator();

/** Every check of the harness (protocol, scenario, reviewer) on a hand-made conversation: the failed ones, by id. */
function allFailed(turns: Turn[], task: Partial<Task> = {}) {
  const { task: fullTask, messages, wire } = parts(turns, task);
  const conversation = readConversation({ task: fullTask, tools, messages, wire });
  const played: ToolCallRecord[][][] = conversation.turns.map((turn) =>
    turn.steps.map((step) =>
      step.map((call) => ({
        id: call.id,
        chatName: call.chatName,
        ...(call.name ? { name: call.name } : {}),
        arguments: call.arguments,
        result: call.result,
        isError: call.isError,
        ms: 0,
      })),
    ),
  );
  const catalog = new Map(
    tools.map((tool) => [
      tool.name,
      {
        chatName: tool.name,
        name: tool.name,
        server: undefined as never,
        description: tool.description,
        inputSchema: tool.parameters,
      } satisfies CatalogEntry,
    ]),
  );
  const opening: WireRecord[] = [
    { direction: 'client_to_server', time: 0, message: { jsonrpc: '2.0', id: 'init', method: 'initialize', params: {} } },
    { direction: 'server_to_client', time: 0, message: { jsonrpc: '2.0', id: 'init', result: {} } },
    { direction: 'client_to_server', time: 0, message: { jsonrpc: '2.0', method: 'notifications/initialized' } },
  ];
  const input = {
    task: fullTask,
    messages,
    turns: played,
    wire: [...opening, ...wire],
    tools: catalog,
    offered: tools,
    stops: turns.map(() => 'answered' as const),
    userSatisfied: true,
    endReason: 'done',
    validator,
  };
  return Object.fromEntries(
    runChecks(input, conversation)
      .filter((check) => !check.ok)
      .map((check) => [check.id, check.detail]),
  );
}

const failed = (conversation: ReturnType<typeof source>) =>
  Object.fromEntries(
    reviewerChecks(conversation)
      .filter((check) => !check.ok)
      .map((check) => [check.id, check.detail]),
  );

const goodRead: Turn = {
  user: 'Where is my order ord_7Hq2?',
  steps: [
    [
      {
        tool: 'get_order',
        args: { order_id: 'ord_7Hq2' },
        result: { order_id: 'ord_7Hq2', status: 'shipped', carrier: 'DHL', eta: '2026-03-14' },
      },
    ],
  ],
  answer: 'Your order ord_7Hq2 has shipped with DHL and should arrive on 2026-03-14.',
};

describe('reviewer checks on hand-made conversations', () => {
  it('pass a good conversation: a read by id, an informative result, an answer in prose that states it', () => {
    expect(failed(source([goodRead]))).toEqual({});
  });

  it('results_ok: an isError result, engine failure text, a 404 line and an error body are all errors', () => {
    const bad = (result: unknown, isError = false) =>
      failed(
        source([
          {
            ...goodRead,
            steps: [[{ tool: 'get_order', args: { order_id: 'ord_7Hq2' }, result, isError }]],
            answer: 'Sorry, that failed: the order could not be found.',
          },
        ]),
      )['results_ok'];
    expect(bad('faker engine could not produce a value matching the outputSchema', true)).toMatch(/isError/);
    expect(bad('404 Not Found: order ord_7Hq2')).toMatch(/error text/);
    expect(bad({ error: { code: 'not_found' } })).toMatch(/error body/);
    expect(bad({ Success: false, detail: 'x' })).toMatch(/"Success" is false/);
  });

  it('results_ok: a planned fault is fine when the assistant retried to success or reported it, not when it ignored it', () => {
    const fault = {
      faults: [{ turn: 0, call: 0, fault: 'rate_limited' as const, recovery: 'retry' as const }],
      kind: 'error_recovery' as const,
      expectedCalls: [[{ tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } }]],
    };
    const failing = { tool: 'get_order', args: { order_id: 'ord_7Hq2' }, result: '429 Too Many Requests: slow down', isError: true };
    const retried: Turn = { ...goodRead, steps: [[failing], goodRead.steps[0]!] };
    expect(failed(source([retried], fault))['results_ok']).toBeUndefined();
    expect(failed(source([retried], fault))['calls_distinct']).toBeUndefined(); // a retry after an error is not a duplicate
    const reported: Turn = {
      ...goodRead,
      steps: [[failing]],
      answer: 'The order service is rate-limited right now, so I could not fetch ord_7Hq2; please try again in a minute.',
    };
    expect(failed(source([reported], fault))['results_ok']).toBeUndefined();
    const ignored: Turn = { ...goodRead, steps: [[failing]], answer: 'Your order ord_7Hq2 is on its way with DHL.' };
    expect(failed(source([ignored], fault))['results_ok']).toMatch(/neither retried to success nor reported/);
    expect(failed(source([reported]))['results_ok']).toMatch(/429/); // the same error, unplanned
  });

  it('results_informative: only generic keys and echoed arguments is no evidence', () => {
    const turn: Turn = {
      ...goodRead,
      steps: [
        [
          {
            tool: 'get_order',
            args: { order_id: 'ord_7Hq2' },
            result: { id: 'x1', status: 'ok', message: 'Done.', created_at: '2026-10-01T10:03:13Z', order_id: 'ord_7Hq2' },
          },
        ],
      ],
      answer: 'Your order ord_7Hq2 is fine, status ok.',
    };
    expect(failed(source([turn]))['results_informative']).toMatch(/only generic keys/);
  });

  it('results_informative: content inside a wrapper key (data, result) is information; echoes and bookkeeping inside it are not', () => {
    const list = (result: unknown) =>
      failed(
        source([
          {
            user: 'Which services are there?',
            steps: [[{ tool: 'search_products', args: { q: 'services' }, result }]],
            answer: 'There are the Partner Service and the Research Service.',
          },
        ]),
      )['results_informative'];
    expect(list({ data: ['Partner Service', 'Research Service'] })).toBeUndefined();
    expect(list({ result: [{ name: 'Partner Service' }] })).toBeUndefined();
    expect(list({ data: ['services'] })).toMatch(/only generic keys/); // only the echoed query
    expect(list({ data: { id: 'x1', status: 'ok' }, result: 'done' })).toMatch(/only generic keys/);
    expect(list({ data: [], meta: { links: ['https://example.com/next'] } })).toMatch(/only generic keys/);
  });

  it('final_answer: raw JSON, cut mid-value, and answers that state no result fail; prose with a result value passes', () => {
    const answer = (text: string) => failed(source([{ ...goodRead, answer: text }]))['final_answer'];
    expect(answer('Done. {"order_id":"ord_7Hq2","status":"shipped","carrier":"DHL"}')).toMatch(/raw JSON/);
    expect(answer('Your order has shipped with "DHL and the ETA is')).toMatch(/cut mid-value/);
    expect(answer('I looked that up for you and everything is in order.')).toMatch(/states none of the results/);
    expect(answer('Done. {} | {}')).toMatch(/raw JSON/);
    expect(answer('It shipped with DHL.')).toBeUndefined();
    expect(answer('It shipped with DHL [tracking below].')).toBeUndefined();
  });

  it('final_answer for irrelevance: a stock refusal fails, an answer naming what the tools cannot do passes', () => {
    const refuse = (text: string) =>
      failed(source([{ user: 'Tell me a joke about programmers.', steps: [], answer: text }], { kind: 'irrelevance' }))['final_answer'];
    expect(refuse('I am sorry, none of the tools I have can help with that request, so I will not call any.')).toMatch(/stock refusal/);
    expect(refuse('I can only look up, search and delete shop orders and products here, so I cannot tell you a joke.')).toBeUndefined();
  });

  it('arguments_plausible: word salad, a non-hash, a month of 453 and a made-up currency fail; real values pass', () => {
    const args = (tool: string, values: Record<string, unknown>) =>
      failed(
        source([
          {
            user: 'x',
            steps: [[{ tool, args: values, result: { items: [{ name: 'Trail Runner 2', price: 89.5 }] } }]],
            answer: 'I found the Trail Runner 2 for 89.5.',
          },
        ]),
      )['arguments_plausible'];
    expect(args('lookup_sha1', { sha1: 'downchange down dress' })).toMatch(/not a SHA-1 hash/);
    expect(args('search_products', { q: 'unto pension numeric' })).toMatch(/unrelated words/);
    expect(args('search_products', { q: 'trail running shoes', month: 453 })).toMatch(/453 is not a month/);
    expect(args('search_products', { q: 'trail running shoes', currency: 'XYZ' })).toMatch(/currency/);
    for (const q of [
      'trail running shoes',
      'New York',
      'machine learning',
      'San Francisco weather',
      'Nike Air Max 90',
      'cheap flights to paris',
      'john smith',
    ])
      expect(args('search_products', { q, currency: 'EUR', month: 3 })).toBeUndefined();
    expect(args('lookup_sha1', { sha1: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' })).toBeUndefined();
  });

  it('arguments_plausible: a provider and a service that do not go together fail, as does an empty service name', () => {
    const args = (values: Record<string, unknown>) =>
      failed(
        source([
          {
            user: 'x',
            steps: [[{ tool: 'search_products', args: values, result: { items: [{ name: 'Trail Runner 2', price: 89.5 }] } }]],
            answer: 'I found the Trail Runner 2 for 89.5.',
          },
        ]),
      )['arguments_plausible'];
    expect(args({ q: 'fax', provider: 'twilio.com', service: 'graph' })).toMatch(/"graph" is not a service of twilio.com/);
    expect(args({ q: 'fax', provider: 'apis.guru', service: 'graph' })).toMatch(/apis.guru publishes one API/);
    expect(args({ q: 'fax', provider: 'apis.guru', service: '' })).toMatch(/empty service name/);
    expect(args({ q: 'fax', provider: 'twilio.com', service: 'twilio_fax_v1' })).toBeUndefined();
  });

  it('calls_distinct: the same call twice in one turn fails, unless the plan asks for it', () => {
    const twice: Turn = { ...goodRead, steps: [[goodRead.steps[0]![0]!, goodRead.steps[0]![0]!]] };
    expect(failed(source([twice]))['calls_distinct']).toMatch(/called twice/);
    const plan = [
      [
        { tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } },
        { tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } },
      ],
    ];
    expect(failed(source([twice], { expectedCalls: plan }))['calls_distinct']).toBeUndefined();
  });

  it('state_consistent: a read by id that returns another id, and a read after a delete, fail', () => {
    const other: Turn = {
      ...goodRead,
      steps: [[{ tool: 'get_order', args: { order_id: 'ord_7Hq2' }, result: { order_id: 'ord_9XX1', status: 'shipped', carrier: 'DHL' } }]],
    };
    expect(failed(source([other]))['state_consistent']).toMatch(/asked for order_id=ord_7Hq2, the result is ord_9XX1/);
    const deleted: Turn = {
      user: 'Cancel ord_7Hq2.',
      steps: [[{ tool: 'delete_order', args: { order_id: 'ord_7Hq2' }, result: { deleted: true, order_id: 'ord_7Hq2' } }]],
      answer: 'Order ord_7Hq2 is deleted (deleted: true).',
    };
    expect(failed(source([deleted, goodRead]))['state_consistent']).toMatch(/was deleted earlier/);
    // a cancel that keeps the record with its final status: read back as cancelled it is consistent, as anything else not
    const cancelled: Turn = {
      user: 'Cancel ord_7Hq2.',
      steps: [[{ tool: 'delete_order', args: { order_id: 'ord_7Hq2' }, result: { order_id: 'ord_7Hq2', status: 'cancelled' } }]],
      answer: 'Order ord_7Hq2 was cancelled (status: cancelled).',
    };
    const readCancelled: Turn = {
      ...goodRead,
      steps: [
        [{ tool: 'get_order', args: { order_id: 'ord_7Hq2' }, result: { order_id: 'ord_7Hq2', status: 'cancelled', carrier: 'DHL' } }],
      ],
      answer: 'Order ord_7Hq2 is cancelled; it was to go with DHL.',
    };
    expect(failed(source([cancelled, readCancelled]))['state_consistent']).toBeUndefined();
    expect(failed(source([cancelled, goodRead]))['state_consistent']).toMatch(
      /was cancelled earlier in the conversation but reads as shipped/,
    );
  });
});

describe('planned faults: exactly the planned failed attempt is excused', () => {
  const read = { tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } };
  const good = goodRead.steps[0]![0]!;
  const leftOut = { tool: 'get_order', args: {}, result: 'Invalid arguments for tool get_order: $.order_id: is required', isError: true };
  const wrongType = {
    tool: 'get_order',
    args: { order_id: 7 },
    result: 'Invalid arguments for tool get_order: $.order_id: must be string',
    isError: true,
  };
  const correct = (turn = 0, plan: PlannedCall[][] = [[read]]) => ({
    kind: 'error_recovery' as const,
    expectedCalls: plan,
    faults: [{ turn, call: 0, fault: 'invalid_arguments' as const, recovery: 'correct' as const }],
  });
  const corrected: Turn = { ...goodRead, steps: [[leftOut], [good]] };
  const PLANNED = ['arguments_valid', 'expected_calls', 'results_ok', 'arguments_plausible', 'calls_distinct'];
  const planned = (result: Record<string, string | undefined>) =>
    Object.fromEntries(PLANNED.flatMap((id) => (result[id] ? [[id, result[id]]] : [])));

  it('correct: the left-out argument of the first attempt, rejected by the server, then the corrected call, passes every check', () => {
    expect(allFailed([corrected], correct())).toEqual({});
  });

  it('ask: a refused value is put to the user as a question; a turn that only reports it fails results_ok', () => {
    const wrong = { tool: 'get_order', arguments: { order_id: 'ord_9Tq4' } };
    const missing = {
      tool: 'get_order',
      args: { order_id: 'ord_9Tq4' },
      result: '404 Not Found: order "ord_9Tq4" does not exist',
      isError: true,
    };
    const task = {
      kind: 'error_recovery' as const,
      expectedCalls: [[wrong], [read]],
      faults: [{ turn: 0, call: 0, fault: 'wrong_id' as const, recovery: 'ask' as const }],
    };
    const asked: Turn = {
      user: 'Show me order ord_9Tq4.',
      steps: [[missing]],
      answer: 'I could not find order ord_9Tq4. Could you check the order ID?',
    };
    const told: Turn = { ...asked, answer: 'I could not find order ord_9Tq4.' };
    // the question need not come last ("Could you check the ID? It may be from another list.")
    const first: Turn = { ...asked, answer: 'I could not find order ord_9Tq4. Could you check the order ID? It may be an older one.' };
    expect(planned(allFailed([first, goodRead], task))['results_ok']).toBeUndefined();
    expect(planned(allFailed([asked, goodRead], task))['results_ok']).toBeUndefined();
    expect(planned(allFailed([told, goodRead], task))['results_ok']).toMatch(/wrong_id of get_order was not put to the user as a question/);
  });

  it('correct: the same mistake without a planned fault fails', () => {
    const result = planned(allFailed([corrected], { kind: 'error_recovery', expectedCalls: [[read]] }));
    expect(result['arguments_valid']).toMatch(/order_id: is required/);
    expect(result['expected_calls']).toMatch(/unexpected get_order \{\}/);
    expect(result['results_ok']).toMatch(/isError/);
  });

  it('correct: a second bad attempt still fails', () => {
    const result = planned(allFailed([{ ...goodRead, steps: [[leftOut], [wrongType], [good]] }], correct()));
    expect(result['arguments_valid']).toMatch(/must be string/);
    expect(result['arguments_valid']).not.toMatch(/is required/);
    expect(result['expected_calls']).toMatch(/unexpected get_order \{"order_id":7\}/);
    expect(result['results_ok']).toMatch(/must be string/);
  });

  it('correct: a bad attempt in another turn than the planned one still fails', () => {
    const plan = [[read], [read]];
    const result = planned(allFailed([goodRead, corrected], correct(0, plan)));
    expect(result['arguments_valid']).toMatch(/is required/);
    expect(result['expected_calls']).toMatch(/unexpected get_order \{\}/);
    expect(result['results_ok']).toMatch(/is required/);
    expect(planned(allFailed([goodRead, corrected], correct(1, plan)))).toEqual({});
  });

  it('correct: a bad attempt after a first call of the tool that succeeded still fails', () => {
    const result = planned(allFailed([{ ...goodRead, steps: [[good], [leftOut], [good]] }], correct()));
    expect(result['arguments_valid']).toMatch(/is required/);
    expect(result['results_ok']).toMatch(/is required/);
  });

  it('correct: a failed first attempt of another tool than the planned one still fails', () => {
    const search = {
      tool: 'search_products',
      args: { q: 'trail shoes', month: 'March' },
      result: 'Invalid arguments for tool search_products: $.month: must be integer',
      isError: true,
    };
    const result = planned(allFailed([{ ...goodRead, steps: [[search], [good]] }], correct()));
    expect(result['arguments_valid']).toMatch(/must be integer/);
    expect(result['expected_calls']).toMatch(/unexpected search_products/);
    expect(result['results_ok']).toMatch(/must be integer/);
  });

  it('correct: a wrong-format first attempt is excused in arguments_plausible; the same value in the corrected call is not', () => {
    const plan = [[{ tool: 'search_products', arguments: { q: 'trail running shoes', currency: 'EUR' } }]];
    const wrong = {
      tool: 'search_products',
      args: { q: 'trail running shoes', currency: 'euro' },
      result: 'Invalid arguments for tool search_products: $.currency: not an ISO currency code',
      isError: true,
    };
    const right = {
      tool: 'search_products',
      args: { q: 'trail running shoes', currency: 'EUR' },
      result: { items: [{ name: 'Trail Runner 2', price: 89.5 }] },
    };
    const answer = 'I found the Trail Runner 2 for 89.5.';
    expect(planned(allFailed([{ user: 'x', steps: [[wrong], [right]], answer }], correct(0, plan)))).toEqual({});
    const stillWrong = { ...right, args: wrong.args };
    expect(planned(allFailed([{ user: 'x', steps: [[wrong], [stillWrong]], answer }], correct(0, plan)))['arguments_plausible']).toMatch(
      /"euro" is not an ISO 4217 currency code/,
    );
  });

  it('retry: the failed first attempt is the same call as the retry; neither unexpected nor a duplicate', () => {
    const retry = {
      kind: 'error_recovery' as const,
      expectedCalls: [[read]],
      faults: [{ turn: 0, call: 0, fault: 'rate_limited' as const, recovery: 'retry' as const }],
    };
    const limited = { ...good, result: '429 Too Many Requests: slow down', isError: true };
    expect(allFailed([{ ...goodRead, steps: [[limited], [good]] }], retry)).toEqual({});
    // Two failures: the second is no planned fault, and the third identical call is a duplicate of it.
    const twice = planned(allFailed([{ ...goodRead, steps: [[limited], [limited], [good]] }], retry));
    expect(twice['results_ok']).toMatch(/429/);
    expect(twice['expected_calls']).toMatch(/unexpected get_order/);
    expect(twice['calls_distinct']).toMatch(/called twice/);
    // The one planned retry fails too: excused when the answer says plainly what failed, not when it does not.
    const failedAgain = {
      ...goodRead,
      steps: [[limited], [limited]],
      answer:
        'I could not get order ord_7Hq2: the service is still rate-limiting requests (429) after a retry. Please try again in a minute.',
    };
    expect(planned(allFailed([failedAgain], retry))['results_ok']).toBeUndefined();
    expect(planned(allFailed([{ ...failedAgain, answer: 'Order ord_7Hq2 is shipped with DHL.' }], retry))['results_ok']).toMatch(/429/);
    // A retry after an error nobody planned is no excuse either.
    const unplanned = planned(
      allFailed([{ ...goodRead, steps: [[limited], [good]] }], { kind: 'error_recovery', expectedCalls: [[read]] }),
    );
    expect(unplanned['calls_distinct']).toMatch(/called twice/);
    expect(unplanned['expected_calls']).toMatch(/unexpected get_order/);
  });

  it('report: the planned call that cannot succeed is the plan\u2019s own call, not missing', () => {
    const report = {
      kind: 'error_recovery' as const,
      expectedCalls: [[read]],
      faults: [{ turn: 0, call: 0, fault: 'invalid_arguments' as const, recovery: 'report' as const }],
    };
    const rejected = { ...good, result: 'Invalid arguments for tool get_order: $.order_id: unknown order', isError: true };
    const result = planned(
      allFailed(
        [
          {
            ...goodRead,
            steps: [[rejected]],
            answer: 'The order service could not find ord_7Hq2, so I could not fetch it; please check the order id.',
          },
        ],
        report,
      ),
    );
    expect(result).toEqual({});
  });
});

describe('argument plausibility by parameter hints', () => {
  it('reads formats, names and descriptions', () => {
    expect(implausibleArgument('CallUUID', { type: 'string' }, 'over')).toMatch(/UUID/);
    expect(implausibleArgument('CallUUID', { type: 'string' }, '3f2b8c1e-9a4d-4e7b-8c2f-1a2b3c4d5e6f')).toBeUndefined();
    expect(implausibleArgument('email', { type: 'string' }, 'ada at home')).toMatch(/email/);
    expect(implausibleArgument('email', { type: 'string' }, 'ada.lovelace@example.org')).toBeUndefined();
    expect(implausibleArgument('start_date', { type: 'string', description: 'Start date as MM/DD/YYYY' }, '2026-03-14')).toMatch(
      /stated date format/,
    );
    expect(implausibleArgument('start_date', { type: 'string', description: 'Start date as MM/DD/YYYY' }, '03/14/2026')).toBeUndefined();
    expect(implausibleArgument('threshold', { type: 'number', description: 'A score between 0 and 1' }, 7)).toMatch(/outside 0–1/);
    expect(implausibleArgument('threshold', { type: 'number', description: 'A score between 0 and 1' }, 0.4)).toBeUndefined();
    expect(implausibleArgument('country', { type: 'string' }, 'QQ')).toMatch(/country/);
    expect(implausibleArgument('country', { type: 'string' }, 'DE')).toBeUndefined();
    expect(implausibleArgument('country', { type: 'string' }, 'Germany')).toBeUndefined();
    expect(implausibleArgument('language', { type: 'string' }, 'en-GB')).toBeUndefined();
    expect(implausibleArgument('lang', { type: 'string' }, 'over')).toMatch(/language/);
    expect(implausibleArgument('api-version', { type: 'string' }, 'why searchingly')).toMatch(/version/);
    expect(implausibleArgument('api-version', { type: 'string' }, '2023-10-01')).toBeUndefined();
    expect(implausibleArgument('cursor', { type: 'string' }, 'below reckless')).toMatch(/identifier/);
    expect(implausibleArgument('website', { type: 'string' }, 'https://example.org/docs')).toBeUndefined();
    expect(implausibleArgument('name', { type: 'string' }, 'Ada Lovelace')).toBeUndefined();
    expect(implausibleArgument('city', { type: 'string' }, 'San Francisco')).toBeUndefined();
    expect(implausibleArgument('query', { type: 'string' }, 'best pizza near me')).toBeUndefined();
    expect(
      implausibleArgument(
        'postKind',
        { type: 'string', description: 'One of: releases, stories, factsheets, updates or default' },
        'unto pension',
      ),
    ).toMatch(/none of the values/);
    expect(
      implausibleArgument(
        'postKind',
        { type: 'string', description: 'One of: releases, stories, factsheets, updates or default' },
        'stories',
      ),
    ).toBeUndefined();
    expect(
      implausibleArgument('target', { type: 'string', description: 'An Ensembl gene identifier.' }, 'Total interactive challenge'),
    ).toMatch(/identifier/);
    expect(
      implausibleArgument('target', { type: 'string', description: 'An Ensembl gene identifier.' }, 'ENSG00000157764'),
    ).toBeUndefined();
    expect(implausibleArgument('DRUG_ID', { type: 'string' }, 'alongside')).toMatch(/function word/);
    expect(implausibleArgument('from', { type: 'string', description: 'How many initial results should be skipped.' }, 'knitting')).toMatch(
      /not a number/,
    );
    expect(implausibleArgument('cursor', { type: 'string' }, 'hubris')).toMatch(/opaque/);
    expect(implausibleArgument('cursor', { type: 'string' }, 'eyJvZmZzZXQiOjIwfQ')).toBeUndefined();
    expect(implausibleArgument('mood', { type: 'string' }, 'quietly')).toMatch(/lone adverb/);
  });

  it('a parameter that takes a JSON document: a document or the spec\u2019s own example fits; prose and broken JSON do not', () => {
    const body = { type: 'string', description: 'An Ensembl gene identifier.', examples: ['{"subject":["gene1", "gene2"]}\n'] };
    expect(implausibleArgument('body', body, '{"subject":["ENSG00000141510", "ENSG00000012048"]}')).toBeUndefined();
    expect(implausibleArgument('body', body, '{"subject":["gene1", "gene2"]}\n')).toBeUndefined();
    const odd = {
      type: 'string',
      description: 'An Ensembl gene identifier.',
      examples: ['{"target":["target1", "target2"],\n"facets" = "true"}\n'],
    };
    expect(implausibleArgument('body', odd, '{"target":["target1", "target2"],\n"facets" = "true"}\n')).toBeUndefined(); // the spec's example, as the spec wrote it
    expect(implausibleArgument('body', body, 'Moved to the new target as discussed in the meeting.')).toMatch(
      /not the JSON document the parameter takes/,
    );
    expect(implausibleArgument('body', body, '{"subject": [gene1, gene2')).toMatch(/not a valid JSON document/);
    const gene = { type: 'string', description: 'An Ensembl gene identifier.', examples: ['{"gene":["gene1", "gene2"]}\n'] };
    expect(implausibleArgument('body', gene, '{"subject":["gene1", "gene2"]}\n')).toMatch(
      /none of the fields the parameter's example shows \(gene\)/,
    ); // another tool's document
    const filter = { type: 'string', examples: ['{"target":["ENSG00000094755"], "disease":["EFO_0003767"]}'] };
    expect(implausibleArgument('body', filter, '{"target":["ENSG00000141510"], "datasource":["chembl"]}')).toBeUndefined(); // a field the example does not show, next to one it does
    expect(implausibleArgument('payload', { type: 'string', description: 'The filter as a JSON object.' }, 'all open orders')).toMatch(
      /not the JSON document/,
    );
    // A `body` that is text (a comment) is no JSON parameter; an identifier described as one still needs no spaces.
    expect(
      implausibleArgument('body', { type: 'string', description: 'The text of the comment.' }, 'Looks good to me, merging now.'),
    ).toBeUndefined();
    expect(implausibleArgument('disease', { type: 'string', description: 'An EFO identifier.' }, 'type 2 diabetes')).toMatch(
      /has spaces, not an identifier/,
    );
    expect(implausibleArgument('format', { type: 'string', description: 'Response format: json or xml' }, 'xml')).toBeUndefined();
    const strings = { type: 'string', description: 'list of strings to search for' };
    expect(implausibleArgument('body', strings, 'Please review the hit before Friday.')).toMatch(/a sentence, not the list of values/);
    for (const value of ['BRCA1, TP53', '["BRCA1","TP53"]', 'breast cancer'])
      expect(implausibleArgument('body', strings, value)).toBeUndefined();
    expect(
      implausibleArgument('notes', { type: 'array', description: 'List of notes for the order', items: { type: 'string' } }, [
        'Please leave it at the door.',
      ]),
    ).toBeUndefined();
  });

  it('the schema\u2019s own default or example is plausible; other values are still read', () => {
    expect(
      implausibleArgument('date', { type: 'string', default: 'Today', description: 'Date to query spots on' }, 'Today'),
    ).toBeUndefined();
    expect(implausibleArgument('date', { type: 'string', default: 'Today', description: 'Date to query spots on' }, 'Yesterday')).toMatch(
      /not a date/,
    );
    const kind = {
      type: 'string',
      default: '',
      description: 'One of: releases, stories, factsheets, updates or default (releases+stories)',
    };
    expect(implausibleArgument('postKind', kind, '')).toBeUndefined();
    expect(implausibleArgument('postKind', kind, 'stories')).toBeUndefined();
    expect(implausibleArgument('postKind', kind, 'personal')).toMatch(/none of the values the description lists/);
    expect(implausibleArgument('guid', { type: 'string', example: 'ima_0b3aa59735' }, 'ima_0b3aa59735')).toBeUndefined();
    expect(implausibleArgument('guid', { type: 'string', example: 'ima_0b3aa59735' }, 'ima_35684236b3')).toMatch(/not a UUID/);
  });

  it('leaves real values alone: names, cities, dates, products, queries, short enum-like words', () => {
    const real: Array<[string, unknown, Record<string, unknown>?]> = [
      ['name', 'Ada Lovelace'],
      ['full_name', 'José María García'],
      ['city', 'San Francisco'],
      ['city', 'new york'],
      ['region', 'North Carolina'],
      ['date', '2026-03-14'],
      ['created_at', '2026-03-14T09:30:00Z'],
      ['product', 'iPhone 15 Pro Max'],
      ['product_name', 'Trail Runner 2'],
      ['q', 'machine learning'],
      ['query', 'San Francisco weather'],
      ['search', 'vegan restaurants open now'],
      ['title', 'Quarterly sales report'],
      ['scope', 'all'],
      ['position', 'above'],
      ['when', 'now'],
      ['order', 'desc'],
      ['sort', 'asc'],
      ['state', 'open'],
      ['frequency', 'monthly'],
      ['direction', 'up'],
      ['status', 'active'],
      ['type', 'public'],
      ['currency', 'USD'],
      ['country', 'FR'],
      ['language', 'pt-BR'],
      ['email', 'kiana.lesch@example.com'],
      ['phone', '+49 30 1234567'],
      ['zip', '10115'],
      ['username', 'ada_l'],
      ['month', 12],
      ['page', 2],
      ['limit', 50],
      ['message', 'Hi team, the deploy is done.'],
      ['comment', 'Looks good to me'],
      ['description', 'A cozy two-bedroom flat near the park'],
      ['version', 'v2'],
      ['api-version', '2023-10-01'],
      ['color', 'light blue'],
    ];
    for (const [name, value, schema] of real)
      expect([name, implausibleArgument(name, { type: typeof value === 'number' ? 'integer' : 'string', ...schema }, value)]).toEqual([
        name,
        undefined,
      ]);
  });
});
