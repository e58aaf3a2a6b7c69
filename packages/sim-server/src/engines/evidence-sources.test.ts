import { describe, expect, it } from 'vitest';
import { evidenceTypeClash } from './evidence-sources.js';

describe('evidenceTypeClash', () => {
  it('flags a datatype its datasource does not measure, and only then', () => {
    expect(evidenceTypeClash('chembl', 'somatic_mutation')).toBe(true);
    expect(evidenceTypeClash('eva', 'genetic_association')).toBe(false);
    expect(evidenceTypeClash('unknown_source', 'literature')).toBe(false);
    expect(evidenceTypeClash('chembl', undefined)).toBe(false);
  });
  it('reads a wider table when given one', () => {
    expect(evidenceTypeClash('reactome', 'literature')).toBe(false);
    expect(evidenceTypeClash('reactome', 'literature', { reactome: 'affected_pathway' })).toBe(true);
  });
});
