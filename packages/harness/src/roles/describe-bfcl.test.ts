import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';
import { opaqueLabel } from '../run/checks/final-answer.js';

/** Results shaped as BFCL's multi-turn and single-call tools return them (examples from `bench/quality.mjs --trees bfcl`). */

describe('describeResult: BFCL-shaped results', () => {
  it('a success flag is the change it flags, never "it is added status"', () => {
    const sent = describeResult(
      outcome(
        'send_message',
        { receiver_id: '4158852', message: 'See you at three.' },
        { sent_status: true, message_id: 6683, message: 'See you at three.' },
        'Send a message to a user.',
        'Please send "See you at three." to receiver 4158852.',
      ),
    );
    expect(sent).toMatch(/was sent/);
    expect(sent).toMatch(/6683/);
    expect(sent).not.toMatch(/status/);
    const added = describeResult(
      outcome(
        'add_contact',
        { user_name: 'otis_bins64' },
        { added_status: true, user_id: '92575', message: 'Contact otis_bins64 added.' },
        'Add a contact to the workspace.',
        'Add a contact for user name otis_bins64.',
      ),
    );
    // the reported sentence already says it was added: not said twice
    expect(added).not.toMatch(/status|was added/);
    expect(added).toMatch(/92575/);
    const failed = describeResult(
      outcome('add_contact', { user_name: 'ana_p' }, { added_status: false }, 'Add a contact.', 'Add ana_p as a contact.'),
    );
    expect(failed).toMatch(/was not added/);
    const deleted = describeResult(
      outcome(
        'delete_message',
        { receiver_id: '4564986' },
        { deleted_status: true, receiver_id: '4564986', message: 'Message deleted: receiver ID 4564986.' },
        'Delete the latest message sent to a receiver.',
        'Please delete the latest message sent to receiver 4564986.',
      ),
    );
    expect(deleted).not.toMatch(/It is status|is status/);
  });

  it('figures under `stats` are the figures, never "one message matches: stats"; a participle counts nothing', () => {
    const text = describeResult(
      outcome(
        'get_message_stats',
        {},
        { stats: { received_count: 50, total_contacts: 3 } },
        'Get statistics about messages for the current user.',
        'Could you get the message statistics?',
      ),
    );
    expect(text).not.toMatch(/matches|: stats|receiveds/);
    expect(text).toMatch(/50/);
    expect(text).toMatch(/3 total contacts/);
  });

  it('found messages say whom they went to', () => {
    const text = describeResult(
      outcome(
        'search_messages',
        { keyword: 'review' },
        {
          results: [
            { receiver_id: '7983643', message: 'Reminder: the review is on Thursday.' },
            { receiver_id: '4564986', message: 'Notes from the review are in the shared folder.' },
          ],
        },
        'Search for messages containing a specific keyword.',
        'Search for messages containing the keyword "review".',
      ),
    );
    expect(text).toMatch(/to 7983643/);
    expect(text).toMatch(/to 4564986/);
  });

  it('a list that only repeats the argument gives way to the value computed from it', () => {
    const text = describeResult(
      outcome(
        'sum_elements',
        { elements: [62, 61, 85] },
        { elements: [62, 61, 85], sum: 208 },
        'Add all elements of a numeric list',
        'Please add all elements 62, 61 and 85 of a numeric list.',
      ),
    );
    expect(text).toMatch(/208/);
    expect(text).not.toMatch(/I found 3 elements/);
  });

  it('a handle is said as written, a login check as the state it tells', () => {
    const ticket = describeResult(
      outcome(
        'get_ticket',
        { ticket_id: 93215 },
        { id: 93215, title: 'Printer on floor 3 is offline', status: 'open', priority: 3, created_by: 'hope_wolf' },
        'Get a specific ticket by its ID.',
        'Fetch ticket 93215.',
      ),
    );
    expect(ticket).toMatch(/created by hope_wolf/);
    expect(describeResult(outcome('trading_get_login_status', {}, { status: true }, 'Get the login status.', 'Am I logged in?'))).toBe(
      'Your login status: you are logged in.',
    );
    expect(
      describeResult(outcome('message_get_login_status', {}, { login_status: false }, 'Get the login status.', 'Am I logged in?')),
    ).toBe('Your login status: you are not logged in.');
    expect(
      describeResult(
        outcome(
          'message_login',
          { user_id: '3000926' },
          { login_status: true, message: 'Logged in.' },
          'Log in a user.',
          'Log in user 3000926.',
        ),
      ),
    ).toBe('You are now logged in as user 3000926.');
  });

  it('a valuation is money in words, an inventor a person named', () => {
    const result = { property_valuation: 926351.54, currency: 'USD', location: 'San Diego, CA', bedrooms: 5 };
    const valued = describeResult(
      outcome(
        'property_valuation_get',
        { location: 'San Diego, CA', bedrooms: 5 },
        result,
        'Get estimated value of a property based on location, specifications and age',
        'Get me the estimated value of a property in San Diego, CA with 5 bedrooms.',
      ),
    );
    expect(valued).toMatch(/property valuation is 926,?351\.54 USD/);
    expect(opaqueLabel(valued, [result])).toBeUndefined();
    const invention = describeResult(
      outcome(
        'science_history_get_invention',
        { invention_name: 'telephone', want_year: true },
        { inventor: 'Alexander Graham Bell', year: 1876, invention_name: 'telephone', want_year: true },
        "Retrieve the inventor and year of invention based on the invention's name.",
        'Find the inventor and year of invention of the telephone.',
      ),
    );
    expect(invention).toMatch(/inventor is Alexander Graham Bell/);
    expect(opaqueLabel(invention, [{ inventor: 'Alexander Graham Bell', year: 1876 }])).toBeUndefined();
  });

  it('an action’s status sentence is said as it reports it; a computed number goes with its unit', () => {
    const retweet = describeResult(
      outcome('retweet', { tweet_id: 86448 }, { retweet_status: 'Tweet 86448 retweeted.' }, 'Retweet a tweet.', 'Retweet tweet 86448.'),
    );
    expect(retweet).toMatch(/Tweet 86448 retweeted\./);
    expect(retweet).not.toMatch(/re tweet status/);
    const wave = describeResult(
      outcome(
        'physics_wave_velocity',
        { frequency: 55.75, wavelength: 76.61 },
        { frequency: 55.75, wavelength: 76.61, wave_velocity: 4271.01, unit: 'm/s' },
        'Calculate the velocity of a wave based on its frequency and wavelength.',
        'Calculate the velocity of a wave for a frequency of 55.75 and a wavelength of 76.61.',
      ),
    );
    expect(wave).toMatch(/wave velocity is 4271\.01 m\/s/);
  });

  it('a ratio named "return on assets" is one value; a revenue is money', () => {
    const roa = describeResult(
      outcome(
        'financial_ratios_calculate_roa',
        { net_income: 50000, total_assets: 1000000 },
        { net_income: 50000, total_assets: 1000000, return_on_assets: 5 },
        'Calculate the return on assets (ROA) for a company.',
        'Calculate the return on assets for a net income of 50000 and total assets of 1000000.',
      ),
    );
    expect(roa).toMatch(/return on assets is 5/);
    const revenue = describeResult(
      outcome(
        'finance_predict_revenue',
        { company_name: 'Keller Group', period: 'next year' },
        { company_name: 'Keller Group', period: 'next year', revenue: 69850, unit: 'USD' },
        'Predict the revenue of a company for a specific period.',
        'Predict the revenue of Keller Group for next year.',
      ),
    );
    expect(revenue).toMatch(/69,?850(\.00)? USD/);
  });
});
