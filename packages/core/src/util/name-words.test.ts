import { describe, expect, it } from 'vitest';
import { nameWords } from './name-words.js';

const words = (name: string) => nameWords(name).join(' ');

describe('nameWords: the words of an identifier', () => {
  it('splits camelCase, acronyms, snake_case, kebab and dotted names', () => {
    expect(words('DateCreatedOnOrBefore')).toBe('date created on or before');
    expect(words('HTTPServer')).toBe('http server');
    expect(words('XMLHttpRequest')).toBe('xml http request');
    expect(words('api-version')).toBe('api version');
    expect(words('math.factorial')).toBe('math factorial');
    expect(words('DRUG_ID')).toBe('drug id');
    expect(words('getDrugByID')).toBe('get drug by id');
  });

  it('keeps an acronym whole when a short word is glued to it (getECObyID is ECO by ID, not EC Oby ID)', () => {
    expect(words('getECObyID')).toBe('get eco by id');
    expect(words('ECOById')).toBe('eco by id');
    expect(words('convertPDFtoText')).toBe('convert pdf to text');
    // Only a short word that ends where the next word starts: `formatter` after `ISO` is no glued `for`.
    expect(nameWords('ISOformatter')).not.toContain('for');
  });

  it('keeps an acronym’s plural one word (IDs, URLs, APIs)', () => {
    expect(words('getUserIDs')).toBe('get user ids');
    expect(words('listAPIsForProvider')).toBe('list apis for provider');
    expect(words('APIs.guru')).toBe('apis guru');
    expect(words('SKUsByStore')).toBe('skus by store');
  });

  it('leaves names in capitals alone: their words are the separators’', () => {
    expect(words('CAST_TO')).toBe('cast to');
    expect(words('UUID')).toBe('uuid');
    expect(words('userUUID')).toBe('user uuid');
  });
});
