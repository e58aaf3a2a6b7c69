import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idParameterEntity, seededEntityIds } from '@inftool/sim-server';
import { connectInMemory, type Connected, callInWorld } from '../support/sim-client.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const TOOLS = [
  { name: 'get_article', description: 'An article by id.', inputSchema: object({ article_id: { type: 'string' } }, ['article_id']) },
  {
    name: 'get_articles_article_id_units',
    description: 'Get Article units by articleId.',
    inputSchema: object({ articleId: { type: 'string', description: 'To get unique article for article Id units.' } }, ['articleId']),
  },
  {
    name: 'get_tweet',
    description: 'Retrieve a tweet.',
    inputSchema: object({ tweet_id: { type: 'integer', description: 'ID of the tweet to retrieve.' } }, ['tweet_id']),
  },
  { name: 'post_tweet', description: 'Post a tweet.', inputSchema: object({ content: { type: 'string' } }, ['content']) },
  {
    name: 'get_tweet_comments',
    description: 'Retrieve all comments for a tweet.',
    inputSchema: object({ tweet_id: { type: 'integer', description: 'ID of the tweet to retrieve comments for.' } }, ['tweet_id']),
  },
  {
    name: 'delete_message',
    description: 'Delete the latest message sent to a receiver.',
    inputSchema: object({ receiver_id: { type: 'string', description: 'User ID of the user to send the message to.' } }, ['receiver_id']),
  },
  {
    name: 'archival_memory_add',
    description: 'Add a key-value pair to the long-term memory.',
    inputSchema: object({ key: { type: 'string' }, value: { type: 'string' } }, ['key', 'value']),
  },
  {
    name: 'archival_memory_retrieve',
    description: 'Retrieve the value associated with a key.',
    inputSchema: object({ key: { type: 'string', description: 'The key to retrieve.' } }, ['key']),
  },
];

let connected: Connected;
beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'faker-sub-'));
  const treeFile = join(directory, 'tools.json');
  writeFileSync(treeFile, JSON.stringify({ tools: TOOLS }));
  connected = await connectInMemory({ treeFile, seed: 'server-seed' });
});
afterAll(async () => connected.close());

type Json = Record<string, unknown>;
const WORLD = 'sub-world';
const call = (name: string, args: Json) => callInWorld(connected, name, args, WORLD);

describe('sub-resources: an id argument that names a parent', () => {
  it('reads the units of a known article, the same each time, and 404s on an unknown article', async () => {
    const [article] = seededEntityIds(WORLD, 'article', { type: 'string' });
    const first = await call('get_articles_article_id_units', { articleId: article });
    expect(first.isError, first.text).toBe(false);
    expect(first.value['articleId']).toBe(article);
    expect(await call('get_articles_article_id_units', { articleId: article })).toEqual(first);
    const unknown = await call('get_articles_article_id_units', { articleId: 'art_0000000000' });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('article "art_0000000000" does not exist');
  });

  it('reads the comments of a tweet the session posted', async () => {
    const posted = await call('post_tweet', { content: 'Hello' });
    const tweetId = posted.value['tweet_id'] ?? posted.value['id'];
    expect(typeof tweetId).toBe('number');
    const comments = await call('get_tweet_comments', { tweet_id: tweetId });
    expect(comments.isError, comments.text).toBe(false);
    expect(comments.value['tweet_id']).toBe(tweetId);
  });

  it('deletes the message sent to a receiver no tool reads by id, then has none left', async () => {
    const deleted = await call('delete_message', { receiver_id: 'rcv_e42ib0r6t8' });
    expect(deleted.isError, deleted.text).toBe(false);
    const again = await call('delete_message', { receiver_id: 'rcv_e42ib0r6t8' });
    expect(again.isError).toBe(true);
    expect(again.text).toContain('has no message');
  });

  it('a read by key echoes the key it was asked for', async () => {
    const read = await call('archival_memory_retrieve', { key: 'mem_201aa87d9f' });
    expect(read.isError, read.text).toBe(false);
    expect(read.value['key'] ?? read.value['id']).toBe('mem_201aa87d9f');
    expect(JSON.stringify(read.value)).not.toMatch(/memory-\d+/);
  });

  it('a create that names its record by key stores it under that key, and a read by it finds what was stored', async () => {
    const added = await call('archival_memory_add', { key: 'project_notes', value: 'Call the bank on Monday' });
    expect(added.value['key']).toBe('project_notes');
    const read = await call('archival_memory_retrieve', { key: 'project_notes' });
    expect(read.value['key']).toBe('project_notes');
    expect(read.value['value']).toBe('Call the bank on Monday');
  });
});

describe('the entity an id argument names', () => {
  it("by its name first, a bare id by its description, else the tool's own", () => {
    const spec = (name: string, parameter: string, description?: string) => ({
      name,
      inputSchema: { type: 'object' as const, properties: { [parameter]: { type: 'string', ...(description ? { description } : {}) } } },
    });
    expect(idParameterEntity(spec('get_articles_article_id_units', 'articleId'), 'articleId')).toBe('article');
    expect(idParameterEntity(spec('delete_message', 'receiver_id'), 'receiver_id')).toBe('receiver');
    expect(idParameterEntity(spec('get_category_tree', 'category_tree_id'), 'category_tree_id')).toBe('tree');
    expect(idParameterEntity(spec('get_order_status', 'order_id'), 'order_id')).toBe('order');
    expect(idParameterEntity(spec('get_episode_recommendations', 'id', 'Episode id.'), 'id')).toBe('episode');
    expect(idParameterEntity(spec('retrieve_account_balances', 'id', 'A UUID string identifying this account.'), 'id')).toBe('account');
    expect(idParameterEntity(spec('payments_creditors_retrieve', 'id', 'Unique entry ID'), 'id')).toBe('creditor');
    expect(idParameterEntity(spec('get_pet', 'id', 'The ID of the pet'), 'id')).toBe('pet');
    expect(idParameterEntity(spec('archival_memory_retrieve', 'key', 'The key to retrieve.'), 'key')).toBe('memory');
  });
});
