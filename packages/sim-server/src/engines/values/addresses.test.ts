import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { CITIES } from './lexicon.js';
import { movedAddress, postalAddress } from './addresses.js';

const faker = new Faker({ locale: [en] });
const cityNamed = (name: string) => CITIES.find(([city]) => city === name)!;

describe('addresses in a city are written as its country writes them', () => {
  it('puts no US state or ZIP on an address outside the US', () => {
    faker.seed(4);
    for (const name of ['Lyon', 'Cape Town', 'Munich', 'Mumbai', 'Tokyo', 'London']) {
      const address = postalAddress(faker, cityNamed(name));
      expect(address).toContain(name);
      expect(address, address).not.toMatch(/, [A-Z]{2} \d{5}$|, [A-Z][a-z]+(?: [A-Z][a-z]+)? \d{5}$/);
    }
    expect(postalAddress(faker, cityNamed('Lyon'))).toMatch(/, 69002 Lyon$/);
    expect(postalAddress(faker, cityNamed('Munich'))).toMatch(/^\S+ \d+, 80331 Munich$/);
    expect(postalAddress(faker, cityNamed('Boston'))).toMatch(/, Boston, MA 02108$/);
  });

  it('moves a faker street to a city with a street of that country and its real post code', () => {
    expect(movedAddress('1697 Hillard Park, Madrid, Madrid 56603', cityNamed('Cape Town'))).toMatch(/^\d{1,3} \w+ Street, Cape Town 8001$/);
    expect(movedAddress('143 Huels Field, Madrid, Madrid 66757', cityNamed('Boston'))).toBe('143 Huels Field, Boston, MA 02108');
    expect(movedAddress('Main St', cityNamed('Lyon'))).toBe('Main St');
    expect(movedAddress('13 Church Lane, Manchester M1 1AE', cityNamed('Lyon'))).toMatch(/^\d{1,3} \D+, 69002 Lyon$/);
    expect(movedAddress('111 rue Pasteur, 69002 Lyon', cityNamed('Lyon'))).toBe('111 rue Pasteur, 69002 Lyon');
    expect(movedAddress('Main Street, Springfield', cityNamed('Lyon'))).toBe('Main Street, Springfield');
  });
});
