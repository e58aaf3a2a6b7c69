import { describe, expect, it } from 'vitest';
import { garbledAnswer } from './answer-garble.js';
import type { ReviewedCall } from './conversation.js';

const call = (args: Record<string, unknown>, data: unknown): ReviewedCall => ({
  id: 'c1',
  chatName: 'tool',
  arguments: args,
  result: JSON.stringify(data),
  data,
  isError: false,
  rejected: false,
  turn: 0,
  step: 0,
});

describe('garbledAnswer', () => {
  const paged = call({}, { curated_lists: [{ title: 'Morning Commute' }], has_next: true, total: 25 });

  it('paging plumbing stated as a fact', () => {
    expect(garbledAnswer('Morning Commute has next and a total of 25 and does not have previous.', [paged])).toMatch(/plumbing/);
    expect(garbledAnswer('One result matches. The filter is failed.', [paged])).toMatch(/plumbing/);
    expect(garbledAnswer('Boots has 2 total elements, 1 total page and a page of 1.', [paged])).toMatch(/plumbing/);
    expect(garbledAnswer('I got back 2 curated lists: Morning Commute and Bookish Picks.', [paged])).toBeUndefined();
  });

  it('an empty list said as "none"', () => {
    const data = call({}, { accounts: [], status: 'ER' });
    expect(garbledAnswer('Its status is ER and its accounts are none.', [data])).toMatch(/empty list/);
    expect(garbledAnswer('Its status is ER; it has no accounts.', [data])).toBeUndefined();
  });

  it("the result's keys counted as entries", () => {
    const data = call(
      {},
      { ParallelDataProperties: { Name: 'prod' }, DataLocation: { Location: 'x' }, AuxiliaryDataLocation: { Location: 'y' } },
    );
    expect(garbledAnswer('In all there are 3 entries: prod, DataLocation and AuxiliaryDataLocation.', [data])).toMatch(/keys/);
    expect(garbledAnswer('In all there are 2 entries: Portland and Buenos Aires.', [data])).toBeUndefined();
  });

  it('a share counted as things, or over 100%', () => {
    const data = call({ units: 'I' }, { data: [{ clouds: 97, temp: 60 }] });
    expect(garbledAnswer('Seattle has 97 clouds and a temperature of 60 °F.', [data])).toMatch(/share as things/);
    expect(garbledAnswer('The cloud cover is 132% and the temperature is 60 °F.', [data])).toMatch(/impossible share/);
    expect(garbledAnswer('The cloud cover is 97% and the temperature is 60 °F.', [data])).toBeUndefined();
  });

  it('a temperature without the unit the call asked for', () => {
    const asked = call({ units: 'I' }, { data: [{ temp: 19.6 }] });
    expect(garbledAnswer('For Seattle, the temperature is 19.6.', [asked])).toMatch(/unit the request asked for/);
    expect(garbledAnswer('For Seattle, the temperature is 19.6 °F.', [asked])).toBeUndefined();
    expect(garbledAnswer('For Seattle, the temperature is 15.7 K.', [asked])).toBeUndefined();
    // no units asked: a bare number is all the result gives
    const plain = call({ city: 'Seattle' }, { data: [{ temp: 19.6 }] });
    expect(garbledAnswer('For Seattle, the temperature is 19.6.', [plain])).toBeUndefined();
  });

  it('a ratio returned in percent said without "%"', () => {
    const roa = call({ net_income: 137110, total_assets: 48981042 }, { return_on_assets: 0.28 });
    expect(garbledAnswer('The return on assets is 0.28.', [roa])).toMatch(/percent/);
    expect(garbledAnswer('The return on assets is 0.28%.', [roa])).toBeUndefined();
    const quotient = call({ net_income: 137110, total_assets: 48981042 }, { return_on_assets: 0.0028 });
    expect(garbledAnswer('The return on assets is 0.0028.', [quotient])).toBeUndefined();
  });
});
