import type { Persona, PlannedCall } from '@inftool/core';
import { meaningPhrase, nameAsWords, PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({ name, description, inputSchema: { type: 'object', properties, required } });
const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const say = (tool: ToolView, args: Record<string, unknown>, seed: number) => requestText(terse, [call(tool.name, args)], new Map([[tool.name, tool]]), { seed });
const seeds = Array.from({ length: 12 }, (_, index) => index);

describe('a BFCL suite preamble', () => {
  it('is no words of the request: what the tool does is', () => {
    const tool = view('resolve_ticket', 'This tool belongs to the ticketing system that is part of a company, which allows users to create, view, and manage support business tickets. Tool description: Resolve a ticket with a resolution.', { ticket_id: { type: 'integer' }, resolution: { type: 'string' } }, ['ticket_id', 'resolution']);
    for (const seed of seeds) {
      const text = say(tool, { ticket_id: 25220, resolution: 'Replaced the cable' }, seed);
      expect(text).not.toMatch(/belongs|ticketing system/i);
      expect(text).toMatch(/resolve .*ticket/i);
    }
  });
});

describe('an operation id', () => {
  it('is said as the operation after its path, not word for word', () => {
    expect(nameAsWords('get_sdw_rest_services_get_qid')).toBe('get qid');
    expect(nameAsWords('slides_get_all')).toBe('slides get all');
  });
  it('of a tool that differs from another only by its method keeps the shared description', () => {
    const description = 'Safe Drinking Water Act (SDWA) Paginated Results Service. GET_QID is passed with a query ID.';
    const post = view('post_sdw_rest_services_get_qid', description, { qid: { type: 'string' } }, ['qid']);
    const get = view('get_sdw_rest_services_get_qid', description, { qid: { type: 'string' } }, ['qid']);
    const tools = new Map([[post.name, post], [get.name, get]]);
    for (const seed of seeds) {
      const text = requestText(terse, [call(post.name, { qid: '4410' })], tools, { seed });
      expect(text).not.toMatch(/sdw rest services|\bservice\b/i);
      expect(text).toMatch(/paginated results/i);
    }
  });
});

describe('values said by meaning', () => {
  const weather = view('get_forecast', 'Get the weather forecast.', { location: { type: 'string' }, date: { type: 'string' }, symbol: { type: 'string' } }, ['location', 'date']);
  it('a place "in", a date "on", a symbol alone', () => {
    for (const seed of seeds) {
      const text = say(weather, { location: 'Dublin, Ireland', date: '05-30-2025', symbol: 'KO' }, seed);
      expect(text).toMatch(/\bin Dublin, Ireland\b/);
      expect(text).toMatch(/\bon 05-30-2025\b/);
      expect(text).toMatch(/\bfor KO\b/);
      expect(text).not.toMatch(/\b(location|date|symbol) /);
    }
  });
  it('a code or an id of a place is no place', () => {
    expect(meaningPhrase({ name: 'location_id', label: 'location ID', value: 'L12', role: 'id' })).toBeUndefined();
    expect(meaningPhrase({ name: 'country_code', label: 'country code', value: 'IE', role: 'subject' })).toBeUndefined();
  });
});

describe('frames', () => {
  it('a value that ends with a full stop takes no second one', () => {
    const tool = view('add_note', 'Add a note.', { text: { type: 'string' } }, ['text']);
    for (const seed of seeds) expect(say(tool, { text: 'Call the partner organisations.' }, seed)).not.toMatch(/(?<!\.)\.\.(?!\.)/);
  });
});

describe('words the documentation left behind', () => {
  it('a small word written twice is said once', () => {
    const tool = view('list_projects', "Returns a list of of all the projects you're following.");
    for (const seed of seeds) expect(say(tool, {}, seed)).not.toMatch(/\bof of\b/);
  });
  it('an empty list or object is not said ("supports for .")', () => {
    const tool = view('list_languages', 'Provides a list of languages that Amazon Translate supports.', { filters: { type: 'array' }, body: { type: 'object' } }, ['body']);
    for (const seed of seeds) expect(say(tool, { filters: [], body: {} }, seed)).not.toMatch(/\b(for|with) [.?!,]|\bfilters\b/);
  });
  it('a start and an end are said as "from" and "until"', () => {
    const tool = view('get_history', 'Get historical observations.', { start_date: { type: 'string' }, end_date: { type: 'string' } }, ['start_date', 'end_date']);
    for (const seed of seeds) expect(say(tool, { start_date: '2025-06-14', end_date: '2025-07-21' }, seed)).toMatch(/from 2025-06-14 until 2025-07-21/);
  });
});
