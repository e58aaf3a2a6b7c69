import { describe, expect, it } from 'vitest';
import { oneStoryPerRecord, STORIES, tellStory } from '../../packages/sim-server/src/engines/world-stories.js';

type Json = Record<string, unknown>;

describe('a posted text is the record’s story', () => {
  it('a tweet posted with a story sentence keeps it, and a later read of its id tells the same', () => {
    const memory = new Map<string, Json>();
    // a story other than the one the id would draw
    const posted = (STORIES.find((story) => story.sentence !== tellStory('23532').sentence) as (typeof STORIES)[number]).sentence;
    const created: Json = { id: 23532, username: 'sibyl9', content: posted, tags: ['review'] };
    oneStoryPerRecord(created, memory, undefined, { sent: [posted, ['review']] });
    expect(created['content']).toBe(posted);
    // the read by id sends no text: the record still tells the story it was posted with
    const read: Json = { id: 23532, username: 'sibyl9', content: tellStory('23532').sentence };
    oneStoryPerRecord(read, memory, 23532, {});
    expect(read['content']).toBe(posted);
  });
});
