import { createRandom, type Persona, type PlannedCall } from '@inftool/core';
import { actionOf, PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

/** Requests say values the way people do, not as parameter labels, summary words or spec typos. */

const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const seeds = Array.from({ length: 8 }, (_, index) => index);
const persona = PERSONAS[0] as Persona;
const texts = (tool: ToolView, args: Record<string, unknown>, options: { plan?: PlannedCall[][]; turn?: number } = {}) =>
  seeds.map((seed) =>
    requestText(persona, (options.plan?.[options.turn ?? 0] ?? [call(tool.name, args)]) as PlannedCall[], new Map([[tool.name, tool]]), {
      seed,
      ...options,
    }),
  );

describe('a value is said by what it is, not by its description’s words', () => {
  it('says "ID <uuid>", never "with identifying <uuid>"', () => {
    const tool = view(
      'retrieve_account_metadata',
      'Access account metadata.',
      { id: { type: 'string', format: 'uuid', description: 'A UUID string identifying this account.' } },
      ['id'],
    );
    for (const text of texts(tool, { id: '6d804700-d715-4370-a2e0-389639a8cbef' })) {
      expect(text).not.toMatch(/identifying/);
      expect(text).toMatch(/\bID 6d804700/);
    }
  });

  it('never takes a choice of another parameter for the search term ("news search for \\"Moderate\\"")', () => {
    const tool = view('news_search', 'News search.', {
      q: { type: 'string', description: 'The search query.' },
      safeSearch: { type: 'string', enum: ['Off', 'Moderate', 'Strict'] },
    });
    for (const text of texts(tool, { safeSearch: 'Moderate' })) {
      expect(text).not.toMatch(/"Moderate"/);
      expect(text).toMatch(/safe search Moderate/);
    }
  });

  it('says a number named like a search word as a number ("a term of 20"), never quoted', () => {
    const tool = view('calculate_investment_value', 'Calculate the future value of an investment.', {
      principal: { type: 'integer' },
      term: { type: 'integer', description: 'The term of the investment in years.' },
    });
    for (const text of texts(tool, { principal: 250000, term: 20 })) {
      expect(text).not.toMatch(/"20"/);
      expect(text).toMatch(/a term of 20/);
    }
  });

  it('says a sum of money as "320.63 THB", never "amount amount 320.63 and currency THB"', () => {
    const tool = view('create_payment', 'Create payment.', {
      instructed_amount: { type: 'object', properties: { amount: { type: 'string' }, currency: { type: 'string' } } },
    });
    for (const text of texts(tool, { instructed_amount: { amount: '320.63', currency: 'THB' } })) {
      expect(text).not.toMatch(/amount amount|currency THB/);
      expect(text).toMatch(/320\.63 THB/);
    }
  });

  it('says a unit as "the age in months" and a kind as "the home index", never "<value> as the <label>" nor "the home index kind"', () => {
    const labs = view('get_all_lab_tests', 'List all lab tests.', { 'age.unit': { type: 'string', enum: ['day', 'month', 'year'] } });
    for (const text of texts(labs, { 'age.unit': 'month' })) {
      expect(text).not.toMatch(/ as the /);
      expect(text).toMatch(/the age in months/);
    }
    const posts = view(
      'posts_get_latest',
      'Get the latest posts.',
      {
        indexKey: { type: 'string' },
        indexKind: { type: 'string', enum: ['home', 'section'] },
      },
      ['indexKey', 'indexKind'],
    );
    for (const text of texts(posts, { indexKey: '4014943', indexKind: 'home' })) {
      expect(text).not.toMatch(/ as the /);
      expect(text).toMatch(/the home index\b/);
      expect(text).not.toMatch(/index kind/);
    }
  });
});

describe('a value that names itself is said alone', () => {
  it('says "Museum of Modern Art", never "museum Museum of Modern Art"', () => {
    const tool = view(
      'museum_info_get_opening_hours',
      'Retrieve the opening hours of a museum.',
      { museum: { type: 'string', description: 'The name of the museum.' }, limit: { type: 'integer' } },
      ['museum'],
    );
    for (const text of texts(tool, { museum: 'Museum of Modern Art' })) {
      expect(text).not.toMatch(/museum Museum/i);
      expect(text).toMatch(/Museum of Modern Art/);
    }
  });
});

describe('a field of an earlier result is not the thing it came from', () => {
  it('keeps "tweets" when the user of a tweet is asked for ("find all user the username of that tweet" never)', () => {
    const get = view('get_tweet', 'Retrieve a specific tweet.', { tweet_id: { type: 'integer' } }, ['tweet_id']);
    const tweets = view('get_user_tweets', 'Retrieve all tweets from a specific user.', { username: { type: 'string' } }, ['username']);
    const plan = [
      [call('get_tweet', { tweet_id: 40070 })],
      [call('get_user_tweets', { username: { $result: { turn: 0, call: 0, field: 'username' } } })],
    ];
    const tools = new Map([
      [get.name, get],
      [tweets.name, tweets],
    ]);
    for (const seed of seeds) {
      const text = requestText(persona, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 });
      expect(text).toMatch(/tweets for the username of/);
      expect(text).not.toMatch(/all user the/);
    }
  });
});

describe('an earlier call is named by its thing, never by a version', () => {
  it('says "the account transaction you just found", never "the 2 you just found"', () => {
    const first = view('retrieve_account_transactions_v2_2', '', { id: { type: 'string' } }, ['id']);
    const next = view('retrieve_account_details_v2', '', { id: { type: 'string' } }, ['id']);
    const plan = [
      [call(first.name, { id: '5a243497-85e7-406f-afc5-5fff623d2dc9' })],
      [call(next.name, { id: { $result: { turn: 0, call: 0, field: 'id' } } })],
    ];
    const tools = new Map([
      [first.name, first],
      [next.name, next],
    ]);
    for (const seed of seeds) {
      const text = requestText(persona, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 });
      expect(text).not.toMatch(/\b(the|that) (2|v2)\b/);
      expect(text).toMatch(/transaction/);
    }
  });
});

describe('a request is made of words a person uses', () => {
  const random = createRandom(3);

  it('mends a small word the spec mistyped ("by article ID snd unit ID")', () => {
    const { object } = actionOf('Get Article units by articleId snd unitId', 'get_articles_article_id_units_unit_id', random);
    expect(object).not.toMatch(/\bsnd\b/);
    expect(object).toMatch(/\band\b/);
  });

  it('keeps no word that needs the phrase a long object lost ("a scientific discovery based")', () => {
    const { object } = actionOf(
      'Retrieve the details of a scientific discovery based on the discovery name.',
      'science_history_get_discovery_details',
      random,
    );
    expect(object).toBe('the details of a scientific discovery');
  });

  it('says "the version of the API", never the summary’s "the one version of"', () => {
    const { object } = actionOf('Retrieve one version of a particular API with a serviceName.', 'get_service_api', random);
    expect(object).not.toMatch(/\bone version\b/);
    expect(object).toMatch(/^the version of the API/);
  });

  it('refers to an item a framework tool listed by its noun ("the first creditor you listed"), never "the first destroy"', () => {
    const list = view('payments_creditors_list', '', { account: { type: 'string' } });
    const destroy = view('payments_creditors_destroy', '', { id: { type: 'string' } }, ['id']);
    const plan = [
      [call('payments_creditors_list', { account: 'savings-2871' })],
      [call('payments_creditors_destroy', { id: { $result: { turn: 0, call: 0, field: 'results.0.id' } } })],
    ];
    const tools = new Map([
      [list.name, list],
      [destroy.name, destroy],
    ]);
    for (const seed of seeds) {
      const text = requestText(persona, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 });
      expect(text).not.toMatch(/destroy|payments the/);
      expect(text).toMatch(/delete the first creditor/);
    }
  });
});
