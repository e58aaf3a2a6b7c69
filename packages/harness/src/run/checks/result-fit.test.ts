import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { inconsistentTotals, missingVersion, resultFitProblems, unsentEchoes } from './result-fit.js';

describe('version_answered', () => {
  it('rejects a version asked that the map of versions leaves out, and a preferred version it does not list', () => {
    const wrong = call('get_api', { provider: 'apis.guru', api: '2.1.0' }, { preferred: 'v1', versions: { v1: {}, '2024-01-01': {} } });
    expect(missingVersion(wrong)).toEqual(['get_api: version 2.1.0 asked, but versions holds only v1, 2024-01-01']);
    const stray = call('list_apis', {}, { preferred: 'v3', versions: { v1: {}, v2: {} } });
    expect(missingVersion(stray)).toEqual(['list_apis: preferred version v3 is none of the versions listed (v1, v2)']);
  });
  it('passes the version asked, and a map that is not of versions', () => {
    expect(missingVersion(call('get_api', { api: '2.1.0' }, { preferred: '2.1.0', versions: { '2.1.0': {}, '2024-01-01': {} } }))).toEqual(
      [],
    );
    expect(missingVersion(call('get_api', { api: '2.1.0' }, { versions: { stable: {}, beta: {} } }))).toEqual([]);
    expect(missingVersion(call('get_release', { version: '2.1.0' }, { name: 'Release 2.1.0' }))).toEqual([]);
  });
});

describe('totals_add_up', () => {
  it('rejects an OBIS total that is not the sum of its tariffs, and a total smaller than its list', () => {
    expect(inconsistentTotals(call('metering_get', {}, { '1.8.0': 6, '1.8.1': 46, '1.8.2': 53 }))).toEqual([
      'metering_get: register 1.8.0 is 6, but its tariffs 1.8.1 + 1.8.2 make 99',
    ]);
    expect(inconsistentTotals(call('list_orders', {}, { items: [{ id: 1 }, { id: 2 }, { id: 3 }], total: 2 }))).toEqual([
      'list_orders: total is 2, but items lists 3',
    ]);
  });
  it('passes registers that add up (to rounding), a total larger than one page, and a count of something else', () => {
    expect(inconsistentTotals(call('metering_get', {}, { '1.8.0': 99.001, '1.8.1': 46, '1.8.2': 53, '2.8.0': 4 }))).toEqual([]);
    expect(inconsistentTotals(call('list_orders', { limit: 2 }, { items: [{ id: 1 }, { id: 2 }], total: 40 }))).toEqual([]);
    expect(inconsistentTotals(call('get_shelf', {}, { books: [{ id: 1 }, { id: 2 }], members: [], count: 1 }))).toEqual([]);
  });
});

describe('arguments_unechoed', () => {
  const properties = {
    target: { type: 'string' },
    size: { type: 'number' },
    from: { type: 'number' },
    search: { type: 'string' },
  };
  it('rejects listed records that hold paging or search arguments the call did not send', () => {
    const echoed = call(
      'get_association_filter',
      { target: 'ENSG00000157764' },
      { items: [{ id: 'a1', target: 'ENSG00000157764', size: 20, from: 0, search: 'asthma' }], total: 1 },
    );
    const conversation = conversationOf([echoed], properties);
    expect(unsentEchoes(echoed, conversation)).toEqual([
      'get_association_filter: its records hold size, from, search, arguments the call did not send',
    ]);
    expect(resultFitProblems(conversation).echoes).toHaveLength(1);
  });
  it('passes paging the response itself reports, arguments the call sent, and fields the tool has no argument for', () => {
    const paged = call('get_association_filter', { target: 'T1', size: 20 }, { items: [{ id: 'a1', size: 20 }], from: 0, total: 1 });
    expect(unsentEchoes(paged, conversationOf([paged], properties))).toEqual([]);
    const shirts = call('list_shirts', {}, { items: [{ id: 's1', size: 'M' }] });
    expect(unsentEchoes(shirts, conversationOf([shirts], { colour: { type: 'string' } }))).toEqual([]);
  });
});
