import { describe, expect, it } from 'vitest';
import { oneEntityPerId, type SeenEntity } from './world-entities.js';

type Json = Record<string, unknown>;
const PERSON = 'ocd-person/adb58f21-f2fd-4830-85b6-f490b0867d14';
const ORG = 'ocd-organization/32aab083-d7a0-44e0-9b95-a7790c542605';

describe('one entity per id across a session', () => {
  it('gives a second record of one list, and a thing of another kind, ids of their own', () => {
    const seen = new Map<string, SeenEntity>();
    const result: Json = {
      id: 'bil_1',
      organizations: [
        { id: ORG, name: 'North Carolina General Assembly' },
        { id: ORG, name: 'Riverside Committee' },
      ],
      person: { id: PERSON, name: 'Angela Augusta' },
      committee: { id: PERSON, name: 'North Committee' },
    };
    oneEntityPerId(result, { bill_id: 'bil_1' }, seen, 'bill', false);
    const [first, second] = result['organizations'] as Json[];
    expect(first?.['id']).toBe(ORG);
    expect(second?.['id']).not.toBe(ORG);
    expect(String(second?.['id'])).toMatch(/^ocd-organization\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((result['person'] as Json)['id']).toBe(PERSON);
    expect((result['committee'] as Json)['id']).not.toBe(PERSON);
    expect(seen.get(PERSON)?.kind).toBe('person');
  });

  it('names an id by the kind of thing that holds it when the session knows that kind of id', () => {
    const seen = new Map<string, SeenEntity>();
    oneEntityPerId({ id: 'evt_1', organization: { id: ORG, name: 'Senate' } }, {}, seen, 'event', false);
    const result: Json = { id: 'evt_2', organization: { id: PERSON, name: 'House' } };
    oneEntityPerId(result, {}, seen, 'event', false);
    expect(String((result['organization'] as Json)['id'])).toMatch(/^ocd-organization\//);
  });

  it('states the facts an earlier result gave of an id, whichever tool shows it', () => {
    const seen = new Map<string, SeenEntity>();
    oneEntityPerId({ id: 'bil_1', sponsor: { id: PERSON, name: 'Angela Augusta', party: 'Democratic' } }, {}, seen, 'bill', false);
    const later: Json = { id: 'evt_1', participants: [{ id: PERSON, name: 'Harbour Event', party: 'Old Town Party' }] };
    oneEntityPerId(later, {}, seen, 'event', false);
    expect((later['participants'] as Json[])[0]).toEqual({ id: PERSON, name: 'Angela Augusta', party: 'Democratic' });
  });

  it('keeps the id a call names, and takes what a write returns as the record now', () => {
    const seen = new Map<string, SeenEntity>();
    oneEntityPerId({ key: 'bra_1', name: 'Samsung' }, { key: 'bra_1' }, seen, 'brand', false);
    const read: Json = { key: 'bra_1', name: 'Main Brand' };
    oneEntityPerId(read, { key: 'bra_1' }, seen, 'brand', false);
    expect(read).toEqual({ key: 'bra_1', name: 'Samsung' });
    const updated: Json = { key: 'bra_1', name: 'Samsung Electronics' };
    oneEntityPerId(updated, { key: 'bra_1', name: 'Samsung Electronics' }, seen, 'brand', true);
    expect(seen.get('bra_1')?.facts['name']).toBe('Samsung Electronics');
  });

  it('a read by an id argument is the record of that id, though the result does not repeat it', () => {
    const seen = new Map<string, SeenEntity>();
    oneEntityPerId({ elevation: 55, timezone: 'Europe/London' }, { place_id: 'place_1' }, seen, 'place', false, undefined, 'place_1');
    const again: Json = { elevation: 77, timezone: 'Europe/London' };
    oneEntityPerId(again, { place_id: 'place_1' }, seen, 'place', false, undefined, 'place_1');
    expect(again['elevation']).toBe(55);
  });

  it('does not state a remembered fact the result may not hold there; that result’s value is the latest', () => {
    const seen = new Map<string, SeenEntity>();
    oneEntityPerId({ id: 'bil_1', jurisdiction: { id: 'jur-nc', classification: 'committee' } }, {}, seen, 'bill', false);
    const strict: Json = { id: 'bil_2', jurisdiction: { id: 'jur-nc', classification: 'state' } };
    const valid = (value: Json): boolean =>
      ['state', 'municipality', 'country'].includes(String((value['jurisdiction'] as Json)['classification']));
    oneEntityPerId(strict, {}, seen, 'bill', false, valid);
    expect((strict['jurisdiction'] as Json)['classification']).toBe('state');
    expect(seen.get('jur-nc')?.facts['classification']).toBe('state');
  });
});
