import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../support/reviewed-calls.js';
import type { Task } from '@inftool/core';
import type { Conversation, OfferedTool, ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';
import { answerProblem, opaqueLabel, wrongCountNoun } from '../../packages/harness/src/run/checks/final-answer.js';
import { unreadableWord } from '../../packages/harness/src/run/checks/english.js';
import { placeholderValues, uninformativeResult } from '../../packages/harness/src/run/checks/results.js';
import { userRequestProblems } from '../../packages/harness/src/run/checks/user-request.js';
import {
  unechoedArguments,
  batchLookups,
  changedFacts,
  ignoredFilters,
  impossibleRecords,
  lookupsByField,
  strayPlaces,
  twinRecords,
  worldProblems,
} from '../../packages/harness/src/run/checks/world-consistency.js';

/** The examples are from the demo (`inftool demo`, seed of /tmp/s3/d0), cut to the fields that matter. */
const call = reviewedCall;
const tool = (name: string, properties: Record<string, unknown>): OfferedTool =>
  ({ name, description: '', parameters: { type: 'object', properties } }) as OfferedTool;
const conversation = (tools: OfferedTool[], calls: ReviewedCall[], user = 'please'): Conversation => ({
  task: { id: 't', kind: 'single' } as Task,
  tools: new Map(tools.map((entry) => [entry.name, entry])),
  turns: [{ user, steps: [calls], answer: 'done' }],
  calls,
});

describe('results_specific: filler rejects', () => {
  it('flags numbered field names, tool-word values and the generic fallback record', () => {
    expect(placeholderValues(call('get_parents', {}, { parents: ['parent-47', 'parent-68'] }))).toEqual([
      'parents: "parent-47"',
      'parents: "parent-68"',
    ]);
    expect(placeholderValues(call('get_provider', {}, { preferred: 'provider preferred', openapiVer: 'openapi-ver-80' }))).toEqual([
      'preferred: "provider preferred"',
      'openapiVer: "openapi-ver-80"',
    ]);
    expect(placeholderValues(call('get_spots_month', {}, { data: { primary: { change: 'spots change', deaths: 35 } } }))).toEqual([
      'change: "spots change"',
    ]);
    expect(
      placeholderValues(
        call('post_relation', {}, { items: [{ id: 'rel_1', name: 'Relation 130', description: 'Archived after the contract ended.' }] }),
      ),
    ).toEqual(['name: "Relation 130"']);
    expect(
      placeholderValues(call('post_best_hit_search', {}, { name: 'Riverside Hit', description: 'Archived after the contract ended.' })),
    ).toEqual(['name: "Riverside Hit"']);
    expect(placeholderValues(call('posts_get_key_from_reference', {}, { key: 'reference-2336', value: 'Harbour Reference' }))).toEqual([
      'value: "Harbour Reference"',
    ]);
  });

  it('passes real names and ids in the API style (lists of keys too)', () => {
    expect(placeholderValues(call('get_street', {}, { street: 'Main Street', name: 'Harbour Bridge' }))).toEqual([]);
    expect(placeholderValues(call('posts_get_one', {}, { ministryKeys: ['ministry-12', 'ministry-3'], sectorKeys: ['sector-1'] }))).toEqual(
      [],
    );
    expect(
      placeholderValues(call('services_get_one', {}, { name: 'youtube', kind: 'premium', twitterFeedUsername: 'anderson51' })),
    ).toEqual([]);
  });
});

describe('world_consistent', () => {
  const fax = tool('list_fax', { DateCreatedOnOrBefore: { type: 'string' }, DateCreatedAfter: { type: 'string' }, To: { type: 'string' } });
  it('(b) flags records outside a date-range filter, and passes those inside', () => {
    const bad = call(
      'list_fax',
      { DateCreatedOnOrBefore: '2025-03-08T23:07:00Z' },
      { faxes: [{ sid: 'FX1', date_created: '2025-10-30T20:06:00Z' }] },
    );
    expect(ignoredFilters(conversation([fax], [bad]))).toEqual([
      'list_fax: DateCreatedOnOrBefore=2025-03-08T23:07:00Z but date_created is 2025-10-30T20:06:00Z',
    ]);
    const good = call(
      'list_fax',
      { DateCreatedOnOrBefore: '2025-03-08T23:07:00Z', DateCreatedAfter: '2025-01-01' },
      { faxes: [{ sid: 'FX1', date_created: '2025-03-08T22:00:00Z', date_updated: '2025-11-01T00:00:00Z' }] },
    );
    expect(ignoredFilters(conversation([fax], [good]))).toEqual([]);
  });

  it('(b) flags a scalar filter the records contradict (the ZIP asked for, another ZIP returned)', () => {
    const prediction = tool('gsi_prediction', { zip: { type: 'string' } });
    expect(
      ignoredFilters(
        conversation(
          [prediction],
          [call('gsi_prediction', { zip: '10115' }, { location: { zip: '60311', city: 'Stockholm' }, forecast: [] })],
        ),
      ),
    ).toEqual(['gsi_prediction: zip="10115" but a record has zip "60311"']);
    expect(
      ignoredFilters(
        conversation([prediction], [call('gsi_prediction', { zip: '10115' }, { location: { zip: '10115', city: 'Berlin' } })]),
      ),
    ).toEqual([]);
    const regions = tool('list_regions', { region: { type: 'string' } });
    expect(
      ignoredFilters(conversation([regions], [call('list_regions', { region: 'Middle East' }, { regions: [{ name: 'Asia Pacific' }] })])),
    ).toHaveLength(1);
    expect(
      ignoredFilters(conversation([regions], [call('list_regions', { region: 'Europe' }, { regions: [{ name: 'Western Europe' }] })])),
    ).toEqual([]);
  });

  it('(c) flags parts above their total and updates before creation', () => {
    const spots = conversation(
      [tool('get_spots_day', {})],
      [call('get_spots_day', {}, { data: { primary: { active_cases: 63, total_cases: 5, deaths: 2, death_ratio: 0.4 } } })],
    );
    expect(impossibleRecords(spots)).toEqual(['get_spots_day: active_cases 63 is more than total_cases 5']);
    const fine = conversation(
      [tool('get_spots_day', {})],
      [
        call(
          'get_spots_day',
          {},
          { active_cases: 3, total_cases: 5, created_at: '2025-01-01T00:00:00Z', updated_at: '2025-02-01T00:00:00Z' },
        ),
      ],
    );
    expect(impossibleRecords(fine)).toEqual([]);
    const receipt = conversation(
      [tool('quittung_create', {})],
      [call('quittung_create', {}, { id: 'q1', createdAt: '2025-03-11T15:00:00.000Z', updated_at: '2025-01-31T06:40:00Z' })],
    );
    expect(impossibleRecords(receipt)).toHaveLength(1);
  });

  it('(d) flags two records of one list with the same name, not one record listed twice', () => {
    const diseases = conversation(
      [tool('post_disease_by_id', {})],
      [
        call(
          'post_disease_by_id',
          {},
          {
            items: [
              { id: 'dis_82c293c8ad', name: 'type 2 diabetes mellitus' },
              { id: 'dis_cb7ec8c66c', name: 'type 2 diabetes mellitus' },
            ],
          },
        ),
      ],
    );
    expect(twinRecords(diseases)).toEqual([
      'post_disease_by_id: dis_82c293c8ad and dis_cb7ec8c66c are both named "type 2 diabetes mellitus"',
    ]);
    const distinct = conversation(
      [tool('ministries_get_all', {})],
      [
        call(
          'ministries_get_all',
          {},
          {
            items: [
              { key: 'ministry-4561', name: 'Ministry of Education' },
              { key: 'ministry-8683', name: 'Ministry of Finance' },
              { key: 'ministry-4561', name: 'Ministry of Education' },
            ],
          },
        ),
      ],
    );
    expect(twinRecords(distinct)).toEqual([]);
  });

  it('(a) flags a record whose facts change between reads, unless a write named it between', () => {
    const getTarget = tool('get_target', { ensemblId: { type: 'string' } });
    const updateTarget = tool('update_target', { ensemblId: { type: 'string' }, chromosome: { type: 'string' } });
    const first = call('get_target', { ensemblId: 'ENSG00000157764' }, { approvedSymbol: 'BRAF', chromosome: '7' });
    const again = call('get_target', { ensemblId: 'ENSG00000157764' }, { approvedSymbol: 'TP53', chromosome: '12' });
    expect(changedFacts(conversation([getTarget], [first, again]))).toHaveLength(2);
    expect(
      changedFacts(
        conversation(
          [getTarget],
          [first, call('get_target', { ensemblId: 'ENSG00000157764' }, { approvedSymbol: 'BRAF', chromosome: '7' })],
        ),
      ),
    ).toEqual([]);
    const write = call('update_target', { ensemblId: 'ENSG00000157764', chromosome: '12' }, { ok: true });
    expect(
      changedFacts(
        conversation(
          [getTarget, updateTarget],
          [first, write, call('get_target', { ensemblId: 'ENSG00000157764' }, { approvedSymbol: 'BRAF', chromosome: '12' })],
        ),
      ),
    ).toEqual([]);
    expect(worldProblems(conversation([getTarget], [first]))).toEqual([]);
  });

  it('(a) flags a listed podcast a filter relabels ("en", then "cs" under `language: "cs"`), and passes a read by id in the language sent', () => {
    const recommendations = tool('get_podcast_recommendations', { id: { type: 'string' } });
    const best = tool('get_best_podcasts', { region: { type: 'string' }, language: { type: 'string' } });
    const episode = tool('get_podcast_by_id', { id: { type: 'string' }, language: { type: 'string' } });
    const podcast = (language: string) => ({ id: '4d3fe717742d4963a85562e9f84d8c79', title: 'Star Wars 7x7', language });
    const shown = call('get_podcast_recommendations', { id: '7d342d513b26dc5cb91dfc03df493ed6' }, { recommendations: [podcast('en')] });
    const relabelled = call('get_best_podcasts', { region: 'us', language: 'cs' }, { podcasts: [podcast('cs')] });
    expect(changedFacts(conversation([recommendations, best], [shown, relabelled]))).toEqual([
      'get_best_podcasts: 4d3fe717742d4963a85562e9f84d8c79 has language "cs", get_podcast_recommendations said "en"',
    ]);
    const view = call('get_podcast_by_id', { id: '4d3fe717742d4963a85562e9f84d8c79', language: 'cs' }, podcast('cs'));
    expect(changedFacts(conversation([recommendations, episode], [shown, view]))).toEqual([]);
  });
});

describe('world_consistent: lookups answer what was asked', () => {
  const postsGet = tool('posts_get', { postKeys: { type: 'array', items: { type: 'string' } } });
  it('(e) flags a batch lookup whose records carry other ids, and passes one that answers every id', () => {
    const wrong = call(
      'posts_get',
      { postKeys: ['pos_062nalcbqa', 'pos_nyhmcjc529'] },
      { items: [{ key: 'pos_fllzc0us0d', headline: 'Province expands rural health clinic funding' }] },
    );
    expect(batchLookups(conversation([postsGet], [wrong]))).toEqual([
      'posts_get: asked postKeys ["pos_062nalcbqa","pos_nyhmcjc529"] but the result has no record for "pos_062nalcbqa", "pos_nyhmcjc529"',
    ]);
    const partial = call(
      'posts_get',
      { postKeys: ['pos_062nalcbqa', 'pos_nyhmcjc529'] },
      { items: [{ key: 'pos_062nalcbqa', headline: 'Ferry' }] },
    );
    expect(batchLookups(conversation([postsGet], [partial]))).toHaveLength(1);
    const right = call(
      'posts_get',
      { postKeys: ['pos_062nalcbqa', 'pos_nyhmcjc529'] },
      {
        items: [
          { key: 'pos_062nalcbqa', headline: 'Ferry' },
          { key: 'pos_nyhmcjc529', headline: 'Highway 5' },
        ],
      },
    );
    expect(batchLookups(conversation([postsGet], [right]))).toEqual([]);
  });

  it('(e) reads id lists inside a JSON request body, and lets a list filtered by ids return a subset', () => {
    const batch = tool('post_drug_batch', { body: { type: 'string' } });
    const inBody = call(
      'post_drug_batch',
      { body: JSON.stringify({ drugIds: ['CHEMBL25', 'CHEMBL1201585'] }) },
      { data: [{ id: 'CHEMBL941', name: 'IMATINIB' }] },
    );
    expect(batchLookups(conversation([batch], [inBody]))).toHaveLength(1);
    const list = tool('list_orders', { customerIds: { type: 'array' } });
    const subset = call(
      'list_orders',
      { customerIds: ['cus_1001', 'cus_1002'] },
      { orders: [{ id: 'ord_1', customerId: 'cus_1001', total: 12 }] },
    );
    expect(batchLookups(conversation([list], [subset]))).toEqual([]);
  });

  it('(f) flags a list filtered by a region that also lists other regions, and passes sub-places', () => {
    const spots = tool('get_spots_day', { region: { type: 'string' } });
    const stray = call(
      'get_spots_day',
      { region: 'Western Europe' },
      { data: { 'Western Europe': { name: 'Western Europe', deaths: 75 }, 'North America': { name: 'North America', deaths: 30 } } },
    );
    expect(strayPlaces(conversation([spots], [stray]))).toEqual([
      'get_spots_day: region="Western Europe" but the result also lists "North America"',
    ]);
    const countries = call(
      'get_spots_day',
      { region: 'Europe' },
      { data: { summary: { deaths: 3 }, regions: { germany: { name: 'Germany', deaths: 1 }, france: { name: 'France', deaths: 2 } } } },
    );
    expect(strayPlaces(conversation([spots], [countries]))).toEqual([]);
  });

  it('(g) flags a lookup by reference answered with another record than the one carrying it', () => {
    const getOne = tool('posts_get_one', { key: { type: 'string' } });
    const byReference = tool('posts_get_key_from_reference', { reference: { type: 'string' } });
    const post = call(
      'posts_get_one',
      { key: 'pos_ccdd68c51b' },
      { key: 'pos_ccdd68c51b', reference: 'CNF-61619', headline: 'Highway 5 upgrades begin this spring' },
    );
    const wrong = call(
      'posts_get_key_from_reference',
      { reference: 'CNF-61619' },
      { key: 'pos_bb2mcgk74l', value: 'Highway 5 upgrades begin this spring' },
      1,
    );
    expect(lookupsByField(conversation([getOne, byReference], [post, wrong]))).toEqual([
      'posts_get_key_from_reference: reference="CNF-61619" belongs to pos_ccdd68c51b (posts_get_one) but the result names another record',
    ]);
    const right = call(
      'posts_get_key_from_reference',
      { reference: 'CNF-61619' },
      { key: 'pos_ccdd68c51b', value: 'Highway 5 upgrades begin this spring' },
      1,
    );
    expect(lookupsByField(conversation([getOne, byReference], [post, right]))).toEqual([]);
  });
});

describe('world_consistent (h): the record answers with what the call sent', () => {
  it('flags coordinates and an updated count the result contradicts, and passes echoes, lists and paging', () => {
    const forecast = tool('get_forecast_hourly', { lat: { type: 'number' }, lon: { type: 'number' }, hours: { type: 'integer' } });
    const wrong = call(
      'get_forecast_hourly',
      { lat: 28.745, lon: -12.6492, hours: 5 },
      { city_name: 'Raleigh', lat: '38.25', lon: '-78.00', data: [{ temp: 21 }] },
    );
    expect(unechoedArguments(conversation([forecast], [wrong]))).toEqual([
      'get_forecast_hourly: sent lat=28.745 but the result has lat "38.25"',
      'get_forecast_hourly: sent lon=-12.6492 but the result has lon "-78.00"',
    ]);
    const right = call(
      'get_forecast_hourly',
      { lat: 28.745, lon: -12.6492 },
      { lat: '28.745', lon: -12.6492, data: [{ temp: 21, lat: 1 }] },
    );
    expect(unechoedArguments(conversation([forecast], [right]))).toEqual([]);
    const booking = tool('update_booking', { booking_id: { type: 'string' }, adults: { type: 'integer' }, page: { type: 'integer' } });
    expect(
      unechoedArguments(
        conversation(
          [booking],
          [call('update_booking', { booking_id: 'bk_1', adults: 2, page: 1 }, { data: { id: 'bk_1', adults: 10, page: 3 } })],
        ),
      ),
    ).toEqual(['update_booking: sent adults=2 but the result has adults 10']);
  });
});

describe('final_answer: ids alone are not an answer when the records say more', () => {
  const turn = (answer: string, data: unknown) => ({
    user: 'Which posts are these?',
    steps: [[call('posts_get', { postKeys: ['pos_a1b2c3d4e5'] }, data)]],
    answer,
  });
  const posts = {
    items: [{ key: 'pos_fvqrceh3n1', headline: 'Highway 5 upgrades begin this spring', publishDate: '2025-01-24T20:19:00Z' }],
  };
  it('rejects an answer that lists keys only', () => {
    expect(answerProblem(turn('I found one key: pos_fvqrceh3n1.', posts), 0)).toMatch(/states only ids though the records say more/);
  });
  it('passes an answer that says what the record is', () => {
    expect(
      answerProblem(turn('Post pos_fvqrceh3n1 is "Highway 5 upgrades begin this spring", published on 2025-01-24.', posts), 0),
    ).toBeUndefined();
    expect(answerProblem(turn('The key is pos_fvqrceh3n1.', { key: 'pos_fvqrceh3n1' }), 0)).toBeUndefined();
  });
});

describe('results_informative: an answer equal to an input is still an answer', () => {
  it('passes gcd 5 for (5, 20) and lcm 50 for (25, 50), and still flags a result that only repeats the call', () => {
    const gcd = tool('math_gcd', { num1: { type: 'integer' }, num2: { type: 'integer' } });
    expect(
      uninformativeResult(call('math_gcd', { num1: 5, num2: 20 }, { num1: 5, num2: 20, gcd: 5 }), conversation([gcd], [])),
    ).toBeUndefined();
    const lcm = tool('math_lcm', { num1: { type: 'integer' }, num2: { type: 'integer' } });
    expect(
      uninformativeResult(call('math_lcm', { num1: 25, num2: 50 }, { num1: 25, num2: 50, lcm: 50 }), conversation([lcm], [])),
    ).toBeUndefined();
    expect(
      uninformativeResult(call('math_lcm', { num1: 25, num2: 50 }, { num1: 25, num2: 50, status: 'ok' }), conversation([lcm], [])),
    ).toMatch(/only generic keys/);
  });
});

describe('final_answer: a send stamp is no content an answer must state', () => {
  it('passes "sent the message (delivered)" when the record adds only a timestamp', () => {
    const sent = call(
      'send_message',
      { receiver_id: 'rcv_9cu91o9wca', message: 'Running late' },
      { message_id: 'msg_1b7c23j2dv10', status: 'delivered', sent_at: '2026-01-07T06:40:00Z' },
    );
    expect(
      answerProblem(
        { user: 'Tell Sam I am running late.', steps: [[sent]], answer: 'I sent the message msg_1b7c23j2dv10 (status: delivered).' },
        0,
      ),
    ).toBeUndefined();
  });
});

describe('english: agent nouns of English verbs are English', () => {
  it('reads sender, caller and shipper as words, and still flags glued and opaque names', () => {
    for (const word of ['sender', 'caller', 'shipper', 'signer']) expect(unreadableWord(word)).toBe(false);
    for (const word of ['marketprice', 'tx', 'describtion']) expect(unreadableWord(word)).toBe(true);
  });
});

describe('final_answer: a field label read out must be English', () => {
  const tariff = call(
    'tariffcomponents',
    { zipcode: '69117' },
    { describtion: 'Grundgebühr', mutlityplier: 'month', per: 37.72, sum: 20.33 },
  );
  it('rejects misspelt, glued and opaque labels', () => {
    expect(opaqueLabel('All 3 calls worked. The describtion is Grundgebühr, the mutlityplier is month.', [tariff.data])).toBe(
      'The describtion is',
    );
    expect(opaqueLabel('The marketprice is 43.', [{ marketprice: 43 }])).toBe('The marketprice is');
    expect(opaqueLabel('The ap is 58 and the gp is 70.', [{ ap: 58, gp: 70 }])).toBe('The ap is');
    expect(answerProblem({ user: 'x', steps: [[tariff]], answer: 'The describtion is Grundgebühr and the sum is 20.33.' }, 0)).toMatch(
      /not English/,
    );
  });
  it('passes English labels, acronyms in capitals and unlisted real words', () => {
    expect(
      opaqueLabel('The service youtube is active; its twitter feed username is anderson51 and its kind is premium.', [
        { name: 'youtube', twitterFeedUsername: 'anderson51', kind: 'premium' },
      ]),
    ).toBeUndefined();
    expect(opaqueLabel('Its ontology is EFO and the RNA level is 3.', [{ ontology: 'EFO', rna_level: 3 }])).toBeUndefined();
    expect(
      opaqueLabel('The duration is 12 seconds and the pathway is Wnt signalling.', [{ duration: 12, pathway: 'Wnt signalling' }]),
    ).toBeUndefined();
  });
});

describe('final_answer: a count names what it counts', () => {
  it('rejects a time unit counting places and an unreadable noun', () => {
    expect(wrongCountNoun('All 4 calls worked. There are 2 months: Asia Pacific and Southeast Asia.')).toBe(
      'are 2 months: Asia Pacific and Southeast Asia',
    );
    expect(wrongCountNoun('There are 3 marketdata. The first starts at 2021-01-01.')).toBe('are 3 marketdata');
  });
  it('passes real nouns and time units that list times', () => {
    expect(wrongCountNoun('There are 3 ministries: Ministry of Education, Ministry of Health and Ministry of Finance.')).toBeUndefined();
    expect(wrongCountNoun('I found 2 days: 2025-05-14 and 2025-05-15.')).toBeUndefined();
    expect(wrongCountNoun('The region has 63 active cases and 5 deaths.')).toBeUndefined();
    expect(wrongCountNoun('The account zora86 has 20 tweets and 5 retweets.')).toBeUndefined();
  });
});

describe('user_request: no plumbing in the first request', () => {
  it('rejects a pasted cursor, a secret value and raw or opaque parameter names', () => {
    const parents = tool('get_parents', { cursor: { type: 'string' }, count: { type: 'integer' } });
    const cursor = conversation(
      [parents],
      [call('get_parents', { cursor: 'cGFyZW50OjkyNzM3', count: 5 }, {})],
      'Show me 5 parents after cursor cGFyZW50OjkyNzM3, please.',
    );
    expect(userRequestProblems(cursor)).toEqual(expect.arrayContaining(['the request pastes an encoded cursor: cGFyZW50OjkyNzM3']));
    const tariffs = tool('tariffcomponents', {
      zipcode: { type: 'string' },
      email: { type: 'string' },
      kwha: { type: 'integer' },
      wh: { type: 'integer' },
    });
    const kwha = conversation(
      [tariffs],
      [],
      'Can you pull up the energy tariff price components, once for ZIP code 69117, email jerrod_doyle@outlook.com and kwha 92 and once for kwha 13 and wh 93?',
    );
    expect(userRequestProblems(kwha)).toEqual([
      'the request uses the parameter name "kwha" as a word',
      'the request uses the parameter name "wh" as a word',
    ]);
    const login = tool('login', { password: { type: 'string' }, userName: { type: 'string' } });
    const secret = conversation(
      [login],
      [call('login', { password: 'hunter2!x', userName: 'sam' }, {})],
      'Log me in as sam with userName sam and hunter2!x.',
    );
    expect(userRequestProblems(secret)).toEqual([
      'the request gives the password value hunter2!x',
      'the request uses the parameter name "userName" as a word',
    ]);
  });
  it('passes acronyms, English parameter names and ids', () => {
    const prediction = tool('gsi_prediction', { zip: { type: 'string' }, key: { type: 'string' }, datatype: { type: 'string' } });
    expect(
      userRequestProblems(
        conversation([prediction], [], 'Please pull up the prediction. The ZIP is 10115 and the datatype is somatic. Thanks!'),
      ),
    ).toEqual([]);
    const wim = tool('wim_info', { vid: { type: 'string' } });
    expect(userRequestProblems(conversation([wim], [], 'Can you show me the WiM process information with VID feawqlys2ydh?'))).toEqual([]);
    const sids = tool('get_fax', { FaxSid: { type: 'string' } });
    expect(userRequestProblems(conversation([sids], [], 'Please fetch fax FX3ebd74af7febedafdbdcaa6f58b37c62.'))).toEqual([]);
  });
});
