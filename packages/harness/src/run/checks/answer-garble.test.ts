import { describe, expect, it } from 'vitest';
import { formAnswer, garbledAnswer } from './answer-garble.js';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import type { ReviewedCall } from './conversation.js';

const call = (args: Record<string, unknown>, data: unknown) => reviewedCall('tool', args, data);

describe('garbledAnswer', () => {
  const paged = call({}, { curated_lists: [{ title: 'Morning Commute' }], has_next: true, total: 25 });

  it('an article that does not fit letters said by name', () => {
    const expression = call({ gene: 'ENSG00000169174' }, { rna_value: 87.66 });
    expect(garbledAnswer('The tissue is breast, with a RNA value of 87.66 TPM.', [expression])).toMatch(/a RNA/);
    expect(garbledAnswer('The tissue is breast, with an RNA value of 87.66 TPM.', [expression])).toBeUndefined();
  });

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

describe('formAnswer: an answer that reads like a form', () => {
  const named = (name: string, args: Record<string, unknown>, data: unknown): ReviewedCall => ({ ...call(args, data), chatName: name });

  it('a record named by an id nobody gave fails; the thing asked about, a sent id or a new one passes', () => {
    const best = named('gsi_besthour', { timeframe: 24, hours: 10 }, { id: '2051117', best_hour: '2025-10-26T04:39:00Z' });
    expect(formAnswer('For the record 2051117, the best hour is 2025-10-26 04:39 UTC.', [best])).toMatch(/id nobody asked/);
    expect(formAnswer('The best hour is 2025-10-26 04:39 UTC.', [best])).toBeUndefined();
    const analysis = named('post_enrichment_target', { body: '{"target":["ENSG1"]}' }, { id: '8732224', genes_in_pathway: 11 });
    expect(formAnswer('The enrichment analysis 8732224 has 11 genes in the pathway.', [analysis])).toMatch(/id nobody asked/);
    expect(formAnswer('The enrichment analysis has 11 genes in the pathway.', [analysis])).toBeUndefined();
    const job = named('get_job', { job_id: '9581933' }, { job_id: '9581933', status: 'STOPPED' });
    expect(formAnswer('As for the job 9581933, it has stopped.', [job])).toBeUndefined();
    const made = named('quittung_create', { email: 'a@b.com' }, { id: '2649885' });
    expect(formAnswer('I created the receipt 2649885.', [made])).toBeUndefined();
    expect(formAnswer('I created the record 2649885.', [made])).toMatch(/id nobody asked/);
    const tweet = named('post_tweet', { content: 'Grants are open.' }, { id: 62814, content: 'Grants are open.' });
    expect(formAnswer('Done: I created the tweet 62814.', [tweet])).toBeUndefined();
    const batch = named('post_batch_any', { body: [{ content: 'Hi' }] }, { batchid: '7656256', status: 'completed' });
    expect(formAnswer('The batch 7656256 is completed.', [batch])).toBeUndefined();
    // An amount is no id: "The converted amount is 12641.32 JPY".
    expect(formAnswer('The converted amount 12641.32 JPY came back.', [best])).toBeUndefined();
  });

  it('field names read as words fail; the same facts in words pass', () => {
    const data = call({ id: 'e1' }, { id: 'e1' });
    expect(formAnswer('Why We Procrastinate is not maybe audio invalid and has an audio length of 567 seconds.', [data])).toMatch(
      /field name/,
    );
    expect(formAnswer('Why We Procrastinate is not explicit content and has an audio length of 567 seconds.', [data])).toBeUndefined();
    expect(formAnswer('“Good value” (50 helpfuls, 20 unhelpfuls).', [data])).toMatch(/field name/);
    expect(formAnswer('“Good value” (helpful count 50, unhelpful count 20).', [data])).toBeUndefined();
    expect(formAnswer('The recipe takes 3 handfuls of flour.', [data])).toBeUndefined();
    expect(formAnswer('Its access valid for is 90 days and its maximum historical is 3 days.', [data])).toMatch(/field name/);
    expect(formAnswer('The maximum historical is 3 days.', [data])).toMatch(/field name/);
    expect(formAnswer('Its access is valid for 90 days and its maximum historical period is 3 days.', [data])).toBeUndefined();
    expect(formAnswer('The Savoy is contract able and has 25 rooms.', [data])).toMatch(/field name/);
    expect(formAnswer('The Savoy is contractable and has 25 rooms; the guest is still able to cancel.', [data])).toBeUndefined();
  });

  it('a code the call sent, capitalised as a name, fails; the pronoun "It" for a sent "it" passes', () => {
    const region = call({ region: 'us' }, { name: 'us', total: 325 });
    expect(formAnswer('Us has a total of 325.', [region])).toMatch(/code the call sent/);
    expect(formAnswer('I found 2 podcasts: Star Wars 7x7 and The Daily.', [region])).toBeUndefined();
    const italian = call({ language: 'it' }, { episodes: 3 });
    expect(formAnswer('It has 3 episodes.', [italian])).toBeUndefined();
  });

  it('is part of garbledAnswer, so the final_answer check rejects it', () => {
    expect(garbledAnswer('Us has a total of 325.', [call({ region: 'us' }, { name: 'us', total: 325 })])).toMatch(/code the call sent/);
  });

  it('a mass noun counted as things', () => {
    const data = call({}, [{ id: 1 }, { id: 2 }]);
    expect(formAnswer('There are 2 data: 4014847 and 4014848.', [data])).toMatch(/mass noun/);
    expect(formAnswer('I got 2 qualities back for Denver.', [data])).toMatch(/mass noun/);
    expect(formAnswer('These are 3 order histories: A, B and C.', [data])).toMatch(/mass noun/);
    expect(formAnswer('There are 2 records: 4014847 and 4014848.', [data])).toBeUndefined();
    expect(formAnswer('I found 3 order history records and 2 data points.', [data])).toBeUndefined();
    expect(formAnswer('At 18, data shows a rise.', [data])).toBeUndefined();
  });

  it("a request introduced by its argument's key", () => {
    const data = call({ hours: 17 }, { forecast: [] });
    expect(formAnswer('Both came back. For hours 17: the forecast is sunny.', [data])).toMatch(/argument's key/);
    expect(formAnswer('For weight kg 22.5, the cooking time is 98 minutes.', [data])).toMatch(/argument's key/);
    expect(formAnswer('For number 330.38: the rounded value is 330.', [data])).toMatch(/argument's key/);
    expect(formAnswer('For principal 250,000 and interest rate 7.21: the final amount is 1,006,111 USD.', [data])).toMatch(
      /argument's key/,
    );
    expect(formAnswer('Both came back. For 17 hours: the forecast is sunny.', [data])).toBeUndefined();
    expect(formAnswer('For 22.5 kg, the cooking time is 98 minutes.', [data])).toBeUndefined();
    expect(formAnswer('For a principal of 250,000: the final amount is 1,006,111 USD.', [data])).toBeUndefined();
    expect(formAnswer('For key 6850054, the value is “Prefers window seats”.', [data])).toBeUndefined();
    expect(formAnswer('For zip 94103: it is sunny. For order number 12345, it shipped.', [data])).toBeUndefined();
  });
});

describe('garbledAnswer: stamps and nameless items', () => {
  const hourly = call({ city_id: 54150 }, { data: [{ datetime: '2025-05-25:16', temp: 55.2 }] });

  it('rejects a raw timestamp read out as written, passes it said as a time', () => {
    expect(garbledAnswer('For Seattle: at 2025-05-25:16: temperature 55.2 °F.', [hourly])).toMatch(/raw timestamp/);
    expect(garbledAnswer('It was created at 2025-05-25T16:00:00Z.', [hourly])).toMatch(/raw timestamp/);
    expect(garbledAnswer('For Seattle: at 2025-05-25 16:00: temperature 55.2 °F.', [hourly])).toBeUndefined();
    expect(garbledAnswer('At 2025-06-24: a patent case, settled.', [hourly])).toBeUndefined();
  });

  it('rejects results told by their place alone or under a sentence as a label', () => {
    const tariffs = call({ zipcode: '98101' }, { items: [{ ap: 28 }, { ap: 94 }, { ap: 25 }] });
    expect(garbledAnswer('The second request (There are 3 results): the first, the second and the third.', [tariffs])).toMatch(
      /place or by a sentence/,
    );
    expect(garbledAnswer('The second request (the service returned 2 results): the first and the second.', [tariffs])).toMatch(
      /place or by a sentence/,
    );
    expect(garbledAnswer('For ZIP code 98101: 3 tariffs, with working prices 28, 94 and 25.', [tariffs])).toBeUndefined();
  });
});

describe('garbledAnswer: requests named by their place', () => {
  it('rejects "The second request" when the calls asked different things, passes it for the same call twice', () => {
    const hot = call({ celsius: 81.63 }, { converted_value: 178.93 });
    const warm = call({ celsius: 44.71 }, { converted_value: 112.48 });
    expect(garbledAnswer('The first request: 178.93 °F. The second request: 112.48 °F.', [hot, warm])).toMatch(/by its place/);
    expect(garbledAnswer('For 81.63 °C: 178.93 °F. For 44.71 °C: 112.48 °F.', [hot, warm])).toBeUndefined();
    expect(garbledAnswer('The first request: 178.93 °F. The second request returned the same.', [hot, hot])).toBeUndefined();
  });
});

describe('garbledAnswer: plural-only keys', () => {
  it('rejects "its hour is 10:00-17:00", passes "its hours are"', () => {
    const museum = call({ museum_name: 'British Museum' }, { hours: '10:00-17:00' });
    expect(garbledAnswer('British Museum is open; its hour is 10:00-17:00.', [museum])).toMatch(/plural-only/);
    expect(garbledAnswer('British Museum is open; its hours are 10:00-17:00.', [museum])).toBeUndefined();
  });
});
