import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededEntityIds } from '@inftool/sim-server';
import { connectInMemory, type Connected, callInWorld } from '../support/sim-client.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const POST = object({ key: { type: 'string' }, kind: { type: 'string' }, headline: { type: 'string' } }, ['key', 'kind', 'headline']);
const INDEX = {
  indexKind: { type: 'string', description: 'home or one of categories' },
  indexKey: { type: 'string', description: 'default or one key of the categories' },
  postKind: { type: 'string', description: 'One of: releases, stories, factsheets, updates or default' },
  count: { type: 'integer' },
};
const FAX_SID = { type: 'string', pattern: '^FX[0-9a-fA-F]{32}$' };
const MEDIA_SID = { type: 'string', pattern: '^ME[0-9a-fA-F]{32}$' };
const ACCOUNT_SID = { type: 'string', pattern: '^AC[0-9a-fA-F]{32}$' };
const MEDIUM = object({ sid: MEDIA_SID, fax_sid: FAX_SID, account_sid: ACCOUNT_SID }, ['sid', 'fax_sid', 'account_sid']);
const TOOLS = [
  {
    name: 'posts_get_one',
    description: 'Get a post by key.',
    inputSchema: object({ key: { type: 'string' } }, ['key']),
    outputSchema: POST,
  },
  {
    name: 'posts_get_latest',
    description: 'Get the latest posts of postKind for the specified index.',
    inputSchema: object(INDEX, ['indexKind', 'indexKey']),
    outputSchema: object({ items: { type: 'array', items: POST } }, ['items']),
  },
  {
    name: 'posts_get_all_keys',
    description: 'Get all keys for the specified index.',
    inputSchema: object(INDEX, ['indexKind', 'indexKey']),
    outputSchema: object(
      { items: { type: 'array', items: object({ key: { type: 'string' }, value: { type: 'string' } }, ['key', 'value']) } },
      ['items'],
    ),
  },
  {
    name: 'fetch_fax',
    description: 'Fetch a fax.',
    inputSchema: object({ Sid: FAX_SID }, ['Sid']),
    outputSchema: object({ sid: FAX_SID, account_sid: ACCOUNT_SID, media_sid: MEDIA_SID }, ['sid', 'account_sid', 'media_sid']),
  },
  { name: 'delete_fax', description: 'Delete a fax.', inputSchema: object({ Sid: FAX_SID }, ['Sid']) },
  {
    name: 'fetch_fax_media',
    description: 'Fetch a fax media instance.',
    inputSchema: object({ FaxSid: FAX_SID, Sid: MEDIA_SID }, ['FaxSid', 'Sid']),
    outputSchema: MEDIUM,
  },
  {
    name: 'list_fax_media',
    description: 'List the media of a fax.',
    inputSchema: object({ FaxSid: FAX_SID }, ['FaxSid']),
    outputSchema: object({ media: { type: 'array', items: MEDIUM } }, ['media']),
  },
];

let connected: Connected;
beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'faker-collections-'));
  const treeFile = join(directory, 'tools.json');
  writeFileSync(treeFile, JSON.stringify({ tools: TOOLS }));
  connected = await connectInMemory({ treeFile, seed: 'server-seed' });
});
afterAll(async () => connected.close());

type Json = Record<string, unknown>;
const items = (value: Json, key = 'items') => value[key] as Json[];

describe('one collection across the tools that list it', () => {
  it('lists the same posts of an index through every tool, of the kind asked for, titled as they are', async () => {
    const call = (name: string, args: Json) => callInWorld(connected, name, args, 'index-world');
    const latest = await call('posts_get_latest', { indexKind: 'home', indexKey: '6947379', postKind: 'stories', count: 5 });
    const posts = items(latest.value);
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.map((post) => post['kind'])).toEqual(posts.map(() => 'stories'));
    const keys = items((await call('posts_get_all_keys', { indexKind: 'home', indexKey: '6947379', count: 5 })).value);
    expect(keys.map((entry) => entry['key'])).toEqual(expect.arrayContaining(posts.map((post) => post['key'])));
    const stories = items((await call('posts_get_all_keys', { indexKind: 'home', indexKey: '6947379', postKind: 'stories' })).value);
    expect(stories.map((entry) => entry['key']).sort()).toEqual(posts.map((post) => post['key']).sort());
    // another index is another collection
    const other = items((await call('posts_get_latest', { indexKind: 'home', indexKey: '1111111' })).value);
    expect(other.map((post) => post['key'])).not.toContain(posts[0]!['key']);
  });
});

describe('a part belongs to one owner', () => {
  it("a fax's medium read under another fax is not found, and the media of a fax share its account", async () => {
    const call = (name: string, args: Json) => callInWorld(connected, name, args, 'fax-world');
    const listed = await call('list_fax_media', { FaxSid: `FX${'1'.repeat(32)}` });
    const media = items(listed.value, 'media');
    expect(media.length).toBeGreaterThan(0);
    const medium = media[0]!;
    expect(new Set(media.map((entry) => entry['account_sid'])).size).toBe(1);
    const elsewhere = await call('fetch_fax_media', { FaxSid: `FX${'2'.repeat(32)}`, Sid: medium['sid'] });
    expect(elsewhere.isError).toBe(true);
    expect(elsewhere.text).toMatch(/404 Not Found: fax "FX2{32}" has no media/);
    const here = await call('fetch_fax_media', { FaxSid: `FX${'1'.repeat(32)}`, Sid: medium['sid'] });
    expect(here.value['account_sid']).toBe(medium['account_sid']);
    const fax = await call('fetch_fax', { Sid: `FX${'1'.repeat(32)}` });
    expect(fax.value['account_sid']).toBe(medium['account_sid']);
  });

  it("a deleted fax's medium is no other fax's", async () => {
    const call = (name: string, args: Json) => callInWorld(connected, name, args, 'deleted-fax-world');
    const faxes = seededEntityIds('deleted-fax-world', 'fax', FAX_SID);
    expect(faxes.length).toBeGreaterThan(2);
    const held = new Set<unknown>();
    for (const sid of faxes) {
      const fax = await call('fetch_fax', { Sid: sid });
      expect(fax.isError).toBe(false);
      expect(held.has(fax.value['media_sid'])).toBe(false);
      held.add(fax.value['media_sid']);
      await call('delete_fax', { Sid: sid });
    }
  });
});
