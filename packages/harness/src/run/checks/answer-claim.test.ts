import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from './conversation.js';
import { unfoundedClaim } from './answer-claim.js';
import { oneTurnConversation, reviewedCall } from '../../../../../test/support/reviewed-calls.js';

/** The unfounded-claim rule of one turn answering `calls` with `answer`. */
function judged(answer: string, ...calls: ReviewedCall[]): string | undefined {
  const conversation = oneTurnConversation(calls);
  return unfoundedClaim({ ...conversation.turns[0]!, answer }, 0);
}

describe('unfoundedClaim: an answer claims only what its results say', () => {
  it('rejects a request told as accepted when no status accepted it, and accepts the note told', () => {
    const heron = reviewedCall(
      'math_triangle_area_heron',
      { side1: 35.65, side2: 9.59, side3: 10.89 },
      { side1: 35.65, side2: 9.59, side3: 10.89, note: 'Sides 35.65, 9.59 and 10.89 make no triangle.' },
    );
    expect(judged('The service accepted the request to handle math triangle area heron.', heron)).toMatch(/accepted/);
    expect(judged('Sides 35.65, 9.59 and 10.89 make no triangle.', heron)).toBeUndefined();
    const ok = reviewedCall('queue_job', { job: 'j1' }, { status: 'accepted' });
    expect(judged('The service accepted the request to queue the job (status: accepted).', ok)).toBeUndefined();
  });

  it('rejects a tally of answers over results that found nothing', () => {
    const match = reviewedCall(
      'soccer_stats_get_last_match_result',
      { team1: 'Liverpool', team2: 'Manchester United' },
      { status: 'no result on record', note: 'No result of a match between Liverpool and Manchester United is on record.' },
    );
    const player = reviewedCall(
      'soccer_stat_get_player_stats',
      { player_name: 'Mohamed Salah' },
      { player_name: 'Mohamed Salah', goals: 19 },
    );
    expect(judged('I got answers to both. No result of a match … is on record. Mohamed Salah has 19 goals.', match, player)).toMatch(
      /I got answers to both/,
    );
    expect(
      judged('No result of a match between Liverpool and Manchester United is on record. Mohamed Salah has 19 goals.', match, player),
    ).toBeUndefined();
  });

  it('rejects a hold told as the book reserved, and accepts the hold told', () => {
    const hold = reviewedCall(
      'library_reserve_book',
      { book_id: '4429259' },
      { id: '8738839', hold_id: 'H4960753', status: 'on hold', book_id: '4429259' },
    );
    expect(judged('Done: I reserved the book 8738839 (status: on hold).', hold)).toMatch(/a hold/);
    expect(judged('I placed a hold on book 4429259 (hold H4960753, status: on hold).', hold)).toBeUndefined();
  });

  it('rejects an ability flag read out as "it can drive", and accepts it said of the vehicle', () => {
    const drive = reviewedCall('estimate_drive_feasibility_by_mileage', { distance: 120 }, { canDrive: true });
    expect(judged('The result: it can drive.', drive)).toMatch(/canDrive/);
    expect(judged('Yes, the vehicle can drive a distance of 120.', drive)).toBeUndefined();
  });

  it('rejects a list field recited with its direction word', () => {
    const dispatch = reviewedCall('gsi_dispatch', { zip: '10001' }, { dispatch_from: [{ energy: 0.29 }, { energy: 0.17 }] });
    expect(judged('The dispatch from energy are 0.29 and 0.17.', dispatch)).toMatch(/dispatch from energy/);
    expect(judged('The energy values of the dispatch sources are 0.29 and 0.17.', dispatch)).toBeUndefined();
  });
});
