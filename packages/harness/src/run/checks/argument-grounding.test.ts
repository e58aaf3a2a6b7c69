import { describe, expect, it } from 'vitest';
import type { Task } from '@inftool/core';
import { isUnsaid } from '@inftool/user-sim';
import { saidIn, ungroundedArguments, wrongKind } from './argument-grounding.js';
import type { Conversation, ReviewedCall } from './conversation.js';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';

const call = reviewedCall;
const conversationOf = (users: string[], calls: ReviewedCall[], properties: Record<string, Record<string, unknown>> = {}): Conversation =>
  ({
    task: { kind: 'multi_turn', expectedCalls: [] } as unknown as Task,
    tools: new Map(
      [...new Set(calls.map((entry) => entry.chatName))].map((name) => [
        name,
        { name, description: '', parameters: { type: 'object', properties } },
      ]),
    ),
    turns: users.map((user, index) => ({ user, steps: [calls.filter((entry) => entry.turn === index)], answer: 'Done.' })),
    calls,
  }) as unknown as Conversation;

describe('arguments_grounded: values the user gave', () => {
  it('passes values the user said (in words too), earlier results and defaults', () => {
    expect(saidIn('people near latitude 39.7392 and longitude -104.9903', -104.9903)).toBe(true);
    expect(saidIn('tasks that are in progress', 'in_progress')).toBe(true);
    expect(saidIn('change the category for transaction t1 to category 6887727', 'categories')).toBe(true);
    expect(saidIn('the latest posts for the new index', 'news')).toBe(false);
    expect(saidIn('the forecast on 05-30-2025', '2025-05-30')).toBe(true);
    expect(saidIn('get me three posts', 3)).toBe(true);
    expect(saidIn('get me 13 posts', 3)).toBe(false);
    // A language code said as its language, a media type as the file it is; another language is not it.
    expect(saidIn('the review summaries in Polish', 'pl-PL')).toBe(true);
    expect(saidIn('the review summaries in Polish', 'de-DE')).toBe(false);
    expect(saidIn('translate this letter as a PDF', 'application/pdf')).toBe(true);
    expect(saidIn('translate this letter as a Word document', 'application/pdf')).toBe(false);
    const chained = conversationOf(
      ['Create an order for Ada Byron.', 'Now show me that order.'],
      [
        call('create_order', { customer: 'Ada Byron', offset: 0 }, { id: 'ord_1a2b3c4d' }),
        call('get_order', { order_id: 'ord_1a2b3c4d' }, {}, 1),
      ],
      { units: { type: 'string', default: 'metric' } },
    );
    expect(ungroundedArguments(chained, new Set())).toEqual([]);
  });
  it('rejects a value nobody gave, and one read from a result the call has not seen yet', () => {
    const invented = conversationOf(['Show me the weather in Paris.'], [call('get_weather', { city: 'Paris', units: 'imperial' }, {})]);
    expect(ungroundedArguments(invented, new Set())).toEqual(['get_weather: units="imperial" never given by the user nor by a result']);
    const early = conversationOf(
      ['List my orders and show me the first.'],
      [call('list_orders', {}, { orders: [{ id: 'ord_9z8y7x6w' }] }), call('get_order', { order_id: 'ord_9z8y7x6w' }, {})],
    );
    expect(ungroundedArguments(early, new Set())).toEqual(['get_order: order_id="ord_9z8y7x6w" never given by the user nor by a result']);
  });
});

describe('arguments_grounded: a client token', () => {
  it('is made up by the caller and never said by the user; another made-up value still fails', () => {
    const schema = { type: 'object', properties: { ClientToken: { type: 'string' }, JobName: { type: 'string' } } };
    expect(isUnsaid('ClientToken', 'NVEUUhASVdWqF7KJPQQoy0SB', schema)).toBe(true);
    expect(isUnsaid('idempotency_key', 'a81bc81b-dead-4e5d', schema)).toBe(true);
    expect(isUnsaid('JobName', 'nightly-export', schema)).toBe(false);
    const job = conversationOf(
      ['Start a translation job named nightly-export.'],
      [call('start_job', { JobName: 'nightly-export', ClientToken: 'NVEUUhASVdWqF7KJPQQoy0SB' }, {})],
    );
    expect(ungroundedArguments(job, new Set())).toEqual([]);
    const invented = conversationOf(
      ['Start a translation job.'],
      [call('start_job', { JobName: 'nightly-export', ClientToken: 'NVEUUhASVdWqF7KJPQQoy0SB' }, {})],
    );
    expect(ungroundedArguments(invented, new Set())).toEqual([
      'start_job: JobName="nightly-export" never given by the user nor by a result',
    ]);
  });
});

describe('arguments_grounded: values of the kind the parameter names', () => {
  it('rejects a country code as a city, the id of another thing, a moment as a duration', () => {
    expect(wrongKind('get_current_city', 'city', 'FR')).toBe('the city is the code of France, not a city');
    expect(wrongKind('get_current_city', 'city', 'LA')).toBeUndefined();
    expect(wrongKind('get_current_city', 'city', 'Paris')).toBeUndefined();
    expect(wrongKind('get_current_station', 'station', 'call_63dkggkay6')).toBe('the station is the id of a call: call_63dkggkay6');
    expect(wrongKind('get_current_station', 'station', 'stt_spn5wlc3tn')).toBeUndefined();
    expect(wrongKind('posts_get_one', 'key', 'post_1a2b3c4d')).toBeUndefined();
    // a snake_case word is a memory's key, no prefixed id
    expect(wrongKind('core_memory_add', 'key', 'work_schedule')).toBeUndefined();
    expect(wrongKind('create_session', 'ttl', 1746000000)).toBe('the ttl is a moment, not a duration: 1746000000');
    expect(wrongKind('create_session', 'duration', 'PT1H')).toBeUndefined();
  });
});
