import { describe, expect, it } from 'vitest';
import { reviewedCall as call } from '../../../../../test/support/reviewed-calls.js';
import { incoherentRecords } from './record-coherence.js';
import { statusMismatches } from './status-pairs.js';

describe('statusMismatches', () => {
  it('rejects a fax whose status its direction cannot hold', () => {
    const faxes = call(
      'list_faxes',
      {},
      {
        faxes: [
          { sid: 'FX1', direction: 'inbound', status: 'sending' },
          { sid: 'FX2', direction: 'outbound', status: 'receiving' },
          { sid: 'FX3', direction: 'inbound', status: 'received' },
          { sid: 'FX4', direction: 'outbound', status: 'delivered' },
        ],
      },
    );
    expect(incoherentRecords(faxes)).toEqual(['an inbound record with status "sending"', 'an outbound record with status "receiving"']);
  });

  it('rejects a fax done in a time its pages rule out (five pages in an hour, twenty in half a minute), and passes one in a likely time', () => {
    const faxes = {
      faxes: [
        { sid: 'FX1', direction: 'outbound', status: 'delivered', num_pages: 5, duration: 3600 },
        { sid: 'FX2', direction: 'inbound', status: 'received', num_pages: 20, duration: 30 },
        { sid: 'FX3', direction: 'outbound', status: 'delivered', num_pages: 5, duration: 240 },
        { sid: 'FX4', direction: 'outbound', status: 'sending', num_pages: 5, duration: 0 },
      ],
    };
    expect(statusMismatches(faxes)).toEqual(['a fax of 5 pages "delivered" in 3600 seconds', 'a fax of 20 pages "received" in 30 seconds']);
  });

  it('rejects a submitted job that has ended, and passes a completed one', () => {
    const submitted = {
      JobStatus: 'SUBMITTED',
      EndTime: '2025-07-07T02:45:00Z',
      JobDetails: { TranslatedDocumentsCount: '50', InputDocumentsCount: '60' },
    };
    expect(statusMismatches({ TextTranslationJobProperties: submitted })).toEqual([
      'a record "SUBMITTED" that already has EndTime 2025-07-07T02:45:00Z',
      'a job "SUBMITTED" that already has TranslatedDocumentsCount 50',
    ]);
    expect(statusMismatches({ ...submitted, JobStatus: 'COMPLETED' })).toEqual([]);
  });

  it('rejects a requisition not yet linked that lists accounts, and a call ringing that lasted', () => {
    const link = 'https://ob.nordigen.com/psd2/start/b56cfbe6-8994-4238-ab61-2ee9e3664327/4086640';
    const created = { id: 'b56cfbe6-8994-4238-ab61-2ee9e3664327', status: 'CR', accounts: ['checking-8093'], link };
    expect(statusMismatches(created)).toEqual(['a requisition "CR" (not linked yet) that lists accounts']);
    expect(statusMismatches({ ...created, status: 'LN' })).toEqual([]);
    expect(statusMismatches({ sid: 'CA1', status: 'ringing', duration: 74 })).toEqual(['a record "ringing" that lasted 74']);
    expect(statusMismatches({ sid: 'FX1', direction: 'inbound', status: 'receiving', duration: 900 })).toEqual([
      'a record "receiving" that lasted 900',
    ]);
  });

  it('rejects a record whose own link names another id', () => {
    const requisition = {
      id: '0c8a67a6-c833-40ca-a3ca-38e0105cba10',
      link: 'https://ob.nordigen.com/psd2/start/2d9b1016-ce8f-41d4-8008-db95aafc7672/4930714',
    };
    expect(statusMismatches(requisition)).toEqual([
      'the link of 0c8a67a6-c833-40ca-a3ca-38e0105cba10 names another id (2d9b1016-ce8f-41d4-8008-db95aafc7672)',
    ]);
    const own = { ...requisition, link: 'https://ob.nordigen.com/psd2/start/0c8a67a6-c833-40ca-a3ca-38e0105cba10/4930714' };
    expect(statusMismatches(own)).toEqual([]);
  });
});
