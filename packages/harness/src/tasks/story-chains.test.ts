import { describe, expect, it } from 'vitest';
import { createRandom, type ToolSpec } from '@inftool/core';
import { belongTogether, planStory, tellsStory } from './stories.js';
import { storyArcs } from './story-arcs.js';
import { createdIdField, createdIdSchema, producesField, roleOf } from './tool-roles.js';
import type { IndexedTool } from './tool-index.js';

// Tools as a benchmark's function docs give them: no outputSchema, integer record ids.
const tool = (name: string, description: string, properties: Record<string, unknown>, required: string[]): IndexedTool => ({
  spec: { name, description, inputSchema: { type: 'object', properties, required } } as ToolSpec,
  domain: 'd',
  category: 'c',
  server: 's',
});
const TICKETS = [
  tool('create_ticket', 'Create a ticket in the system and queue it.', { title: { type: 'string' }, description: { type: 'string' } }, [
    'title',
  ]),
  tool('get_ticket', 'Get a specific ticket by its ID.', { ticket_id: { type: 'integer' } }, ['ticket_id']),
  tool('close_ticket', 'Close a ticket.', { ticket_id: { type: 'integer' } }, ['ticket_id']),
];
const arcNames = (tools: IndexedTool[], seed = 1) =>
  storyArcs(tools, String(seed), createRandom(seed)).map((arc) =>
    arc.map((step) => `${step.role.tool.spec.name}${step.from ? `(${step.from.parameter}<-${step.from.field})` : ''}`).join(' → '),
  );

describe('a created record’s id, shaped like its entity’s ids', () => {
  it('feeds an integer id parameter where the entity’s tools take integer ids', () => {
    const [create, get] = TICKETS as [IndexedTool, IndexedTool];
    expect(createdIdSchema('ticket', TICKETS.map(roleOf))).toEqual({ type: 'integer' });
    expect(createdIdField(create, roleOf(get), 'ticket_id', createdIdSchema('ticket', TICKETS.map(roleOf)))).toBe('ticket_id');
    expect(arcNames(TICKETS).some((arc) => arc.startsWith('create_ticket → get_ticket(ticket_id<-ticket_id)'))).toBe(true);
  });

  it('never feeds an integer parameter when the world makes string ids, nor a string one when it makes integers', () => {
    const [create, get] = TICKETS as [IndexedTool, IndexedTool];
    expect(createdIdField(create, roleOf(get), 'ticket_id', undefined)).toBeUndefined();
    const named = tool('get_note', 'Get a note.', { note_id: { type: 'string' } }, ['note_id']);
    expect(
      createdIdField(tool('create_note', 'Create a note.', { text: { type: 'string' } }, ['text']), roleOf(named), 'note_id', {
        type: 'integer',
      }),
    ).toBeUndefined();
  });

  it('feeds a tool of another name that takes the made record by an id named for it', () => {
    const tweets = [
      tool('post_tweet', 'Post a tweet for the authenticated user.', { content: { type: 'string' } }, ['content']),
      tool('get_tweet', 'Retrieve a specific tweet.', { tweet_id: { type: 'integer' } }, ['tweet_id']),
      tool(
        'comment',
        'Comment on a tweet for the authenticated user.',
        { tweet_id: { type: 'integer' }, comment_content: { type: 'string' } },
        ['tweet_id', 'comment_content'],
      ),
    ];
    const arcs = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((seed) => arcNames(tweets, seed));
    expect(arcs.some((arc) => arc.startsWith('post_tweet') && arc.includes('comment(tweet_id<-tweet_id)'))).toBe(true);
  });
});

describe('a value of the result the world infers', () => {
  const stocks = tool('get_available_stocks', 'Get a list of stock symbols in the given sector.', { sector: { type: 'string' } }, [
    'sector',
  ]);
  const info = tool('get_stock_info', 'Get the details of a stock.', { symbol: { type: 'string' } }, ['symbol']);

  it('feeds a later call that needs it (a stock listed by sector, then its details)', () => {
    expect(producesField(roleOf(stocks), roleOf(info), 'symbol')).toBe(true);
    expect(arcNames([stocks, info])).toContain('get_available_stocks → get_stock_info(symbol<-symbol)');
  });

  it('carries a record’s number only with its name, and never asks the same lookup again for another arc', async () => {
    const order = tool(
      'place_order',
      'Place an order of a stock.',
      { symbol: { type: 'string' }, price: { type: 'number' }, amount: { type: 'integer' } },
      ['symbol', 'price', 'amount'],
    );
    const watch = tool('remove_stock_from_watchlist', 'Remove a stock from the watchlist.', { symbol: { type: 'string' } }, ['symbol']);
    for (let seed = 0; seed < 6; seed += 1)
      expect(arcNames([stocks, info, order, watch], seed)).not.toContain('get_available_stocks → place_order(price<-price)');
    for (let seed = 0; seed < 10; seed += 1) {
      const plan = await planStory([stocks, info, order, watch], 4, {
        world: String(seed),
        random: createRandom(seed),
        call: async (entry) => ({
          tool: entry.spec.name,
          arguments: Object.fromEntries(
            ((entry.spec.inputSchema.required ?? []) as string[]).map((name) => [
              name,
              name === 'sector' ? 'Technology' : name === 'symbol' ? 'KO' : 5,
            ]),
          ),
        }),
        valid: () => true,
      });
      expect(plan.filter(([call]) => call?.tool === 'get_available_stocks').length).toBeLessThanOrEqual(1);
    }
  });

  it('never an echo of the call’s own argument, a choice from a fixed list, or a change’s summary', () => {
    const bySector = tool('count_stocks', 'Count stocks of a sector.', { sector: { type: 'string' } }, ['sector']);
    expect(producesField(roleOf(stocks), roleOf(bySector), 'sector')).toBe(false);
    const navigate = tool('set_navigation', 'Navigate to the destination.', { destination: { type: 'string' } }, ['destination']);
    const brake = tool('activate_parking_brake', 'Activate the parking brake.', { mode: { type: 'string' } }, ['mode']);
    expect(producesField(roleOf(navigate), roleOf(brake), 'mode')).toBe(false);
  });
});

describe('tellsStory', () => {
  it('a server whose tools do not belong together tells none, even with an arc', () => {
    const bundle = [
      tool('soccer_get_last_match', 'Get the last match of a soccer club.', { team_name: { type: 'string' } }, ['team_name']),
      tool('hotel_booking', 'Book a hotel.', { location: { type: 'string' }, nights: { type: 'integer' } }, ['location']),
      tool('get_weather', 'Weather of a city.', { city: { type: 'string' } }, ['city']),
    ];
    expect(tellsStory(bundle, createRandom(0))).toBe(false);
    expect(belongTogether(bundle)).toBe(false);
    const tickets = [
      ...TICKETS,
      tool('edit_ticket', 'Edit a ticket.', { ticket_id: { type: 'integer' }, updates: { type: 'object' } }, ['ticket_id', 'updates']),
    ];
    expect(tellsStory(tickets, createRandom(0))).toBe(true);
  });
});
