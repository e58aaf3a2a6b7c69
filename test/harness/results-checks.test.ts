import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../support/reviewed-calls.js';
import type { Task } from '@inftool/core';
import type { Conversation, OfferedTool, ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';
import { wrongComputations } from '../../packages/harness/src/run/checks/computed-results.js';
import { placeholderValues, uninformativeResult } from '../../packages/harness/src/run/checks/results.js';
import { ignoredFilters, sameValue, staleWrites, unechoedArguments } from '../../packages/harness/src/run/checks/world-consistency.js';

/** The examples are from accepted records of the real-spec and BFCL trees (`node bench/quality.mjs --trees real,bfcl`), cut to what matters. */
const call = reviewedCall;
const tool = (name: string, properties: Record<string, unknown>, description = ''): OfferedTool =>
  ({ name, description, parameters: { type: 'object', properties } }) as OfferedTool;
const conversation = (tools: OfferedTool[], calls: ReviewedCall[], servers: string[] = []): Conversation => ({
  task: { id: 't', kind: 'single', servers } as unknown as Task,
  tools: new Map(tools.map((entry) => [entry.name, entry])),
  turns: [{ user: 'please', steps: [calls], answer: 'done' }],
  calls,
});

describe('results_specific: company names outside companies', () => {
  it('flags a company name in a field or tool that is not about companies', () => {
    const sort = call('sort', { file_name: 'sales-q2.xlsx' }, { name: 'Purdy Media', file_name: 'sales-q2.xlsx' });
    const fileSystem = conversation(
      [tool('sort', { file_name: { type: 'string' } }, 'This tool belongs to the Gorilla file system.')],
      [sort],
    );
    expect(placeholderValues(sort, fileSystem)).toEqual(['name: "Purdy Media" (a company name in a field that is not about companies)']);
    const plans = call(
      'list_rate_plans',
      {},
      { items: [{ closed: 'Zulauf-Batz Consulting', taxesAndFees: 'Little, Bode and Jaskolski' }] },
    );
    const hotel = conversation([tool('list_rate_plans', {}, 'Rate plans of a hotel.')], [plans], ['impala_hotel_booking_api']);
    expect(placeholderValues(plans, hotel)).toHaveLength(2);
  });

  it('flags a plain label of the field or tool noun ("default memory", "shared headlight")', () => {
    const memory = call('archival_memory_key_search', { query: 'notes' }, { items: [{ subject: 'default memory', score: 0.4 }] });
    expect(placeholderValues(memory, conversation([tool('archival_memory_key_search', {})], [memory]))).toEqual([
      'subject: "default memory"',
    ]);
    const lights = call('set_headlights', { mode: 'on' }, { set_headlights: 'shared headlight' });
    expect(placeholderValues(lights, conversation([tool('set_headlights', {})], [lights]))).toEqual(['set_headlights: "shared headlight"']);
    const school = call('get_school', {}, { name: 'Lincoln Primary School', kind: 'primary' });
    expect(placeholderValues(school, conversation([tool('get_school', {})], [school]))).toEqual([]);
  });

  it('passes company names where a field or the API is about organisations', () => {
    const owner = call('get_repo', {}, { owner: 'Keller Group', publisher: 'Reilly LLC' });
    expect(placeholderValues(owner, conversation([tool('get_repo', {})], [owner]))).toEqual([]);
    const lawsuits = call('lawsuit_search', {}, { items: [{ title: 'Stamm Group' }] });
    expect(
      placeholderValues(lawsuits, conversation([tool('lawsuit_search', {}, 'Search lawsuits against a company.')], [lawsuits])),
    ).toEqual([]);
    const plain = call('get_hotel', {}, { name: 'Hotel Adlon', city: 'Berlin' });
    expect(placeholderValues(plain, conversation([tool('get_hotel', {})], [plain]))).toEqual([]);
  });
});

describe('results_correct: computed results that are wrong', () => {
  it('flags primes that are not prime or outside the range, wrong factors, word counts, factorials, gcds and sequences', () => {
    expect(wrongComputations(call('find_prime_numbers', { start: 10, end: 30 }, { primes: [11, 13, 14, 29] }))).toHaveLength(1);
    expect(wrongComputations(call('find_prime_numbers', { start: 10, end: 30 }, { primes: [7, 11] }))).toHaveLength(1);
    expect(wrongComputations(call('prime_factors', { num: 60 }, { prime_factors: [2, 3, 5] }))).toHaveLength(1);
    expect(wrongComputations(call('generate_prime', { start: 0, end: 1753621200 }, { prime: 23.37 }))).toEqual([
      'generate_prime: prime 23.37 is not a prime',
    ]);
    expect(wrongComputations(call('word_count', { text: 'the quick brown fox' }, { word_count: 17 }))).toEqual([
      'word_count: word_count 17, but the text sent has 4 words',
    ]);
    expect(wrongComputations(call('math_factorial', { number: 5 }, { factorial: 100 }))).toEqual(['math_factorial: 5! is 120, not 100']);
    expect(wrongComputations(call('math_gcd', { num1: 12, num2: 18 }, { gcd: 3 }))).toHaveLength(1);
    expect(wrongComputations(call('get_fibonacci_sequence', { count: 5 }, { sequence: [0, 1, 1, 3, 4] }))).toHaveLength(1);
    // quarterly compounding answered with the yearly amount
    const quarterly = { principal: 1000, annual_rate: 4.7, compounding_freq: 'quarterly', time_in_years: 23 };
    expect(wrongComputations(call('compound_interest', quarterly, { final_amount: 2875.9, interest_earned: 1875.9 }))).toEqual([
      'compound_interest: compounded 4 times a year the final amount is 2929.11, not 2875.9',
    ]);
    expect(wrongComputations(call('compound_interest', quarterly, { final_amount: 2929.11, interest_earned: 1929.11 }))).toEqual([]);
  });

  it('passes correct ones', () => {
    expect(wrongComputations(call('find_prime_numbers', { start: 10, end: 30 }, { primes: [11, 13, 17, 19, 23, 29], count: 6 }))).toEqual(
      [],
    );
    expect(wrongComputations(call('prime_factors', { num: 60 }, { prime_factors: [2, 2, 3, 5] }))).toEqual([]);
    expect(wrongComputations(call('word_count', { text: 'the quick brown fox' }, { word_count: 4 }))).toEqual([]);
    expect(wrongComputations(call('math_gcd', { num1: 12, num2: 18 }, { gcd: 6 }))).toEqual([]);
    expect(wrongComputations(call('get_fibonacci_sequence', { count: 5 }, { sequence: [0, 1, 1, 2, 3] }))).toEqual([]);
  });
});

describe('world_consistent (k): a write shows in later reads', () => {
  const tools = [
    tool('edit_ticket', { ticket_id: { type: 'integer' }, updates: { type: 'object' } }),
    tool('get_ticket', { ticket_id: { type: 'integer' } }),
    tool('close_ticket', { ticket_id: { type: 'integer' } }),
    tool('cancel_order', { order_id: { type: 'string' } }),
    tool('get_order', { order_id: { type: 'string' } }),
  ];
  it('flags an update an object of changes made that a later read does not show, and a cancel read back in another status', () => {
    const edited = conversation(tools, [
      call('edit_ticket', { ticket_id: 39854, updates: { description: 'Linked to three other records.' } }, { id: 39854 }),
      call('get_ticket', { ticket_id: 39854 }, { id: 39854, description: 'Kept for reference; superseded by a newer ticket.' }),
    ]);
    expect(staleWrites(edited)).toEqual([
      'get_ticket: 39854 has description "Kept for reference; superseded by a newer ticket.", edit_ticket set "Linked to three other records."',
    ]);
    const cancelled = conversation(tools, [
      call('cancel_order', { order_id: 'ord_1' }, { id: 'ord_1', status: 'cancelled' }),
      call('get_order', { order_id: 'ord_1' }, { id: 'ord_1', status: 'pending' }),
    ]);
    expect(staleWrites(cancelled)).toHaveLength(1);
  });

  it('passes reads that show the write', () => {
    const edited = conversation(tools, [
      call('edit_ticket', { ticket_id: 7, updates: { priority: 1 } }, { id: 7 }),
      call('get_ticket', { ticket_id: 7 }, { id: 7, priority: 1 }),
      call('close_ticket', { ticket_id: 7 }, { id: 7, status: 'closed' }),
      call('get_ticket', { ticket_id: 7 }, { id: 7, status: 'closed' }),
    ]);
    expect(staleWrites(edited)).toEqual([]);
  });
});

describe('world_consistent (h): a weather result about another city', () => {
  it('flags a city_name other than the city asked, and passes the city asked', () => {
    const raleigh = call('get_current_weather', { city: 'Toronto' }, { city_name: 'Raleigh', temp: 21 });
    expect(unechoedArguments(conversation([tool('get_current_weather', {})], [raleigh]))).toEqual([
      'get_current_weather: sent city="Toronto" but the result has city_name "Raleigh"',
    ]);
    const toronto = call('get_current_weather', { city: 'Toronto' }, { city_name: 'Toronto', temp: 21 });
    expect(unechoedArguments(conversation([tool('get_current_weather', {})], [toronto]))).toEqual([]);
  });
});

describe('world_consistent (h): a thing asked by its name', () => {
  it('flags a read whose record has another name than the one asked', () => {
    const battle = call('get_battle_details', { battle_name: 'Battle of Gettysburg' }, { name: 'Battle of Hastings', year: 1066 });
    expect(unechoedArguments(conversation([tool('get_battle_details', {})], [battle]))).toEqual([
      'get_battle_details: sent battle_name="Battle of Gettysburg" but the result has name "Battle of Hastings"',
    ]);
    const city = call('get_water_systems', { city_name: 'Kamloops' }, { name: 'Kamloops Water System' });
    expect(unechoedArguments(conversation([tool('get_water_systems', {})], [city]))).toEqual([]);
  });
});

describe('known false positives stay quiet', () => {
  it('an honestly empty list is an answer', () => {
    const tags = call('list_tags', { resource: 'arn:aws:translate:us-east-1:1:terminology/a' }, { Tags: [] });
    expect(uninformativeResult(tags, conversation([tool('list_tags', {})], [tags]))).toBeUndefined();
    const bare = call('ping', {}, { status: 'ok' });
    expect(uninformativeResult(bare, conversation([tool('ping', {})], [bare]))).toBeDefined();
  });

  it('a pick among the values sent is an answer; the whole list sent back is not', () => {
    const filter = tool('filter_stocks_by_price', { stocks: { type: 'array' } });
    const args = { stocks: ['AMZN', 'TSLA', 'V'], min_price: 150 };
    const picked = call('filter_stocks_by_price', args, { filtered_stocks: ['AMZN'] });
    expect(uninformativeResult(picked, conversation([filter], [picked]))).toBeUndefined();
    const all = call('filter_stocks_by_price', args, { filtered_stocks: ['AMZN', 'TSLA', 'V'] });
    expect(uninformativeResult(all, conversation([filter], [all]))).toBeDefined();
  });

  it('the winner among the players the call names is an answer, a player echoed under its own key is not', () => {
    const args = { player1: 'Shohei Ohtani', hand1: ['10♠', 'J♠'], player2: 'Kylian Mbappé', hand2: ['2♥', '3♦'] };
    const poker = tool('card_games_poker_determine_winner', { player1: { type: 'string' }, player2: { type: 'string' } });
    const won = call('card_games_poker_determine_winner', args, { ...args, winner: 'Kylian Mbappé' });
    expect(uninformativeResult(won, conversation([poker], [won]))).toBeUndefined();
    const echoed = call('card_games_poker_determine_winner', args, { ...args });
    expect(uninformativeResult(echoed, conversation([poker], [echoed]))).toBeDefined();
    // a lone name sent and returned under another key is still an echo
    const lone = call('get_player', { player: 'Kylian Mbappé' }, { name: 'Kylian Mbappé' });
    expect(uninformativeResult(lone, conversation([tool('get_player', {})], [lone]))).toBeDefined();
  });

  it('a status that states the change is an answer; a status label is not', () => {
    const edit = tool('edit_ticket', { ticket_id: { type: 'integer' }, updates: { type: 'object' } });
    const args = { ticket_id: 15485, updates: { description: 'Pilot version, limited to five sites.' } };
    const stated = call('edit_ticket', args, {
      status: 'Ticket 15485 updated: description set to “Pilot version, limited to five sites.”',
    });
    expect(uninformativeResult(stated, conversation([edit], [stated]))).toBeUndefined();
    for (const label of ['closed', 'success', 'in_progress', 'updated', 'Update completed'])
      expect(uninformativeResult(call('edit_ticket', args, { status: label }), conversation([edit], [])), label).toBeDefined();
    // a sentence about something else than what the call named says nothing of this change
    const other = call('edit_ticket', args, { status: 'Ticket 99 updated yesterday.' });
    expect(uninformativeResult(other, conversation([edit], [other]))).toBeDefined();
    const removed = call('rm', { file_name: 'sales-q2.xlsx' }, { result: 'sales-q2.xlsx removed.' });
    expect(uninformativeResult(removed, conversation([tool('rm', {})], [removed]))).toBeUndefined();
    const clear = call('memory_clear', {}, { status: 'Memory cleared.' });
    expect(uninformativeResult(clear, conversation([tool('memory_clear', {})], [clear]))).toBeUndefined();
  });

  it('a rounded number and a login state are what their tools exist to tell; an echo of the input is not', () => {
    const round = tool(
      'round_number',
      {},
      'This tool belongs to the Math API. Tool description: Round a number to a specified number of decimal places.',
    );
    const rounded = call('round_number', { number: 24.6 }, { result: 25 });
    expect(uninformativeResult(rounded, conversation([round], [rounded]))).toBeUndefined();
    const echoed = call('round_number', { number: 25 }, { result: 25 });
    expect(uninformativeResult(echoed, conversation([round], [echoed]))).toBeDefined();
    // `result` of a tool that computes nothing is still bookkeeping
    const ping = call('ping_host', { host: 'a' }, { result: 1 });
    expect(uninformativeResult(ping, conversation([tool('ping_host', {}, 'Ping a host.')], [ping]))).toBeDefined();
    const login = tool('trading_get_login_status', {}, 'Get the login status.');
    const status = call('trading_get_login_status', {}, { status: true });
    expect(uninformativeResult(status, conversation([login], [status]))).toBeUndefined();
    // a boolean status of a tool that is not asked for a status says nothing
    const update = call('update_profile', { name: 'Ana' }, { status: true });
    expect(uninformativeResult(update, conversation([tool('update_profile', {})], [update]))).toBeDefined();
  });

  it('a country code and its name are the same place', () => {
    expect(sameValue('PT', 'Portugal')).toBe(true);
    expect(sameValue('Portugal', 'pt')).toBe(true);
    expect(sameValue('PT', 'Spain')).toBe(false);
    const creditors = call('list_creditors', { country: 'PT' }, { items: [{ name: 'Banco BPI', country: 'Portugal' }] });
    expect(ignoredFilters(conversation([tool('list_creditors', {})], [creditors]))).toEqual([]);
    const read = call('get_institution', { country: 'PT' }, { country: 'Portugal' });
    expect(unechoedArguments(conversation([tool('get_institution', {})], [read]))).toEqual([]);
  });
});
