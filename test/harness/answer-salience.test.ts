import { describe, expect, it } from 'vitest';
import { describeResult } from '../../packages/harness/src/roles/describe-result.js';
import { answerProblem, opaqueLabel, thinAnswer } from '../../packages/harness/src/run/checks/final-answer.js';
import { callOutcome } from '../support/call-outcomes.js';
import { reviewedCall } from '../support/reviewed-calls.js';

const link = (at: number) => ({ note: 'Latest Version', url: `https://api.openstates.org/bills/x${at}` });

/** A bill as Open States returns it: a title, a few plain values, and many lists. */
const bill = {
  abstracts: [{ abstract: 'This bill designates a new state arachnid.', note: 'house abstract' }],
  actions: [link(1), link(2)],
  created_at: '2025-08-07T07:16:00Z',
  documents: [link(3)],
  first_action_date: '2025-09-03T05:34:00.000Z',
  id: '3788434',
  identifier: 'SB 113',
  latest_action_description: 'Introduced in House',
  other_identifiers: [{ identifier: '4668172' }, { identifier: '4668173' }],
  related_bills: [link(4)],
  session: '2020',
  sources: [link(5), link(6)],
  sponsorships: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }],
  title: 'Adopting a State Scorpion',
  votes: [{ result: 'pass' }, { result: 'fail' }],
};

/** An event: when it happens is what a reader wants. */
const event = {
  agenda: [{ description: 'Public hearing' }],
  all_day: true,
  classification: 'committee',
  description: 'Passed the Senate 31-8; sent to the House for concurrence.',
  documents: [link(1)],
  end_date: '2025-07-26',
  id: '9829499',
  links: [link(2), link(3)],
  media: [link(4)],
  name: 'House floor session',
  participants: [{ name: 'Ann Lee' }, { name: 'Bo Chen' }, { name: 'Cy Dow' }],
  sources: [link(5)],
  start_date: '2025-06-07',
  status: 'active',
};

const outcome = (tool: string, args: Record<string, unknown>, data: unknown, request: string) =>
  callOutcome(tool, args, data, undefined, request);

describe('a record is told by its own values before counts of what it holds', () => {
  it('a bill says its identifier, not only how many abstracts, actions and documents it has', () => {
    const answer = describeResult(
      outcome('bill_detail_by_id', { openstates_bill_id: '3788434' }, bill, 'Show me the bill detail with openstates bill ID 3788434.'),
    );
    expect(answer).toMatch(/SB 113/);
    expect(answer).toMatch(/Introduced in House/);
    expect(thinAnswer(answer, [reviewedCall('bill_detail_by_id', { openstates_bill_id: '3788434' }, bill)])).toBeUndefined();
  });

  it('an event says when it runs, as one span', () => {
    const answer = describeResult(
      outcome('event_detail', { event_id: '9829499' }, event, 'Could you get me the event detail with event ID 9829499?'),
    );
    expect(answer).toMatch(/runs from 2025-06-07 to 2025-07-26/);
    expect(answer).not.toMatch(/the start date is|the end date is/);
    expect(thinAnswer(answer, [reviewedCall('event_detail', { event_id: '9829499' }, event)])).toBeUndefined();
  });

  it('a day that is not a start or an end (a reading’s date) does not push the measures out of a list', () => {
    const readings = {
      city_name: 'Boston',
      data: [
        { datetime: '2025-04-28', temp: -3.1, app_temp: 4.1, clouds: 121, ts: 1738497660 },
        { datetime: '2025-04-29', temp: 15.9, app_temp: -2.8, clouds: 138, ts: 1745329320 },
      ],
    };
    const answer = describeResult(outcome('get_history', { city: 'Boston' }, readings, 'Show me the weather history for Boston.'));
    expect(answer).toMatch(/temperature -3\.1/);
    expect(answer).not.toMatch(/date ?time 2025-04-28/);
  });
});

describe('opaqueLabel: English field names are read as English', () => {
  it('passes "the repository type is" and "the property valuation is", still flags a misspelt or glued name', () => {
    expect(opaqueLabel('Its repository type is sales-q2.txt.', [{ RepositoryType: 'sales-q2.txt' }])).toBeUndefined();
    expect(opaqueLabel('The property valuation is 450,000.', [{ property_valuation: 450000 }])).toBeUndefined();
    expect(opaqueLabel('The describtion is short.', [{ describtion: 'short' }])).toBe('The describtion is');
    expect(opaqueLabel('The marketprice is 28.44.', [{ marketprice: 28.44 }])).toBe('The marketprice is');
  });
});

describe('a record with little of its own is told by the block that holds its content', () => {
  it('a scheduled message tells what the message says and where it goes, not only its status', () => {
    const scheduled = {
      batch: true,
      id: '2351608',
      message: {
        schema: {
          content: 'My super awesome scheduled message',
          destination: '447777777777',
          destinations: ['Leeds, United Kingdom', 'Manchester, United Kingdom'],
          schedule: '2026-01-12',
          sender: 'YourCompany',
        },
      },
      status: 'PROCESSED',
    };
    const answer = describeResult(outcome('get_messages_schedule', {}, scheduled, 'Please pull up the scheduled messages.'));
    expect(answer).toMatch(/processed/i);
    expect(answer).toMatch(/My super awesome scheduled message/);
    expect(answer).toMatch(/447777777777|Leeds/);
  });

  it('a situation report with a count and a date tells its summary’s figures', () => {
    const report = {
      data: {
        change: { active_cases: 42, deaths: 32, name: 'Europe', total_cases: 171 },
        generated_on: 1736677980,
        regions: { switzerland: { active_cases: 15, deaths: 99, name: 'switzerland', total_cases: 156 } },
        summary: { active_cases: 38, deaths: 32, name: 'Southeast Asia', recovered: 100, total_cases: 170 },
      },
      status: 200,
    };
    const answer = describeResult(outcome('get_summary_latest', {}, report, 'Get the latest coronavirus situation report.'));
    expect(answer).toMatch(/170 total cases/);
    expect(answer).toMatch(/Southeast Asia/);
  });

  it('an API version is named by the title of its info block, a side block’s lone description left out', () => {
    const entry = {
      added: '2025-01-27T01:17:00Z',
      externalDocs: { url: 'https://apis.guru/docs', description: 'API documentation' },
      info: { title: 'Twilio Fax V1 API', version: '2.9.5' },
      openapiVer: '3.1.0',
      updated: '2025-01-27T01:17:00Z',
    };
    const answer = describeResult(
      outcome('get_service_api', { provider: 'twilio.com', api: '2.9.5' }, entry, 'Get me version 2.9.5 of the Twilio fax API.'),
    );
    expect(answer).toMatch(/Twilio Fax V1 API 2\.9\.5/);
    expect(answer).not.toMatch(/API documentation/);
  });
});

describe('encoded values are said by what they hold', () => {
  const tse = {
    data: 'YlZZZ3VEMFFDeGN0S0VhR0kzRm9VaVB2eFd6a24zV0swSVd6',
    publickey:
      '-----BEGIN PUBLIC KEY-----MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQVYgt6QtWBPzcnrxMwGCgq3xAu1ShCoQLgBhGn0D-----END PUBLIC KEY-----',
    raw: Buffer.from('Green energy share above average for the region this hour.').toString('base64'),
    signature: 'a05e5ef9d6e0b224fe4db1c3c43f40c1a3bee1d0ddd66cebffdc40ff73ef1dbe',
  };

  it('a signed reading tells the text it signs and that it carries a public key, never the encoded runs', () => {
    const answer = describeResult(outcome('quittung_tse', {}, tse, 'I would like you to get TSE data.'));
    expect(answer).toMatch(/“Green energy share above average for the region this hour”/);
    expect(answer).toMatch(/has a public key/);
    expect(answer).not.toMatch(/BEGIN|YlZZ|R3Jl/);
  });

  it('the bytes of an image are not read out as text, whatever they decode to', () => {
    const image = { fileName: 'sales-q2.jpg', imageBytes: Buffer.from('A new ferry schedule takes effect next month').toString('base64') };
    expect(describeResult(outcome('get_image', { key: '1' }, image, 'Get me the image.'))).not.toMatch(/ferry/);
  });
});

describe('a value the request names inside the record’s lists', () => {
  it('is told per list: the energy of a dispatch schedule, not only its average distance', () => {
    const dispatch = {
      avg_distance_km: 10,
      dispatch_from: [{ energy: 0.250217, location: { latitude: 54.5133, longitude: 6.2837 } }],
      dispatch_target: [
        { energy: 0.231659, location: { latitude: 53.814, longitude: 11.2503 } },
        { energy: 0.159735, location: { latitude: 49.1316, longitude: 6.7682 } },
      ],
      timeframe: { end: 1750129200, start: 1747985400 },
    };
    const answer = describeResult(
      outcome('gsi_dispatch', { zip: '04109', key: '0xd31' }, dispatch, 'Show me the green energy distribution schedule with ZIP 04109.'),
    );
    expect(answer).toMatch(/10 km/);
    expect(answer).toMatch(/energy of the dispatch sources is 0\.25\b/);
    expect(answer).not.toMatch(/record 0x/);
    expect(answer).toMatch(/0\.232? and 0\.16/);
    // the timeframe's bounds are moments, not counts
    expect(answer).not.toMatch(/1,750,129,200/);
  });
});

describe('a flag named for what happened', () => {
  const added = { added_status: true, user_id: '92575', message: 'Contact otis_bins64 added.' };

  it('is said as what happened and not twice beside a sentence that says it, never "is added status"', () => {
    const answer = describeResult(outcome('add_contact', { user_name: 'otis_bins64' }, added, 'Add a contact for user name otis_bins64.'));
    expect(answer).toMatch(/Contact otis_bins64 added\./);
    expect(answer).not.toMatch(/added status|It is status/);
    expect(describeResult(outcome('add_contact', { user_name: 'x' }, { added_status: false, user_id: '1' }, 'Add x.'))).toMatch(
      /was not added/,
    );
  });

  it('is stated, for final_answer, by its participle ("added"), not by the word "status"', () => {
    const call = reviewedCall('add_contact', { user_name: 'otis_bins64' }, added);
    const turn = (answer: string) => ({ user: 'Add a contact for user name otis_bins64.', steps: [[call]], answer });
    expect(answerProblem(turn('Done. Contact otis_bins64 added. The user ID is 92575.'), 0)).toBeUndefined();
    expect(answerProblem(turn('Done. It is status; the user ID is 92575.'), 0)).toMatch(/only ids/);
  });
});
