import { describe, expect, it } from 'vitest';
import { domainResult } from './domain-results.js';

const words = (name: string): string[] => name.split('_');

describe('history, battle, contribution and setting tools answer from facts or from the call', () => {
  it('a religion history lists the real events of the century asked, of the kind asked', () => {
    const result = domainResult(words('get_religion_history'), 'Retrieves significant religious events.', {
      religion: 'Christianity',
      century: 11,
    });
    expect(result?.['events']).toEqual([
      expect.objectContaining({ year: 1054, type: 'schism' }),
      expect.objectContaining({ year: 1095, type: 'crusade' }),
      expect.objectContaining({ year: 1099, type: 'crusade' }),
    ]);
    const crusades = domainResult(words('get_religion_history'), 'Retrieves historic events.', {
      religion: 'Christianity',
      start_year: 1000,
      end_year: 1300,
      event_type: 'crusade',
    });
    expect((crusades?.['events'] as Array<{ year: number }>).map((event) => event.year)).toEqual([1095, 1099, 1204]);
    // the name says which kind: councils, counted
    const councils = domainResult(words('religion_history_get_councils'), 'Retrieves major councils.', {
      religion: 'Christianity',
      count: 2,
    });
    expect((councils?.['events'] as Array<{ year: number }>).map((event) => event.year)).toEqual([325, 381]);
  });

  it('a country history by its other name; none on record is said, not made up', () => {
    const result = domainResult(words('european_history_get_events'), 'Provides a list of major historical events.', {
      country: 'England',
      century: 11,
    });
    expect(result?.['events']).toEqual([expect.objectContaining({ year: 1066 })]);
    const none = domainResult(words('european_history_get_events'), 'Provides a list of major historical events.', {
      country: 'France',
      century: 3,
    });
    expect(none).toMatchObject({ events: [], note: 'No major events of France in the 3rd century are on record.' });
    // a quantity's history is a series, not events
    expect(domainResult(words('crop_yield_get_history'), 'Retrieve historical crop yield data.', { country: 'France', years: 5 })).toBe(
      undefined,
    );
  });

  it('a battle has its real year, place and winner; an unknown one is unknown', () => {
    expect(
      domainResult(words('get_battle_details'), 'Retrieve the details of a historical battle.', { battle_name: 'Battle of Waterloo' }),
    ).toMatchObject({
      year: 1815,
      winner: 'the Seventh Coalition',
    });
    expect(
      domainResult(words('calculate_battle_outcome'), 'Predicts the outcome of a historical battle.', {
        battle_name: 'the Battle of the Bulge',
      }),
    ).toMatchObject({
      year: 1944,
      winner: 'the Allies',
    });
    expect(domainResult(words('get_battle_details'), '', { battle_name: 'Battle of Greyhollow' })).toMatchObject({
      outcome: 'not on record',
    });
    // a game named for battles is no history
    expect(domainResult(words('battle_reign_game_api_get_player'), '', { name: 'Hastings' })).toBe(undefined);
  });

  it("a scientist's contributions of the date's year, else the ones on record", () => {
    const einstein = domainResult(words('historical_contrib_get_contrib'), 'Retrieve historical contribution made by a scientist.', {
      scientist: 'Albert Einstein',
      date: '1915-11-25',
      category: 'Physics',
    });
    expect(einstein).toMatchObject({ scientist: 'Albert Einstein', contributions: [{ year: 1915, field: 'Physics' }] });
    const other = domainResult(words('historical_contrib_get_contrib'), '', { scientist: 'Marie Curie', date: '1950-01-01' });
    expect(other).toMatchObject({ contributions: [], other_contributions: [{ year: 1898 }, { year: 1903 }, { year: 1911 }] });
    expect(domainResult(words('historical_contrib_get_contrib'), '', { scientist: 'Terence Parker', date: '2025-05-30' })).toMatchObject({
      contributions: [],
      note: 'No contributions of Terence Parker are on record.',
    });
  });

  it('a setting states the new setting; a display for how long', () => {
    expect(
      domainResult(words('display_set_screen_brightness'), 'Sets the screen brightness.', { percentage: 72, duration: 300 }),
    ).toMatchObject({
      new_value: 72,
      unit: 'percent',
      duration_seconds: 300,
      status: 'Screen brightness set to 72% for 300 seconds.',
    });
    expect(domainResult(words('battle_reign_game_api_update_player_equipment'), '', { attribute: 'Color', level: 4 })).toMatchObject({
      status: 'Player equipment Color set to level 4.',
    });
    expect(domainResult(words('painting_display'), 'Displays a created painting.', { time: 30 })).toMatchObject({
      status: 'Painting displayed for 30 seconds.',
    });
    // an update of a record by its id, or of a field that is no setting, is the record's
    expect(domainResult(words('edit_user_info'), '', { user_id: 4, level: 3 })).toBe(undefined);
    expect(domainResult(words('update_player_equipment'), '', { attribute: 'Weight', level: 6, playerID: 90595 })).toMatchObject({
      playerID: 90595,
      status: 'Player equipment Weight set to level 6.',
    });
    expect(domainResult(words('update_inventory'), '', { product: 'apples', quantity: 3 })).toBe(undefined);
  });

  it('an invention, a treaty and a president of a year are the real ones', () => {
    expect(domainResult(words('science_history_get_invention'), '', { invention_name: 'Telephone', want_year: true })).toMatchObject({
      inventor: 'Alexander Graham Bell',
      year: 1876,
    });
    expect(
      domainResult(words('euro_history_treaty_info'), '', { treaty_name: 'Treaty of Lisbon', info_requested: ['overview'] }),
    ).toMatchObject({
      year_signed: 2007,
    });
    expect(domainResult(words('history_api_get_president_by_year'), '', { year: 1863 })).toMatchObject({ president: 'Abraham Lincoln' });
    expect(domainResult(words('us_history_get_president'), '', { event: 'Charity Gala', year: 2022 })).toMatchObject({
      president: 'Joe Biden',
    });
  });
});
