import type { Persona, PlannedCall, Task } from '@inftool/core';
import {
  OfflineUser,
  PERSONAS,
  answerText,
  humanizeParameter,
  initialsLabel,
  nameAsWords,
  requestText,
  type ToolView,
} from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const chatty = PERSONAS.find((persona) => persona.style === 'chatty') as Persona;
const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const formal = PERSONAS.find((persona) => persona.style === 'formal') as Persona;

const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});

const TOOLS = new Map<string, ToolView>(
  [
    view('home_get', 'Returns the top level content for the home page', { 'api-version': { type: 'string', default: '1.0' } }, [
      'api-version',
    ]),
    view('get_drug_by_id', 'Get drug by ID. Get `drug` objects.', { drug_id: { type: 'string' } }, ['drug_id']),
    view('list_fax', 'Retrieve a list of all faxes.', { PageSize: { type: 'integer', default: 50 }, DateCreatedAfter: { type: 'string' } }),
    view(
      'posts_get_all_keys',
      'Get all keys for the specified index (newsroom or category)',
      { indexKind: { type: 'string' }, indexKey: { type: 'string' }, postKind: { type: 'string', enum: ['releases'] } },
      ['indexKind', 'indexKey'],
    ),
    view('create_order', 'Creates a new order for a customer.', { customer_name: { type: 'string' }, quantity: { type: 'integer' } }, [
      'customer_name',
    ]),
    view('get_order', 'This endpoint returns an order by its ID.', { order_id: { type: 'string' } }, ['order_id']),
    view('get_lookup_sha1', 'Lookup SHA-1.', { sha1: { type: 'string' } }, ['sha1']),
    view(
      'get_quick_search',
      'Search most relevant results. Get `search-result` objects.',
      { q: { type: 'string' }, size: { type: 'integer', default: 10 } },
      ['q'],
    ),
    view('get_weather', '', { city: { type: 'string' }, day: { type: 'string' } }, ['city']),
  ].map((tool) => [tool.name, tool]),
);

const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|dear|morning)\b/i;
const DOC_PHRASING = /\b(returns|retrieves|gets the|this endpoint|retrieve a list of)\b/i;
const RAW_NAME = /\b[a-z]+_[a-z0-9_]+\b|\b[a-z]+[A-Z]\w*\b|\b[\w-]+: \S/;

describe('offline requests', () => {
  it('humanises parameter names', () => {
    expect(humanizeParameter('DRUG_ID')).toBe('drug ID');
    expect(humanizeParameter('indexKind')).toBe('index kind');
    expect(humanizeParameter('api-version')).toBe('API version');
    expect(humanizeParameter('FaxSid')).toBe('fax SID');
    // Abbreviations are spelled out ("the request uses the parameter name lat as a word").
    expect(humanizeParameter('lat')).toBe('latitude');
    expect(humanizeParameter('tz')).toBe('time zone');
    expect(humanizeParameter('ttl')).toBe('time to live');
    expect(humanizeParameter('messageid')).toBe('message ID');
    // A short opaque name is said in the words of its description it is made of.
    expect(
      initialsLabel('qid', { type: 'string', description: 'Query ID Selector. Enter the QueryID number from a previously run query.' }),
    ).toBe('query ID');
    expect(initialsLabel('p_fn', { type: 'string', description: 'Facility Name Filter. Enter one or more names.' })).toBe('facility name');
    expect(initialsLabel('city', { type: 'string', description: 'City name' })).toBeUndefined();
    expect(initialsLabel('qid', { type: 'string', description: 'The identifier of the question.' })).toBeUndefined();
    expect(humanizeParameter('start_lng')).toBe('start longitude');
    expect(humanizeParameter('DateCreatedOnOrBefore')).toBe('date created on or before');
    expect(humanizeParameter('1.8.0')).toBe('1.8.0');
  });

  it('asks in the first person, not in the words of the documentation', () => {
    for (const persona of [chatty, terse, formal]) {
      for (let seed = 0; seed < 20; seed += 1) {
        const text = requestText(persona, [call('home_get', { 'api-version': '1.0' })], TOOLS, { seed });
        expect(text).toMatch(/top level content for the home page/);
        expect(text).not.toMatch(DOC_PHRASING);
        expect(text).not.toMatch(/api|version/i);
        expect(requestText(persona, [call('get_order', { order_id: 'A-1' })], TOOLS, { seed })).not.toMatch(DOC_PHRASING);
        expect(requestText(persona, [call('list_fax', {})], TOOLS, { seed })).not.toMatch(DOC_PHRASING);
      }
    }
  });

  it('weaves values into the sentence and leaves defaults, single enum values and plumbing unsaid', () => {
    const drug = requestText(terse, [call('get_drug_by_id', { drug_id: 'DB00945' })], TOOLS, { seed: 1 });
    expect(drug).toMatch(/drug DB00945/);
    expect(drug).not.toMatch(RAW_NAME);
    const keys = requestText(
      formal,
      [call('posts_get_all_keys', { indexKind: 'category', indexKey: 'health', postKind: 'releases' })],
      TOOLS,
      { seed: 2 },
    );
    expect(keys).toMatch(/index health/);
    // The kind goes before the thing it sorts: "the category index health", never "with the category index kind".
    expect(keys).toMatch(/category index health/);
    expect(keys).not.toMatch(/index kind/);
    expect(keys).not.toMatch(/index kind category/);
    expect(keys).not.toMatch(/releases|post kind|specified|\(/);
    expect(keys).not.toMatch(RAW_NAME);
    const faxes = (size: number) =>
      requestText(chatty, [call('list_fax', { PageSize: size, DateCreatedAfter: '2026-03-14' })], TOOLS, { seed: 3 });
    expect(faxes(50)).not.toMatch(/page size|50/);
    expect(faxes(20)).toMatch(/with 20 per page/);
    expect(faxes(20)).toMatch(/created after 2026-03-14/);
    const search = requestText(terse, [call('get_quick_search', { q: 'aspirin' })], TOOLS, { seed: 4 });
    expect(search).toMatch(/search most relevant results for "aspirin"/i);
    expect(requestText(terse, [call('get_lookup_sha1', { sha1: 'abc123' })], TOOLS, { seed: 5 })).toMatch(/look up SHA-1 abc123/i);
    expect(requestText(terse, [call('get_weather', { city: 'Lyon', day: 'Friday' })], TOOLS, { seed: 6 })).toMatch(
      /the weather in Lyon on Friday\b/i,
    );
  });

  it('writes a parallel turn as one request covering every case', () => {
    const ids = ['DB00945', 'DB01050', 'DB00316'];
    const text = requestText(
      chatty,
      ids.map((id) => call('get_drug_by_id', { drug_id: id })),
      TOOLS,
      { seed: 7 },
    );
    expect(text).toMatch(/drugs DB00945, DB01050 and DB00316/);
    expect(text.match(/\b(hi|hello|hey|good morning|dear)\b/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    const mixed = requestText(formal, [call('get_lookup_sha1', { sha1: 'abc123' }), call('get_quick_search', { q: 'aspirin' })], TOOLS, {
      seed: 8,
    });
    expect(mixed).toMatch(/SHA-1 abc123/);
    expect(mixed).toMatch(/"aspirin"/);
    const cases = requestText(
      terse,
      [
        call('create_order', { customer_name: 'Clemens Fisher', quantity: 2 }),
        call('create_order', { customer_name: 'Ada Byron', quantity: 5 }),
      ],
      TOOLS,
      { seed: 9 },
    );
    expect(cases).toMatch(
      /once for customer name Clemens Fisher and a quantity of 2 and once for customer name Ada Byron and a quantity of 5/,
    );
  });

  it('refers to a value an earlier result holds, and follows up without greeting again', () => {
    const plan = [
      [call('create_order', { customer_name: 'Clemens Fisher' })],
      [call('get_weather', { city: 'Lyon' })],
      [call('get_order', { order_id: { $result: { turn: 0, call: 0, field: 'order_id' } } })],
    ];
    const sayings = new Set<string>();
    for (let seed = 0; seed < 30; seed += 1) {
      const later = requestText(chatty, plan[2] as PlannedCall[], TOOLS, { seed, plan, turn: 2 });
      expect(later).not.toMatch(/\$result|earlier result|\{/);
      expect(later).not.toMatch(GREETING);
      sayings.add((later.match(/the order you created earlier|the order from earlier|that order from before/) ?? [''])[0]);
      const next = requestText(formal, plan[1] as PlannedCall[], TOOLS, { seed, plan, turn: 1 });
      expect(next).not.toMatch(GREETING);
    }
    expect(sayings.has('')).toBe(false);
    expect(sayings.size).toBeGreaterThan(1);
    const recent = requestText(terse, [call('get_order', { order_id: { $result: { turn: 0, call: 0, field: 'order_id' } } })], TOOLS, {
      seed: 3,
      plan: [plan[0] as PlannedCall[]],
      turn: 1,
    });
    expect(recent).toMatch(/the order you just created|that order|the new order/);
  });

  it('is deterministic per seed and varies its openings across tasks', () => {
    const calls = [call('get_drug_by_id', { drug_id: 'DB00945' })];
    expect(requestText(chatty, calls, TOOLS, { seed: 'x' })).toBe(requestText(chatty, calls, TOOLS, { seed: 'x' }));
    const openings = new Map<string, number>();
    const tools = [...TOOLS.keys()];
    for (let index = 0; index < 300; index += 1) {
      const persona = PERSONAS[index % PERSONAS.length] as Persona;
      const text = requestText(persona, [call(tools[index % tools.length] as string, {})], TOOLS, { seed: index });
      const opening = text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
      openings.set(opening, (openings.get(opening) ?? 0) + 1);
    }
    expect(Math.max(...openings.values()) / 300).toBeLessThanOrEqual(0.05);
  });

  it('says a JSON request body in words, never as JSON', () => {
    const tools = new Map<string, ToolView>([
      ['post_relation', view('post_relation', 'Find related entities. Get `relation` objects.', { body: { type: 'string' } }, ['body'])],
      ['post_target', view('post_target', 'Find information about a list of targets.', { body: { type: 'string' } }, ['body'])],
      ['post_best_hit', view('post_best_hit', 'Find the best hit.', { body: { type: 'string' } }, ['body'])],
    ]);
    for (let seed = 0; seed < 10; seed += 1) {
      const relation = requestText(chatty, [call('post_relation', { body: '{"subject":["ENSG00000386461","ENSG00000532173"]}' })], tools, {
        seed,
      });
      expect(relation).toMatch(/related entities for genes ENSG00000386461 and ENSG00000532173/);
      expect(relation).not.toMatch(/[{}[\]"]/);
    }
    expect(requestText(terse, [call('post_target', { body: '{"target":["ENSG1","ENSG2"],"facets":"true"}' })], tools, { seed: 1 })).toMatch(
      /information about targets ENSG1 and ENSG2 with facets on/,
    );
    expect(requestText(terse, [call('post_best_hit', { body: '["aspirin","breast cancer"]' })], tools, { seed: 1 })).toMatch(
      /best hit for "aspirin" and "breast cancer"/,
    );
    const answer = answerText({ body: '{"gene":["ENSG1","ENSG2"],"pvalue":0.001}' }, 'formal', 2);
    expect(answer).toMatch(/genes ENSG1 and ENSG2 with p-value 0.001/);
    expect(answer).not.toMatch(/[{}"]|body/i);
  });

  it('refers to an earlier result by what it was, not by tool names', () => {
    const tools = new Map<string, ToolView>([
      [
        'ministries_get_minister',
        view('ministries_get_minister', 'Get the Minister associated with the ministry key', { key: { type: 'string' } }, ['key']),
      ],
      [
        'ministries_get_one',
        view('ministries_get_one', 'Get the Ministry associated with the ministry key', { key: { type: 'string' } }, ['key']),
      ],
      ['fetch_fax', view('fetch_fax', 'Fetch a specific fax.', { Sid: { type: 'string' } }, ['Sid'])],
      ['list_fax', view('list_fax', 'Retrieve a list of all faxes.', { From: { type: 'string' }, To: { type: 'string' } })],
    ]);
    const plan = [
      [call('ministries_get_minister', { key: 'justice' })],
      [call('ministries_get_one', { key: { $result: { turn: 0, call: 0, field: 'key' } } })],
      [call('fetch_fax', { Sid: 'FX1' })],
      [call('list_fax', { To: { $result: { turn: 2, call: 0, field: 'to' } } })],
    ];
    for (let seed = 0; seed < 10; seed += 1) {
      expect(requestText(formal, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 })).toMatch(
        /the ministry of (that minister|the minister you just (found|looked up))/i,
      );
      const faxes = requestText(terse, plan[3] as PlannedCall[], tools, { seed, plan, turn: 3 });
      expect(faxes).toMatch(/faxes to the same recipient as (that fax|the fax you just (found|looked up))/);
      expect(faxes).not.toMatch(/for the new to|ministries/);
    }
  });

  it("mends a description's typos from its own words and leaves code names and stray capitals out", () => {
    const tools = new Map<string, ToolView>([
      [
        'wimstatus',
        view('wimstatus', 'WiM Proess Informtion. Access to status information of an existing metering change and allocation process.'),
      ],
      ['om_readings', view('om_readings', 'Public shared smart meters. Provides a list of available meterrs in the platform.')],
      [
        'posts_get_latest',
        view(
          'posts_get_latest',
          'Get the latest posts of postKind for the specified index (default or category)',
          { indexKey: { type: 'string' } },
          ['indexKey'],
        ),
      ],
      [
        'ministries_get_one',
        view('ministries_get_one', 'Get the Ministry associated with the ministry key', { key: { type: 'string' } }, ['key']),
      ],
    ]);
    for (let seed = 0; seed < 10; seed += 1) {
      expect(requestText(formal, [call('wimstatus', {})], tools, { seed })).toMatch(/the WiM process information/);
      expect(requestText(formal, [call('om_readings', {})], tools, { seed })).toMatch(/smart meters/);
      const latest = requestText(chatty, [call('posts_get_latest', { indexKey: 'health' })], tools, { seed });
      expect(latest).toMatch(/the latest posts for (the )?index health/);
      expect(latest).not.toMatch(/post kind|postKind/);
      expect(requestText(terse, [call('ministries_get_one', { key: 'justice' })], tools, { seed })).not.toMatch(/Ministry/);
    }
  });

  it('answers in words', () => {
    expect(answerText({ customer_name: 'Clemens Fisher' }, 'formal', 1)).toMatch(/Clemens Fisher/);
    expect(answerText({ customer_name: 'Clemens Fisher' }, 'formal', 1)).not.toMatch(RAW_NAME);
    expect(answerText({ order_id: '48213', city: 'Lyon' }, 'chatty', 2)).toMatch(/the order ID is 48213 and the city is Lyon/);
  });
});

describe('OfflineUser', () => {
  const task = (overrides: Partial<Task>): Task => ({
    id: 't',
    kind: 'missing_param',
    seed: '42',
    servers: ['shop'],
    tools: [...TOOLS.keys()],
    persona: chatty,
    goal: 'unused',
    known: { 'create_order.customer_name': 'Clemens Fisher', 'create_order.quantity': 2 },
    unknown: ['create_order.customer_name'],
    difficulty: 'medium',
    expectedCalls: [[call('create_order', { customer_name: 'Clemens Fisher', quantity: 2 })]],
    ...overrides,
  });

  it('leaves a withheld value out and gives it, in words, when asked', async () => {
    const user = new OfflineUser(task({}), TOOLS);
    const opening = await user.opening();
    expect(opening).not.toMatch(/Clemens|customer name/);
    expect(opening).toMatch(/order/);
    const answer = await user.next({ reply: 'Which customer is it for?', calls: [] });
    expect(answer.kind).toBe('say');
    expect(answer.kind === 'say' ? answer.text : '').toMatch(/Clemens Fisher/);
    expect(await user.next({ reply: 'Done.', calls: [{ tool: 'create_order', arguments: {}, isError: false }] })).toEqual({
      kind: 'done',
      satisfied: true,
      reason: 'every request was handled',
    });
  });

  it('follows up turn by turn, acknowledging instead of greeting', async () => {
    const plan = [
      [call('get_lookup_sha1', { sha1: 'abc' })],
      [call('get_weather', { city: 'Lyon' })],
      [call('get_quick_search', { q: 'aspirin' })],
    ];
    const user = new OfflineUser(task({ kind: 'multi_turn', unknown: [], expectedCalls: plan, persona: formal }), TOOLS);
    const texts = [await user.opening()];
    for (let turn = 1; turn < plan.length; turn += 1) {
      const action = await user.next({ reply: 'Done.', calls: [{ tool: 'x', arguments: {}, isError: false }] });
      texts.push(action.kind === 'say' ? action.text : '');
    }
    expect(texts[1]).toMatch(/Lyon/);
    expect(texts[2]).toMatch(/aspirin/);
    for (const text of texts.slice(1)) expect(text).not.toMatch(GREETING);
    await expect(
      new OfflineUser(task({ kind: 'multi_turn', unknown: [], expectedCalls: plan, persona: formal }), TOOLS).opening(),
    ).resolves.toBe(texts[0]);
  });
});

describe('tools whose descriptions are copies of each other', () => {
  it('says the word that tells siblings apart where they share the description word for word, so month and week differ', () => {
    const copied = 'Resolve change chart for week';
    const tools = new Map<string, ToolView>([
      ['get_spots_week', { name: 'get_spots_week', description: copied }],
      ['get_spots_month', { name: 'get_spots_month', description: copied }],
      ['get_spots_day', { name: 'get_spots_day', description: 'Resolve change chart by day' }],
    ]);
    const persona = PERSONAS[1] as Persona;
    for (let seed = 0; seed < 10; seed += 1) {
      const both = requestText(
        persona,
        [
          { tool: 'get_spots_month', arguments: { region: 'Europe' } },
          { tool: 'get_spots_week', arguments: { region: 'Europe' } },
        ],
        tools,
        { seed },
      );
      expect(both).toMatch(/change chart for the month\b.*change chart for the week\b/i);
      expect(requestText(persona, [{ tool: 'get_spots_day', arguments: { region: 'Europe' } }], tools, { seed })).toMatch(
        /change chart by day/i,
      );
    }
  });

  it('a request points at no value it leaves out, and reads out no parameter names', () => {
    const tools = new Map<string, ToolView>([
      ['themes_get_one', view('themes_get_one', 'Get the Theme with the key', { key: { type: 'string' } }, ['key'])],
      [
        'filter',
        view(
          'filter',
          'Filter available associations.',
          { uniprotkw: { type: 'string' }, datatype: { type: 'string' }, target_class: { type: 'string' } },
          [],
        ),
      ],
    ]);
    for (let seed = 0; seed < 20; seed += 1) {
      const opener = requestText(chatty, [call('themes_get_one', { key: 'the_1' })], tools, { seed, withheld: ['themes_get_one.key'] });
      expect(opener).not.toMatch(/with the key|the_1/);
      const filter = requestText(
        formal,
        [call('filter', { uniprotkw: 'kinase', datatype: 'genetic_association', target_class: 'TC1' })],
        tools,
        { seed },
      );
      expect(filter).not.toMatch(/\bthe [a-z ]+ is \S+, the /);
    }
  });

  it('two names for one value (`drug_id`, `DRUG_ID`) are said once; the first page of a required cursor is not said', () => {
    const tools = new Map<string, ToolView>([
      ['drug', view('drug', 'Get drug by ID.', { drug_id: { type: 'string' }, DRUG_ID: { type: 'string' } }, ['drug_id', 'DRUG_ID'])],
      [
        'parents',
        view('parents', 'Return parents from a given SHA1.', { sha1: { type: 'string' }, cursor: { type: 'string' } }, ['sha1', 'cursor']),
      ],
    ]);
    const drug = requestText(terse, [call('drug', { drug_id: 'CHEMBL25', DRUG_ID: 'CHEMBL25' })], tools, { seed: 1 });
    expect(drug.match(/CHEMBL25/g)).toHaveLength(1);
    expect(requestText(terse, [call('parents', { sha1: 'ab12', cursor: '0' })], tools, { seed: 1 })).not.toMatch(/cursor/);
  });
});

describe('a mistyped id (planned not_found)', () => {
  it('the first request carries the typo; after the 404 the user owns it and gives the right id', async () => {
    const tools = new Map<string, ToolView>([
      ['get_order', view('get_order', 'Get an order by its id.', { order_id: { type: 'string' } }, ['order_id'])],
    ]);
    const task: Task = {
      id: 't-typo',
      kind: 'error_recovery',
      seed: '7',
      servers: ['shop'],
      tools: ['get_order'],
      persona: PERSONAS[0] as Persona,
      goal: 'Find an order.',
      known: {},
      unknown: [],
      difficulty: 'medium',
      expectedCalls: [
        [{ tool: 'get_order', arguments: { order_id: 'ord_72Hq' } }],
        [{ tool: 'get_order', arguments: { order_id: 'ord_7Hq2' } }],
      ],
      faults: [{ turn: 0, call: 0, fault: 'not_found', recovery: 'ask' }],
    };
    const user = new OfflineUser(task, tools);
    expect(await user.opening()).toContain('ord_72Hq');
    const next = await user.next({
      reply: 'I could not find order ord_72Hq. Could you check the order ID?',
      calls: [
        { name: 'get_order', arguments: { order_id: 'ord_72Hq' }, result: '404 Not Found: order "ord_72Hq" does not exist', isError: true },
      ],
    } as never);
    expect(next.kind).toBe('say');
    const text = next.kind === 'say' ? next.text : '';
    expect(text).toContain('ord_7Hq2');
    expect(text).toMatch(/typo|mistyp|sorry|apolog|my bad|wrong|should/i);
    expect((await user.next({ reply: 'Order ord_7Hq2 is shipped.', calls: [] } as never)).kind).toBe('done');
  });
});

describe('the description\u2019s words for the ids a request names', () => {
  it('"Get the posts associated with the keys in the list passed in" + keys → the posts by their keys, no description fragment', () => {
    const tools = new Map<string, ToolView>([
      [
        'posts_get',
        view('posts_get', 'Get the posts associated with the keys in the list passed in', {
          postKeys: { type: 'array', items: { type: 'string' } },
        }),
      ],
    ]);
    for (const seed of ['1', '2', '3', '4']) {
      const text = requestText(PERSONAS[0] as Persona, [{ tool: 'posts_get', arguments: { postKeys: ['pos_a1b2', 'pos_c3d4'] } }], tools, {
        seed,
      });
      expect(text).toMatch(/posts pos_a1b2 and pos_c3d4/);
      expect(text).not.toMatch(/in the list|passed in|post keys/);
    }
  });
});

describe('parallel cases that each name a list', () => {
  it('are said as separate lists, not run together', () => {
    const tools = new Map<string, ToolView>([
      [
        'posts_get',
        view('posts_get', 'Get the posts associated with the keys in the list passed in', {
          postKeys: { type: 'array', items: { type: 'string' } },
        }),
      ],
    ]);
    const calls: PlannedCall[] = [
      { tool: 'posts_get', arguments: { postKeys: ['pos_a1', 'pos_b1'] } },
      { tool: 'posts_get', arguments: { postKeys: ['pos_c1'] } },
    ];
    const text = requestText(PERSONAS[0] as Persona, calls, tools, { seed: '3' });
    expect(text).toMatch(/posts pos_a1 and pos_b1, and separately post pos_c1/);
  });

  it('names a listed record as the first one of that list, and reads no markup of a description', () => {
    const tools = new Map<string, ToolView>([
      ['list_bookings', view('list_bookings', 'List all bookings.', {})],
      ['retrieve_booking', view('retrieve_booking', 'Retrieve a booking.', { bookingId: { type: 'string' } }, ['bookingId'])],
      [
        'cancel_booking',
        view(
          'cancel_booking',
          'Cancel a booking.\n<!-- theme: danger -->\n> Cancels a booking with immediate effect.',
          { bookingId: { type: 'string' } },
          ['bookingId'],
        ),
      ],
    ]);
    const plan = [
      [call('list_bookings', {})],
      [call('retrieve_booking', { bookingId: { $result: { turn: 0, call: 0, field: 'data.0.bookingId' } } })],
      [call('cancel_booking', { bookingId: 'boo_1' })],
    ];
    for (let seed = 0; seed < 10; seed += 1) {
      const read = requestText(terse, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 });
      expect(read).toMatch(/the first booking (in that list|you just listed|in the list)/);
      expect(read).not.toMatch(/data 0|\b0\b/);
      const cancel = requestText(formal, plan[2] as PlannedCall[], tools, { seed, plan, turn: 2 });
      expect(cancel).not.toMatch(/<!--|theme|>/);
    }
  });

  it('says an operation id without its HTTP method and the path words that repeat it', () => {
    expect(nameAsWords('nearest_place_nearest_place_get')).toBe('nearest place');
    expect(nameAsWords('jurisdiction_detail_jurisdictions_jurisdiction_id_get')).toBe('jurisdiction detail');
    expect(nameAsWords('bills_search_bills_get')).toBe('bills search');
    expect(nameAsWords('slides_get_all')).toBe('slides get all');
    const tools = new Map<string, ToolView>([
      ['nearest_place_nearest_place_get', view('nearest_place_nearest_place_get', '', { lat: { type: 'number' } }, ['lat'])],
    ]);
    for (let seed = 0; seed < 5; seed += 1)
      expect(requestText(terse, [call('nearest_place_nearest_place_get', { lat: 48.1 })], tools, { seed })).not.toMatch(
        /nearest place nearest|place get/,
      );
  });
});

describe('frames', () => {
  it('never says "for me" twice: a clause that names the asker drops the frame\'s "for me"', async () => {
    const { openingMessage } = await import('../../packages/user-sim/src/phrasing/frames.js');
    const random = {
      next: () => 0,
      int: (min: number) => min,
      pick: <T>(items: readonly T[]) => items.find((item) => String(item).includes(' for me?')) ?? items[0]!,
      chance: () => false,
    };
    const text = openingMessage('chatty', 'get me the service', undefined, random);
    expect(text).not.toMatch(/\bme\b.*\bfor me\b/);
    expect(openingMessage('chatty', 'look up drug DB00945', undefined, random)).toMatch(/for me\?/);
  });
});
