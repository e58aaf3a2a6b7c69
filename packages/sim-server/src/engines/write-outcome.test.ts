import { describe, expect, it } from 'vitest';
import { doneOutcome, doneState } from './write-outcome.js';

const status = (values: string[]) => ({ type: 'object', properties: { status: { allOf: [{ type: 'string', enum: values }] } } });

describe('a create or delete that answers went through', () => {
  it('takes the state of a record made or removed, keeping a drawn one that already says so', () => {
    expect(doneState('RJ', ['CR', 'ID', 'LN', 'RJ', 'ER'], 'create')).toBe('CR');
    expect(doneState('PENDING', ['CANCELLED', 'PENDING', 'ACCEPTED'], 'create')).toBe('ACCEPTED');
    expect(doneState('active', ['created', 'active'], 'create')).toBe('active');
    expect(doneState('in review', ['deleted', 'in review'], 'delete')).toBe('deleted');
  });

  it('where the enum has no such state, leaves a waiting one and replaces only a refusal', () => {
    expect(doneState('in review', ['found', 'in review', 'rejected'], 'create')).toBe('in review');
    expect(doneState('rejected', ['found', 'in review', 'rejected'], 'create')).toBe('found');
  });

  it('sets done flags true, in a data envelope too, and leaves a created record undeleted', () => {
    expect(doneOutcome({ id: '1', available: false, deleted: false }, undefined, 'create')).toEqual({
      id: '1',
      available: true,
      deleted: false,
    });
    expect(doneOutcome({ data: { status: 'ER' } }, { properties: { data: status(['CR', 'ER']) } }, 'create')).toEqual({
      data: { status: 'CR' },
    });
    const same = { status: 'CR' };
    expect(doneOutcome(same, status(['CR', 'RJ']), 'create')).toBe(same);
  });
});
