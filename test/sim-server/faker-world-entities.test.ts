import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seededEntityIds } from '@inftool/sim-server';
import { connectInMemory, type Connected, callInWorld } from '../support/sim-client.js';

const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const author = object({ id: { type: 'string' }, name: { type: 'string' }, country: { type: 'string' } }, ['id', 'name', 'country']);
const TOOLS = [
  {
    name: 'get_review',
    description: 'A review by id.',
    inputSchema: object({ review_id: { type: 'string' } }, ['review_id']),
    outputSchema: object({ id: { type: 'string' }, title: { type: 'string' }, author }, ['id', 'title', 'author']),
  },
  {
    name: 'get_author',
    description: 'An author by id.',
    inputSchema: object({ author_id: { type: 'string' } }, ['author_id']),
    outputSchema: author,
  },
  { name: 'delete_author', description: 'Deletes an author.', inputSchema: object({ author_id: { type: 'string' } }, ['author_id']) },
];

let treeFile = '';
const opened: Connected[] = [];
beforeAll(() => {
  const directory = mkdtempSync(join(tmpdir(), 'faker-entities-'));
  treeFile = join(directory, 'tools.json');
  writeFileSync(treeFile, JSON.stringify({ tools: TOOLS }));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((session) => session.close()));
});
type Json = Record<string, unknown>;

describe('faker world: an id a result showed names one record', () => {
  it('reads the author a review showed, with what the review said of them, until it is deleted', async () => {
    const on = await connectInMemory({ treeFile, seed: 'entities' });
    opened.push(on);
    const [reviewId] = seededEntityIds('w1', 'review', { type: 'string' });
    const review = await callInWorld(on, 'get_review', { review_id: String(reviewId) }, 'w1');
    expect(review.isError).toBe(false);
    const shown = review.value['author'] as Json;
    const read = await callInWorld(on, 'get_author', { author_id: String(shown['id']) }, 'w1');
    expect(read.isError).toBe(false);
    expect(read.value).toMatchObject({ id: shown['id'], name: shown['name'], country: shown['country'] });
    expect((await callInWorld(on, 'delete_author', { author_id: String(shown['id']) }, 'w1')).isError).toBe(false);
    expect((await callInWorld(on, 'get_author', { author_id: String(shown['id']) }, 'w1')).text).toMatch(/^404/);
    // an id no result showed is still unknown
    expect((await callInWorld(on, 'get_author', { author_id: 'aut_0000000000' }, 'w1')).text).toMatch(/^404/);
  });
});
