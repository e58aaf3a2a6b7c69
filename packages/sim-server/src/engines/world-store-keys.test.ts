import { describe, expect, it } from 'vitest';
import { storeKeys } from './world-store-keys.js';

const valid = () => true;

describe('storeKeys', () => {
  it('lists the keys a session replaced and read, without the removed, per store', () => {
    const memory = new Map<string, Record<string, unknown>>();
    storeKeys({ status: 'replaced' }, { key: 'marathon', value: 'Berlin' }, 'archival_memory_replace', memory, valid);
    const first = storeKeys({ keys: ['allergies', 'cuisine'] }, {}, 'archival_memory_list_keys', memory, valid);
    expect(first['keys']).toEqual(['allergies', 'cuisine', 'marathon']);
    storeKeys({ status: 'removed' }, { key: 'cuisine' }, 'archival_memory_remove', memory, valid);
    const again = storeKeys({ keys: ['pets'] }, {}, 'archival_memory_list_keys', memory, valid);
    expect(again['keys']).toEqual(['allergies', 'marathon']);
    const core = storeKeys({ keys: ['birthday'] }, {}, 'core_memory_list_keys', memory, valid);
    expect(core['keys']).toEqual(['birthday']);
  });

  it('leaves a search and a tool of no store as they are', () => {
    const memory = new Map<string, Record<string, unknown>>();
    expect(storeKeys({ keys: ['a'] }, { query: 'x' }, 'archival_memory_list_keys', memory, valid)).toEqual({ keys: ['a'] });
    expect(storeKeys({ keys: ['a'] }, {}, 'list_keys', memory, valid)).toEqual({ keys: ['a'] });
  });
});
