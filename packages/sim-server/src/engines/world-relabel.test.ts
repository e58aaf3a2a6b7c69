import { describe, expect, it } from 'vitest';
import { withoutRelabelled } from './world-relabel.js';

const seen = new Map([['4d3fe717742d4963a85562e9f84d8c79', { kind: 'podcast', facts: { title: 'Star Wars 7x7', language: 'en' } }]]);

describe('withoutRelabelled', () => {
  it('leaves out a podcast told "en" before that a filter by language "cs" would relabel', () => {
    const result = {
      podcasts: [
        { id: '4d3fe717742d4963a85562e9f84d8c79', title: 'Star Wars 7x7', language: 'cs' },
        { id: '32ab4e0000000000', title: 'The Daily', language: 'cs' },
      ],
    };
    expect(withoutRelabelled(result, { region: 'us', language: 'cs' }, seen)).toEqual(['4d3fe717742d4963a85562e9f84d8c79']);
    expect(result.podcasts.map((podcast) => podcast.title)).toEqual(['The Daily']);
  });

  it('keeps a record told as before, and one whose changed field no argument sent', () => {
    const result = {
      podcasts: [
        { id: '4d3fe717742d4963a85562e9f84d8c79', title: 'Star Wars 7x7', language: 'en' },
        { id: '32ab4e0000000000', title: 'The Daily', language: 'cs' },
      ],
    };
    expect(withoutRelabelled(result, { language: 'en' }, seen)).toEqual([]);
    expect(result.podcasts).toHaveLength(2);
  });

  it('leaves out an event whose jurisdiction, North Carolina before, a filter by "Florida" would rename', () => {
    const nc = 'ocd-jurisdiction/country:us/state:nc/government';
    const shownBefore = new Map([[nc, { kind: 'jurisdiction', facts: { name: 'North Carolina', classification: 'state' } }]]);
    const result = {
      results: [
        { id: 'ev-1001', name: 'Judiciary Committee public hearing', jurisdiction: { id: nc, name: 'Florida' } },
        {
          id: 'ev-1002',
          name: 'Budget conference',
          jurisdiction: { id: 'ocd-jurisdiction/country:us/state:fl/government', name: 'Florida' },
        },
      ],
    };
    expect(withoutRelabelled(result, { jurisdiction: 'Florida' }, shownBefore)).toEqual([nc]);
    expect(result.results.map((event) => event.id)).toEqual(['ev-1002']);
  });
});
