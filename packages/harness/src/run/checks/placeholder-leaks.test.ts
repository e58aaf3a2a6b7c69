import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from './conversation.js';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import { placeholderArguments, placeholderResults } from './placeholder-leaks.js';

const call = (args: Record<string, unknown>, data: unknown): ReviewedCall => reviewedCall('list_bookings', args, data);

describe('placeholder text as data', () => {
  it('fails a result that carries a spec sample, and names each text once', () => {
    const data = {
      bookings: [
        { email: 'jocelin.carreon.crespo@example.com', lastName: 'Carreón Sample', line1: '12 Sample Avenue' },
        { email: 'jocelin.carreon.crespo@example.com', images: [{ altText: 'A photo of an object' }] },
      ],
    };
    const problems = placeholderResults(call({}, data));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('email');
  });

  it("fails arguments with a sample message or a description's example coordinate", () => {
    expect(placeholderArguments(call({ content: 'Your super awesome message' }, {}), {})).toHaveLength(1);
    expect(placeholderArguments(call({ lat: '23.5S', lon: '23.5W' }, {}), {})).toHaveLength(2);
  });

  it('fails a US-style address given a city abroad, and passes one written as that country writes it', () => {
    expect(placeholderResults(call({}, { address: '1697 Hillard Park, Cape Town, Western Cape 56603' }))).toHaveLength(1);
    expect(placeholderResults(call({}, { address: '5243 Bulah Cliff, Munich, Bavaria 27274' }))).toHaveLength(1);
    expect(placeholderResults(call({}, { address: '12 Bree Street, Cape Town 8001' }))).toEqual([]);
    expect(placeholderResults(call({}, { address: 'Hauptstraße 12, 80331 Munich' }))).toEqual([]);
    expect(placeholderResults(call({}, { address: '143 Huels Field, Boston, MA 02108' }))).toEqual([]);
  });

  it('passes real values and the schema’s own enum words', () => {
    const data = {
      email: 'angela.augusta@gmail.com',
      line1: 'Rue de la République 12',
      lat: '45.764',
      note: 'Sample A was taken at 08:30',
    };
    expect(placeholderResults(call({}, data))).toEqual([]);
    const parameters = { properties: { type: { type: 'string', enum: ['string', 'number'] } } };
    expect(placeholderArguments(call({ type: 'string', city: 'Lyon' }, {}), parameters)).toEqual([]);
  });
});
