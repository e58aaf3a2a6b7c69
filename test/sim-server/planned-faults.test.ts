import { describe, expect, it } from 'vitest';
import { GATEWAY_TIMEOUT_TEXT, isPlannedFaultKind, plannedFault } from '@inftool/sim-server';

describe('planned faults, as a real API words them', () => {
  it('429, 500 and 504 name neither the tool nor the simulator', () => {
    const texts = [
      plannedFault('rate_limited', 'get_order', { order_id: 'o1' }),
      plannedFault('server_error', 'get_order', { order_id: 'o1' }),
    ].map((fault) => (fault.kind === 'error' ? fault.text : ''));
    expect(texts[0]).toMatch(/^429 Too Many Requests: rate limit exceeded, retry after 1 second$/);
    expect(texts[1]).toMatch(/^500 Internal Server Error: /);
    for (const text of [...texts, GATEWAY_TIMEOUT_TEXT]) expect(text).not.toMatch(/get_order|\d+ ms/);
    expect(GATEWAY_TIMEOUT_TEXT).toMatch(/^504 Gateway Timeout: /);
  });

  it('not_found: 404 on the identifier, worded as the world words a missing record', () => {
    expect(isPlannedFaultKind('not_found')).toBe(true);
    const fault = plannedFault('not_found', 'fetch_fax_media', { FaxSid: 'FX12', Sid: 'ME21', PageSize: 5 }, (parameter) =>
      parameter === 'Sid' ? 'media' : 'fax',
    );
    expect(fault).toEqual({ kind: 'error', text: '404 Not Found: media "ME21" does not exist' });
    const plain = plannedFault('not_found', 'get_drug', { drug_id: 'dru_1' });
    expect(plain.kind === 'error' && plain.text).toBe('404 Not Found: resource "dru_1" does not exist');
  });
});
