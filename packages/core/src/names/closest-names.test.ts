import { describe, expect, it } from 'vitest';
import { closestNames, editDistance } from './closest-names.js';

describe('closestNames: short "did you mean" hints', () => {
  const tools = ['get_current_weather', 'get_forecast', 'create_order', 'list_orders', 'cancel_order', 'service_status'];

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('finds misspellings, other casing and a word more or less, closest first', () => {
    expect(closestNames('get_weather', tools)).toEqual(['get_current_weather']);
    expect(closestNames('creat_order', tools)[0]).toBe('create_order');
    expect(closestNames('ListOrders', tools)[0]).toBe('list_orders');
    expect(closestNames('cancel_orders', tools)).toContain('cancel_order');
  });

  it('suggests nothing when nothing is close, and never more than the limit', () => {
    expect(closestNames('send_fax', tools)).toEqual([]);
    const many = Array.from({ length: 1303 }, (_, index) => `get_order_${index}`);
    expect(closestNames('get_order', many, 3)).toHaveLength(3);
  });
});
