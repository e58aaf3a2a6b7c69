import { describe, expect, it } from 'vitest';
import { leftoverGrammar } from '../../packages/harness/src/run/checks/user-request.js';

describe('user_request: grammar a generator left behind', () => {
  it('rejects words run together, a doubled full stop and an operation id read out', () => {
    expect(leftoverGrammar('Can you get me the this tool belongs to the ticketing system for resolution?', [])).toEqual(['the request runs words together: "the this"']);
    expect(leftoverGrammar('Please get the image object reference by of a Newsletter Edition.', [])).toEqual(['the request runs words together: "by of"']);
    expect(leftoverGrammar('Please add a note about partner organisations..', [])).toEqual(['the request has a doubled full stop']);
    expect(leftoverGrammar('Could you post sdw rest services get qid with query ID 4410?', ['post_sdw_rest_services_get_qid'])).toEqual(['the request reads out the operation id post_sdw_rest_services_get_qid']);
    expect(leftoverGrammar('Could you submit sdw rest services get qid?', ['post_sdw_rest_services_get_qid'])).toEqual(['the request reads out the operation id post_sdw_rest_services_get_qid']);
  });
  it('passes plain requests, an ellipsis and short tool names said as words', () => {
    expect(leftoverGrammar('Can you get all slides for the deck ABC... thanks?', ['slides_get_all'])).toEqual([]);
    expect(leftoverGrammar('Please resolve ticket 25220 with resolution "Replaced the cable".', ['resolve_ticket'])).toEqual([]);
    expect(leftoverGrammar('Get me the paginated results for query ID 4410.', ['get_sdw_rest_services_get_qid'])).toEqual([]);
  });
});

describe('user_request: a value left out', () => {
  it('rejects a preposition before the full stop', () => {
    expect(leftoverGrammar('So I was hoping you could show me languages that Amazon Translate supports for . Thanks so much!', [])).toEqual(['the request leaves a value out: "for ."']);
  });
});
