import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { wrongKindSlots } from './slot-kinds.js';
import { implausibleContent } from './result-content.js';

describe('wrongKindSlots', () => {
  it('rejects a moment named with its unit that is no epoch time, and passes a real one', () => {
    const bad = { id: 'a1', earliest_pub_date_ms: 500, latest_pub_date_ms: 5000, episodes: [{ pub_date_ms: 47 }] };
    expect(wrongKindSlots(bad)).toEqual([
      'earliest_pub_date_ms 500 is no epoch time in milliseconds',
      'latest_pub_date_ms 5000 is no epoch time in milliseconds',
      'pub_date_ms 47 is no epoch time in milliseconds',
    ]);
    expect(wrongKindSlots({ createdAtSec: 62 })).toEqual(['createdAtSec 62 is no epoch time in seconds']);
    expect(wrongKindSlots({ earliest_pub_date_ms: 1470667902000, last_timestamp_ms: 1595641092907, created_at_sec: 1753047000 })).toEqual(
      [],
    );
    // a duration in milliseconds is no moment
    expect(wrongKindSlots({ latency_ms: 250, audio_length_sec: 567 })).toEqual([]);
  });

  it('rejects places as the currencies of an exchange rate', () => {
    expect(wrongKindSlots({ amount: '1', from: 'Miami, FL', rate: 17.8, to: 'Barcelona, Spain' })).toHaveLength(2);
    expect(wrongKindSlots({ amount: '1', from: 'USD', rate: 17.8, to: 'SZL' })).toEqual([]);
    // a trip's from and to are places
    expect(wrongKindSlots({ from: 'Miami, FL', to: 'Barcelona, Spain', fare: 420 })).toEqual([]);
  });

  it('rejects a train track that is no platform', () => {
    const stop = { name: 'ICE 302', stopName: 'Nürnberg Hbf', origin: 'Berlin Hbf' };
    expect(wrongKindSlots({ boards: [{ ...stop, track: 'Love Shack' }] })).toEqual([
      'track "Love Shack" of a train at a stop is no platform',
    ]);
    for (const track of ['7', '12a', '3-4']) expect(wrongKindSlots({ boards: [{ ...stop, track }] })).toEqual([]);
    // a playlist's track is a song
    expect(wrongKindSlots({ playlist: 'Road trip', track: 'Love Shack' })).toEqual([]);
  });

  it('is part of the results check', () => {
    const bad = call('get_podcast_by_id', { id: 'x' }, { id: 'x', title: 'Planet Money', earliest_pub_date_ms: 250 });
    expect(implausibleContent(bad)).toContain('get_podcast_by_id: earliest_pub_date_ms 250 is no epoch time in milliseconds');
  });
});
