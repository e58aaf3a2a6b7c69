import { describe, expect, it } from 'vitest';
import { idKeys } from './record-projection.js';

const filter = { type: 'object', properties: { name: { type: 'string' }, type: { type: 'string' }, multiValue: { type: 'boolean' } } };

describe('idKeys', () => {
  it("a read by the entity's name (`filterName`) keys the record's `name`", () => {
    expect(idKeys(filter, 'filterName', 'filter')).toEqual(['name']);
    expect(idKeys({ type: 'object', properties: { key: {}, title: {} } }, 'articleKey', 'article')).toEqual(['key']);
  });

  it("another entity's name keys nothing", () => {
    expect(idKeys(filter, 'brandName', 'filter')).toEqual([]);
    expect(idKeys(filter, 'userName', 'user')).toEqual([]);
  });
});
