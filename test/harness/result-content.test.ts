import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../support/reviewed-calls.js';
import { implausibleContent } from '../../packages/harness/src/run/checks/result-content.js';

/** The examples are from accepted demo records a reviewer would not keep (`node packages/harness/dist/cli.js demo`), cut to what matters. */
describe('results_plausible: values a domain expert would not believe', () => {
  it('flags counts beyond what exists and an instant among counts', () => {
    const metrics = call('get_data_metrics', {}, { gene_count: 2_410_579, evidence_count: 1_807_359 });
    expect(implausibleContent(metrics)).toEqual(['get_data_metrics: gene_count 2410579 is more genes than exist']);
    const week = call('get_metrics', {}, { numAPIs: 10, thisWeek: { added: 17, updated: 1_761_431_880 } });
    expect(implausibleContent(week)).toEqual(['get_metrics: updated 1761431880 is an instant among counts']);
    const fine = call('get_metrics', {}, { gene_count: 62_000, thisWeek: { added: 17, updated: 4 }, updated: 1_761_431_880 });
    expect(implausibleContent(fine)).toEqual([]);
  });

  it('flags a file size its type never has', () => {
    const lookup = call('get_lookup_sha256', {}, { file_name: 'kernel32.dll', file_size: 69_282_998, verdict: 'known-good' });
    expect(implausibleContent(lookup)).toEqual(['get_lookup_sha256: kernel32.dll of 69282998 bytes']);
    expect(implausibleContent(call('get_lookup_sha256', {}, { file_name: 'setup.exe', file_size: 69_282_998 }))).toEqual([]);
  });

  it('flags ids outside their ontology, a gene recorded as a disease and evidence typed apart from its source', () => {
    const hits = call(
      'post_best_hit_search',
      {},
      { items: [{ id: '6303756', name: 'breast cancer', entity_type: 'disease', score: 0.15 }] },
    );
    expect(implausibleContent(hits)).toEqual(['post_best_hit_search: disease breast cancer has id 6303756, not an ontology id']);
    const gene = call('post_best_hit_search', {}, { items: [{ id: 'EFO_8740720', name: 'BRCA1', entity_type: 'target' }] });
    expect(implausibleContent(gene)).toEqual(['post_best_hit_search: target BRCA1 has the disease ontology id EFO_8740720']);
    const search = call('get_search', { q: 'APOE' }, { name: 'APOE', ontology: 'EFO', associated_targets: 47 });
    expect(implausibleContent(search)).toEqual(['get_search: gene APOE recorded as a disease']);
    const association = call(
      'get_association_filter',
      {},
      { items: [{ target_symbol: 'TNF', datasource: 'cancer_gene_census', datatype: 'known_drug' }] },
    );
    expect(implausibleContent(association)).toEqual(['get_association_filter: evidence from cancer_gene_census typed known_drug']);
    const good = call(
      'get_association_filter',
      {},
      { items: [{ id: 'EFO_0000305', entity_type: 'disease', datasource: 'chembl', datatype: 'known_drug' }] },
    );
    expect(implausibleContent(good)).toEqual([]);
  });

  it('flags a P-256 signature in hex and signed data that is a sentence', () => {
    const key = '-----BEGIN PUBLIC KEY-----MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQVYgt6QtWBPz-----END PUBLIC KEY-----';
    const tse = call(
      'quittung_tse',
      {},
      {
        publickey: key,
        raw: Buffer.from('Green energy share above average for the region this hour.').toString('base64'),
        signature: 'a05e5ef9d6e0b224fe4db1c3c43f40c1a3bee1d0ddd66cebffdc40ff73ef1dbe',
      },
    );
    expect(implausibleContent(tse)).toHaveLength(2);
    const signed = call(
      'quittung_tse',
      {},
      { publickey: key, raw: '{"receipt":"Q-1"}', signature: Buffer.alloc(64, 7).toString('base64') },
    );
    expect(implausibleContent(signed)).toEqual([]);
  });

  it('flags a tier word given as the kind of a thing with kinds of its own, sent or answered', () => {
    const sent = call('cell_biology_get_cell_type', { nucleus_count: 20, organism_type: 'business' }, { cell_type: 'eukaryotic' });
    expect(implausibleContent(sent)).toEqual(['cell_biology_get_cell_type: organism_type "business" is no kind of organism']);
    const bill = call('bills_search', {}, { results: [{ actions: [{ classification: ['passage'] }, { classification: ['premium'] }] }] });
    expect(implausibleContent(bill)).toEqual(['bills_search: classification "premium" is no kind of action']);
    const downloads = call('jurisdiction_detail', {}, { downloads: [{ data_type: 'personal' }] });
    expect(implausibleContent(downloads)).toEqual(['jurisdiction_detail: data_type "personal" is no kind of download']);
    // a plan's or a travel class's tier is a kind; a kind of something unknown is left alone
    const plan = call('subscribe', { plan_type: 'premium', travel_class: 'business' }, { account: { type: 'business' } });
    expect(implausibleContent(plan)).toEqual([]);
  });
  it('flags weather no sky makes: percents over 100, min above max, dew above the air, warm snow, no pressure, a jump', () => {
    const warm = {
      temp: 33.8,
      min_temp: 1.4,
      max_temp: 4.6,
      app_min_temp: 34.4,
      app_max_temp: 25,
      rh: 120,
      dewpt: 1,
      snow: 45.3,
      slp: 39.1,
    };
    expect(implausibleContent(call('get_forecast_daily', { units: 'M' }, { data: [warm] }))).toEqual([
      'get_forecast_daily: rh 120 is not a percent',
      'get_forecast_daily: temp 33.8 above max_temp 4.6',
      'get_forecast_daily: app_min_temp 34.4 above app_max_temp 25',
      'get_forecast_daily: snow 45.3 at 33.8°C',
      'get_forecast_daily: slp 39.1 is no air pressure',
    ]);
    const hours = [19.6, -1.5].map((temp) => ({ temp, humidity: 60, dew: temp + 30, pressure: 1370 }));
    const problems = implausibleContent(call('get_timeline', {}, { days: [{ hours }] }));
    expect(problems).toContain('get_timeline: temp 19.6 then -1.5 in the next reading');
    expect(problems).toContain('get_timeline: dew 49.6 above temp 19.6');
    expect(problems).toContain('get_timeline: pressure 1370 is no air pressure');
  });

  it('flags a feels-like 70 degrees from the air and ice pellets in warm air; a wind chill a few degrees below passes', () => {
    const hour = { temperature: 8, humidity: 9, feels_like: 79.02, wind_chill: 96.2, precipitation: { total: 2, type: 'ice pellets' } };
    expect(implausibleContent(call('time_machine_get', { units: 'metric' }, { data: [hour] }))).toEqual([
      'time_machine_get: feels_like 79.02 beside temperature 8',
      'time_machine_get: ice pellets at 8°C',
    ]);
    const storm = { temp: 19.6, rh: 80, uv: 49.63, precip: 218 };
    expect(implausibleContent(call('get_hourly', {}, { data: [storm] }))).toEqual([
      'get_hourly: uv 49.63 is no UV index',
      'get_hourly: precip 218 of rain in one reading',
    ]);
    const fine = { temperature: 8, humidity: 70, feels_like: 5.5, wind_chill: 4, uv: 3, precipitation: { total: 2, type: 'rain' } };
    expect(implausibleContent(call('time_machine_get', { units: 'metric' }, { data: [fine] }))).toEqual([]);
  });

  it('passes coherent weather, reading units from the call', () => {
    const cold = { temp: -2, min_temp: -5, max_temp: 1, rh: 90, clouds: 100, dewpt: -3, snow: 4, slp: 1012, pres: 840 };
    expect(implausibleContent(call('get_forecast_daily', {}, { data: [cold, { ...cold, temp: 0 }] }))).toEqual([]);
    const imperial = { temp: 33, humidity: 80, snow: 1, pressure: 29.92, dew: 30 };
    expect(implausibleContent(call('get_current', { unitGroup: 'us' }, imperial))).toEqual([]);
    expect(implausibleContent(call('get_current', { unitGroup: 'metric' }, imperial))).toEqual([
      'get_current: snow 1 at 33°C',
      'get_current: pressure 29.92 is no air pressure',
    ]);
  });
});
