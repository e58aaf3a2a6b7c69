import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from './conversation.js';
import { specSpans } from './request-spans.js';

const call = (args: Record<string, unknown>): ReviewedCall =>
  ({ id: 'c1', chatName: 'tool', arguments: args, result: '{}', turn: 0 }) as ReviewedCall;

describe('spec text in a request', () => {
  it('rejects two lengths that disagree and passes one span', () => {
    const bad = 'Show me 72 hour Air Quality forecast for city ID 36190 over the next 18 hours.';
    expect(specSpans(bad, [call({ city_id: 36190, hours: 18 })]).join()).toMatch(/two lengths that disagree: "72 hour … next 18 hours"/);
    expect(specSpans('Show me the Air Quality forecast for city ID 36190 over the next 18 hours.', [call({ hours: 18 })])).toEqual([]);
    expect(specSpans('Find the best hour over the next 24 hours for 14 hours in a row.', [call({ hours: 24 })])).toEqual([]);
  });

  it('rejects a parameter name that runs two words together', () => {
    const text = 'Send the SMS to 447777777777 with responseemail ann@example.com.';
    expect(specSpans(text, [call({ responseemail: 'ann@example.com' })]).join()).toMatch(/parameter name "responseemail"/);
    expect(specSpans('Send the SMS with response email ann@example.com.', [call({ responseemail: 'ann@example.com' })])).toEqual([]);
  });
});
