import { describe, expect, it } from 'vitest';
import { capBelow, GATEWAY_TIMEOUT_TEXT, isPlannedFaultKind, plannedFault } from '@inftool/sim-server';

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

  it('not_found names the argument the plan says was sent wrong, not another id of the call', () => {
    const entity = (parameter: string) => (parameter === 'category_id' ? 'category' : 'tree');
    const args = { category_id: 'cat_169bc35233', category_tree_id: 'ebay_lmwpf4fluq' };
    // Without the argument the last id-like one is named; with it, the mistyped category.
    expect(plannedFault('not_found', 'get_category_subtree', args, entity)).toEqual({
      kind: 'error',
      text: '404 Not Found: tree "ebay_lmwpf4fluq" does not exist',
    });
    expect(plannedFault('not_found', 'get_category_subtree', args, entity, 'category_id')).toEqual({
      kind: 'error',
      text: '404 Not Found: category "cat_169bc35233" does not exist',
    });
    // An argument the call does not have is no help: the usual choice stands.
    expect(plannedFault('not_found', 'get_category_subtree', args, entity, 'missing')).toEqual({
      kind: 'error',
      text: '404 Not Found: tree "ebay_lmwpf4fluq" does not exist',
    });
  });
});

describe('planned faults of the user’s values and of a service down for a moment', () => {
  const text = (fault: ReturnType<typeof plannedFault>) => (fault.kind === 'error' ? fault.text : '');

  it('503 asks for a retry after a pause; wrong_id is a 404 like a typo', () => {
    expect(text(plannedFault('unavailable', 'get_order', { order_id: 'o1' }))).toMatch(
      /^503 Service Unavailable: .*retry after 2 seconds$/,
    );
    expect(text(plannedFault('wrong_id', 'get_order', { order_id: '4829130' }, () => 'order', 'order_id'))).toBe(
      '404 Not Found: order "4829130" does not exist',
    );
  });

  it('out_of_range names the most the service takes, the cap the planner corrects to', () => {
    expect(capBelow(500)).toBe(250);
    expect(capBelow(1000)).toBe(500);
    expect(capBelow(5)).toBeUndefined();
    expect(text(plannedFault('out_of_range', 'list_orders', { status: 'open', limit: 500 }, undefined, 'limit'))).toBe(
      '422 Unprocessable Entity: limit must be at most 250, got 500',
    );
  });

  it('bad_format names the date sent and the format the service reads', () => {
    expect(text(plannedFault('bad_format', 'list_orders', { placed_on: '03/04/2025' }, undefined, 'placed_on'))).toBe(
      '400 Bad Request: placed_on "03/04/2025" is not a valid date; expected the format YYYY-MM-DD',
    );
    for (const kind of ['unavailable', 'wrong_id', 'out_of_range', 'bad_format']) expect(isPlannedFaultKind(kind)).toBe(true);
  });
});
