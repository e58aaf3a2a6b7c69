import { describe, expect, it } from 'vitest';
import { createRandom, type ToolSpec } from '@inftool/core';
import { storyArcs } from './story-arcs.js';
import type { IndexedTool } from './tool-index.js';

type Properties = Record<string, Record<string, unknown>>;
const tool = (name: string, input: Properties, output: Properties, required = Object.keys(input)): IndexedTool => ({
  spec: {
    name,
    description: `${name.replace(/_/g, ' ')}.`,
    inputSchema: { type: 'object', properties: input, required },
    outputSchema: { type: 'object', properties: output, required: Object.keys(output) },
  } as ToolSpec,
  domain: 'd',
  category: 'c',
  server: 's',
});
const text = { type: 'string' };
const number = { type: 'number' };
const carried = (tools: IndexedTool[]) =>
  [1, 2, 3, 4, 5, 6].flatMap((seed) =>
    storyArcs(tools, String(seed), createRandom(seed)).map((arc) =>
      arc.map((step) => `${step.role.tool.spec.name}${step.from ? `(${step.from.parameter}<-${step.from.field})` : ''}`).join(' → '),
    ),
  );

describe('values carried from one result into the next call', () => {
  it('never round-trips a conversion back to the amount the user gave', () => {
    const arcs = carried([
      tool('gallon_to_liter', { gallon: number }, { liter: number }),
      tool('liter_to_gallon', { liter: number }, { gallon: number }),
    ]);
    expect(arcs.filter((arc) => arc.includes('<-'))).toEqual([]);
  });

  it('never looks a record’s key up from its own reference once the key was given', () => {
    const arcs = carried([
      tool('posts_get_one', { key: text }, { key: text, reference: text, title: text }),
      tool('posts_get_key_from_reference', { reference: text }, { key: text, value: text }),
    ]);
    expect(arcs.some((arc) => arc.includes('posts_get_key_from_reference(reference<-reference)'))).toBe(false);
  });

  it('never sends a write’s own status text as a message, nor logs in as a contact just added', () => {
    const arcs = carried([
      tool(
        'add_contact',
        { user_name: text },
        { user_id: text, message: { type: 'string', description: 'A message describing the result of the addition attempt.' } },
      ),
      tool('send_message', { receiver_id: text, message: text }, { message_id: text }),
      tool('message_login', { user_id: text }, { login_status: { type: 'boolean' } }),
    ]);
    expect(arcs.some((arc) => arc.includes('send_message(message<-message)'))).toBe(false);
    expect(arcs.some((arc) => arc.includes('message_login('))).toBe(false);
  });

  it('never reads one store by a bare key another store listed', () => {
    const arcs = carried([
      tool('core_memory_retrieve_all', {}, { key: text, value: text }),
      tool('archival_memory_retrieve', { key: text }, { key: text, value: text }),
      tool('archival_memory_add', { key: text, value: text }, { status: text }),
    ]);
    expect(arcs.some((arc) => arc.startsWith('core_memory_retrieve_all') && arc.includes('(key<-key)'))).toBe(false);
  });

  it('never copies a record’s title or text into a new record of its kind', () => {
    const arcs = carried([
      tool('get_ticket', { ticket_id: number }, { ticket_id: number, title: text, priority: number }),
      tool('create_ticket', { title: text, description: text }, { id: number }, ['title']),
    ]);
    expect(arcs.some((arc) => arc.includes('create_ticket(title<-title)'))).toBe(false);
  });

  it('still carries a value that means the same thing to the next tool', () => {
    const arcs = carried([
      tool('get_order_details', { order_id: text }, { order_id: text, symbol: text, amount: number }),
      tool('get_stock_info', { symbol: text }, { price: number, symbol: text }),
      tool('add_contact', { user_name: text }, { user_id: text, message: text }),
      tool('send_message', { receiver_id: text, message: text }, { message_id: text }),
    ]);
    expect(arcs).toContain('get_order_details → get_stock_info(symbol<-symbol)');
  });
});
