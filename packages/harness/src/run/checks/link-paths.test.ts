import { describe, expect, it } from 'vitest';
import { reviewedCall } from '../../../../../test/support/reviewed-calls.js';
import { madeUpLinks } from './link-paths.js';
import { placeholderValues } from './results.js';

const call = (data: unknown) => reviewedCall('requisition_created', {}, data);

describe('links made from a status word', () => {
  it('rejects a link whose path is a made-up plural or a status word', () => {
    expect(madeUpLinks(call({ link: 'https://api.nordigen.com/createds/1tdq1i' }))).toHaveLength(1);
    expect(madeUpLinks(call({ items: [{ url: 'https://www.shop.com/actives/ab12cd' }] }))).toHaveLength(1);
    expect(madeUpLinks(call({ href: 'https://api.x.com/deleted/abc' }))).toHaveLength(1);
    expect(placeholderValues(call({ link: 'https://api.nordigen.com/deleteds/9k2jd1' })).join(' ')).toMatch(/status word/);
  });

  it("passes the API's own links", () => {
    const good = {
      link: 'https://ob.nordigen.com/psd2/start/8126e9fb-93c9-4228-937c-68f0383c2df7/REVOLUT_REVOGB21',
      self: 'https://api.nordigen.com/requisitions/8126e9fb',
      url: 'https://www.npr.org/2020/01/22/798532179/soleimanis-iran',
      media_url: 'https://api.x.com/status/active',
      feed: 'https://feeds.megaphone.fm/committed',
      redirect: 'https://www.nordigen.com/return',
    };
    expect(madeUpLinks(call(good))).toEqual([]);
  });
});
