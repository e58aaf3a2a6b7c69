import { describe, expect, it } from 'vitest';
import { answerProblem, irrelevanceProblem, readOut } from './final-answer.js';
import type { Conversation, ReviewedCall, ReviewedTurn } from './conversation.js';
import type { Task } from '@inftool/core';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';

const call = (data: unknown, args: Record<string, unknown> = {}): ReviewedCall => reviewedCall('tool', args, data);
const turn = (answer: string, ...calls: ReviewedCall[]): ReviewedTurn => ({ user: 'please', steps: [calls], answer });

describe('answerProblem: the answer states the results', () => {
  const ratio = call({ data: { primary: { name: 'Europe', death_ratio: 0.040285703944113994 } } }, { region: 'Europe' });

  it('accepts a number rounded sensibly, also as a percentage, and not a number rounded away', () => {
    expect(answerProblem(turn('The death ratio in Europe is 0.04.', ratio), 0)).toBeUndefined();
    expect(answerProblem(turn('The death ratio in Europe is 4.03%.', ratio), 0)).toBeUndefined();
    expect(answerProblem(turn('The death ratio in Europe is 0.', ratio), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('The death ratio is 0.4 or so.', ratio), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('About 4 in the region.', call({ value: 3.7 })), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('The total is 82,883 cases.', call({ total_cases: 82883 })), 0)).toBeUndefined();
    expect(answerProblem(turn('The probability is 3.13e-7.', call({ probability: 3.125e-7 })), 0)).toBeUndefined();
    expect(answerProblem(turn('The probability is 4.13e-7.', call({ probability: 3.125e-7 })), 0)).toMatch(/states none/);
  });

  it('a flag named after its change is stated by the change; a login flag by being logged in or not', () => {
    const sent = call({ sent_status: true, message_id: 6683 }, { receiver_id: '4158852' });
    expect(answerProblem(turn('It was sent; its message ID is 6683.', sent), 0)).toBeUndefined();
    expect(answerProblem(turn('It was not sent.', sent), 0)).toMatch(/states none of the results/);
    const out = call({ login_status: false });
    expect(answerProblem(turn('You are not logged in.', out), 0)).toBeUndefined();
    expect(answerProblem(turn('You are logged in.', out), 0)).toMatch(/states none of the results/);
    const asked = { ...call({ status: false }), chatName: 'trading_get_login_status', name: 'trading_get_login_status' };
    const request = (answer: string): ReviewedTurn => ({ user: 'Please get me the login status.', steps: [[asked]], answer });
    expect(answerProblem(request('Your login status: you are not logged in.'), 0)).toBeUndefined();
    expect(answerProblem(request('Your login status: you are logged in.'), 0)).toMatch(/leaves out the status/);
  });

  it('accepts a boolean said in words only when the words say it', () => {
    const deleted = call({ deleted: true, id: 'FX1' }, { Sid: 'FX1' });
    expect(answerProblem(turn('Fax FX1 was deleted.', deleted), 0)).toBeUndefined();
    expect(answerProblem(turn('Fax FX1 was not deleted.', deleted), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('I looked at fax FX1 for you.', deleted), 0)).toMatch(/states none of the results/);
    const inactive = call({ is_active: false, email_verified: false });
    expect(answerProblem(turn('The account is not active and its email is not verified.', inactive), 0)).toBeUndefined();
    expect(answerProblem(turn('The account is active.', inactive), 0)).toMatch(/states none of the results/);
    expect(answerProblem(turn('The email verified is no.', inactive), 0)).toBeUndefined();
  });

  it('accepts a timestamp stated by its date, and a text without its full stop', () => {
    expect(answerProblem(turn('The API was added on 2025-02-06 05:26 UTC.', call({ added: '2025-02-06T05:26:00Z' })), 0)).toBeUndefined();
    expect(answerProblem(turn('The API was added recently.', call({ added: '2025-02-06T05:26:00Z' })), 0)).toMatch(/states none/);
    expect(answerProblem(turn('The post’s note reads “Approved by finance”.', call({ note: 'Approved by finance.' })), 0)).toBeUndefined();
  });

  it('still rejects raw JSON quoted from a server error', () => {
    const failed: ReviewedCall = {
      ...call(undefined),
      result: '422 Unprocessable Entity: get_drug rejected drug_id = "x": the service does not accept this value',
      data: undefined,
    };
    expect(
      answerProblem(
        turn('I could not get the drug: the service answered "422 Unprocessable Entity: get_drug rejected drug_id = "x": nope".', failed),
        0,
      ),
    ).toMatch(/raw JSON/);
    expect(answerProblem(turn("The service rejected the drug id 'x' as invalid, so I could not get the drug.", failed), 0)).toBeUndefined();
  });

  it('flags encoded data pasted into the answer, and passes ids and hashes', () => {
    const slide = call({ title: 'Q3 review', image: 'VXBkYXRlZCB0aGUgc2xpZGUgZGV0YWlscyBieSBlbWFpbC4=', image_type: 'png' });
    expect(
      answerProblem(
        turn('The slide Q3 review has the image VXBkYXRlZCB0aGUgc2xpZGUgZGV0YWlscyBieSBlbWFpbC4= and the image type png.', slide),
        0,
      ),
    ).toMatch(/pastes encoded data/);
    expect(answerProblem(turn('For the slide Q3 review, the image type is png.', slide), 0)).toBeUndefined();
    const fax = call({ sid: 'FXafdbdfdf789F49C6411FED0A2724a41D', num_pages: 3 });
    expect(answerProblem(turn('The fax FXafdbdfdf789F49C6411FED0A2724a41D has 3 pages.', fax), 0)).toBeUndefined();
    const hash = call({ sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', verdict: 'clean' });
    expect(
      answerProblem(turn('The file e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 is clean.', hash), 0),
    ).toBeUndefined();
  });

  it('flags a field name read as a noun: "the from", "the checked at", "I found 1 is"', () => {
    const fax = call({ from: 'Atlanta, GA', duration: 900 });
    expect(answerProblem(turn('The fax has a duration of 900 and the from Atlanta, GA.', fax), 0)).toMatch(
      /field name as a noun: "the from Atlanta,"/,
    );
    expect(answerProblem(turn('The fax came from Atlanta, GA and lasted 15 minutes.', fax), 0)).toBeUndefined();
    const health = call({ version: '1.7.6', checked_at: '2025-01-21T19:42:00Z' });
    expect(answerProblem(turn('The version is 1.7.6 and the checked at 2025-01-21 19:42 UTC.', health), 0)).toMatch(/field name as a noun/);
    expect(
      answerProblem(turn('There are 3,600 uptime seconds, the version is 1.7.6 and the checked at is 2025-01-21 19:42 UTC.', health), 0),
    ).toMatch(/field name as a noun: "the checked at is 2025/);
    expect(
      answerProblem(turn('The provider was added 2025-02-06; the added 2025-02-06 05:26 UTC.', call({ added: '2025-02-06T05:26:00Z' })), 0),
    ).toMatch(/field name as a noun/);
    expect(answerProblem(turn('I found 1 is. It has the version 1.7.6.', call({ is: [{ version: '1.7.6' }] })), 0)).toMatch(
      /field name as a noun/,
    );
    expect(answerProblem(turn('It was checked on 2025-01-21 19:42 UTC; the version is 1.7.6.', health), 0)).toBeUndefined();
  });
});

describe('answerProblem: the value the request asked for by name', () => {
  const weather = call(
    { city_name: 'Raleigh', lat: 35.77, lon: -78.63, data: [{ temp: -1.6, weather: 'Light snow' }] },
    { city: 'Raleigh' },
  );
  const asked = (user: string, answer: string, ...calls: ReviewedCall[]): ReviewedTurn => ({ user, steps: [calls], answer });

  it('rejects an answer that leaves out the asked value and states others, and accepts one that states it', () => {
    expect(
      answerProblem(asked('What is the weather in Raleigh?', 'Raleigh is at latitude 35.77 and longitude -78.63.', weather), 0),
    ).toMatch(/leaves out the weather the request asked for/);
    expect(answerProblem(asked('What is the weather in Raleigh?', 'In Raleigh: light snow, -1.6 degrees.', weather), 0)).toBeUndefined();
    const keys = call({ items: [{ key: 'pos_kwkzhpmnbh', value: 'Grants support community climate projects' }] }, { index: 'ind_1' });
    expect(
      answerProblem(asked('Show me all keys for index ind_1.', 'One post: “Grants support community climate projects”.', keys), 0),
    ).toMatch(/leaves out the key/);
    expect(
      answerProblem(
        asked('Show me all keys for index ind_1.', 'One key: pos_kwkzhpmnbh (“Grants support community climate projects”).', keys),
        0,
      ),
    ).toBeUndefined();
  });

  it('asks for a key only by all its words', () => {
    const plans = call(
      {
        data: [
          { name: 'Deluxe King Room', includedInRate: 'breakfast' },
          { name: 'Family Room', includedInRate: 'dinner' },
        ],
      },
      { hotel: 'h1' },
    );
    expect(
      answerProblem(asked('Show me all rate plans for hotel h1.', 'Two rate plans: Deluxe King Room and Family Room.', plans), 0),
    ).toBeUndefined();
  });

  it('counts a long value pasted whole and base64 told by the sentence it encodes; leaving either out still fails', () => {
    const hex = '88d90d1abe3c7f323e7f516dfca1c6bed8eb022a75dd7ff00c8cb1d9dfa1e2d5';
    const signed = call({ signature: hex, algorithm: 'ecdsa-plain-SHA256', signed_at: '2025-03-29T05:19:00Z' });
    expect(answerProblem(asked('Could you now get TSE signature?', `The signature is ${hex}.`, signed), 0)).toBeUndefined();
    expect(answerProblem(asked('Could you now get TSE signature?', 'It was signed on 2025-03-29 05:19 UTC.', signed), 0)).toMatch(
      /leaves out the signature the request asked for/,
    );
    const encoded = Buffer.from('Tariff includes grid fees, concession levy and VAT.').toString('base64');
    const raw = call({ raw: encoded, format: 'base64', created_at: '2025-07-18T14:28:00Z' });
    expect(
      answerProblem(asked('Get me TSE raw data, please.', 'The raw text is “Tariff includes grid fees, concession levy and VAT”.', raw), 0),
    ).toBeUndefined();
    expect(answerProblem(asked('Get me TSE raw data, please.', 'The format is base64, created on 2025-07-18.', raw), 0)).toMatch(
      /leaves out the raw the request asked for/,
    );
  });

  it('does not count the words of an argument or its echo as asked', () => {
    const faxes = call({ faxes: [{ sid: 'FX1', status: 'queued', price: 0.2 }] }, { status: 'queued' });
    expect(answerProblem(asked('List my faxes with status queued.', 'One fax, FX1, costs 0.2 USD.', faxes), 0)).toBeUndefined();
  });
});

describe('answerProblem: prose, not a list of fields', () => {
  const health = call({ status: 'ok', version: '1.7.6', uptime_seconds: 3600, service: 'Open Targets' });
  it('rejects "the X is Y" three times in a row, and passes two of them with the rest in prose', () => {
    expect(
      answerProblem(turn('The status is ok, the version is 1.7.6, the uptime is 3600 seconds and the service is Open Targets.', health), 0),
    ).toMatch(/reads out fields one after another/);
    expect(answerProblem(turn('Its status is ok; its version is 1.7.6; its uptime is 3600 seconds.', health), 0)).toMatch(
      /one after another/,
    );
    expect(
      answerProblem(
        turn('The status is ok and the version is 1.7.6, with an uptime of 1 hour and Open Targets as the service.', health),
        0,
      ),
    ).toBeUndefined();
  });
  it('rejects a doubled word, and passes the word said twice in quotes or apart', () => {
    const uv = call({ uv_index: 2, risk_level: 'very high' });
    expect(answerProblem(turn('The UV index index is 2 and the risk level is very high.', uv), 0)).toMatch(
      /says a word twice: "index index"/,
    );
    const language = call({ name: 'Icelandic', language_code: 'is' });
    expect(answerProblem(turn('For Icelandic, the language code is is.', language), 0)).toMatch(/says a word twice: "is is"/);
    expect(answerProblem(turn('For Icelandic, the language code is “is”.', language), 0)).toBeUndefined();
  });
  it('rejects bytes for a number no size field holds', () => {
    expect(answerProblem(turn('The file is 1200 bytes.', call({ file_size: 1200 })), 0)).toBeUndefined();
    expect(answerProblem(turn('The count is 1200 bytes.', call({ count: 1200 })), 0)).toMatch(/unit no result states: "1200 bytes"/);
  });
});

describe('irrelevanceProblem: a refusal that contradicts itself', () => {
  const conversationOf = (
    request: string,
    answer: string,
    tools: Array<[string, string]>,
    known: Record<string, unknown> = {},
  ): Conversation =>
    ({
      task: { kind: 'irrelevance', expectedCalls: [[]], known } as unknown as Task,
      tools: new Map(tools.map(([name, description]) => [name, { name, description, parameters: { type: 'object', properties: {} } }])),
      turns: [{ user: request, steps: [], answer }],
      calls: [],
    }) as unknown as Conversation;
  it('rejects a refusal while an offered tool does what was asked, and one that claims it was done', () => {
    const request = 'Can you pull up the post with key pos_7638adb918?';
    const answer = "I can't pull up the post. I can get the post key associated with the reference.";
    expect(irrelevanceProblem(conversationOf(request, answer, [['posts_get_one', 'Get the post associated with the key']]))).toMatch(
      /offered tool posts_get_one does what the request asks/,
    );
    expect(
      irrelevanceProblem(
        conversationOf(request, "I can't pull up the post. I can look up post keys by their reference.", [
          ['posts_get_key_from_reference', 'Get the post key associated with the reference.'],
        ]),
      ),
    ).toBeUndefined();
    expect(
      irrelevanceProblem(
        conversationOf('Book a table for two at Nopa tonight.', "I can't book a table here. I booked it for 8 pm anyway.", [
          ['get_weather', 'Get the weather.'],
        ]),
      ),
    ).toMatch(/claims it was done: "I booked"/);
  });
  it('rejects a refusal that offers a tool doing what was asked, its period the name\u2019s, and passes one whose tools do other things', () => {
    const spots = (name: string): [string, string] => [name, 'Resolve change chart for week'];
    const request = 'Hello! I need you to get the change chart for the week in Western Europe on 2025-06-26.';
    const offering = "None of my tools can get the change chart, I'm afraid. What I can do is get the change chart for the week.";
    const known = { 'get_spots_day.region': 'Western Europe', 'get_spots_day.date': '2025-06-26' };
    expect(
      irrelevanceProblem(conversationOf(request, offering, [spots('get_spots_week'), ['list_apis', 'List all APIs.']], known)),
    ).toMatch(/the refusal offers get_spots_week, which does what the request asks \(change, chart, week\)/);
    // The month tool's copy of "for week" is a month: it does not serve the week, and offering it is true.
    const month = "None of my tools can get the change chart, I'm afraid. What I can do is get the change chart for the month.";
    expect(
      irrelevanceProblem(conversationOf(request, month, [spots('get_spots_month'), ['list_apis', 'List all APIs.']], known)),
    ).toBeUndefined();
    // A tool on more than was asked ("evidence code" for "evidence") is no match either way.
    expect(
      irrelevanceProblem(
        conversationOf(
          'Please get evidence for IDs evi_1 and evi_2.',
          "I can't get evidence for a list of IDs. I can get evidence code by ID.",
          [['get_eco_by_id', 'Get evidence code by ID.']],
        ),
      ),
    ).toBeUndefined();
  });
});

describe('answerProblem: a record named by its id is no field', () => {
  it('passes "The unit U1 is not available; its size is small and its stock is 11"', () => {
    const unit = call({ id: 'uni_d6c9b8e225', available: false, size: 'small', stock: 11 });
    expect(
      answerProblem(turn('The unit uni_d6c9b8e225 is not available; its size is small and its stock is 11.', unit), 0),
    ).toBeUndefined();
  });
});

describe('answerProblem: a thin or circular answer', () => {
  const tag = call(
    {
      key: 'tag_1f4eeefeb6',
      name: 'Climate',
      isActive: true,
      kind: 'standard',
      twitterFeedUsername: 'claudia_vandervort',
      topPostKey: 'top_a457a3fb39',
      audioUri: 'https://api.gov.bc.ca/tags/pe00hp',
    },
    { key: 'tag_1f4eeefeb6' },
  );
  const meter = call({ account: '0xd260', credits: '33', energy_price: 0.31, co2_standard: 48, oekostrom: 19 }, { account: '0xd260' });

  it('rejects a name and a yes/no word when the record says more, naming what was left out', () => {
    expect(answerProblem(turn('Climate is active.', tag), 0)).toMatch(/the answer is thin: .*left out: twitterFeedUsername/);
    expect(answerProblem(turn('Climate is active; its Twitter feed is claudia_vandervort.', tag), 0)).toBeUndefined();
  });

  it('passes an answer that tells three other things the record holds (a name, a contact block), ids aside', () => {
    const ministry = call(
      {
        key: '7652169',
        name: 'Ministry of Education',
        isActive: false,
        ministerName: 'Raleigh Bernhard',
        contactUser: { fullName: 'Constance Okuneva', emailAddress: 'constance.okuneva@yahoo.com' },
        twitterFeedUsername: 'BCGovNews',
        weekendContactNumber: '288359',
        kind: 'standard',
      },
      { key: '7652169' },
    );
    const told =
      'Ministry of Education is not active; its minister is Raleigh Bernhard. Constance Okuneva: the email address is constance.okuneva@yahoo.com.';
    expect(answerProblem(turn(told, ministry), 0)).toBeUndefined();
    expect(answerProblem(turn('Ministry 7652169 (Ministry of Education) is not active.', ministry), 0)).toMatch(/the answer is thin/);
  });

  it('rejects one value of three, and not a value under a key no one can read', () => {
    expect(answerProblem(turn('The credits are 33.', meter), 0)).toMatch(/states 1 of the 3 values .*energy_price, co2_standard/);
    expect(answerProblem(turn('You have 33 credits; energy costs 0.31 and standard CO2 is 48 g.', meter), 0)).toBeUndefined();
  });

  it('passes a record of booleans said in words, and a record with one value', () => {
    expect(answerProblem(turn('The account is not active.', call({ is_active: false, email_verified: false })), 0)).toBeUndefined();
    expect(answerProblem(turn('The version is 1.2.', call({ version: '1.2', id: 'v_1' })), 0)).toBeUndefined();
  });

  it('rejects an answer that gives its subject as its own value', () => {
    const related = call({ items: [{ id: 'rel_1', related_name: 'KRAS', related_type: 'target', score: 0.48 }] });
    expect(answerProblem(turn('As for KRAS, the related name is KRAS and the score is 0.48.', related), 0)).toMatch(
      /gives its subject as its own value: "As for KRAS/,
    );
    expect(answerProblem(turn('KRAS: the related type is target and the score is 0.48.', related), 0)).toBeUndefined();
  });
});

describe('readOut: a record read out, not told', () => {
  it('flags a status glued after "with" and a duration without its unit, and passes them told', () => {
    expect(readOut('The fax FX1 has 20 pages; its price is 0.17 USD and its duration is 300, with delivered as its status.')).toMatch(
      /status read out as a field: "with delivered as its status"/,
    );
    expect(readOut('I see 2 faxes, all with duration 3600: FX1 and FX2.')).toMatch(/duration without its unit: "duration 3600"/);
    expect(readOut('The fax FX1 is delivered and has 20 pages; its duration is 300 seconds.')).toBeUndefined();
    expect(readOut('The call lasted long: a duration of 2 hours, with cancer gene census as the data source.')).toBeUndefined();
  });

  it('rejects such an answer in the final_answer check', () => {
    const fax = call({ sid: 'FX1', status: 'delivered', num_pages: 20, duration: 300 });
    expect(answerProblem(turn('The fax FX1 has 20 pages; its duration is 300, with delivered as its status.', fax), 0)).toMatch(
      /reads out a record instead of telling it/,
    );
    expect(answerProblem(turn('The fax FX1 is delivered and has 20 pages; its duration is 5 minutes.', fax), 0)).toBeUndefined();
  });
});
