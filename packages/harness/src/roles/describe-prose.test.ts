import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';
import { describeTurn } from './describe-turn.js';

/** Answers said as prose about what was asked, not as a form filled from field names. */
describe('describeResult: the subject is what was asked about', () => {
  it('a read record with its own serial beside the id the call sent is named by the sent id', () => {
    const result = { id: '2074791', order_id: '8381930', status: 'placed', item_count: 5, total: 116.42, currency: 'USD' };
    const text = describeResult(outcome('get_order', { order_id: '8381930' }, result));
    expect(text).toMatch(/^The order 8381930 is placed/);
    expect(text).not.toContain('2074791');
  });

  it('a read names no record by an id nobody gave: never "the record 2051117"', () => {
    const text = describeResult({
      ...outcome(
        'gsi_besthour',
        { timeframe: 24, hours: 10 },
        { id: '2051117', best_hour: '2025-10-26T04:39:00Z', timeframe: 24, hours: 10 },
      ),
      request: 'Can you get me the best hour in the next 24 hours for 10 hours?',
    });
    expect(text).toMatch(/the best hour is 2025-10-26 04:39 UTC/i);
    expect(text).not.toMatch(/record|2051117/);
  });

  it('an analysis is "the enrichment analysis", not "the enrichment analysis 8732224"', () => {
    const text = describeResult({
      request: 'Pull up the enrichment analysis for targets ENSG00000169174 and ENSG00000232810 with p-value 0.001.',
      ...outcome(
        'post_enrichment_target',
        { body: '{"target":["ENSG00000169174","ENSG00000232810"],"pvalue":0.001,"size":20}' },
        { id: '8732224', pathway: 'Apoptosis', p_value: 0.001, genes_in_pathway: 11, created_at: '2025-08-11T16:15:00.000Z' },
        'Enrichment analysis. Returns an enrichment analysis for a list of targets passed in the body',
      ),
    });
    expect(text).toMatch(/enrichment analysis/i);
    expect(text).toMatch(/11 genes in the pathway/);
    expect(text).not.toMatch(/8732224/);
  });

  it('the id the call sent still names the record; a made record keeps its new id', () => {
    const read = describeResult(outcome('get_job', { job_id: '9581933' }, { job_id: '9581933', status: 'stopped', progress: 40 }));
    expect(read).toMatch(/9581933/);
    const made = describeResult({
      ...outcome('quittung_create', { email: 'ana@example.com' }, { id: '2649885', status: 'created', email: 'ana@example.com' }),
      request: 'Please create a receipt with email ana@example.com.',
    });
    expect(made).toMatch(/I (have )?created the receipt 2649885|created the receipt \(id 2649885/);
    expect(made).not.toMatch(/the record/);
  });

  it('a region code the call sent is no name: the podcasts are told, not "Us has a total of 325"', () => {
    const text = describeResult({
      ...outcome(
        'get_best_podcasts',
        { region: 'us' },
        {
          id: 95,
          name: 'us',
          total: 325,
          podcasts: [
            { id: 'a1', title: 'Star Wars 7x7', listen_score: 57 },
            { id: 'b2', title: 'The Daily', listen_score: 50 },
          ],
        },
      ),
      request: 'Show me the best podcasts for region us.',
    });
    expect(text).toMatch(/Star Wars 7x7/);
    expect(text).toMatch(/The Daily/);
    expect(text).not.toMatch(/\bUs\b/);
  });
});

describe('describeResult: a field said by what it means', () => {
  it('a key ending in a preposition or an adjective: "the access is valid for 90 days"', () => {
    const text = describeResult(
      outcome(
        'get_agreement',
        { agreement_id: 'a1' },
        { id: 'a1', access_valid_for_days: 90, max_historical_days: 3, institution: 'Revolut' },
      ),
    );
    expect(text).toMatch(/access is valid for 90 days/);
    expect(text).toMatch(/maximum historical period is 3 days/);
    expect(text).not.toMatch(/valid for is|historical is/);
  });

  it('an adjective count is no plural noun; a hedged flag is left out; a word with a suffix stays one word', () => {
    const review = describeResult(
      outcome('get_review', { review_id: 'r1' }, { id: 'r1', title: 'Good value', rating: 5, helpfulCount: 50, unhelpfulCount: 20 }),
    );
    expect(review).not.toMatch(/helpfuls/);
    expect(review).toMatch(/helpful count/);
    const episode = describeResult(
      outcome('get_episode', { id: 'e1' }, { id: 'e1', title: 'Why We Procrastinate', maybe_audio_invalid: false, audio_length_sec: 567 }),
    );
    expect(episode).not.toMatch(/maybe/);
    expect(episode).toMatch(/9 minutes 27 seconds/);
    const hotel = describeResult(outcome('get_hotel', { hotel_id: 'h1' }, { id: 'h1', name: 'The Savoy', contractable: true, rooms: 25 }));
    expect(hotel).not.toMatch(/contract able/);
  });

  it('a phrasal participle with its moment reads as a verb: "was carried out on …"', () => {
    const text = describeResult(
      outcome(
        'verify_control',
        { cmd: 'trigger_next_event', request_id: 'd8c1cfa23975dfd1afabc7d5effd79b9' },
        { id: '1566058', status: 'successful', carried_out_at: '2025-06-29T18:44:00Z', cmd: 'trigger_next_event' },
      ),
    );
    expect(text).toMatch(/was carried out on 2025-06-29 18:44 UTC/);
    expect(text).not.toMatch(/1566058/);
  });

  it('a weather call with `unitGroup` says its temperatures and speeds with their units', () => {
    const text = describeResult(
      outcome('get_weather', { location: 'London,UK', unitGroup: 'metric' }, { temperature: 14.3, conditions: 'rain', wind_speed: 35 }),
    );
    expect(text).toMatch(/14\.3 °C/);
    expect(text).toMatch(/35 m\/s/);
  });
});

describe('describeResult: the items the user searched for come first', () => {
  it('a typeahead for "star wars" tells the podcasts found, not the genres beside them', () => {
    const text = describeResult({
      ...outcome(
        'typeahead',
        { q: 'star wars', safe_mode: 0 },
        {
          genres: [
            { id: 93, name: 'Business', parent_id: 95 },
            { id: 88117, name: 'Business guide', parent_id: 38708 },
          ],
          podcasts: [
            { id: 'e9e1', title_original: 'Star Wars 7x7', publisher_original: 'Star Wars Daily' },
            { id: '4d3f', title_original: 'Star Wars Explained', publisher_original: 'Alex and Mike' },
          ],
          terms: ['star wars'],
        },
      ),
      request: 'Get me the typeahead search for "star wars".',
    });
    expect(text).toMatch(/2 podcasts/);
    expect(text).toMatch(/Star Wars 7x7/);
    expect(text).not.toMatch(/Business/);
  });
});

describe('describeTurn: a code looked up is said by what it names', () => {
  it('"ECO_0000131 is sequence similarity evidence", never "the ontology is ECO" for each', () => {
    const eco = (id: string, label: string) => ({
      ...outcome('get_eco_by_id', { ECO_ID: id }, { id, label, ontology: 'ECO' }),
      request: 'Please get evidence code with ECO ID ECO_0000131 and ECO_0000352.',
    });
    const text = describeTurn([
      eco('ECO_0000131', 'sequence similarity evidence'),
      eco('ECO_0000352', 'author statement supported by traceable reference'),
    ]);
    expect(text).toMatch(/ECO_0000131 is sequence similarity evidence/);
    expect(text).toMatch(/ECO_0000352 is “author statement supported by traceable reference”/);
    expect(text).not.toMatch(/ontology is ECO|For eco ID/);
  });
});

describe('describeTurn: identifiers are said digit for digit', () => {
  it('an order number and a phone number are never grouped like amounts; an amount still is', () => {
    const order = describeTurn([
      outcome('get_order', { order_id: 96384 }, { order_id: 96384, status: 'shipped', total: 12500.5, customer_phone: 447098974970 }),
    ]);
    expect(order).toContain('96384');
    expect(order).toContain('447098974970');
    expect(order).not.toMatch(/96,384|447,098/);
    const sms = describeTurn([outcome('send_sms', { destination: 447098974970 }, { status: 'sent', cost_units: 12500 })]);
    expect(sms).toContain('12,500');
  });
});
