import { describe, expect, it } from 'vitest';
import type { ReviewedCall } from './conversation.js';
import { misreportedOutcome, outcomeState } from './outcome-state.js';
import { oneTurnConversation, reviewedCall } from '../../../../../test/support/reviewed-calls.js';

/** The final_answer rule of one turn answering `calls` with `answer`. */
function judged(answer: string, ...calls: ReviewedCall[]): string | undefined {
  const conversation = oneTurnConversation(calls);
  const turn = { ...conversation.turns[0]!, answer };
  return misreportedOutcome(turn, 0, conversation);
}

describe('misreportedOutcome: an answer tells the outcome its result gives', () => {
  it('rejects a change claimed though the result refused it, and accepts the refusal told', () => {
    const rejected = reviewedCall('requisition_created', { institution_id: '8615501' }, { id: 'e67a310f', status: 'RJ' });
    expect(judged('I have created the record e67a310f (status: RJ).', rejected)).toMatch(
      /"I have created" though .* status "RJ" \(refused\)/,
    );
    expect(judged('The request to create a new requisition did not go through: its status is RJ.', rejected)).toBeUndefined();
    const full = reviewedCall('book_hotel', { hotel_name: 'Motel One' }, { id: '2012784', hotel_name: 'Motel One', available: false });
    expect(judged('I have created the hotel “Motel One” (id 2012784). It is not available.', full)).toMatch(/available false/);
    expect(judged('The request to book a room did not go through: it is not available.', full)).toBeUndefined();
  });

  it('rejects a delete or create told as done while it waits in review, or a record found told as created', () => {
    const review = reviewedCall('delete_podcast_by_id', { id: 'SDFKduyJ33s' }, { status: 'in review' });
    expect(judged('Podcast SDFKduyJ33s was deleted (status: in review).', review)).toMatch(/"was deleted" .* \(waiting\)/);
    expect(judged('I asked to delete podcast SDFKduyJ33s; it is not deleted yet, its status is in review.', review)).toBeUndefined();
    const found = reviewedCall(
      'submit_podcast',
      { rss: 'https://x.example/rss' },
      { podcast: { id: 'SDF', title: 'Stuff' }, status: 'found' },
    );
    expect(judged('I created “Stuff” (id SDF, status: found).', found)).toMatch(/\(existing\)/);
    expect(judged('“Stuff” (id SDF) was already there (its status is found), so nothing new was created.', found)).toBeUndefined();
  });

  it('accepts a done change, and a read that tells when its record was created', () => {
    const made = reviewedCall('create_booking', { hotel: 'h1' }, { id: '2668756', status: 'ACCEPTED' });
    expect(judged('I created the booking 2668756 (status: ACCEPTED).', made)).toBeUndefined();
    const read = reviewedCall('get_booking', { id: '2668756' }, { id: '2668756', status: 'PENDING' });
    expect(judged('Booking 2668756 is pending; it was created on 2025-03-08.', read)).toBeUndefined();
  });

  it('judges each call of a turn by the sentences about it', () => {
    const done = reviewedCall('create_booking', { hotel: 'h1' }, { id: '2668756', status: 'ACCEPTED' });
    const waiting = reviewedCall('create_booking', { hotel: 'h2' }, { id: '6841479', status: 'PENDING' });
    expect(
      judged(
        'I created the booking 2668756 (status: ACCEPTED). I submitted the booking 6841479; it is not done yet, its status is PENDING.',
        done,
        waiting,
      ),
    ).toBeUndefined();
    expect(judged('I created the booking 2668756. I created the booking 6841479 (status: PENDING).', done, waiting)).toMatch(/PENDING/);
  });

  it('rejects a read that returned nothing told as anything but none', () => {
    const empty = reviewedCall('get_regions', {}, { regions: {} });
    expect(judged('The service accepted the request to fetch a list of supported countries/regions.', empty)).toMatch(/returned nothing/);
    expect(judged('No regions came back for that request.', empty)).toBeUndefined();
  });

  it('reads the state from the status, in its envelope too, and from flags', () => {
    expect(outcomeState({ data: { status: 'ER' } })).toMatchObject({ state: 'refused' });
    expect(outcomeState({ status: 'queued' })).toMatchObject({ state: 'waiting' });
    expect(outcomeState({ status: 'created', available: true })).toBeUndefined();
  });
});
