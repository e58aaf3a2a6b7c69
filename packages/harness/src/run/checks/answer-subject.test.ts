import { describe, expect, it } from 'vitest';
import { subjectAnswer } from './answer-subject.js';
import { garbledAnswer } from './answer-garble.js';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';

describe('subjectAnswer', () => {
  it('a number said without the unit its own record gives', () => {
    const route = call('fastest_route', { start: 'Bangalore' }, { distance: 13079.6, distance_unit: 'km', mode: 'cycling' });
    expect(subjectAnswer('The distance is 13079.6 and the mode is cycling.', [route])).toMatch(/without the unit/);
    expect(subjectAnswer('The distance is 13,079.6 km and the mode is cycling.', [route])).toBeUndefined();
    const weather = call('timeline', { unitGroup: 'us' }, { temperature: 2.4, unit: 'celsius', wind_speed: 19, wind_speed_unit: 'km/h' });
    expect(subjectAnswer('The temperature is 2.4 °C, with a wind speed of 19 mph.', [weather])).toMatch(/wind_speed 19/);
    expect(subjectAnswer('The temperature is 2.4 and the wind speed is 19 km/h.', [weather])).toMatch(/temperature 2.4/);
    expect(subjectAnswer('The temperature is 2.4 °C and the wind speed is 19 km/h.', [weather])).toBeUndefined();
  });

  it('a unit said as the thing measured', () => {
    const liters = call('gallon_to_liter', { gallon: 40.91 }, { liter: 154.8612 });
    expect(garbledAnswer('Here is what came back: the liter is 154.86.', [liters])).toMatch(/unit as the thing/);
    expect(garbledAnswer('40.91 gallons is 154.86 liters.', [liters])).toBeUndefined();
  });

  it('deletions called lookups; a read is a lookup', () => {
    const deleted = [call('delete_envvar', { name: 'A' }, { message: 'OK' }), call('delete_envvar', { name: 'B' }, { message: 'OK' })];
    expect(subjectAnswer('Both lookups succeeded. A was deleted. B was deleted.', deleted)).toMatch(/lookups/);
    expect(subjectAnswer('Both deletions went through. A was deleted. B was deleted.', deleted)).toBeUndefined();
    const read = [call('get_envvar', { name: 'A' }, { value: 1 }), call('get_envvar', { name: 'B' }, { value: 2 })];
    expect(subjectAnswer('Both lookups succeeded. A is 1 and B is 2.', read)).toBeUndefined();
  });

  it('a name the user typed is said as written', () => {
    const data = call('get_parallel_data', { Name: 'api-parallel-prod' }, { Name: 'api-parallel-prod', Status: 'ACTIVE' });
    expect(subjectAnswer('Api-parallel-prod: the status is active.', [data])).toMatch(/re-capitalises/);
    const deleted = call('delete_envvar', { project: 'payments-service', name: 'SENTRY_DSN' }, { message: 'OK' });
    expect(subjectAnswer('For project payments service: SENTRY_DSN was deleted.', [deleted])).toMatch(/hyphens/);
    expect(subjectAnswer('For project payments-service: SENTRY_DSN was deleted.', [deleted])).toBeUndefined();
    const status = call('list_faxes', { status: 'no-answer' }, { faxes: [] });
    expect(subjectAnswer('No faxes got no answer.', [status])).toBeUndefined();
  });

  it('a local time labelled UTC; a status given to the person in the record', () => {
    const air = call(
      'aq',
      {},
      { data: [{ aqi: 64, timestamp_local: '2025-06-08T07:47:00.000Z', timestamp_utc: '2025-07-27T20:39:00.000Z' }] },
    );
    expect(subjectAnswer('Its timestamp local is 2025-06-08 07:47 UTC.', [air])).toMatch(/local time/);
    expect(subjectAnswer('It was measured at 2025-07-27 20:39 UTC.', [air])).toBeUndefined();
    // One row's local hour is the next row's UTC hour: the UTC hour said as UTC is right.
    const rows = [9, 10].map((hour) => ({
      aqi: 98,
      timestamp_local: `2025-07-09T${hour + 2}:00:00`,
      timestamp_utc: `2025-07-09T${String(hour).padStart(2, '0')}:00:00.000Z`,
    }));
    const series = call(
      'aq',
      {},
      { data: [...rows, { aqi: 90, timestamp_local: '2025-07-09T13:00:00', timestamp_utc: '2025-07-09T11:00:00.000Z' }] },
    );
    expect(
      subjectAnswer('At 11:00 local the index was 98 (2025-07-09 09:00 UTC); at 13:00 local, 2025-07-09 11:00 UTC.', [series]),
    ).toBeUndefined();
    expect(subjectAnswer('The index was 98 at 2025-07-09 12:00 UTC.', [series])).toMatch(/local time/);
    const account = call('retrieve_account', { id: '6d80' }, { id: '6d80', owner_name: "Garrett O'Conner", status: 'DISCOVERED' });
    expect(subjectAnswer("Garrett O'Conner is discovered and was created on 2025-04-03.", [account])).toMatch(/status to/);
    expect(subjectAnswer("The account 6d80 is discovered; its owner name is Garrett O'Conner.", [account])).toBeUndefined();
  });

  it('an identifier said with thousands separators', () => {
    const sms = call('send_sms', { destination: 447098974970 }, { message_id: 45382, destinations: [447098974970], parts: 12500 });
    expect(subjectAnswer('I sent it to 447,098,974,970.', [sms])).toMatch(/groups the digits/);
    expect(subjectAnswer('Message 45382 went to 447098974970 in 12,500 parts.', [sms])).toBeUndefined();
  });
});
