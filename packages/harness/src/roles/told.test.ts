import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';
import { describeTurn } from './describe-turn.js';
import { statusOnly } from './told-note.js';
import { humanKey } from './key-words.js';

const VEHICLE =
  'This tool belongs to the vehicle control system, which allows users to control various aspects of the car. Tool description: Estimates the milage of the vehicle given the distance needed to drive.';

describe('answers tell what the result says', () => {
  it('a note beside the values sent is told as the note, never as a request accepted', () => {
    const told = describeResult(
      outcome(
        'math_triangle_area_heron',
        { side1: 35.65, side2: 9.59, side3: 10.89 },
        { side1: 35.65, side2: 9.59, side3: 10.89, note: 'Sides 35.65, 9.59 and 10.89 make no triangle.' },
        'Calculates the area of a triangle using Heron formula.',
        'Calculate the area of a triangle with sides 35.65, 9.59 and 10.89.',
      ),
    );
    expect(told).toBe('Sides 35.65, 9.59 and 10.89 make no triangle.');
  });

  it('a note in lower case or without its full stop is said as what the service says', () => {
    const told = describeResult(
      outcome(
        'calculate_derivative',
        { function: 'exp(-x) * x' },
        { function: 'exp(-x) * x', note: 'exp(-x) * x is not a polynomial, so no derivative was worked out' },
      ),
    );
    expect(told).toBe('The service says exp(-x) * x is not a polynomial, so no derivative was worked out.');
  });

  it('a status sentence is said as it is', () => {
    const told = describeResult(
      outcome(
        'memory_append',
        { text: 'Revenue grew.' },
        { status: 'Appended text “Revenue grew.” to the memory.' },
        'Append a new text to the end of the memory.',
      ),
    );
    expect(told).toBe('Appended text “Revenue grew.” to the memory.');
  });

  it('a status alone is told as it says: refused, waiting, or nothing beyond what was sent', () => {
    expect(statusOnly('book the room', 'refused')).toMatch(/refused the request/);
    expect(statusOnly('book the room', 'pending')).toMatch(/not done yet/);
    expect(statusOnly('book the room', undefined)).not.toMatch(/accepted/);
  });

  it('a parallel turn of notes says each note, with no tally before them', () => {
    const told = describeTurn([
      outcome(
        'soccer_stats_get_last_match_result',
        { team1: 'Liverpool', team2: 'Manchester United', season: '2022' },
        {
          status: 'no result on record',
          team1: 'Liverpool',
          team2: 'Manchester United',
          season: '2022',
          note: 'No result of a match between Liverpool and Manchester United is on record.',
        },
      ),
      outcome(
        'soccer_stat_get_player_stats',
        { player_name: 'Mohamed Salah', season: '2022' },
        { player_name: 'Mohamed Salah', season: '2022', note: 'No 2022 season statistics of Mohamed Salah are on record.' },
      ),
    ]);
    expect(told).not.toMatch(/answers to|went through|came back fine|worked|the note is|the status is/i);
    expect(told).toMatch(/No result of a match between Liverpool and Manchester United is on record/);
    expect(told).toMatch(/No 2022 season statistics of Mohamed Salah are on record/);
    expect(told).not.toMatch(/request: No|Mohamed Salah: No/);
  });

  it('a parallel turn with a note beside other values puts no "went through" before it', () => {
    const told = describeTurn([
      outcome(
        'get_sculpture_value',
        { sculpture: 'David', artist: 'Michelangelo' },
        { sculpture: 'David', artist: 'Michelangelo', for_sale: false, note: 'David is not for sale, so it has no price on record.' },
      ),
      outcome(
        'get_sculpture_value',
        { sculpture: 'The Thinker', artist: 'Auguste Rodin' },
        { sculpture_value: 116596390, sculpture: 'The Thinker', artist: 'Auguste Rodin' },
      ),
    ]);
    expect(told).not.toMatch(/went through|worked|came back fine|answers to/i);
  });

  it('a reservation that came back as a hold is a hold on the book sent, never the hold id as the book', () => {
    const told = describeResult(
      outcome(
        'library_reserve_book',
        { book_id: '4429259', branch_id: '4619843' },
        {
          id: '8738839',
          hold_id: 'H4960753',
          status: 'on hold',
          queue_position: 2,
          pickup_by: '2025-11-15',
          book_id: '4429259',
          branch_id: '4619843',
        },
        'Reserve a book in a library branch.',
        'Reserve book 4429259 at branch 4619843.',
      ),
    );
    expect(told).toMatch(/^I placed a hold on book 4429259 \(hold H4960753, status: on hold\); you are number 2 in the queue/);
    expect(told).not.toMatch(/8738839|reserved the book/);
  });

  it('a lone ability flag is a yes or a no about the thing the tool is about, never "it can drive"', () => {
    const yes = describeResult(outcome('estimate_drive_feasibility_by_mileage', { distance: 120 }, { canDrive: true }, VEHICLE));
    expect(yes).toBe('Yes, the vehicle can drive a distance of 120.');
    const no = describeResult(outcome('estimate_drive_feasibility_by_mileage', { distance: 8039.3 }, { canDrive: false }, VEHICLE));
    expect(no).toMatch(/^No, the vehicle cannot drive a distance of 8,?039\.3\.$/);
  });

  it('a list named by its direction holds sources, never "the dispatch from energy"', () => {
    const told = describeResult(
      outcome(
        'gsi_dispatch',
        { zip: '10001' },
        {
          avg_distance_km: 1,
          dispatch_from: [
            { energy: 0.29, location: { latitude: 54.28, longitude: 12.11 } },
            { energy: 0.17, location: { latitude: 48, longitude: 11.37 } },
          ],
          dispatch_target: [
            { energy: 0.27, location: { latitude: 52.7, longitude: 10.62 } },
            { energy: 0.28, location: { latitude: 54.64, longitude: 7.75 } },
          ],
        },
        'Green energy dispatch.',
        'Pull up the green energy distribution schedule with a zipcode of 10001.',
      ),
    );
    expect(told).not.toMatch(/dispatch from energy|dispatch target energy/);
  });
});

describe('words of keys', () => {
  it('a local and a UTC timestamp are said as times, never "its timestamp local is"', () => {
    expect(humanKey('timestamp_local')).toBe('local time');
    expect(humanKey('timestamp_utc')).toBe('utc time');
    expect(humanKey('app_max_temp')).toBe('apparent maximum temperature');
    expect(humanKey('twitterFeedUsername')).toBe('twitter handle');
  });
});

describe('a removal tells what its status says it was', () => {
  it('a delete whose status is cancelled is told as cancelled', () => {
    const told = describeResult(
      outcome(
        'delete_messages_schedule_messageid',
        { messageid: '8853618' },
        { messageid: '8853618', status: 'CANCELLED' },
        undefined,
        'Cancel a scheduled SMS message 8853618.',
      ),
    );
    expect(told).toMatch(/was cancelled\./);
    expect(told).not.toMatch(/deleted|status: CANCELLED/);
  });
});
