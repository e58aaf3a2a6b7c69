import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';

describe('the accounts of one record are one owner’s', () => {
  it("gives a podcast's LinkedIn the handle its other accounts share, not the API publisher's", () => {
    const result = harmonizeResult(
      {
        title: 'Star Wars 7x7',
        instagram_handle: 'sw7x7',
        facebook_handle: 'sw7x7',
        twitter_handle: 'SW7x7podcast',
        linkedin_url: 'https://www.linkedin.com/company/listennotes',
        youtube_url: 'https://www.youtube.com/sw7x7',
      },
      { id: 'f668df43a58aeb7be08476819315298c' },
      new Map(),
    );
    expect(result['linkedin_url']).toBe('https://www.linkedin.com/company/sw7x7');
    expect(result['twitter_handle']).toBe('SW7x7podcast');
  });

  it("keeps a government's several accounts, which share no handle", () => {
    const tag = { name: 'Health', twitterFeedUsername: 'BCGovNews', flickrUri: 'https://www.flickr.com/photos/bcgovphotos' };
    expect(harmonizeResult({ ...tag }, { key: '5803240' }, new Map())).toMatchObject(tag);
  });
});
