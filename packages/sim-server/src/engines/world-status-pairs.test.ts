import { describe, expect, it } from 'vitest';
import { statusPairs } from './world-status-pairs.js';
import { linksNameTheirRecord } from './world-own-links.js';

describe('statusPairs', () => {
  it('gives a fax a status its direction can hold', () => {
    const faxes = [
      { direction: 'inbound', status: 'sending' },
      { direction: 'inbound', status: 'delivered' },
      { direction: 'outbound', status: 'receiving' },
      { direction: 'outbound', status: 'busy' },
      { direction: 'inbound', status: 'received' },
    ];
    statusPairs({ faxes });
    expect(faxes.map((fax) => fax.status)).toEqual(['receiving', 'received', 'sending', 'busy', 'received']);
  });

  it('gives a fax done sending or receiving a time its pages take, and one still on its way none', () => {
    const faxes = [
      { direction: 'outbound', status: 'delivered', num_pages: 5, duration: 3600 },
      { direction: 'inbound', status: 'received', num_pages: 20, duration: 30 },
      { direction: 'inbound', status: 'received', num_pages: 3, duration: 0 },
      { direction: 'outbound', status: 'delivered', num_pages: 4, duration: 180 },
      { direction: 'outbound', status: 'sending', num_pages: 5, duration: 300 },
    ];
    statusPairs({ faxes });
    expect(faxes.map((fax) => fax.duration)).toEqual([450, 400, 60, 180, 0]);
  });

  it('keeps a status the call asked for and turns the direction instead', () => {
    const fax = { direction: 'inbound', status: 'delivered' };
    statusPairs(fax, { status: 'delivered' });
    expect(fax).toEqual({ direction: 'outbound', status: 'delivered' });
  });

  it('gives a submitted job no end time and no translated documents', () => {
    const job: Record<string, unknown> = {
      JobStatus: 'SUBMITTED',
      SubmittedTime: '2025-04-19T19:10:00Z',
      EndTime: '2025-07-07T02:45:00Z',
      JobDetails: { TranslatedDocumentsCount: '50', DocumentsWithErrorsCount: 10, InputDocumentsCount: '60' },
    };
    statusPairs(job);
    expect(job).toEqual({
      JobStatus: 'SUBMITTED',
      SubmittedTime: '2025-04-19T19:10:00Z',
      JobDetails: { TranslatedDocumentsCount: '0', DocumentsWithErrorsCount: 0, InputDocumentsCount: '60' },
    });
    const done = { JobStatus: 'COMPLETED', EndTime: '2025-07-07T02:45:00Z' };
    statusPairs(done);
    expect(done.EndTime).toBe('2025-07-07T02:45:00Z');
  });

  it('gives a fax still on its way no transmission time', () => {
    const fax = { direction: 'outbound', status: 'sending', duration: 900 };
    statusPairs(fax);
    expect(fax.duration).toBe(0);
  });

  it('lists no accounts for a requisition not yet linked', () => {
    const created = { id: 'a', status: 'CR', accounts: ['checking-8093'] };
    const linked = { id: 'b', status: 'LN', accounts: ['checking-8093'] };
    statusPairs([created, linked]);
    expect(created.accounts).toEqual([]);
    expect(linked.accounts).toEqual(['checking-8093']);
  });
});

describe('linksNameTheirRecord', () => {
  it('puts the record id into its own link', () => {
    const requisition = {
      id: '0c8a67a6-c833-40ca-a3ca-38e0105cba10',
      agreement: 'ea340979-2e39-4139-b899-5b1ccd50a5ea',
      link: 'https://ob.nordigen.com/psd2/start/2d9b1016-ce8f-41d4-8008-db95aafc7672/4930714',
    };
    linksNameTheirRecord(requisition);
    expect(requisition.link).toBe('https://ob.nordigen.com/psd2/start/0c8a67a6-c833-40ca-a3ca-38e0105cba10/4930714');
  });

  it('leaves a link that names another field of the record, or the record itself', () => {
    const agreement = 'ea340979-2e39-4139-b899-5b1ccd50a5ea';
    const record = { id: '0c8a67a6-c833-40ca-a3ca-38e0105cba10', agreement, link: `https://x.test/agreements/${agreement}` };
    linksNameTheirRecord(record);
    expect(record.link).toBe(`https://x.test/agreements/${agreement}`);
  });
});
