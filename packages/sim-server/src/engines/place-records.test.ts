import { describe, expect, it } from 'vitest';
import { Faker, en } from '@faker-js/faker';
import { truePlaceRecords } from './place-records.js';
import { nameRule } from './values/name-rules.js';
import { toolTopic } from './values/topic.js';
import { DIRECTORIES } from './values/lexicon.js';

type Json = Record<string, unknown>;

describe('place records are true to their place', () => {
  it("puts a country's figures at its own point, and leaves a record of a place in the country where it is", () => {
    const figures: Json = { country: 'Germany', deaths: 37, latitude: 12.978, longitude: 53.9782 };
    truePlaceRecords({ items: [figures] });
    expect(figures).toMatchObject({ country: 'Germany', latitude: 51.2, longitude: 10.4 });
    const shop: Json = { city: 'Munich', country: 'Germany', latitude: 48.14, longitude: 11.58 };
    truePlaceRecords(shop);
    expect(shop).toMatchObject({ latitude: 48.14, longitude: 11.58 });
  });

  it("gives a city its own admin areas and a place type, never another country's", () => {
    const hit: Json = {
      name: 'Denver',
      adm_area1: 'England',
      adm_area2: 'Amsterdam, Netherlands',
      country: 'United States',
      type: 'Norway',
    };
    truePlaceRecords({ items: [hit] });
    expect(hit).toMatchObject({ adm_area1: 'Colorado', adm_area2: 'Denver', country: 'United States', type: 'city' });
    const dublin: Json = { name: 'Dublin', adm_area1: 'England', country: 'IE', type: 'Germany' };
    truePlaceRecords(dublin);
    expect(dublin).toMatchObject({ adm_area1: 'Leinster', country: 'IE', type: 'city' });
  });

  it('gives a real country its ISO codes and its approximate centre', () => {
    const canada: Json = { name: 'Canada', 'alpha-2-code': '897951', 'alpha-3-code': '391700', latitude: -44.9, longitude: 1.9 };
    const singapore: Json = {
      name: 'Singapore',
      'alpha-2-code': '791420',
      'alpha-3-code': '660524',
      latitude: '-24.8',
      longitude: '146.3',
    };
    truePlaceRecords({ items: [canada, singapore] });
    expect(canada).toMatchObject({ 'alpha-2-code': 'CA', 'alpha-3-code': 'CAN', latitude: 56.1, longitude: -106.3 });
    expect(singapore).toMatchObject({ 'alpha-2-code': 'SG', 'alpha-3-code': 'SGP', latitude: '1.35', longitude: '103.82' });
  });

  it('leaves records of other things alone', () => {
    const record: Json = { name: 'Quarterly report', type: 'pdf', state: 'draft' };
    truePlaceRecords(record);
    expect(record).toEqual({ name: 'Quarterly report', type: 'pdf', state: 'draft' });
    // a property record named like a city is no place record: its county stays the one asked
    const property: Json = { name: 'Barcelona', address: 'Storgatan 56, 111 22 Stockholm', county: 'California' };
    truePlaceRecords(property);
    expect(property['county']).toBe('California');
  });
});

describe('a destination is what the tool sends to', () => {
  const value = (tool: string, description: string, snake: string): string =>
    nameRule(snake)!({
      faker: new Faker({ locale: [en] }),
      reference: 0,
      topic: toolTopic(tool, description),
      words: snake.split('_'),
      snake,
    });

  it('is a phone number for an SMS or fax tool, a folder for a file tool, a place for a trip', () => {
    for (const snake of ['destination', 'destinations']) expect(value('post_send', 'Send an SMS message', snake)).toMatch(/^447\d{9}$/);
    expect(value('send_fax', 'Send a fax', 'destination')).toMatch(/^447\d{9}$/);
    // a tool of an SMS API whose own words do not say so
    const faker = new Faker({ locale: [en] });
    const topic = toolTopic('get_messages_schedule', 'Returns the scheduled messages', 'api.thesmsworks.co.uk');
    expect(nameRule('destinations')!({ faker, reference: 0, topic, words: ['destinations'], snake: 'destinations' })).toMatch(/^447\d{9}$/);
    for (let draw = 0; draw < 20; draw += 1) expect(DIRECTORIES).toContain(value('move_file', 'Move a file or directory', 'destination'));
    for (let draw = 0; draw < 20; draw += 1) expect(value('book_flight', 'Book a flight', 'destination')).toMatch(/^\p{Lu}\p{L}+/u);
  });
});
