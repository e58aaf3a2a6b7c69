import { describe, expect, it } from 'vitest';
import { callOutcome as outcome } from '../../../../test/support/call-outcomes.js';
import { describeResult } from './describe-result.js';

describe('answer templates a reader would flag', () => {
  it('a failure says what failed with the call’s verb and subject, never the tool’s description pasted in', () => {
    const failed = (tool: string, args: Record<string, unknown>, description: string) =>
      describeResult({ ...outcome(tool, args, '500 Internal Server Error', description), isError: true });
    const fax = failed('delete_fax', { fax_sid: 'FX123' }, 'Delete a specific fax and its associated media.');
    expect(fax).toMatch(/^I could not delete fax FX123: /);
    expect(fax).not.toMatch(/specific fax|associated media/);
    const receipt = failed('create_quittung', { amount: 12 }, 'Quittung');
    expect(receipt).toMatch(/^I could not create the quittung: /);
    expect(failed('list_posts', {}, 'Get posts all keys')).toMatch(/^I could not list the posts: /);
  });

  it('a count opens with what was found, not with "the lookup turned up"', () => {
    for (let index = 0; index < 40; index += 1) {
      const regions = [
        { name: `Europe ${index}`, active_cases: 64 + index, deaths: 3 },
        { name: `Asia ${index}`, active_cases: 3, deaths: 1 + index },
      ];
      const text = describeResult(outcome('list_regions', { page: index }, { items: regions }));
      expect(text).not.toMatch(/lookup turned up/i);
      expect(text).toContain(`Europe ${index}`);
    }
  });

  it('records with no name are told by the field that tells them apart, not by their place in the list', () => {
    const relations = {
      items: [
        { id: '8983918', subject: 'ENSG00000133703', related_name: 'BRCA1', relation_type: 'part_of', score: 0.63 },
        { id: '4608162', subject: 'ENSG00000001626', related_name: 'BRCA1', relation_type: 'associated_with', score: 0.58 },
      ],
    };
    const told = describeResult(outcome('post_relation', { body: 'x' }, relations));
    expect(told).not.toMatch(/the first|the second/);
    expect(told).toMatch(/ENSG00000133703[^;]*part of[^;]*0\.63/);
    expect(told).toMatch(/ENSG00000001626[^;]*associated with[^;]*0\.58/);
    const accounts = {
      items: [
        { balance: 230, haben: 20, variation: 'gsb' },
        { balance: 20, haben: 20, variation: 'erzeugung' },
      ],
    };
    const balances = describeResult(outcome('stromkonto_choices', {}, accounts));
    expect(balances).not.toMatch(/the first|the second/);
    expect(balances).toMatch(/gsb[^;]*230/);
    expect(balances).toMatch(/erzeugung[^;]*20/);
    const forecast = {
      forecast: [
        { energyprice: 58.07, scaled: true, timeStamp: 1766967600000 },
        { energyprice: -0.203, scaled: false, timeStamp: 1768929480000 },
      ],
    };
    const prices = describeResult(outcome('gsi_prediction', { zip: '69117' }, forecast));
    expect(prices).not.toMatch(/the first|the second/);
    expect(prices).toMatch(/at 2025-12-29 00:20 UTC: [^;]*58\.07/);
  });
});
