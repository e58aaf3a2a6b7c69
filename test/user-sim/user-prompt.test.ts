import type { PlannedCall, Task } from '@inftool/core';
import { PERSONAS, userSystemPrompt, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const TOOLS = new Map<string, ToolView>(
  [
    {
      name: 'get_drug_by_id',
      description: 'Get drug by ID. Get `drug` objects.',
      inputSchema: {
        type: 'object',
        properties: { drug_id: { type: 'string' }, 'api-version': { type: 'string', default: '1.0' } },
        required: ['drug_id'],
      },
    },
    {
      name: 'create_booking',
      description: 'Creates a booking for a guest.',
      inputSchema: {
        type: 'object',
        properties: { guest_name: { type: 'string' }, nights: { type: 'integer', default: 1 }, room: { type: 'string' } },
        required: ['guest_name'],
      },
    },
    {
      name: 'cancel_booking',
      description: 'Cancel a booking.',
      inputSchema: { type: 'object', properties: { booking_id: { type: 'string' } }, required: ['booking_id'] },
    },
    {
      name: 'get_weather',
      description: 'Returns the weather forecast for a city.',
      inputSchema: { type: 'object', properties: { city: { type: 'string' }, day: { type: 'string' } }, required: ['city'] },
    },
  ].map((tool) => [tool.name, tool]),
);

const task = (kind: Task['kind'], expectedCalls: PlannedCall[][], overrides: Partial<Task> = {}): Task => ({
  id: `t-${kind}`,
  kind,
  seed: '7',
  servers: ['demo'],
  tools: [...TOOLS.keys()],
  persona: PERSONAS[0] as Task['persona'],
  goal: 'Get this done: Get drug by ID.',
  known: {},
  unknown: [],
  difficulty: 'easy',
  expectedCalls,
  ...overrides,
});

describe('the model user brief', () => {
  it('a single request: the goal in a user words, the values, no defaults, the withheld value held back', () => {
    const prompt = userSystemPrompt(
      task(
        'missing_param',
        [[{ tool: 'create_booking', arguments: { guest_name: 'Clemens Fisher', nights: 1, room: 'sea view double' } }]],
        { unknown: ['create_booking.guest_name'] },
      ),
      TOOLS,
    );
    expect(prompt).not.toMatch(/Creates a booking|nights/);
    expect(prompt).toMatchInlineSnapshot(`
      "You play a user talking to an AI assistant that can use tools. You are Ana, a small-business owner who likes to double-check things; you write in a chatty way. Write as this person would, in your own words: never copy the wording below, never list details as "name: value", and never mention tools, APIs or parameters.

      What you want: Create a booking for a guest with room sea view double.

      The details you have (mention them naturally when they matter; they are the only names, ids, dates and numbers you know, so do not invent others; anything else, such as API versions or formats, you leave to the assistant):
      - guest name: Clemens Fisher
      - room: sea view double

      Do not mention the guest name at first: wait until the assistant asks for it, then give it.

      Never play the assistant and never call tools yourself. When everything you want is done, or it clearly cannot be done, end the conversation.

      Answer with JSON only: {"message": "what you say next", "done": false} or {"message": "", "done": true, "satisfied": true|false}."
    `);
  });

  it('a parallel request: every case of the plan (not just the first)', () => {
    const prompt = userSystemPrompt(
      task('parallel', [
        ['DB00945', 'DB01050', 'DB00316'].map((id) => ({ tool: 'get_drug_by_id', arguments: { drug_id: id, 'api-version': '1.0' } })),
      ]),
      TOOLS,
    );
    expect(prompt).toMatch(/DB00945, DB01050 and DB00316/);
    expect(prompt).not.toMatch(/- API version|api-version/);
    expect(prompt).toMatchInlineSnapshot(`
      "You play a user talking to an AI assistant that can use tools. You are Ana, a small-business owner who likes to double-check things; you write in a chatty way. Write as this person would, in your own words: never copy the wording below, never list details as "name: value", and never mention tools, APIs or parameters.

      What you want (all of it in one message: every case at once): Get drugs DB00945, DB01050 and DB00316.

      The details you have (mention them naturally when they matter; they are the only names, ids, dates and numbers you know, so do not invent others; anything else, such as API versions or formats, you leave to the assistant):
      - drug ID: DB00945, DB01050 and DB00316 (one for each case)

      Never play the assistant and never call tools yourself. When everything you want is done, or it clearly cannot be done, end the conversation.

      Answer with JSON only: {"message": "what you say next", "done": false} or {"message": "", "done": true, "satisfied": true|false}."
    `);
  });

  it('a multi-turn task: the ordered requests and what a later one depends on', () => {
    const plan: PlannedCall[][] = [
      [{ tool: 'create_booking', arguments: { guest_name: 'Clemens Fisher', room: 'sea view double' } }],
      [{ tool: 'get_weather', arguments: { city: 'Nice', day: 'Friday' } }],
      [{ tool: 'cancel_booking', arguments: { booking_id: { $result: { turn: 0, call: 0, field: 'booking_id' } } } }],
    ];
    const prompt = userSystemPrompt(task('multi_turn', plan, { persona: PERSONAS[2] as Task['persona'] }), TOOLS);
    expect(prompt).toMatch(/^1\. .*\n2\. .*\n3\. .*use the id or name the assistant gave you/m);
    expect(prompt).toMatchInlineSnapshot(`
      "You play a user talking to an AI assistant that can use tools. You are Chloé, an operations manager at a large company; you write in a formal way. Write as this person would, in your own words: never copy the wording below, never list details as "name: value", and never mention tools, APIs or parameters.

      Your requests, in this order, one per message. Move on to the next once the assistant has handled the current one; you can thank it or react to what it found before asking the next thing:
      1. Create a booking for guest Clemens Fisher with room sea view double.
      2. Find the weather forecast for Nice on Friday.
      3. Cancel that booking from before. (This depends on an earlier request: use the id or name the assistant gave you then; do not make one up.)

      The details you have (mention them naturally when they matter; they are the only names, ids, dates and numbers you know, so do not invent others; anything else, such as API versions or formats, you leave to the assistant):
      - guest name: Clemens Fisher
      - room: sea view double
      - city: Nice
      - day: Friday

      Never play the assistant and never call tools yourself. When everything you want is done, or it clearly cannot be done, end the conversation.

      Answer with JSON only: {"message": "what you say next", "done": false} or {"message": "", "done": true, "satisfied": true|false}."
    `);
  });
});
