import { describe, expect, it } from 'vitest';
import { idKeys, locateRecord } from './record-projection.js';

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

describe('locateRecord', () => {
  it("finds a record wrapped in its details object (AWS's `TextTranslationJobProperties`), through allOf", () => {
    const job = { allOf: [{ type: 'object', properties: { JobId: { type: 'string' }, JobName: { type: 'string' } } }] };
    const schema = { type: 'object', properties: { TextTranslationJobProperties: job } };
    expect(locateRecord(schema, false, 'job')).toMatchObject({ path: ['TextTranslationJobProperties'], many: false });
    // another wrapper that names no details of the record stays the record's own field
    const other = { type: 'object', properties: { Owner: job, JobId: { type: 'string' } } };
    expect(locateRecord(other, false, 'job')?.path).toEqual([]);
  });
});
