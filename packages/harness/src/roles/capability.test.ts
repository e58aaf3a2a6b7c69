import type { Task } from '@inftool/core';
import { describe, expect, it } from 'vitest';
import { capabilityList, capabilityOf } from './capability.js';
import { cannotText, requestedAction } from './irrelevance-answer.js';

const said = (phrase: string) => {
  const capability = capabilityOf(phrase);
  return capability === undefined ? undefined : `${capability.verb} ${capability.object}`.trim();
};

describe('capabilityOf: what a tool lets the assistant do, as a person offers it', () => {
  it('says a read of one given thing as looking up such things, without the particulars', () => {
    expect(said('retrieve a metered reading using account')).toBe('look up metered readings');
    expect(said('get the post associated with the key')).toBe('look up posts');
    expect(said('fetch a specific fax')).toBe('look up faxes');
    expect(said('get drug by ID')).toBe('look up drugs');
    expect(said('get a Facebook post based on a URI')).toBe('look up Facebook posts');
    expect(said('retrieve TSE raw data only for a given receipt')).toBe('look up TSE raw data');
  });

  it('says what a list or a part is of: "a list of faxes" is faxes, "an edition of a newsletter" a newsletter edition', () => {
    expect(said('retrieve a list of all faxes')).toBe('look up faxes');
    expect(said('find information about a list of diseases')).toBe('look up diseases');
    expect(said('return a specific edition of a newsletter')).toBe('look up newsletter editions');
    expect(said('return the top 100 of most queried values')).toBe('look up most queried values');
    expect(said('fetch a specific fax media instance')).toBe('look up fax media');
  });

  it('keeps other verbs, ends a phrase at a second thing, not inside one', () => {
    expect(said('delete a specific fax and its associated media')).toBe('delete faxes');
    expect(said('create a receipt for an energy delivery')).toBe('create receipts');
    expect(said('return set of matching and non-matching hashes from a session')).toBe('look up matching and non-matching hashes');
    expect(said('finish a collection of data and finalize receipt')).toBe('finish a collection of data');
    expect(said('register')).toBe('register');
    expect(said('log in')).toBe('log in');
  });

  it('says the capabilities of one verb together', () => {
    expect(
      capabilityList([
        { verb: 'look up', object: 'posts' },
        { verb: 'look up', object: 'ministers' },
        { verb: 'delete', object: 'faxes' },
      ]),
    ).toBe('look up posts and ministers, and delete faxes');
    expect(
      capabilityList([
        { verb: 'look up', object: 'meter readings' },
        { verb: 'register', object: '' },
      ]),
    ).toBe('look up meter readings and register');
  });
});

describe('cannotText: a refusal offers short verb phrases, not the tools\u2019 documentation', () => {
  it('never quotes a description word for word', () => {
    const task = { goal: 'Book me a table for two at Luigi\u2019s on Friday.', tools: [] } as unknown as Task;
    const tools = [
      { name: 'metering_get', description: 'Meter Reading. Retrieves a metered reading using account (Stromkonto).', parameters: {} },
      { name: 'stromkonto_register', description: 'Register (new Stromkonto). Creates an account.', parameters: {} },
      { name: 'quittung_tse', description: 'Retrieve TSE Data for a given receipt (Strom-Quittung).', parameters: {} },
    ];
    const text = cannotText(task, tools);
    expect(text).not.toMatch(/using account|for a given receipt|a metered reading/);
    expect(text).toMatch(/look up metered readings and TSE data|look up metered readings, TSE data/i);
    expect(text).toContain('book');
  });
});

describe('cannotText: a tool known only by its name read out is not offered', () => {
  it('leaves out "posts latest media uri" and offers the tools that say what they do', () => {
    const task = { goal: 'Get the latest posts for index 4014943.', tools: [] } as unknown as Task;
    const text = cannotText(task, [
      { name: 'posts_get_latest_media_uri', parameters: {} },
      { name: 'posts_get', description: 'Get posts', parameters: {} },
    ]);
    expect(text).not.toMatch(/latest media uri/i);
    expect(text).toContain('look up posts');
  });
});

describe('capabilityOf: what is told of a thing', () => {
  it('says "a playlist\'s info and items" as the thing', () => {
    expect(said("fetch a playlist's info and items")).toBe('look up playlists');
    expect(said('list of supported currencies')).toBe('list supported currencies');
  });
});

describe('capabilityOf: the particulars of a computation', () => {
  it('ends the phrase at "between" and "given"', () => {
    expect(said('calculate distance between two geographical coordinates')).toBe('calculate distance');
    expect(said('get the latest exchange rate between two specified currencies')).toBe('look up latest exchange rates');
    expect(said('calculate the future value of an investment given the principal')).toBe('calculate the future value of an investment');
  });
});

describe('irrelevance wording: no clause cut short, no participle made plural', () => {
  it('says the asked clause whole when no preposition cuts it, and cuts at "at"', () => {
    expect(requestedAction('Renew my two library books at the city library, please, they are due on Friday.')).toBe(
      'renew your two library books',
    );
  });

  it('drops a participle after the thing ("the artifacts produced by a build")', () => {
    expect(capabilityOf('List the artifacts produced by a given build')).toEqual({ verb: 'list', object: 'artifacts' });
    expect(capabilityOf('look up seeds')).toEqual({ verb: 'look up', object: 'seeds' });
  });
});

describe('capabilityList: a thing said once', () => {
  it('drops an offer that only adds particulars to one already said', () => {
    expect(
      capabilityList([
        { verb: 'look up', object: 'basic metrics' },
        { verb: 'look up', object: 'one version of an API' },
        { verb: 'look up', object: 'one version of an API with a service name' },
      ]),
    ).toBe('look up basic metrics and one version of an API');
  });
});
