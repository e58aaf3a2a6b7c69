import { describe, expect, it } from 'vitest';
import { codesByName, countryCode } from './country-codes.js';
import { languageCode } from './world-record-fields.js';

describe('codes by English name', () => {
  it('finds a country, a language and the first code of a shared name', () => {
    expect(countryCode(' Portugal ')).toBe('PT');
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(languageCode('Tamil')).toBe('ta');
    const names = codesByName('A', (code) => ({ AB: 'Twin', AC: 'Twin', AD: 'AD' })[code]);
    expect([...names]).toEqual([['twin', 'AB']]);
  });
});
