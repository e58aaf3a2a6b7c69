import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from '../../packages/harness/src/run/checks/conversation.js';
import { describedSentence } from '../../packages/harness/src/run/checks/request-sentence.js';

const call = (args: Record<string, unknown>): ReviewedCall =>
  ({
    id: 'c0',
    chatName: 'tool',
    name: 'tool',
    arguments: args,
    result: '{}',
    isError: false,
    rejected: false,
    turn: 0,
    step: 0,
  }) as ReviewedCall;
const problems = (text: string, args: Record<string, unknown> = {}) => describedSentence(text, [call(args)], 'turn 1: ');

describe('a request is no description sentence', () => {
  it("rejects a description's verb read as a noun and its preamble; passes the same request said as a person says it", () => {
    const text = 'May I ask you to get me the perform sentiment analysis on a piece of text for "Great film." and language English?';
    expect(problems(text, { text: 'Great film.', language: 'English' }).join()).toMatch(/verb as a noun: "the perform"/);
    expect(problems('Hey, can you pull up the this function allows users to add product 36230?', { product_id: 36230 }).join()).toMatch(
      /verb as a noun: "the this"/,
    );
    expect(
      problems('Please perform sentiment analysis on "Great film." in English.', { text: 'Great film.', language: 'English' }),
    ).toEqual([]);
    expect(problems('Please fetch a metered with account 0x4ebe61.', { account: '0x4ebe61' }).join()).toMatch(/"a metered with"/);
    // A participle before its noun is English: "a logged message".
    expect(problems('Could you get me a logged message by message ID 3346281?', { message_id: 3346281 })).toEqual([]);
  });

  it("rejects a description's words to a developer; passes the request without them", () => {
    expect(problems('Show me the unread uncoming messages matching your search criteria for limit 1000.', { limit: 1000 }).join()).toMatch(
      /to a developer: "matching your search criteria"/,
    );
    expect(problems('Please follow a user for the authenticated user.').join()).toMatch(/for the authenticated user/);
    expect(problems('Show me the unread messages, up to 1000.', { limit: 1000 })).toEqual([]);
  });

  it('rejects a place said in pieces or twice; passes it said once', () => {
    const args = { city: 'Berlin, DE', state: 'Berlin', country: 'DE', start_date: '2025-07-16' };
    expect(problems('Fetch the historical observations in Berlin, DE in Berlin in DE from 2025-07-16.', args).join()).toMatch(
      /place in pieces or twice/,
    );
    expect(
      problems('Fetch the historical observations in Rome in Lazio in IT.', { city: 'Rome', state: 'Lazio', country: 'IT' }).join(),
    ).toMatch(/place in pieces/);
    expect(problems('Fetch the historical observations in Berlin, DE from 2025-07-16.', args)).toEqual([]);
  });

  it("rejects doubled punctuation outside the values; passes a value's own commas", () => {
    const args = { battle_name: 'Battle of Gettysburg', year: 1863 };
    expect(
      problems('Fetch the details of a historical battle,, once for battle name Battle of Gettysburg and the year 1863.', args).join(),
    ).toMatch(/doubles its punctuation: ",,"/);
    expect(problems('Fetch the weather forecast in Sterling, VA, US, please.', { locations: 'Sterling, VA, US' })).toEqual([]);
    expect(problems('Fetch the details of a historical battle, once for Battle of Gettysburg in 1863.', args)).toEqual([]);
  });
});
