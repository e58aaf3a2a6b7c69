import { describe, expect, it } from 'vitest';
import { sameStoreArc, type Arc } from './story-arcs.js';
import { roleOf } from './tool-roles.js';
import type { IndexedTool } from './tool-index.js';

const tool = (name: string, description: string, properties: Record<string, unknown> = {}): IndexedTool => ({
  spec: { name, description, inputSchema: { type: 'object', properties, required: Object.keys(properties) } },
  domain: 'd',
  category: 'c',
  server: 'memory',
});
const key = { key: { type: 'string' } };
const MEMORY = [
  tool('core_memory_retrieve_all', 'Retrieve all key-value pairs from the short-term memory.'),
  tool('core_memory_retrieve', 'Retrieve the value associated with a key from the short-term memory.', key),
  tool('archival_memory_list_keys', 'List all keys in the long-term memory.'),
  tool('archival_memory_retrieve', 'Retrieve the value associated with a key from the long-term memory.', key),
].map(roleOf);
const role = (name: string) => MEMORY.find((one) => one.tool.spec.name === name) as (typeof MEMORY)[number];

describe('sameStoreArc: a value read from one store is used with that store', () => {
  it('reads a core-memory key back with the core-memory tool, never the archival one', () => {
    const arc: Arc = [
      { role: role('core_memory_retrieve_all') },
      { role: role('archival_memory_retrieve'), from: { step: 0, parameter: 'key', field: 'key' } },
    ];
    expect(sameStoreArc(arc, MEMORY).map((step) => step.role.tool.spec.name)).toEqual(['core_memory_retrieve_all', 'core_memory_retrieve']);
  });

  it('keeps a step of the same store, and one whose store has no namesake', () => {
    const same: Arc = [
      { role: role('archival_memory_list_keys') },
      { role: role('archival_memory_retrieve'), from: { step: 0, parameter: 'key', field: 'keys' } },
    ];
    expect(sameStoreArc(same, MEMORY)).toEqual(same);
    const alone = [role('archival_memory_list_keys'), role('core_memory_retrieve')];
    const arc: Arc = [
      { role: role('archival_memory_list_keys') },
      { role: role('core_memory_retrieve'), from: { step: 0, parameter: 'key', field: 'keys' } },
    ];
    expect(sameStoreArc(arc, alone)).toEqual(arc);
  });
});
