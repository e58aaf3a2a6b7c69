import { describe, expect, it } from 'vitest';
import { rowsOfNamedThing } from './world-named-rows.js';

type Json = Record<string, unknown>;
const rows = (): Json[] => [
  { country: 'Japan', deaths: 22 },
  { country: 'Germany', deaths: 37 },
  { country: 'United States', deaths: 39 },
];

describe('a thing asked by its name', () => {
  it('lists only the rows of the name asked, or one row taking it', () => {
    const found: Json = { items: rows() };
    rowsOfNamedThing(found, { name: 'Germany' }, 'get_latest_country_data_by_name');
    expect(found['items']).toEqual([{ country: 'Germany', deaths: 37 }]);
    const missing: Json = { items: rows() };
    rowsOfNamedThing(missing, { name: 'Sweden' }, 'getLatestCountryDataByName');
    expect(missing['items']).toEqual([{ country: 'Sweden', deaths: 22 }]);
  });

  it('leaves lists of a tool not named for the field alone', () => {
    const other: Json = { items: rows() };
    rowsOfNamedThing(other, { name: 'Germany' }, 'get_latest_all_data');
    expect(other['items']).toHaveLength(3);
  });
});
