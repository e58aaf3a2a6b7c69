import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';
import { relationSubject } from './world-relations.js';

type Json = Record<string, unknown>;
const relation = (subject: string, related: string, relatedType: string, relationType: string): Json => ({
  subject,
  related_name: related,
  related_type: relatedType,
  relation_type: relationType,
  score: 0.5,
});
const items = (result: Json): Json[] => result['items'] as Json[];

describe('relations that make sense', () => {
  it("relates a disease to other diseases of its therapeutic area, never to itself or to a gene by 'similar_to'", () => {
    const result = harmonizeResult(
      {
        items: [
          relation('EFO_0000676', 'psoriasis', 'disease', 'part_of'),
          relation('EFO_0000676', 'breast carcinoma', 'disease', 'similar_to'),
          relation('EFO_0000676', 'TP53', 'target', 'similar_to'),
        ],
      },
      { disease: 'EFO_0000676' },
      new Map(),
    );
    const names = items(result).map((item) => item['related_name']);
    expect(new Set(names).size).toBe(3);
    // psoriasis's area (EFO_0000676 is psoriasis), never psoriasis itself nor a cancer
    const area = relationSubject('psoriasis')?.group ?? [];
    expect(area).toContain('rheumatoid arthritis');
    expect(area).not.toContain('breast carcinoma');
    for (const item of items(result)) {
      expect(area).toContain(item['related_name']);
      expect(item['related_name']).not.toBe('psoriasis');
      expect(item).toMatchObject({ related_type: 'disease', relation_type: 'similar_to' });
    }
  });

  it('relates a target to targets of its pathway and keeps a related name that already fits', () => {
    const result = harmonizeResult(
      {
        items: [
          relation('ENSG00000136244', 'JAK2', 'target', 'interacts_with'),
          relation('ENSG00000136244', 'breast carcinoma', 'disease', 'part_of'),
        ],
      },
      { target: 'ENSG00000136244' },
      new Map(),
    );
    expect(items(result)[0]).toMatchObject({ related_name: 'JAK2', related_type: 'target', relation_type: 'interacts_with' });
    expect(['TNF', 'IL17A', 'IL23A', 'STAT3']).toContain(items(result)[1]?.['related_name']);
    expect(items(result)[1]).toMatchObject({ related_type: 'target', relation_type: 'interacts_with' });
  });

  it('relates each subject of a batch in its own group, the same way when read again', () => {
    const make = (): Json => ({
      items: [relation('ENSG00000130203', 'asthma', 'disease', 'similar_to'), relation('EFO_0000305', 'IL6', 'target', 'interacts_with')],
    });
    const args = { body: '{"subject":["ENSG00000130203","EFO_0000305"]}' };
    const once = harmonizeResult(make(), args, new Map());
    expect(['PCSK9', 'LDLR', 'APOB', 'HMGCR']).toContain(items(once)[0]?.['related_name']);
    expect(['lung carcinoma', 'ovarian carcinoma', 'colorectal carcinoma', 'prostate carcinoma', 'melanoma']).toContain(
      items(once)[1]?.['related_name'],
    );
    expect(harmonizeResult(make(), args, new Map())).toEqual(once);
  });
});
