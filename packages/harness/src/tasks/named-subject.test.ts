import { describe, expect, it } from 'vitest';
import type { ToolSpec } from '@inftool/core';
import { namesSubjectOf } from './named-subject.js';
import type { IndexedTool } from './tool-index.js';

const tool = (name: string, description: string, properties: Record<string, unknown>): IndexedTool => ({
  spec: { name, description, inputSchema: { type: 'object', properties, required: Object.keys(properties) } } as ToolSpec,
  domain: 'd',
  category: 'c',
  server: 's',
});
const BY_REFERENCE = tool('posts_get_key_from_reference', 'Get the post key associated with the reference.', {
  reference: { type: 'string' },
});

describe('an irrelevance request beside a tool on its thing', () => {
  it('counts a tool that gets posts as able to serve "the post key with reference …"', () => {
    expect(namesSubjectOf(BY_REFERENCE, tool('posts_get_one', 'Get the post associated with the key', { key: { type: 'string' } }))).toBe(
      true,
    );
  });

  it('leaves a tool on another thing offered', () => {
    expect(namesSubjectOf(BY_REFERENCE, tool('newsletters_get_image', 'Get the image of a newsletter.', { key: { type: 'string' } }))).toBe(
      false,
    );
  });
});

describe('a change requested beside a lookup', () => {
  it('is no lookup the other could answer (a player profile created beside player statistics)', () => {
    const create = tool('create_player_profile', 'Create a new player profile.', { player_name: { type: 'string' } });
    const stats = tool('game_stats_fetch_player_statistics', 'Fetch player statistics.', { username: { type: 'string' } });
    expect(namesSubjectOf(create, stats)).toBe(false);
  });
});
