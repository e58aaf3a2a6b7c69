import { describe, expect, it } from 'vitest';
import { oneTurnConversation as conversationOf, reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { bookedAfterStay, partsBeforeOwners, sharedCreationInstants } from './world-lineage.js';

const fax = call('fetch_fax', { Sid: 'FX0ac53b8f' }, { sid: 'FX0ac53b8f', date_created: '2025-11-11T16:51:00Z', status: 'delivered' });
const medium = (created: string) =>
  call('fetch_fax_media', { FaxSid: 'FX0ac53b8f', Sid: 'ME1' }, { sid: 'ME1', fax_sid: 'FX0ac53b8f', date_created: created });

describe('partsBeforeOwners (world_consistent (aa))', () => {
  it('rejects a fax medium created before its fax', () => {
    expect(partsBeforeOwners(conversationOf([fax, medium('2025-11-09T10:00:00Z')]))).toEqual([
      'fetch_fax_media: a record of fax_sid FX0ac53b8f was created 2025-11-09T10:00:00Z, before it (fetch_fax: 2025-11-11T16:51:00Z)',
    ]);
  });

  it('rejects a medium created before the fax whose media_sid names it, shown without its fax_sid', () => {
    const named = call('fetch_fax', { Sid: 'FX7' }, { sid: 'FX7', media_sid: 'ME7', date_created: '2025-02-19T10:30:00Z' });
    const bare = call('fetch_fax_media', { FaxSid: 'FX7', Sid: 'ME7' }, { sid: 'ME7', date_created: '2024-12-15T19:30:00Z' });
    expect(partsBeforeOwners(conversationOf([named, bare]))).toEqual([
      'fetch_fax: its media_sid ME7 was created 2024-12-15T19:30:00Z, before it (2025-02-19T10:30:00Z)',
    ]);
  });

  it('passes a medium created after its fax, a fax that names its medium, and an id of a later record', () => {
    expect(partsBeforeOwners(conversationOf([fax, medium('2025-11-11T18:02:00Z')]))).toEqual([]);
    const naming = call('fetch_fax', { Sid: 'FX9' }, { sid: 'FX9', media_sid: 'ME1', date_created: '2025-11-01T00:00:00Z' });
    expect(partsBeforeOwners(conversationOf([medium('2025-11-11T18:02:00Z'), naming]))).toEqual([]);
    const replaced = call('get_doc', { id: 'DOC1' }, { id: 'DOC1', replaced_by_id: 'FX0ac53b8f', created_at: '2025-01-01T00:00:00Z' });
    expect(partsBeforeOwners(conversationOf([fax, replaced]))).toEqual([]);
  });
});

describe('bookedAfterStay (world_consistent (ab))', () => {
  const booking = (createdAt: string) => ({ bookingId: '6282138', createdAt, start: '2025-06-19', end: '2025-07-26', bookedRooms: [] });
  it('rejects a booking created after its stay starts', () => {
    expect(
      bookedAfterStay(conversationOf([call('update_booking', { bookingId: '6282138' }, booking('2025-09-02T15:44:00.000Z'))])),
    ).toEqual(['update_booking: a booking created 2025-09-02T15:44:00.000Z for a stay from 2025-06-19']);
  });

  it('passes a booking made before its stay, and an event logged after it began', () => {
    expect(bookedAfterStay(conversationOf([call('get_booking', { bookingId: '6282138' }, booking('2025-05-02T15:44:00.000Z'))]))).toEqual(
      [],
    );
    const event = call('get_incident', { id: 'I1' }, { id: 'I1', created_at: '2025-09-02T00:00:00Z', start: '2025-06-19' });
    expect(bookedAfterStay(conversationOf([event]))).toEqual([]);
  });
});

describe('sharedCreationInstants (world_consistent (ac))', () => {
  const faxes = (stamps: string[]) =>
    call('list_fax', {}, { faxes: stamps.map((stamp, index) => ({ sid: `FX${index}00000`, date_created: stamp })) });
  it('rejects three faxes all created at one second', () => {
    expect(sharedCreationInstants(conversationOf([faxes(Array(3).fill('2025-03-28T18:55:30Z'))]))).toEqual([
      'list_fax: 3 records all created at 2025-03-28T18:55:30Z',
    ]);
  });

  it('passes faxes created at their own times, and two on one day', () => {
    expect(
      sharedCreationInstants(conversationOf([faxes(['2025-03-28T18:55:30Z', '2025-03-21T09:10:00Z', '2025-03-30T11:00:00Z'])])),
    ).toEqual([]);
    expect(sharedCreationInstants(conversationOf([faxes(Array(3).fill('2025-03-28'))]))).toEqual([]);
  });
});
