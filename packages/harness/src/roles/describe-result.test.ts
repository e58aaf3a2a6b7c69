import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';
import { describeTurn } from './describe-turn.js';
import { propertyProse } from './result-facts.js';
import { factSentence } from './fact-sentence.js';
import { canDo, cannotText, requestedAction } from './irrelevance-answer.js';
import type { Task } from '@inftool/core';

/** Four stocks with their prices, as a stock search returns them. */
const FOUR_STOCKS = [
  { symbol: 'OPU', price: 196.93 },
  { symbol: 'AAPL', price: 181.2 },
  { symbol: 'KO', price: 60.1 },
  { symbol: 'ZIPM', price: 150 },
];

/** No raw JSON in prose: no `{"`, `":`, `[{`. */
const noJson = (text: string) => expect(text).not.toMatch(/\{"|":|\[\{/);

describe('describeResult: a result in prose', () => {
  it('a participle and its agent read as a verb: "it was created by emil_mraz"', () => {
    const text = describeResult({
      ...outcome(
        'get_user_tickets',
        { status: 'active' },
        {
          id: 75307,
          title: 'Outlook stopped syncing',
          description: 'Filled from the prior release.',
          status: 'active',
          priority: 1,
          created_by: 'emil_mraz',
        },
        'Get all tickets created by the current user, optionally filtered by status.',
      ),
      request: 'Find all tickets created by the current user with the active status.',
    });
    expect(text).toMatch(/was created by emil_mraz/);
    expect(text).not.toMatch(/the created by/);
  });

  it('a change that reports itself in a sentence is said as it reports it, a status label is not relayed as one', () => {
    const edit = describeResult(
      outcome(
        'edit_ticket',
        { ticket_id: 7, updates: { priority: 2 } },
        { status: 'Ticket 7 updated: priority set to 2.' },
        'Modify the details of an existing ticket.',
      ),
    );
    expect(edit).toMatch(/^(Done\.|All set\.|That went through\.) Ticket 7 updated: priority set to 2\.$/);
    const funded = describeResult(
      outcome('fund_account', { amount: 500 }, { status: 'Account funded: amount 500.', new_balance: 1500 }, 'Fund the account.'),
    );
    expect(funded).toMatch(/Account funded: amount 500\./);
    expect(funded).toMatch(/1,?500/);
    const label = describeResult(outcome('edit_ticket', { ticket_id: 7, updates: { priority: 2 } }, { status: 'success' }));
    expect(label).not.toMatch(/^(Done\.|All set\.|That went through\.)/);
  });

  it('a version asked under a map of versions: that version is described, not the API entry around it', () => {
    const versionAsked = (api: string): string =>
      describeResult(
        outcome(
          'get_api',
          { provider: 'apis.guru', api },
          {
            added: '2025-03-01T05:35:00Z',
            preferred: '3.9.1',
            versions: {
              '3.9.1': { added: '2025-03-04T05:23:00Z', info: { title: 'APIs.guru', version: '3.9.1' } },
              '3.8.0': { added: '2024-11-02T10:00:00Z', info: { title: 'APIs.guru', version: '3.8.0' } },
            },
          },
          'Retrieve one version of a particular API.',
        ),
      );
    const text = versionAsked('3.9.1');
    expect(text).toMatch(/2025-03-04/);
    expect(text).not.toMatch(/2025-03-01|2024-11-02/);
    expect(text).not.toMatch(/preferred/);
    noJson(text);
    // Another version the API prefers is what the user needs to know beside the one asked for.
    const other = versionAsked('3.8.0');
    expect(other).toMatch(/2024-11-02.* The preferred version is 3\.9\.1\.$/);
  });

  it('a value the request asks for beside a list is said, not the list alone', () => {
    const text = describeResult({
      ...outcome(
        'estimate_distance',
        { cityA: 'Madrid', cityB: 'Mumbai' },
        { distance: 7531.9, intermediaryCities: ['Dubai', 'Cairo'] },
        'Estimates the distance between two cities.',
      ),
      request: 'Please estimate the distance between Madrid and Mumbai.',
    });
    expect(text).toMatch(/7,?531\.9/);
    expect(text).not.toMatch(/2 distances/);
    noJson(text);
  });

  it('a created record said by its name carries its new id; a closed one is closed, not deleted', () => {
    const created = describeResult(
      outcome(
        'create_ticket',
        { title: 'Printer on floor 3 is offline', priority: 2 },
        { id: 32115, title: 'Printer on floor 3 is offline', status: 'open', priority: 2 },
        'Create a ticket in the system and queue it.',
      ),
    );
    expect(created).toMatch(/32115/);
    expect(created).toMatch(/Printer on floor 3 is offline/);
    const closed = describeResult(outcome('close_ticket', { ticket_id: 32115 }, { status: 'closed' }, 'Close a ticket.'));
    expect(closed).toMatch(/closed/);
    expect(closed).not.toMatch(/deleted/);
  });

  it('a short list: the count, every item by its name, and a salient value of each', () => {
    const text = describeResult(
      outcome(
        'search_flights',
        { origin: 'CDG', destination: 'JFK' },
        {
          flights: [
            { flight_number: 'AF 22', name: 'AF 22', price: 412.5, currency: 'USD' },
            { flight_number: 'DL 405', name: 'DL 405', price: 530, currency: 'USD' },
            { flight_number: 'BA 178', name: 'BA 178', price: 610, currency: 'USD' },
          ],
        },
      ),
    );
    expect(text).toBe('I count 3 flights: AF 22 (price 412.50 USD), DL 405 (price 530.00 USD) and BA 178 (price 610.00 USD).');
  });

  it('an empty list says nothing was found', () => {
    expect(describeResult(outcome('list_orders', {}, { orders: [] }))).toMatch(
      /^(I found|There are|The service returned) no orders for that request\.$/,
    );
  });

  it('a read: the record by its name, keys in words, units with amounts, bookkeeping and echoes left out', () => {
    const text = describeResult(
      outcome(
        'fetch_fax',
        { Sid: 'FX0a1b' },
        {
          sid: 'FX0a1b',
          status: 'delivered',
          num_pages: 3,
          price: 0.07,
          price_unit: 'USD',
          url: 'https://api.example.com/Faxes/FX0a1b',
          date_created: '2025-03-01T10:00:00Z',
          isActive: false,
        },
      ),
    );
    expect(text).toBe('The fax FX0a1b is delivered, is not active and has 3 pages and a price of 0.07 USD.');
    noJson(text);
  });

  it('a computed value', () => {
    expect(
      describeResult(outcome('convert_currency', { amount: 100, from: 'USD', to: 'EUR' }, { converted_amount: 92, rate: 0.92 })),
    ).toMatch(/the converted amount is 92 and the rate is 0\.92\.$/i);
  });

  it('a delete with an empty body names what was removed; a cancel says cancelled', () => {
    expect(describeResult(outcome('delete_fax', { Sid: 'FX0a1b' }, ''))).toBe('Fax FX0a1b was deleted.');
    expect(describeResult(outcome('cancel_order', { order_id: 'ord_8f3k2a91' }, { status: 'cancelled' }))).toBe(
      'Order ord_8f3k2a91 was cancelled.',
    );
  });

  it('a create names the new record and its status', () => {
    expect(
      describeResult(
        outcome(
          'create_order',
          { product_id: 'p_1', quantity: 2 },
          { order_id: 'ord_8f3k2a91', status: 'confirmed', total: 39.98, currency: 'EUR' },
        ),
      ),
    ).toBe('Done: I created the order ord_8f3k2a91 (status: confirmed). The total is 39.98 EUR.');
  });

  it('a create still waiting, refused or already there is told as such, never as created', () => {
    const waiting = describeResult(outcome('create_order', { product_id: 'p_1' }, { order_id: 'ord_8f3k2a91', status: 'pending' }));
    expect(waiting).toBe('I submitted the order ord_8f3k2a91; it is not done yet, its status is pending.');
    const refused = describeResult(
      outcome('requisition_create', { institution_id: '8615501' }, { id: 'e67a310f', institution_id: '8615501', status: 'RJ' }),
    );
    expect(refused).toMatch(/^The request to .+ did not go through: its status is rejected\./);
    const booked = describeResult(
      outcome('book_hotel', { hotel_name: 'Motel One' }, { id: '2012784', hotel_name: 'Motel One', available: false }),
    );
    expect(booked).toMatch(/did not go through: it is not available/);
    expect(booked).not.toMatch(/created|booked/);
    const found = describeResult(
      outcome('submit_podcast', { rss: 'https://x.example/rss' }, { podcast: { id: 'SDF', title: 'Stuff' }, status: 'found' }),
    );
    expect(found).toMatch(/was already there \(its status is found\), so nothing new was created/);
    const review = describeResult(
      outcome('submit_podcast', { rss: 'https://x.example/rss' }, { podcast: { id: 'SDF', title: 'The Daily' }, status: 'in review' }),
    );
    expect(review).toMatch(/^I submitted (the podcast )?The Daily .*it is not done yet, its status is in review\./);
  });

  it('a delete still in review is not told as deleted; tags deleted under a transaction are said as its tags', () => {
    expect(describeResult(outcome('delete_podcast_by_id', { id: 'SDFKduyJ33s' }, { status: 'in review' }))).toBe(
      'I asked to delete podcast SDFKduyJ33s; it is not deleted yet, its status is in review.',
    );
    expect(describeResult(outcome('delete_transaction_tags', { transactionId: '772c2a21' }, { deleted: true }))).toMatch(
      /^The tags of transaction 772c2a21 were deleted\./,
    );
  });

  it('a read that returned nothing says so; a table of labels is told by them', () => {
    expect(describeResult(outcome('get_regions', {}, { regions: {} }))).toBe('No regions came back for that request.');
    expect(describeResult(outcome('get_regions', {}, { regions: { au: 'Australia', de: 'Germany' } }))).toBe(
      'There are 2 regions: Australia (au) and Germany (de).',
    );
  });

  it('an error is said plainly, with a verb phrase from the description, never as the raw server text', () => {
    const error = (result: string) =>
      describeResult({ tool: 'get_order', description: 'Get an order by its id.', arguments: { order_id: 'x' }, result, isError: true });
    expect(error('404 Not Found: order "x" does not exist')).toBe('I could not get order x: there is no such order.');
    expect(error('422 Unprocessable Entity: get_order rejected order_id = "ord_1": the service does not accept this value')).toBe(
      "The order ID 'ord_1' was refused by the service as invalid, so I could not get order x.",
    );
    expect(error('429 Too Many Requests: rate limit exceeded for get_order, retry after 1 second')).toBe(
      'I could not get order x: the service is rate-limiting requests (429).',
    );
    expect(error('Invalid arguments for tool get_order: $.order_id: is required')).toBe(
      'I could not get order x: the service needs the order ID.',
    );
    expect(error('{"status": 404, "message": "No such order."}')).toBe(
      'I could not get order x: the service found nothing there (No such order).',
    );
    for (const result of ['404 Not Found: order "x" does not exist', '{"status": 500}', 'Error: {"error": {"code": 7}}'])
      noJson(error(result));
  });

  it("an error about another thing's id names that thing: the quality for place 2564493, never quality 2564493", () => {
    const failed = describeResult({
      tool: 'get_air_quality',
      description: 'Get the air quality at a place.',
      arguments: { place_id: '2564493' },
      result: "404 Not Found: there is no place '2564493'",
      isError: true,
    });
    expect(failed).toMatch(/for place 2564493/);
    expect(failed).not.toMatch(/quality 2564493/);
  });

  it('the payload inside an envelope is what is described; a map of records is a list of entries', () => {
    const wrapped = describeResult(
      outcome(
        'list_regions',
        {},
        {
          data: {
            primary: { name: 'Europe', active_cases: 64, deaths: 3339, death_ratio: 0.040285703944113994 },
            secondary: { name: 'Asia', active_cases: 3, deaths: 1, death_ratio: 0.1 },
          },
          status: 200,
          type: 'collection',
        },
      ),
    );
    expect(wrapped).toBe(
      'These 2 regions came back: Europe (64 active cases, 3,339 deaths, death ratio 0.0403) and Asia (3 active cases, 1 death, death ratio 0.1).',
    );
    noJson(wrapped);
  });

  it('a deleted flag is not repeated; a title that is a sentence is quoted without its full stop', () => {
    expect(describeResult(outcome('delete_fax', { Sid: 'FX1' }, { deleted: true, id: 'FX1' }))).toBe('Fax FX1 was deleted.');
    expect(
      describeResult(
        outcome(
          'get_post',
          { id: 'p1' },
          {
            title: 'Please review the post before Friday.',
            category: 'business',
            description: 'Works as expected after the latest update.',
          },
        ),
      ),
    ).toBe(
      'Looking at “Please review the post before Friday”: the description is “Works as expected after the latest update” and the category is business.',
    );
  });

  it("a record is named by its own id, not another record's", () => {
    expect(
      describeResult(
        outcome('fetch_fax_media', { FaxSid: 'FX1', Sid: 'ME1' }, { account_sid: 'AC1', sid: 'ME1', content_type: 'text/plain' }),
      ),
    ).toBe('As for the media ME1, the content type is text/plain and the account SID is AC1.');
  });

  it('never cuts inside a value: long strings are left out, not truncated', () => {
    const long = 'word '.repeat(60).trim();
    const text = describeResult(outcome('get_article', { id: 'a1' }, { title: 'Budget 2025', body: long, word_count: 60 }));
    expect(text).toBe('Budget 2025 has 60 words.');
  });

  it('plain text results are quoted whole up to a word boundary', () => {
    expect(describeResult(outcome('ping', {}, 'pong'))).toBe('The service says: pong');
  });

  it('several calls are summed up first, one sentence each', () => {
    const text = describeTurn([
      outcome('get_current_weather', { city: 'Lyon' }, { city: 'Lyon', temperature: 18.5, conditions: 'light rain' }),
      outcome('get_timezone', { city: 'Lyon' }, { timezone: 'Europe/Paris', utc_offset: '+01:00' }),
    ]);
    expect(text).toBe(
      'Both lookups succeeded. For the weather: the temperature is 18.5 and the condition is light rain. For the time zone: the time zone is Europe/Paris and the UTC offset is +01:00.',
    );
  });

  it('keys that are prepositions or participles read as verbs, units in keys go with the amount', () => {
    expect(
      describeResult(
        outcome('get_health', {}, { status: 'ok', version: '1.7.6', uptime_seconds: 3600, checked_at: '2025-01-21T19:42:00Z' }),
      ),
    ).toMatch(/the version is 1\.7\.6, the uptime is 1 hour, it is OK and it was checked on 2025-01-21 19:42 UTC\.$/i);
    const fax = describeResult(
      outcome('fetch_fax', { Sid: 'FX1' }, { sid: 'FX1', from: 'Atlanta, GA', to: '+14155550100', duration: 900, num_pages: 2 }),
    );
    expect(fax).toBe('The fax FX1 has 2 pages and a duration of 15 minutes, came from Atlanta, GA and went to +14155550100.');
    expect(fax).not.toMatch(/the (from|to) /);
  });

  it('encoded data (base64) is left out, never pasted into the answer', () => {
    const text = describeResult(
      outcome(
        'get_slide',
        { id: 's1' },
        { title: 'Q3 review', image: 'VXBkYXRlZCB0aGUgc2xpZGUgZGV0YWlscyBieSBlbWFpbC4=', image_type: 'png' },
      ),
    );
    expect(text).toBe('Q3 review: the image type is png.');
  });

  it('the field the request asks about and the verdict come first', () => {
    const report = {
      file_name: 'setup.exe',
      file_size: 1200,
      file_type: 'PE32 executable',
      source: 'internal allowlist',
      product: 'jQuery',
      verdict: 'malicious',
    };
    const text = describeResult({
      ...outcome('get_file_report', { hash: 'abc' }, report),
      request: 'Is this hash malicious? Look up abc.',
    });
    expect(text).toMatch(/^Looking at the file setup\.exe: the verdict is malicious and /);
    expect(text).toContain('the file size is 1200 bytes');
    const asked = describeResult({ ...outcome('get_file_report', { hash: 'abc' }, report), request: 'Which product is the file from?' });
    expect(asked).toMatch(/^Looking at the file setup\.exe: the product is jQuery/);
  });

  it('a long list is counted and its first three named; a list key that is no noun is not the noun', () => {
    const faxes = describeResult(
      outcome('list_faxes', {}, { faxes: Array.from({ length: 8 }, (_, i) => ({ sid: `FX${i}`, num_pages: i + 1 })) }),
    );
    expect(faxes).toBe('I count 8 faxes; the first three are FX0 (1 page), FX1 (2 pages) and FX2 (3 pages).');
    expect(describeResult(outcome('get_latest', {}, { latest: [{ key: 'k1', kind: 'news' }] }))).toBe(
      'There is one result: k1. The kind is news.',
    );
    expect(describeResult(outcome('list_providers', {}, { data: ['azure.com', 'apis.guru'] }))).toMatch(
      /2 providers: azure\.com and apis\.guru\.$/,
    );
  });

  it('openings vary with the result, the same result always reads the same', () => {
    const openings = new Set(
      Array.from({ length: 12 }, (_, n) =>
        describeResult(outcome('list_users', {}, { users: [{ name: `User ${n}` }, { name: 'Other' }] }))
          .split(' ')
          .slice(0, 2)
          .join(' '),
      ),
    );
    expect(openings.size).toBeGreaterThanOrEqual(3);
    const once = describeResult(outcome('list_users', {}, { users: [{ name: 'Ann' }] }));
    expect(describeResult(outcome('list_users', {}, { users: [{ name: 'Ann' }] }))).toBe(once);
  });
});

describe('cannotText: an irrelevance answer', () => {
  it('says back what was asked in plain words, and what the tools do, never a raw tool name', () => {
    const task = {
      goal: 'Dear assistant, please pull up evidence code with ECO ID oby_e862cc38b9. Kind regards.',
      tools: ['get_evidence_by_id', 'post_evidence_filter'],
      known: { 'get_ec_oby_id.id': 'oby_e862cc38b9' },
    } as unknown as Task;
    const text = cannotText(task, [
      { name: 'get_evidence_by_id', description: 'Get evidence by ID.', parameters: {} },
      { name: 'post_evidence_filter', parameters: {} },
    ]);
    expect(text).toContain('pull up evidence code');
    expect(text).toContain('look up evidence');
    expect(text).not.toMatch(/ec oby|get_|post evidence/);
    expect(requestedAction('Could you get me my last session info for all wallboxes?')).toBe(
      'get your last session info for all wallboxes',
    );
    expect(requestedAction('Hello! Find edition edi_1 of newsletter n-1.')).toBe('find edition edi_1 of newsletter n-1');
    // A long clause is cut at a preposition past its object, not said back whole.
    expect(requestedAction('Can you get last session info for all easee wallboxes user has access?')).toBe('get last session info');
    // A noun that names nothing alone keeps what it is of.
    expect(requestedAction('Okay, first thing: get me a list of all APIs for a provider with provider slack.com. Thanks!')).toBe(
      'get a list of all APIs',
    );
  });

  it('a tool is said by the verb sentence of its description, else its title, never an HTTP verb and a name', () => {
    const tool = (name: string, description?: string) => ({ name, ...(description ? { description } : {}), parameters: {} });
    expect(
      canDo(
        tool(
          'quittung_tse',
          'Retrieve TSE (Technische Sicherheitseinrichtung) Data for a given receipt (Strom-Quittung). Allows to retrieve all relevant data.',
        ),
      ),
    ).toBe('retrieve TSE Data for a given receipt');
    expect(canDo(tool('trigger_pipeline', 'Triggers a new build. Returns the build number.'))).toBe('trigger a new build');
    expect(canDo(tool('metering_get', 'Meter Reading. Retrieves a metered reading using account (Stromkonto).'))).toBe(
      'retrieve a metered reading using account',
    );
    expect(canDo(tool('stromkonto_balances', 'Balances. Stromkonto represents a core component of the Corrently Ecosystem.'))).toBe(
      'look up balances',
    );
    expect(
      canDo(
        tool(
          'gsi_dispatch',
          'Dispatch (Green Energy Distribution Schedule). Dispatch of green energy has two aspects to consider: - Availability',
        ),
      ),
    ).toBe('look up dispatch');
    expect(canDo(tool('post_evidence_filter'))).toBe('work with evidence filter');
    // A copied description is said with the name's period, and an API's "resolve" of a chart is getting it; a ticket is resolved.
    expect(canDo(tool('get_spots_month', 'Resolve change chart for week'))).toBe('get change chart for month');
    expect(canDo(tool('get_spots_week', 'Resolve change chart for week'))).toBe('get change chart for week');
    expect(canDo(tool('resolve_ticket', 'Resolve a ticket with a resolution.'))).toBe('resolve a ticket with a resolution');
  });

  it('joined verbs agree, nouns stay nouns, and tools that read alike are said once', () => {
    const task = {
      goal: 'Please create a receipt for me.',
      tools: ['quittung_finish', 'list_users', 'spots_week', 'spots_month'],
      known: { 'quittung_create.email': 'a@b.io' },
    } as unknown as Task;
    const text = cannotText(task, [
      { name: 'quittung_finish', description: 'Finishs a collection of data and finalizes receipt.', parameters: {} },
      { name: 'list_users', description: 'Returns users and lists of groups.', parameters: {} },
      { name: 'spots_week', description: 'Resolve change chart for week.', parameters: {} },
      { name: 'spots_month', description: 'Resolve change chart for week.', parameters: {} },
    ]);
    // "Finishs a collection of data and finalizes receipt": the part that reads ("finalize receipts"), not "finish a collection of data".
    expect(text).toContain('finalize receipts, and look up users and change charts');
    expect(text).not.toMatch(/resolve/);
    expect(text).not.toMatch(/quittung/);
  });

  it('says what the offered tools can do and what none of them can', () => {
    const task = {
      goal: 'Could you refill my prescription rx_1?',
      tools: ['check_drug_interactions', 'list_pharmacies'],
      known: { 'refill_prescription.prescription_id': 'rx_1' },
    } as unknown as Task;
    const text = cannotText(task, [
      { name: 'check_drug_interactions', description: 'Look up drug interactions.', parameters: {} },
      { name: 'list_pharmacies', description: 'List pharmacies near a location.', parameters: {} },
    ]);
    expect(text).toContain('look up drug interactions and list pharmacies near a location');
  });
});

describe('answers that name what came back and answer what was asked', () => {
  it('a field whose name is no English word is not read out; glued words are split; a time since 1970 is a date', () => {
    const text = describeResult(
      outcome(
        'get_tariff',
        {},
        { describtion: 'Grundgebühr', mutlityplier: 'month', co2_g_oekostrom: 33, energyprice: 0.31, wimStarted: 1615914297977 },
      ),
    );
    expect(text).not.toMatch(/describtion|mutlityplier|oekostrom|wim/);
    expect(text).toMatch(/the energy price is 0.31/i);
    expect(text).toContain('2021-03-16');
  });

  it('never takes a time word from the tool name as the noun; the user’s plural noun wins when the tool is about it', () => {
    const months = describeResult(
      outcome(
        'get_spots_month',
        { region: 'Europe' },
        { data: { primary: { name: 'Asia Pacific', deaths: 3 }, secondary: { name: 'Europe', deaths: 4 } } },
      ),
    );
    expect(months).not.toMatch(/months?\b/);
    expect(months).toMatch(/2 entries: Asia Pacific \(3 deaths\) and Europe \(4 deaths\)/);
    const apis = describeResult({
      ...outcome(
        'getProvider',
        { provider: 'apis.guru' },
        { primary: { added: '2025-01-02T10:00:00Z' }, secondary: { added: '2025-01-03T10:00:00Z' } },
        'List all APIs for a particular provider',
      ),
      request: 'Can you list all APIs for provider apis.guru?',
    });
    expect(apis).toMatch(/2 APIs/);
    expect(apis).not.toMatch(/provider/);
  });

  it('a POST the user asked to see is reported as a read, not as "I created"', () => {
    const text = describeResult({
      ...outcome('metering_post', { account: 'acc-1' }, { account: 'acc-1', reading: 412, unit: 'kWh' }),
      request: 'Could you show me the meter reading for account acc-1?',
    });
    expect(text).not.toMatch(/created/i);
    expect(text).toContain('412');
    const made = describeResult({ ...outcome('create_order', {}, { id: 'ord_1', status: 'open' }), request: 'Please create an order.' });
    expect(made).toMatch(/created the order ord_1/);
  });

  it('a call told apart by one side of an "x vs y" choice is labelled by that side over the other', () => {
    const text = describeTurn([
      outcome('mbti_analyse', { thinking_vs_feeling: 'feeling' }, { thinking_vs_feeling: 'feeling', mbti: 79.62 }),
      outcome('mbti_analyse', { thinking_vs_feeling: 'feeling' }, { thinking_vs_feeling: 'feeling', mbti: 24.17 }),
    ]);
    expect(text).not.toMatch(/feeling feeling|thinking thinking/);
    const alone = describeResult({
      ...outcome('mbti_analyse', { thinking_vs_feeling: 'feeling' }, { thinking_vs_feeling: 'feeling', score: 79 }),
      request: 'Analyse my personality.',
    });
    expect(alone).not.toMatch(/feeling feeling/);
  });

  it('parallel answers tie each result to its input and never repeat a sentence', () => {
    const text = describeTurn([
      outcome('get_spots_week', { region: 'Middle East' }, { name: 'Middle East', deaths: 3 }),
      outcome('get_spots_week', { region: 'Europe' }, { name: 'Europe', deaths: 4 }),
      outcome('get_spots_week', { region: 'Asia' }, { name: 'Europe', deaths: 4 }),
    ]);
    expect(text).toContain('For region Middle East: ');
    expect(text).toContain('For region Europe: ');
    // Another request that came back alike is described in its own right, not "the same as the second".
    expect(text).toMatch(/For region Asia: Europe has 4 deaths/);
    expect(text).not.toMatch(/the same as/);
    const twice = describeTurn([
      outcome('get_spots_week', { region: 'Europe' }, { name: 'Europe', deaths: 4 }),
      outcome('get_spots_week', { region: 'Europe' }, { name: 'Europe', deaths: 4 }),
      outcome('get_spots_week', { region: 'Asia' }, { name: 'Asia', deaths: 1 }),
    ]);
    expect(twice).toMatch(/the same as for the first request|returned the same/);
    const sentences = text.split(/(?<=\.) /);
    const siblings = describeTurn([
      outcome('get_spots_month', { region: 'Europe' }, { name: 'Europe', deaths: 3 }),
      outcome('get_spots_week', { region: 'Europe' }, { name: 'Europe', deaths: 1 }),
    ]);
    expect(siblings).toMatch(/For the month: .*For the week: /);
    const drugs = describeTurn([
      outcome('get_drug', { drug_id: 'D1' }, { name: 'GEFITINIB', drug_type: 'Small molecule' }),
      outcome('get_drug', { drug_id: 'D2' }, { name: 'OLAPARIB', drug_type: 'Small molecule' }),
    ]);
    expect(drugs).toContain('For drug ID D1 (GEFITINIB): the drug type is');
    expect(drugs).not.toMatch(/: (What I see for|Looking at|As for|About|For) /);
    // A list of one said in two sentences is not taken for a title: never "For the factor (One factor matches. …):".
    const factor = describeTurn([
      outcome('get_database_info', { 'age.value': 13 }, { conditions_count: 20, lab_tests_count: 5, risk_factors_count: 5 }),
      outcome(
        'get_all_risk_factors',
        { 'age.value': 13 },
        {
          items: [
            {
              category: 'business',
              common_name: 'High blood pressure',
              extras: { extra_bpxc8bbf: {}, extra_d7waastc: {} },
              id: '3803747',
              image_source: 'src/components',
              name: 'Recent travel abroad',
              sex_filter: 'both',
            },
          ],
        },
      ),
    ]);
    expect(factor).not.toMatch(/\([^()]*[.!?] [^()]*\):/);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('no opening of a list answer dominates across results', () => {
    const openings = new Map<string, number>();
    for (let index = 0; index < 200; index++) {
      const text = describeResult(
        outcome(
          'list_faxes',
          {},
          {
            faxes: [
              { sid: `FX${index}`, pages: index % 7 },
              { sid: `FX${index + 1}`, pages: 2 },
            ],
          },
        ),
      );
      const head = text.split(' ').slice(0, 2).join(' ');
      openings.set(head, (openings.get(head) ?? 0) + 1);
    }
    expect(Math.max(...openings.values())).toBeLessThanOrEqual(30);
  });

  it('an irrelevance refusal names no opaque tool name and no overlong request', () => {
    const task = { goal: 'Can you get last session info for all easee wallboxes user has access?', tools: [] } as unknown as Task;
    const text = cannotText(task, [
      { name: 'bulkmd5', parameters: {} },
      { name: 'get_meter_reading', description: 'Look up meter readings.', parameters: {} },
    ]);
    expect(text).not.toMatch(/bulkmd5|work with|user has access/);
    expect(text).toContain('look up meter readings');
  });
});

describe('final answers state what the records say', () => {
  it('unnamed items are named by a name-like field and a score, never by the inputs echoed back; twins get what tells them apart', () => {
    const targets = describeResult(
      outcome(
        'post_target_by_ensgid',
        { body: '{"target":["ENSG00000130203","ENSG00000157764"]}' },
        {
          items: [
            { target: 'ENSG00000130203', approved_symbol: 'APOE', associated_diseases: 28 },
            { target: 'ENSG00000157764', approved_symbol: 'BRAF', associated_diseases: 20 },
          ],
        },
        'Find information about a list of targets.',
      ),
    );
    expect(targets).toContain('APOE (28 associated diseases) and BRAF (20 associated diseases)');
    expect(targets).not.toContain('ENSG00000157764');
    const hits = describeResult(
      outcome(
        'post_best_hit_search',
        { body: '["asthma"]' },
        {
          items: [
            { id: 'hit_1a2b3c4d5e', name_like: 1, entity_name: 'asthma', score: 0.72 },
            { id: 'hit_9f8e7d6c5b', entity_name: 'IL6', score: 0.1 },
          ],
        },
      ),
    );
    expect(hits).toMatch(/asthma \(score 0\.72[^)]*\) and IL6 \(score 0\.1\)/);
    expect(hits).not.toContain('hit_1a2b3c4d5e');
    const twins = describeResult(
      outcome(
        'post_relation',
        {},
        {
          items: [
            { id: 'rel_1', subject: 'KRAS', related_name: 'psoriasis' },
            { id: 'rel_2', subject: 'KRAS', related_name: 'asthma' },
          ],
        },
      ),
    );
    expect(twins).toMatch(/2 results for KRAS: psoriasis and asthma/);
    const faxes = describeResult(
      outcome(
        'list_fax',
        {},
        {
          faxes: [
            { sid: 'FX0a1b2c3d4e5f60718293a4b5c6d7e8f9a', status: 'delivered' },
            { sid: 'FX1b2c3d4e5f60718293a4b5c6d7e8f9a0b', status: 'queued' },
          ],
        },
      ),
    );
    expect(faxes).toContain('(delivered)');
    expect(faxes).toContain('(queued)');
    expect(faxes.match(/delivered/g)?.length).toBe(1);
  });

  it('a document is named by its headline and told by its summary first, one text said once', () => {
    const post = {
      key: 'pos_bbc84d357b',
      kind: 'standard',
      ministryKeys: ['tourism'],
      documents: [{ headline: 'Wildfire crews gain ground near Kamloops', byline: 'By A. Writer' }],
      socialMediaSummary: 'The government opened consultations on housing affordability.',
      summary: 'The government opened consultations on housing affordability.',
    };
    const text = describeResult(outcome('posts_get_one', { key: 'pos_bbc84d357b' }, post));
    expect(text).toContain('“Wildfire crews gain ground near Kamloops”');
    expect(text).not.toContain('pos_bbc84d357b');
    expect(text).toMatch(/summary is “The government opened consultations on housing affordability”/);
    expect(text.match(/The government opened/g)?.length).toBe(1);
  });

  it('enum and slug values in words, acronyms in capitals, counts with the right noun', () => {
    const text = describeResult(
      outcome(
        'get_target',
        { target: 'ENSG1' },
        {
          approved_symbol: 'PCSK9',
          biotype: 'protein_coding',
          top_data_type: 'rna_expression',
          state: 'in_progress',
          html_body: 'Hello there',
        },
      ),
    );
    expect(text).toContain('protein coding');
    expect(text).toContain('RNA expression');
    expect(text).toContain('in progress');
    expect(text).not.toMatch(/[a-z]_[a-z]/);
    expect(describeResult(outcome('get_article', { id: 'a1' }, { title: 'Notes', html_body: 'A short body' }))).toContain('the HTML body');
    expect(describeResult(outcome('get_children', { sha1: 'a'.repeat(40) }, { children: ['b'.repeat(40), 'c'.repeat(40)] }))).toContain(
      '2 children',
    );
    expect(describeResult(outcome('list_fax_media', { FaxSid: 'FX1' }, { media: [{ sid: 'ME1', content_type: 'image/png' }] }))).toMatch(
      /one media item/i,
    );
    expect(
      describeResult(
        outcome('post_enrichment_target', {}, { id: 'tar_1', pathway: 'Cell Cycle', genes_in_pathway: 26 }, 'Enrichment analysis.'),
      ),
    ).toContain('26 genes in the pathway');
  });

  it('a POST lookup is told as a read, and a record with no telling field says its plain values, never "no further details"', () => {
    const read = describeResult(
      outcome(
        'post_enrichment_target',
        { body: '{"target":["ENSG1"]}' },
        { id: 'tar_1', pathway: 'Cell Cycle', p_value: 0.01 },
        'Enrichment analysis. Returns an enrichment analysis for a list of targets.',
      ),
    );
    expect(read).not.toMatch(/created/i);
    const key = describeResult(
      outcome(
        'posts_get_key_from_reference',
        { reference: 'CNF-62111' },
        { key: 'pos_8gdpsmbmkz', value: 'Highway 5 upgrades begin this spring' },
      ),
    );
    expect(key).toContain('“Highway 5 upgrades begin this spring”');
    expect(key).toContain('reference CNF-62111');
    expect(key).not.toMatch(/further details|nothing more/);
  });

  it('parallel calls: each labelled once by its own input, an unreadable key left out', () => {
    const drugs = describeTurn([
      outcome('get_drug_by_id', { drug_id: 'dru_1', DRUG_ID: 'dru_1' }, { name: 'ADALIMUMAB', drug_type: 'Antibody' }),
      outcome('get_drug_by_id', { drug_id: 'dru_2', DRUG_ID: 'dru_2' }, { name: 'GEFITINIB', drug_type: 'Protein' }),
    ]);
    expect(drugs).toContain('For drug ID dru_1 (ADALIMUMAB): ');
    expect(drugs).not.toMatch(/dru_1 and drug ID dru_1/);
    const mixed = describeTurn([
      outcome(
        'post_target_by_ensgid',
        { body: '{"target":["ENSG1","ENSG2"]}' },
        {
          items: [
            { approved_symbol: 'APOE', associated_diseases: 2 },
            { approved_symbol: 'BRAF', associated_diseases: 3 },
          ],
        },
      ),
      outcome('get_relation_by_ensgid', { target: 'ENSG3' }, { approved_symbol: 'TNF', chromosome: '6' }),
    ]);
    expect(mixed).toContain('For target ENSG1 and ENSG2: ');
    expect(mixed).toContain('For target ENSG3');
    const meters = describeTurn([
      outcome('metering_post', { zip: '10115' }, { account: 'savings-1536' }),
      outcome('metering_post', { '1.8.0': 74, energy: 43, zip: '20095' }, { account: 'checking-0822' }),
    ]);
    expect(meters).not.toMatch(/1 8 0/);
    expect(meters).not.toMatch(/; and /);
  });

  it('answers without a subject do not all open the same way', () => {
    const openings = new Set(
      Array.from({ length: 12 }, (_, index) =>
        describeResult(outcome('get_version', {}, { version: `1.${index}.0`, status: 'ok' }))
          .split(' ')
          .slice(0, 2)
          .join(' '),
      ),
    );
    expect(openings.size).toBeGreaterThan(2);
  });

  it('a refusal is a whole sentence, never cut on a participle, and offers the nearest tool first', () => {
    expect(requestedAction('Could you get an article belonging to edition edi_1 of newsletter new_2 for the team?')).not.toMatch(
      /belonging$/,
    );
    const task = { goal: 'Please find the latest posts for index ind_1.', tools: [], known: {} } as unknown as Task;
    const text = cannotText(task, [
      { name: 'get_ministries', description: 'Get all ministries.', parameters: {} },
      { name: 'get_sectors', description: 'Get all sectors.', parameters: {} },
      { name: 'get_home', description: 'Return the top level content for the home page.', parameters: {} },
      { name: 'get_post_key', description: 'Get the post key associated with the reference.', parameters: {} },
    ]);
    // An offer about the asked thing (posts) says how it differs.
    expect(text).toContain('look up a post key by its reference');
    expect(text).toMatch(/[.?]$/);
    // An offer reads as English: no misspelt title, no "allow to".
    expect(canDo({ name: 'wimstatus', description: 'WIM Proess Informtion. Status of the check.', parameters: {} })).not.toMatch(
      /proess|informtion/i,
    );
    expect(
      canDo({ name: 'quittung_collect', description: 'Allows to collect data with several requests for a receipt.', parameters: {} }),
    ).toBe('collect data for a receipt');
  });
});

describe('nameLike: a key and what it stands for', () => {
  it('names a {key, value} record by its value, not by its key', async () => {
    const { nameLike } = await import('./record-names.js');
    expect(nameLike({ key: 'pos_soy1vgt7ei', value: 'Consultation opens on housing affordability' })?.text).toBe(
      '“Consultation opens on housing affordability”',
    );
    expect(nameLike({ key: 'pos_soy1vgt7ei', value: 'pos_h6y9wo2fod' })).toBeUndefined();
    expect(nameLike({ key: 'k1', value: 'Ferry', length: 3 })).toBeUndefined();
  });
});

describe('formatValue: numbers as a reader needs them', () => {
  it('keeps three significant figures below 1, so small p-values are not rounded to nothing', async () => {
    const { formatValue } = await import('./result-facts.js');
    expect(formatValue(0.00001)).toBe('0.00001');
    expect(formatValue(0.000123456)).toBe('0.000123');
    expect(formatValue(0.4121)).toBe('0.412');
    expect(formatValue(3.14159)).toBe('3.14');
    expect(formatValue(2.5e-9)).toBe('2.50e-9');
  });
});

describe('describeTurn: calls told by what they asked, not by their place', () => {
  it('names calls by their operands, their amounts or the argument they go without', () => {
    const lcm = outcome('math_lcm', { num1: 20, num2: 50 }, { num1: 20, num2: 50, lcm: 100 });
    const gcd = outcome('math_gcd', { num1: 20, num2: 50 }, { num1: 20, num2: 50, gcd: 10 });
    const same = outcome('math_lcm', { num1: 20, num2: 20 }, { num1: 20, num2: 20, lcm: 20 });
    const numbers = describeTurn([lcm, gcd, same]);
    expect(numbers).toMatch(/For 20 and 50, the lcm is 100\. For 20 and 50, the gcd is 10\. For 20 and 20, the lcm is 20\./);
    const hot = outcome('convert_celsius', { celsius: 81.63 }, { celsius: 81.63, converted_value: 178.93, unit: 'fahrenheit' });
    const warm = outcome('convert_celsius', { celsius: 44.71 }, { celsius: 44.71, converted_value: 112.48, unit: 'fahrenheit' });
    expect(describeTurn([hot, warm])).toMatch(/^For 81\.63 °C: .*For 44\.71 °C: /);
    const team = outcome('top_scorer', { league: 'NFL', team: 'Eagles' }, { league: 'NFL', team: 'Eagles', top_scorer: 'Jalen Hurts' });
    const league = outcome('top_scorer', { league: 'NFL' }, { league: 'NFL', top_scorer: 'Travis Kelce' });
    expect(describeTurn([team, league])).toMatch(/Without the team: the top scorer is Travis Kelce/);
    for (const text of [numbers, describeTurn([hot, warm]), describeTurn([team, league])]) expect(text).not.toMatch(/request|num1/);
  });

  it('names a call by the one input that sets it apart, not by every argument it sent', () => {
    const vienna = outcome(
      'museum_info',
      { location: 'Vienna', details: ['Opening hours', 'Child tickets'] },
      { opening_hours: 'Daily 08:00-18:00', ticket_price: 42.94, location: 'Vienna' },
    );
    const york = outcome(
      'museum_info',
      { location: 'New York', details: ['Opening hours', 'Adult tickets'] },
      { opening_hours: 'Mon-Fri 09:00-20:00', ticket_price: 50.51, location: 'New York' },
    );
    const text = describeTurn([vienna, york]);
    expect(text).toMatch(/For location Vienna: .*For location New York: /);
    expect(text).not.toMatch(/details/);
  });

  it('names calls by the fields of their body, the name at the end of an ARN, or what a call with no arguments lists', () => {
    const arn = (tail: string) => `arn:aws:translate:us-east-1:152372648327:parallel-data/${tail}`;
    const support = outcome('list_tags', { ResourceArn: arn('support-replies') }, { Tags: [{ Key: 'env', Value: 'staging' }] });
    const legal = outcome('list_tags', { ResourceArn: arn('legal-terms') }, { Tags: [{ Key: 'env', Value: 'prod' }] });
    expect(describeTurn([support, legal])).toMatch(/For support-replies: .*For legal-terms: /);
    const recent = outcome('describe_services', { body: { FormatVersion: '4.12.9' } }, { Services: [{ ServiceCode: 'AmazonEC2' }] });
    const older = outcome('describe_services', { body: { FormatVersion: '3.7' } }, { Services: [{ ServiceCode: 'AmazonS3' }] });
    expect(describeTurn([recent, older])).toMatch(/For format version 4\.12\.9: .*For format version 3\.7: /);
    const curated = outcome('get_curated_podcasts', {}, { curated_lists: [{ title: 'Morning Commute' }] });
    const podcast = outcome('get_podcast_by_id', { id: 'f668df43' }, { title: 'Star Wars 7x7', total_episodes: 324 });
    expect(describeTurn([podcast, curated])).toMatch(/For the curated podcasts: /);
    const prediction = outcome('gsi_prediction', { zip: '10115', key: '0x908d53b25730c1806a815153e8b68579cabad964' }, { forecast: [] });
    const market = outcome('gsi_marketdata', { zip: '10115' }, { data: [{ marketprice: 46.2 }] });
    expect(describeTurn([prediction, market])).toMatch(/^(?:.*\. )?For the prediction: /);
    const tariff = outcome('tariff', { zipcode: '10115' }, { items: [{ ap: 28 }, { ap: 94 }] });
    const parts = outcome('tariff_components', { email: 'a@b.com', zipcode: '10115' }, { sum: 16.26 });
    expect(describeTurn([parts, tariff])).not.toMatch(/For zipcode/);
    const sides = { thinking_vs_feeling: 'feeling' };
    const intro = outcome('mbti', { ...sides, introverted_vs_extroverted: 'introverted' }, { mbti_type: 'INFP' });
    const extro = outcome('mbti', { ...sides, introverted_vs_extroverted: 'extroverted' }, { mbti_type: 'ENFP' });
    expect(describeTurn([intro, extro])).toMatch(/For introverted over extroverted: .*For extroverted over introverted: /);
  });

  it('gives the count alone for records told by nothing but their place', () => {
    const rates = outcome(
      'tariff',
      { zipcode: '98101' },
      {
        items: [
          { ap: 28, gp: 72 },
          { ap: 94, gp: 69 },
          { ap: 25, gp: 41 },
        ],
      },
    );
    expect(describeResult(rates)).not.toMatch(/the first|the second/);
  });
});

describe('formatValue: moments as a reader writes them', () => {
  it('says an hour written after the date as a time of day', async () => {
    const { formatValue } = await import('./result-facts.js');
    expect(formatValue('2025-05-25:16')).toBe('2025-05-25 16:00');
    expect(formatValue('2025-05-25T16:00:00.000Z')).toBe('2025-05-25 16:00 UTC');
  });

  it('tells an hourly series by the stamp with its hour, not by a date field that drops it', () => {
    const weather = {
      city_name: 'Seattle',
      data: [
        { datetime: '2025-05-25:16', temp: 55.2, timestamp_local: '2025-05-25T09:00:00', timestamp_utc: '2025-05-25T16:00:00.000Z' },
        { datetime: '2025-05-25', temp: 62.1, timestamp_local: '2025-05-25T10:00:00', timestamp_utc: '2025-05-25T17:00:00.000Z' },
      ],
    };
    const text = describeResult({
      ...outcome('get_forecast_hourly', { city: 'Seattle' }, weather, 'Returns an hourly forecast'),
      request: 'Get the hourly forecast for Seattle.',
    });
    expect(text).toMatch(/at 2025-05-25 09:00: .*at 2025-05-25 10:00: /);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}[:;,]/);
  });
});

describe('formatValue: HTML read out as text', () => {
  it('gives the words of an HTML field, never its tags', async () => {
    const { formatValue } = await import('./result-facts.js');
    expect(formatValue('<p>The minister met with First Nations leaders.</p>')).toBe('“The minister met with First Nations leaders”');
    expect(formatValue('<p><strong>Crews gain ground</strong></p>')).toBe('Crews gain ground');
  });
});

describe('abbreviated keys and records without names', () => {
  it('reads out abbreviated keys in full words, never as written', () => {
    const text = describeResult(
      outcome(
        'get_station',
        { city: 'Berlin' },
        { lat: 52.52, lon: 13.405, timezone: 'Europe/Berlin', wind_spd: 3.2, temp_max: 21.5, sunrise_ts: 1700000000 },
      ),
    );
    expect(text).not.toMatch(/\b(lat|lon|timezone|spd|temp)\b/);
    expect(text).toMatch(/latitude is 52.52/);
    expect(text).toMatch(/maximum temperature is 21.5|wind speed is 3.2/);
  });

  it('labels a record by its own glued id and says the record a create returns under its noun', () => {
    expect(
      describeResult(
        outcome(
          'send_flash_message',
          { ttl: 10 },
          { creditsUsed: 5, messageid: 'mes_1c2a4d08b8', status: 'SENT' },
          'Send an SMS flash message',
        ),
      ),
    ).toContain('mes_1c2a4d08b8');
    const items = describeResult(
      outcome(
        'post_message_schedule',
        { content: 'x' },
        {
          items: [
            { messageid: 'mes_1', status: 'SCHEDULED' },
            { messageid: 'mes_2', status: 'SCHEDULED' },
          ],
        },
        'Schedule an SMS message',
      ),
    );
    expect(items).toMatch(/mes_1.*mes_2/);
    const submitted = describeResult(
      outcome(
        'submit_podcast',
        { rss: 'https://example.com/rss' },
        { podcast: { id: 'pod_1', title: 'The Ferry Hour', publisher: 'Planet Broadcasting' }, status: 'found' },
        'Submit a podcast',
      ),
    );
    expect(submitted).toMatch(/The Ferry Hour|Planet Broadcasting/);
    expect(submitted).toContain('found');
  });

  it('reads a JSON:API resource by its attributes, not its type or links', () => {
    const text = describeResult(
      outcome(
        'get_accounts_id',
        { id: 'acc_5c' },
        {
          data: {
            attributes: { accountType: 'standard', balance: '493', displayName: 'Brant Raynor' },
            id: 'acc_5c',
            links: { self: 'https://api.example.com/accounts/acc_5c' },
            relationships: { transactions: { links: 'x' } },
            type: 'accounts',
          },
        },
      ),
    );
    expect(text).toMatch(/Brant Raynor/);
    expect(text).toMatch(/493/);
    expect(text).not.toMatch(/the type is/);
    const list = describeResult(
      outcome(
        'get_categories',
        {},
        {
          data: [
            { attributes: { name: 'business' }, id: 'c1', type: 'categories' },
            { attributes: { name: 'personal' }, id: 'c2', type: 'categories' },
          ],
        },
      ),
    );
    expect(list).toMatch(/business and personal/);
  });
});

describe('records that share a name', () => {
  it('tells twins apart by their own id, else names them once with how many', () => {
    const byId = describeResult(
      outcome(
        'list_bills',
        {},
        {
          bills: [
            { id: 'bil_1', title: 'Adopting a State Scorpion' },
            { id: 'bil_2', title: 'Adopting a State Scorpion' },
            { id: 'bil_3', title: 'Ferry Funding' },
          ],
        },
      ),
    );
    expect(byId).toMatch(/Adopting a State Scorpion” \(bil_1\), “Adopting a State Scorpion” \(bil_2\) and Ferry Funding/);
    const alike = describeResult(outcome('list_genres', {}, { genres: [{ name: 'Business' }, { name: 'Business' }, { name: 'Science' }] }));
    expect(alike).toMatch(/Business \(2 of them\) and Science/);
    expect(alike).not.toMatch(/Business, Business/);
  });
});

describe('a list beside bookkeeping', () => {
  it('describes the list when the rest is paging and query bookkeeping, named by an acronym-led name field', () => {
    const text = describeResult(
      outcome(
        'post_query',
        {},
        {
          Results: {
            Message: 'Success',
            PageNo: '1',
            QueryID: 'que_1',
            QueryRows: '5',
            WaterSystems: [{ PWSId: 'IF52', PWSName: 'Riverside Water District', OwnerDesc: 'Local Government' }],
          },
        },
      ),
    );
    expect(text).toContain('Riverside Water District');
    expect(text).toMatch(/owner description is Local Government/);
  });

  it('a participle key holding a small number is a count, not a time', () => {
    expect(
      describeResult(
        outcome('send_message', { destination: '5' }, { credits: 5, creditsUsed: 2, messageid: 'mes_1', status: 'SENT' }, 'Send a message'),
      ),
    ).toMatch(/credits used is 2/);
  });
});

describe('a few named records: each one told', () => {
  it('gives every one of two or three named records its salient value, not the first alone; labels alike stay one sentence', () => {
    const targets = {
      data: [
        { id: 'ENSG00000169174', approved_symbol: 'PCSK9', associated_diseases: 39 },
        { id: 'ENSG00000136244', approved_symbol: 'IL6', associated_diseases: 88 },
      ],
    };
    const text = describeResult({ tool: 'get_targets', arguments: {}, result: JSON.stringify(targets), isError: false });
    expect(text).toMatch(/PCSK9 \(39 associated diseases\) and IL6 \(88 associated diseases\)/);
    expect(text).not.toMatch(/\. PCSK9 has/);
  });
});

describe('bookkeeping keys', () => {
  it("does not tell a record's kind or type when it says something else, and tells it when nothing else is there", async () => {
    const { facts } = await import('./result-facts.js');
    const service = { name: 'Find a family doctor', isActive: false, kind: 'personal' };
    expect(
      facts(service, new Set(), 4)
        .map((fact) => fact.text)
        .join(' '),
    ).not.toMatch(/kind/);
    expect(
      facts({ name: 'Find a family doctor', kind: 'personal' }, new Set(), 4)
        .map((fact) => fact.text)
        .join(' '),
    ).toMatch(/personal/);
  });
});

describe('what the request asked for', () => {
  it('a list asked for by a field of its items ("all keys") states that field of each, with what it is of', () => {
    const keys = {
      items: [
        { key: 'pos_kwkzhpmnbh', value: 'Grants support community climate projects' },
        { key: 'pos_bi4g58qk2w', value: 'New ferry schedule for the Sunshine Coast' },
      ],
    };
    const text = describeResult({ ...outcome('list_keys', { index: 'ind_1' }, keys), request: 'Get me all keys for index ind_1.' });
    expect(text).toMatch(/2 keys/);
    expect(text).toContain('pos_kwkzhpmnbh (“Grants support community climate projects”)');
    expect(text).toContain('pos_bi4g58qk2w');
    const one = describeResult({
      ...outcome('list_keys', { index: 'ind_1' }, { items: [keys.items[0]] }),
      request: 'Show me all keys for index ind_1.',
    });
    expect(one).toMatch(/one key.*: pos_kwkzhpmnbh \(“Grants support community climate projects”\)\.$/i);
  });

  it('a filtered list says each item with the value the filter was about', () => {
    const faxes = {
      faxes: [
        { sid: 'FX1', from: '+1555', status: 'queued', price: 0.2, date_created: '2025-03-01T10:00:00Z' },
        { sid: 'FX2', from: '+1555', status: 'busy', price: 0.3, date_created: '2025-02-11T08:30:00Z' },
        { sid: 'FX3', from: '+1555', status: 'sent', price: 0.1, date_created: '2025-01-05T00:00:00Z' },
        { sid: 'FX4', from: '+1555', status: 'sent', price: 0.4, date_created: '2025-01-02T00:00:00Z' },
      ],
    };
    const text = describeResult(outcome('list_faxes', { From: '+1555', DateCreatedOnOrBefore: '2025-04-18T16:33:00Z' }, faxes));
    const kinds = describeResult(
      outcome(
        'list_posts',
        { post_kind: 'stories' },
        {
          posts: [
            { headline: 'Grants support community climate projects', kind: 'general' },
            { headline: 'New ferry schedule for the Sunshine Coast', kind: 'premium' },
          ],
        },
      ),
    );
    expect(kinds).not.toMatch(/\(kind/);
    expect(text).toContain('FX1 (date created 2025-03-01 10:00 UTC, queued, price 0.2)');
    expect(text).toContain('FX4 (date created 2025-01-02, sent, price 0.4)');
    const stocks = { stocks: FOUR_STOCKS };
    const priced = describeResult(outcome('search_stocks', { min_price: 50 }, stocks));
    for (const said of ['OPU (price 196.93)', 'AAPL (price 181.2)', 'KO (price 60.1)', 'ZIPM (price 150)']) expect(priced).toContain(said);
  });

  it('a forecast beside its place is told by the forecast, not the coordinates', () => {
    const weather = {
      city_name: 'Raleigh',
      country_code: 'US',
      lat: 35.77,
      lon: -78.63,
      state_code: 'NC',
      timezone: 'America/New_York',
      data: [
        { datetime: '2025-03-04:17', temp: -1.6, weather: 'Light snow' },
        { datetime: '2025-03-04:18', temp: -2.1, weather: 'Snow' },
      ],
    };
    const text = describeResult({
      ...outcome('get_forecast_hourly', { city: 'Raleigh' }, weather, 'Returns an hourly forecast'),
      request: 'Get the hourly forecast for Raleigh.',
    });
    expect(text).toMatch(/^For Raleigh, /);
    expect(text).toMatch(/at 2025-03-04 17:00: temperature -1\.6, .*; at 2025-03-04 18:00: temperature -2\.1/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}:/);
    expect(text).not.toMatch(/latitude|longitude/);
    expect(text).not.toMatch(/cities|forecasts/);
  });
});

describe('values said as a reader takes them', () => {
  it('a count of a noun is that many of them, one text under a plural key is one of them, links and codes are not told first', async () => {
    const { facts } = await import('./result-facts.js');
    const said = (record: Record<string, unknown>) =>
      facts(record, new Set(), 4)
        .map((fact) => fact.text)
        .join('; ');
    expect(said({ record_count: 3004293 })).toBe('has 3,004,293 records');
    expect(said({ stocks: 'TSLA' })).toBe('the stock is TSLA');
    expect(said({ hours: '10:00-17:00' })).toBe('the hours are 10:00-17:00');
    expect(said({ opening_hours: 'Daily 08:00-18:00' })).toBe('the opening hours are Daily 08:00-18:00');
    expect(said({ credits: '238' })).toBe('the credits are 238');
    expect(said({ terms_and_conditions: 'Free cancellation until 6 pm' })).toBe(
      'the terms and conditions are “Free cancellation until 6 pm”',
    );
    expect(said({ evidence_count: 5 })).toBe('the evidence count is 5');
    expect(said({ website_link: 'https://example.com/a', owner: 'Dana' })).not.toMatch(/example\.com/);
    expect(said({ account_ref: 'AC6f3a2b9c0d1e2f3a4b', city: 'Lyon' }).startsWith('the city is Lyon')).toBe(true);
  });
});

describe('four or five named items', () => {
  it('each gets the value most told about them, not the first alone', () => {
    const stocks = { stocks: [...FOUR_STOCKS, { symbol: 'AMZN', price: 120 }] };
    const text = describeResult({ ...outcome('list_stocks', {}, stocks), request: 'List the stocks.' });
    for (const said of ['OPU (price 196.93)', 'AAPL (price 181.2)', 'KO (price 60.1)', 'ZIPM (price 150)', 'AMZN (price 120)'])
      expect(text).toContain(said);
  });
});

describe('what the offered tools do, in plain words', () => {
  it('says a capitalised common word in lower case, keeps a name, and puts two nouns after a verb with "of"', () => {
    const task = { kind: 'irrelevance', goal: 'Get an article for me.', tools: [] } as unknown as Task;
    const text = cannotText(task, [
      { name: 'get_newsletters_image', description: 'Get newsletters image', parameters: { type: 'object' } },
      { name: 'prepare_transaction', description: 'Prepare Transaction', parameters: { type: 'object' } },
      { name: 'get_fb_post', description: 'Get a Facebook post', parameters: { type: 'object' } },
    ]);
    expect(text).toContain('look up newsletter images');
    expect(text).toContain('prepare transaction');
    expect(text).toContain('Facebook');
  });
});

describe('a code asked for by name', () => {
  it('is said as it is when short, and not when nobody asked for it', () => {
    const sessions = { items: [{ id: 'VO203013', lastSession: 'EFnOZGxxYqkoeVyvmoq1VhrkmEnaLIsq', name: 'Wallbox Garage' }] };
    expect(describeResult({ ...outcome('get_sessions', {}, sessions), request: 'Please show me the last session info.' })).toContain(
      'EFnOZGxxYqkoeVyvmoq1VhrkmEnaLIsq',
    );
    expect(describeResult({ ...outcome('get_sessions', {}, sessions), request: 'Please show me the chargers.' })).not.toContain(
      'EFnOZGxxYqkoeVyvmoq1VhrkmEnaLIsq',
    );
  });
});

describe('an id the user asked for by name', () => {
  it('is told: "create a session key" gets the session key', () => {
    const session = { session_key: 'f4ab5c8c7467a98e8e53d13c8edb595c', status: 'created', lifetime_hours: 14, name: 'kernel32.dll' };
    expect(
      describeResult({
        ...outcome('create_session', { name: 'kernel32.dll' }, session),
        request: 'Create a session key to keep search context for kernel32.dll.',
      }),
    ).toContain('f4ab5c8c7467a98e8e53d13c8edb595c');
    expect(
      describeResult({
        ...outcome('create_session', { name: 'kernel32.dll' }, session),
        request: 'Start a search context for kernel32.dll.',
      }),
    ).not.toContain('f4ab5c8c7467a98e8e53d13c8edb595c');
    // One the user gave ("with fax SID FX1") is no news to them.
    const media = { sid: 'ME1', fax_sid: 'FX1', content_type: 'application/pdf' };
    expect(
      describeResult({
        ...outcome('get_fax_media', { FaxSid: 'FX1', Sid: 'ME1' }, media),
        request: 'Pull up a fax media instance with fax SID FX1 and SID ME1.',
      }),
    ).not.toMatch(/fax SID is/);
  });
});

describe('propertyProse: properties in prose, not a list of fields', () => {
  it('keeps one or two as they are and says the rest after "with"', async () => {
    const { propertyProse } = await import('./format-value.js');
    expect(propertyProse(['the score is 0.22', 'the disease name is breast carcinoma'])).toBe(
      'the score is 0.22 and the disease name is breast carcinoma',
    );
    expect(
      propertyProse([
        'the score is 0.22',
        'the disease name is breast carcinoma',
        'the data source is cancer gene census',
        'the publication year is 2024',
      ]),
    ).toBe(
      'the score is 0.22 and the disease name is breast carcinoma, with cancer gene census as the data source and publication year 2024',
    );
    // A number or a code "as the X" reads as a field recited: it follows its key.
    expect(propertyProse(['the drug type is Antibody', 'the phase is 2', 'the year first approved is 2003'])).toBe(
      'the drug type is Antibody and the phase is 2, with year first approved 2003',
    );
    expect(propertyProse(['its status is ok', 'its version is 1.2', 'its uptime is 3600 seconds'])).toBe(
      'its status is ok and its version is 1.2, with an uptime of 3600 seconds',
    );
  });
});

describe('propertyProse: "with X as the Y" only where it reads as English', () => {
  it('says a word or a name as the thing; a number, a code or a plural after its key; never a sort', () => {
    expect(propertyProse(['the rating is 3.6', 'its director is Ingrid Solberg', 'its genre is thriller'])).toBe(
      'the rating is 3.6 and its director is Ingrid Solberg, with thriller as its genre',
    );
    expect(propertyProse(['the country is Ireland', 'the time zone is Europe/Dublin', 'the type is city'])).toBe(
      'the country is Ireland and the time zone is Europe/Dublin',
    );
    expect(
      propertyProse([
        'the content is “Just finished”',
        'the username is jason11',
        'the tags are authenticated',
        'the mentions are @solon_mccullough',
      ]),
    ).toBe('the content is “Just finished” and the username is jason11, with tags authenticated and mentions @solon_mccullough');
    expect(
      propertyProse(['the minister is Lester Dietrich', 'the name is X', 'its weekend contact number is 452865', 'the rank is 5']),
    ).toBe('the minister is Lester Dietrich and the name is X, with weekend contact number 452865 and rank 5');
    expect(propertyProse(['the temperature is 88 °F', 'the condition is rain', 'the wind speed is 7 km/h'])).toBe(
      'the temperature is 88 °F and the condition is rain, with a wind speed of 7 km/h',
    );
  });
});

describe('describeResult: ids are said once', () => {
  it('names records sharing the id asked about by their names, and does not repeat a listed id', () => {
    const related = describeResult(
      outcome(
        'get_relation_by_ensgid',
        { ensgId: 'ENSG00000146648' },
        {
          items: [
            { id: 'ENSG00000146648', related_name: 'TP53', related_type: 'target' },
            { id: 'ENSG00000146648', related_name: 'breast carcinoma', related_type: 'disease' },
            { id: 'ENSG00000146648', related_name: 'psoriasis', related_type: 'disease' },
          ],
        },
      ),
    );
    expect(related).toContain('TP53 (target), breast carcinoma (disease) and psoriasis (disease)');
    expect(related.match(/ENSG00000146648/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const expressions = describeResult(
      outcome(
        'get_expression',
        {},
        {
          expressions: [
            { id: 'exp_22f12b547d', rna_level: 4, protein_level: 'high' },
            { id: 'exp_455a7cad08', rna_level: 2, protein_level: 'low' },
          ],
        },
      ),
    );
    expect(expressions.match(/exp_22f12b547d/g)).toHaveLength(1);
  });
});

describe('describeResult: no doubled words, no "It:"', () => {
  it('quotes a code that is a small word and opens a record known by its id with its values', () => {
    const language = describeResult(outcome('get_language', { name: 'Icelandic' }, { name: 'Icelandic', language_code: 'is' }));
    expect(language).not.toMatch(/\bis is\b/i);
    expect(language).toContain('“is”');
    const webhook = describeResult(
      outcome(
        'list_webhooks',
        {},
        { webhooks: [{ id: 'wbh_0em5nch4s5', description: 'Pilot version, limited to five sites', created_at: '2025-04-09T23:08:00Z' }] },
      ),
    );
    expect(webhook).not.toMatch(/\bIt:/);
    expect(webhook).toMatch(/Pilot version/);
  });
});

describe('describeResult: a conversion in the currency converted to', () => {
  it('says the converted amount in the target currency', () => {
    const text = describeResult(
      outcome(
        'convert_currency',
        { amount: 284.43, from_currency: 'SRD', to_currency: 'JPY' },
        { amount: 284.43, from_currency: 'SRD', converted_amount: 12641.32, to_currency: 'JPY', rate: 44.4444 },
      ),
    );
    expect(text).toMatch(/converted amount is 12,641\.32 JPY/);
    expect(text).not.toMatch(/12641\.32 SRD/);
  });
});

describe('answers that state what was asked, not a word of it', () => {
  it('tells every listed record its values, a value they all share once, and never the first alone', () => {
    const media = describeResult(
      outcome(
        'list_fax_media',
        { FaxSid: 'FX1' },
        {
          media: [
            { sid: 'ME1', fax_sid: 'FX1', content_type: 'image/tiff', pages: 3 },
            { sid: 'ME2', fax_sid: 'FX1', content_type: 'image/tiff', pages: 5 },
          ],
        },
      ),
    );
    expect(media).toMatch(/2 media items, both of content type image\/tiff: ME1 \(3 pages\) and ME2 \(5 pages\)\./);
    const related = describeResult(
      outcome(
        'get_relation',
        { target: 'ENSG1' },
        {
          items: [
            { id: 'rel_1', related_name: 'KRAS', related_type: 'target', score: 0.48 },
            { id: 'rel_2', related_name: 'asthma', related_type: 'disease', score: 0.8 },
            { id: 'rel_3', related_name: 'TP53', related_type: 'target', score: 0.84 },
          ],
        },
      ),
    );
    expect(related).toMatch(/KRAS \(target, score 0\.48\), asthma \(disease, score 0\.8\) and TP53 \(target, score 0\.84\)/);
    expect(related).not.toMatch(/related name is/);
  });

  it('says a shared "all day" as "each all day", never "all all day"', () => {
    const events = {
      events: [
        { name: 'Budget hearing', all_day: true, start_date: '2025-01-02' },
        { name: 'Floor session', all_day: true, start_date: '2025-01-05' },
      ],
    };
    const text = describeResult(outcome('list_events', {}, events));
    expect(text).toMatch(/2 events, each all day: Budget hearing \(start date 2025-01-02\) and Floor session/);
    expect(text).not.toMatch(/all all/);
  });

  it('tells entries of one place apart by their map keys', () => {
    const text = describeResult(
      outcome(
        'get_spots_day',
        { region: 'Western Europe' },
        {
          data: {
            '2025-05-25T12:20:00Z': { name: 'Western Europe', active_cases: 63, deaths: 38 },
            '2025-05-25T12:40:00Z': { name: 'Western Europe', active_cases: 35, deaths: 87 },
          },
        },
      ),
    );
    expect(text).toMatch(/2 entries for Western Europe: at 2025-05-25 12:20 UTC: 63 active cases, 38 deaths; at 2025-05-25 12:40 UTC/);
  });

  it('counts a map of records and names the entry a participle points to', () => {
    const provider = {
      'spotify.com:drive': {
        added: '2025-11-22T12:23:00Z',
        preferred: 'v1',
        versions: { v1: { added: '2025-10-30T13:48:00Z' }, '2.0.0': {} },
      },
    };
    const text = describeResult(outcome('get_provider', { provider: 'spotify.com' }, provider, 'List all APIs for a provider'));
    expect(text).toMatch(/has 2 versions and was added on 2025-11-22 12:23 UTC; its preferred version is v1\./);
  });

  it('fills a record with little to tell: its kind, the records it points to, a meter’s registers', () => {
    const tag = describeResult(
      outcome(
        'tags_get_one',
        { key: 'tag_1' },
        { key: 'tag_1', name: 'Climate', isActive: true, kind: 'standard', topPostKey: 'top_a4', audioUri: 'https://x.example/a' },
        'Get a tag',
      ),
    );
    expect(tag).toMatch(/^Climate is active; its .*kind is standard/);
    const meter = describeResult(
      outcome('metering_get', { account: '0xd2' }, { '1.8.0': 102, '1.8.1': 43, account: '0xd2', credits: '33', co2_g_standard: 48 }),
    );
    expect(meter).toMatch(/the reading on register 1\.8\.0 is 102/);
    expect(meter).toMatch(/standard CO2 (is|of) 48 g/);
    expect(meter).toMatch(/33/);
  });
});

describe('answer templates that read as English', () => {
  it('says a false flag all records share as "none of them is …", not "all not …"', () => {
    const text = describeResult(
      outcome(
        'get_association_filter',
        { target: 'ENSG00000232810' },
        {
          items: [
            { target: 'ENSG00000169174', target_name: 'PCSK9', overall_score: 0.6, evidence_count: 25, is_direct: false },
            { target: 'ENSG00000133703', target_name: 'KRAS', overall_score: 0.98, evidence_count: 5, is_direct: false },
            { target: 'ENSG00000146648', target_name: 'EGFR', overall_score: 0.54, evidence_count: 20, is_direct: false },
          ],
        },
      ),
    );
    expect(text).not.toMatch(/all not/);
    expect(text).toMatch(/none of them is direct/);
    const scaled = describeResult(
      outcome(
        'gsi_prediction',
        { zip: '10115' },
        {
          forecasts: [
            { energyprice: -0.19, scaled: false },
            { energyprice: 27.53, scaled: false },
          ],
        },
      ),
    );
    expect(scaled).not.toMatch(/all not/);
    expect(scaled).toMatch(/(none of them|neither) is scaled/);
  });

  it('does not call the items of a filter tool "filters"', () => {
    const text = describeResult(
      outcome(
        'get_association_filter',
        { target: 'ENSG00000232810' },
        {
          items: [
            { disease_name: 'asthma', overall_score: 0.6, evidence_count: 25 },
            { disease_name: 'psoriasis', overall_score: 0.98, evidence_count: 5 },
          ],
        },
        'Filter associations',
      ),
    );
    expect(text).not.toMatch(/filters?\b/);
    expect(text).toMatch(/asthma/);
  });

  it('says a count under an adjective key with its noun, not "the invalid is 5"', () => {
    const text = describeResult(outcome('get_metrics', {}, { invalid: 5, fixes: 20, issues: 21 }));
    expect(text).not.toMatch(/the invalid is/);
    expect(text).toMatch(/invalid count (is )?5/);
  });

  it('says the aside telling twins apart once, merged with their other values', () => {
    const text = describeResult(
      outcome(
        'post_evidence_filter',
        {},
        {
          items: [
            { target_symbol: 'EGFR', score: 0.06, disease_name: 'breast carcinoma' },
            { target_symbol: 'KRAS', score: 0.18, disease_name: 'asthma' },
            { target_symbol: 'KRAS', score: 0.12, disease_name: "Alzheimer's disease" },
          ],
        },
      ),
    );
    expect(text).not.toMatch(/\) \(/);
    expect(text).toMatch(/KRAS – asthma \(score 0\.18\)/);
  });
});

describe('what a record is about is not its name', () => {
  it('names a relation by what it relates to, not by the id it is about', () => {
    const text = describeResult(
      outcome(
        'get_relation_by_ensgid',
        { target: 'ENSG00000169174' },
        {
          items: [
            {
              id: '2941532',
              subject: 'ENSG00000169174',
              related_name: 'type 2 diabetes mellitus',
              related_type: 'disease',
              relation_type: 'part_of',
              score: 0.17,
            },
          ],
          total: 1,
        },
      ),
    );
    expect(text).not.toMatch(/result: ENSG/);
    expect(text).toMatch(/type 2 diabetes mellitus/i);
    // A subject in words still names the record.
    const mail = describeResult(outcome('list_messages', {}, { messages: [{ id: 'm1', subject: 'Quarterly report', size: 10 }] }));
    expect(mail).toMatch(/Quarterly report/);
  });
});

describe('an analysis is not the thing it analyses', () => {
  it('calls the result of an enrichment analysis on targets an enrichment analysis, not "the target"', () => {
    const text = describeResult(
      outcome(
        'post_enrichment_target',
        { body: '{"target": ["ENSG00000169174", "ENSG00000130203"]}' },
        { id: '6912971', pathway: 'Signaling by EGFR', p_value: 0.001, genes_in_pathway: 4 },
        'Enrichment analysis. Returns an enrichment analysis for a list of targets passed in the body',
      ),
    );
    expect(text).not.toMatch(/the target 6912971/i);
    expect(text).toMatch(/enrichment analysis/i);
    expect(text).toMatch(/Signaling by EGFR/);
  });
});

describe('describeResult: wording of echoed changes and choice arguments', () => {
  it('an update whose result only echoes what was sent says what changed, not the bare id', () => {
    const text = describeResult(
      outcome(
        'display_set_screen_brightness',
        { percentage: 72, duration: 300 },
        { id: '6716627', updated_at: '2025-04-23T02:10:00Z', percentage: 72, duration: 300 },
        'Set the screen brightness for a duration.',
      ),
    );
    expect(text).toContain('6716627');
    expect(text).toMatch(/percentage is 72/);
    expect(text).toMatch(/duration is 5 minutes/);
  });

  it('a value that is one of its key words is said alone: "feeling", never "thinking vs feeling feeling"', () => {
    const text = describeTurn([
      outcome(
        'mbti_analyse',
        { thinking_vs_feeling: 'feeling', sensing_vs_intuition: 'sensing' },
        { thinking_vs_feeling: 'feeling', mbti: 79.62 },
      ),
      outcome(
        'mbti_analyse',
        { thinking_vs_feeling: 'feeling', sensing_vs_intuition: 'intuition' },
        { thinking_vs_feeling: 'feeling', mbti: 24.17 },
      ),
    ]);
    expect(text).toMatch(/79\.62/);
    expect(text).not.toMatch(/\b(\w+) \1\b/);
  });
});

describe('factSentence and propertyProse: plural keys and one moment', () => {
  it('says a plural count without an article: "33 credits", never "a credits of 33"', () => {
    const text = propertyProse(['the name is x', 'the size is 3', 'the credits are 33', 'the score is 4']);
    expect(text).toContain('33 credits');
    expect(text).toContain('a score of 4');
    expect(text).not.toMatch(/a credits/);
  });
  it('says two changes at the same moment once: "was added and last updated on X"', () => {
    const at = '2025-01-02 10:00 UTC';
    const text = factSentence(
      [
        { kind: 'verb', text: `was added on ${at}`, score: 1 },
        { kind: 'verb', text: `was updated on ${at}`, score: 1 },
      ],
      'The app',
    );
    expect(text).toBe(`The app was added and last updated on ${at}.`);
    const apart = factSentence(
      [
        { kind: 'verb', text: 'was added on 2025-01-01', score: 1 },
        { kind: 'verb', text: 'was updated on 2025-02-01', score: 1 },
      ],
      'The app',
    );
    expect(apart).toBe('The app was added on 2025-01-01 and was updated on 2025-02-01.');
  });
});

describe('describeResult: a record told, not read out', () => {
  it('a status is what the record is ("is queued", "got no answer", "is OK"), never glued after "with" as a field', () => {
    const fax = (status: string) =>
      describeResult(
        outcome('fetch_fax', { Sid: 'FX1' }, { sid: 'FX1', status, num_pages: 20, price: 0.41, price_unit: 'USD', duration: 300 }),
      );
    expect(fax('queued')).toBe('The fax FX1 is queued and has 20 pages, a price of 0.41 USD and a duration of 5 minutes.');
    expect(fax('no-answer')).toMatch(/^The fax FX1 got no answer and has 20 pages, a price of 0.41 USD/);
    expect(fax('payment_required')).not.toMatch(/ as (its|the) status/);
    const health = describeResult(
      outcome('get_health', {}, { service: 'Open Targets API', version: '3.11.4', status: 'ok', uptime_seconds: 3600 }),
    );
    expect(health).toMatch(/it is OK\.$/);
    expect(health).not.toMatch(/service reports that the service/i);
  });

  it('a verb and its moment read as a verb; a state its moment says is said once', () => {
    expect(describeResult(outcome('prepare_receipt', {}, { status: 'open', item_count: 10, expires_at: '2025-06-11T14:30:00Z' }))).toMatch(
      /it is open, has 10 items and expires on 2025-06-11 14:30 UTC\.$/,
    );
    const done = describeResult(
      outcome('commit_receipt', {}, { status: 'finalized', item_count: 5, finalized_at: '2025-04-14T03:03:00Z' }),
    );
    expect(done).toMatch(/was finalized on 2025-04-14 03:03 UTC/);
    expect(done).not.toMatch(/is finalized/);
  });

  it("a record rich in values of its own tells them and its state, not its lists' sizes nor a nested person's numbers", () => {
    const person = (name: string, phone: string) => ({
      fullName: name,
      emailAddress: `${name.split(' ')[0]?.toLowerCase() ?? ''}@outlook.com`,
      mobileNumber: phone,
      phoneNumber: phone.replace(/1$/, '2'),
    });
    const links = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ uri: `https://api.gov.bc.ca/m/${index}`, key: `40604${index}` }));
    const ministry = {
      childMinistryKey: '4153629',
      contactUser: person('Oren Langworth', '+14367080801'),
      displayAdditionalName: 'Ministry of Justice',
      isActive: true,
      ministerName: 'Emilie Fahey-Jenkins',
      name: 'Ministry of Education',
      newsletterLinks: links(1),
      secondContactUser: person('Rowan Jast', '+19447514751'),
      serviceLinks: links(3),
      topicLinks: links(1),
      twitterFeedUsername: 'BCGovNews',
      weekendContactNumber: '382429',
      key: '7652169',
    };
    const told = describeResult({
      ...outcome('ministries_get_one', { key: '7652169' }, ministry),
      request: 'Kindly get me the ministry with the ministry key 7652169.',
    });
    expect(told).toMatch(/^Ministry of Education is active/);
    expect(told).toMatch(/Emilie Fahey-Jenkins/);
    // A username or a contact number "as its twitter feed username" is a field recited, never said after "with".
    expect(told).not.toMatch(/ as (?:its|the) (?:twitter feed username|weekend contact number)/);
    expect(told).not.toMatch(/Oren Langworth|\+1436|service links/);
    // Few values of its own: the sizes of its lists still say what it holds.
    const lean = Object.fromEntries(
      Object.entries(ministry).filter(([key]) => !/^(ministerName|twitterFeedUsername|weekendContactNumber)$/.test(key)),
    );
    expect(describeResult(outcome('ministries_get_one', { key: '7652169' }, lean))).toMatch(/has 1 newsletter link and 3 service links/);
    // A list of plain values is a value, not a count: it keeps its place.
    const job = describeResult(
      outcome(
        'get_job',
        { name: 'dev-job-02' },
        {
          name: 'dev-job-02',
          status: 'COMPLETED_WITH_ERROR',
          sourceLanguageCode: 'gu',
          targetLanguageCodes: ['ar', 'az', 'mn'],
          dataAccessRole: 'translator',
          outputFormat: 'docx',
          inputFormat: 'pdf',
          files: links(2),
        },
      ),
    );
    expect(job).toMatch(/ar, az and mn/);
    expect(job).not.toMatch(/2 files/);
  });

  it('a status beside three other values is said as it is, first', () => {
    expect(propertyProse(['the price is 2 USD', 'the reference is TX1', 'the status is payment required'])).toBe(
      'the status is payment required and the price is 2 USD, with reference TX1',
    );
  });
});

describe('describeResult: a relation told by both its sides', () => {
  it('an association names its target and its disease; a person is not two things', () => {
    const associations = describeResult(
      outcome(
        'get_association_filter',
        { pathway: 'R-HSA-109581' },
        {
          items: [
            { id: '1', target_symbol: 'PCSK9', disease_name: 'asthma', overall_score: 0.6, evidence_count: 25 },
            { id: '2', target_symbol: 'KRAS', disease_name: 'rheumatoid arthritis', overall_score: 0.98, evidence_count: 5 },
          ],
        },
      ),
    );
    expect(associations).toMatch(/PCSK9 – asthma \(/);
    expect(associations).toMatch(/KRAS – rheumatoid arthritis \(/);
    const person = describeResult(outcome('get_user', { id: 'u1' }, { id: 'u1', first_name: 'Ana', last_name: 'Lopez', city: 'Lima' }));
    expect(person).not.toMatch(/ – /);
  });
});

describe('describeResult: a record named by its own id under a key of the tool', () => {
  it('a batch sent is told by its batch id, not as "it is completed"', () => {
    const batch = describeResult(outcome('post_batch_any', { body: [{ content: 'Hi' }] }, { batchid: '7656256', status: 'completed' }));
    expect(batch).toBe('The batch 7656256 is completed.');
  });
});

describe('describeResult: a record sort is no fact beside two others', () => {
  it('leaves out `kind` and `type` unless the request asks for them', () => {
    const sector = {
      isActive: false,
      name: 'Tourism',
      twitterFeedUsername: 'BCGovNews',
      ministerName: 'Ada Lee',
      kind: 'business',
      key: '6521482',
    };
    const told = describeResult({
      ...outcome('sectors_get_one', { key: '6521482' }, sector),
      request: 'Could you find the sector with a key of 6521482?',
    });
    expect(told).toMatch(/Tourism/);
    expect(told).not.toMatch(/kind|business/);
    const place = { name: 'Dublin', country: 'Ireland', timezone: 'Europe/Dublin', type: 'city', latitude: 53.35, longitude: -6.26 };
    expect(describeResult({ ...outcome('search_place', { text: 'Dublin' }, place), request: 'Find Dublin.' })).not.toMatch(/city|type/);
    const asked = describeResult({ ...outcome('search_place', { text: 'Dublin' }, place), request: 'What type of place is Dublin?' });
    expect(asked).toMatch(/city/);
  });
});

describe('describeResult: a deleted record named by its thing, not by a field', () => {
  it('says "Environment variable SENTRY_DSN was deleted", never "Name SENTRY_DSN was deleted"', () => {
    const told = describeResult({
      ...outcome(
        'delete_project_username_project_envvar_name',
        { username: 'ann', project: 'infra', name: 'SENTRY_DSN' },
        { message: 'OK' },
      ),
      request: 'Delete the SENTRY_DSN variable of project infra.',
    });
    expect(told).not.toMatch(/^Name /);
    expect(told).toMatch(/environment variable SENTRY_DSN was deleted/i);
  });
});
