import { describe, expect, it } from 'vitest';
import { elementFacts, elementMisstatements } from './element-facts.js';
import { knownFacts } from './particle-facts.js';

describe('elementFacts', () => {
  it("gives a known element its real discoverer, year and the discoverer's birth", () => {
    const caesium: Record<string, unknown> = {
      full_name: 'Wilhelm Röntgen',
      birth_place: 'Lennep, Germany',
      birth_year: 1845,
      element_name: 'Caesium',
    };
    knownFacts(caesium, { element_name: 'Caesium' });
    expect(caesium).toEqual({ full_name: 'Robert Bunsen', birth_place: 'Göttingen, Germany', birth_year: 1811, element_name: 'Caesium' });
    expect(elementMisstatements(caesium, { element_name: 'Caesium' })).toEqual([]);
    // a year the call set is the caller's; a discoverer field names all discoverers
    const germanium: Record<string, unknown> = { discoverer: 'Isaac Newton', year: 2023 };
    elementFacts(germanium, { element: 'Ge', year: 2023 });
    expect(germanium).toEqual({ discoverer: 'Clemens Winkler', year: 2023 });
    const radium: Record<string, unknown> = { discovered_by: 'Alexander Fleming', discovery_year: 1950 };
    elementFacts(radium, { element: 'radium' });
    expect(radium).toEqual({ discovered_by: 'Marie Curie and Pierre Curie', discovery_year: 1898 });
  });

  it('an element known since antiquity has no discoverer; an element not on record is left alone', () => {
    const gold: Record<string, unknown> = { full_name: 'Marie Curie', birth_year: 1867, year: 1900 };
    elementFacts(gold, { element_name: 'Gold' });
    expect(gold).toEqual({ full_name: 'unknown (known since antiquity)' });
    const unknown = { full_name: 'Jane Doe' };
    elementFacts(unknown, { element_name: 'Moscovium' });
    expect(unknown).toEqual({ full_name: 'Jane Doe' });
  });
});
