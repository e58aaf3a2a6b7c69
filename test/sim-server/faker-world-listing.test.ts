import { describe, expect, it } from 'vitest';
import { toolEntity } from '@inftool/sim-server';
import { callInWorld } from '../support/sim-client.js';
import { toolSessions } from '../support/tool-sessions.js';

/**
 * A listing of every record of a kind (`themes_get_all`) after reads of some by key: it holds those
 * records, with their keys and the fields the reads told, each name once. BC Gov News's theme extends
 * a base that extends one with `key` (allOf three deep), and its list's item schema is cut.
 */
type Json = Record<string, unknown>;
const text = { type: 'string' };
const BASE = { properties: { key: text, timestamp: { type: 'string', format: 'date-time' } }, type: 'object' };
const THEME = {
  allOf: [{ allOf: [BASE], properties: { kind: text, name: text, featurePostKey: text }, type: 'object' }],
  properties: { name: text, isActive: { type: 'boolean' }, twitterFeedUsername: text },
  type: 'object',
};
const TOOLS = [
  {
    name: 'themes_get_one',
    description: 'Get the Theme associated with the key',
    inputSchema: { type: 'object', properties: { key: text }, required: ['key'] },
    outputSchema: THEME,
    annotations: { readOnlyHint: true },
  },
  {
    name: 'themes_get_all',
    description: 'Get all Themes',
    inputSchema: { type: 'object', properties: {} },
    outputSchema: { type: 'object', properties: { items: { type: 'array', items: THEME } }, required: ['items'] },
    annotations: { readOnlyHint: true },
  },
];
const session = toolSessions(TOOLS, 'server-seed');

describe('a listing of all records after reads by key', () => {
  it('a get-all tool lists, a get-one reads', () => {
    expect(toolEntity(TOOLS[1] as never).action).toBe('list');
    expect(toolEntity(TOOLS[0] as never).action).toBe('read');
  });

  it('holds the records just read, told as they were read, each name once', async () => {
    const on = await session();
    for (const world of ['w-1', 'w-2', 'w-3', 'w-4']) {
      const read: Json[] = [];
      for (const key of ['3636690', '2986742']) {
        const outcome = await callInWorld(on, 'themes_get_one', { key }, world);
        expect(outcome.isError).toBe(false);
        read.push(outcome.value);
      }
      const listed = await callInWorld(on, 'themes_get_all', {}, world);
      const items = listed.value['items'] as Json[];
      for (const record of read) {
        const same = items.find((item) => item['key'] === record['key']);
        expect(same, `${world}: ${String(record['key'])} listed`).toBeDefined();
        for (const field of ['name', 'kind', 'isActive']) expect(same?.[field]).toEqual(record[field]);
      }
      const names = items.map((item) => String(item['name']).toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
