import { describe, expect, it } from 'vitest';
import { parseJsonText, parsedJsonText } from './json-text.js';

describe('parseJsonText', () => {
  it('parses the object or array a text holds, spaces around it aside', () => {
    expect(parseJsonText(' {"id": 7}\n')).toEqual({ id: 7 });
    expect(parseJsonText('[1, "two"]')).toEqual([1, 'two']);
  });

  it('gives undefined for prose, scalars and broken JSON', () => {
    expect(parseJsonText('Fax sent.')).toBeUndefined();
    expect(parseJsonText('42')).toBeUndefined();
    expect(parseJsonText('"text"')).toBeUndefined();
    expect(parseJsonText('{"id": 7')).toBeUndefined();
  });
});

describe('parsedJsonText', () => {
  it('parses a text holding JSON and leaves every other value as it is', () => {
    expect(parsedJsonText('["BRCA1","KRAS"]')).toEqual(['BRCA1', 'KRAS']);
    expect(parsedJsonText('{"queryTerms": ["asthma"]}')).toEqual({ queryTerms: ['asthma'] });
    expect(parsedJsonText('asthma')).toBe('asthma');
    expect(parsedJsonText('[not json')).toBe('[not json');
    const list = ['a'];
    expect(parsedJsonText(list)).toBe(list);
    expect(parsedJsonText(3)).toBe(3);
  });
});
