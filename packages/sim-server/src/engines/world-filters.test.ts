import { describe, expect, it } from 'vitest';
import { listFilters, matchesFilter } from './world-filters.js';

const schema = { type: 'object', properties: { country: { type: 'string' }, deaths: { type: 'integer' }, latitude: { type: 'number' } } };
const nouns = 'get_latest_country_data_by_name'.split('_');
const filtersOf = (args: Record<string, unknown>, words: string[]) =>
  listFilters(
    args,
    schema,
    () => true,
    () => undefined,
    words,
  );

describe('a name asked of a tool named for the thing', () => {
  it('binds a name to the field of the thing the tool is named for, so only matches are listed', () => {
    const [filter] = filtersOf({ name: 'Germany' }, nouns);
    expect(filter?.field).toBe('country');
    expect(matchesFilter({ country: 'Germany', deaths: 37 }, filter!)).toBe(true);
    expect(matchesFilter({ country: 'Japan', deaths: 22 }, filter!)).toBe(false);
  });

  it('leaves a name unbound on a tool named for another thing', () => {
    expect(filtersOf({ name: 'Germany' }, 'get_latest_data_by_name'.split('_'))[0]?.field).toBeUndefined();
  });
});
