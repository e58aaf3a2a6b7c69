import { describe, expect, it } from 'vitest';
import type { PlannedCall, ToolSpec } from '@inftool/core';
import { withoutUnseenContacts } from './unseen-contacts.js';
import type { IndexedTool } from './tool-index.js';

const LIST: IndexedTool = {
  spec: {
    name: 'list_fax',
    description: 'Retrieve a list of all faxes.',
    inputSchema: { type: 'object', properties: { From: { type: 'string' }, To: { type: 'string' } } },
  } as ToolSpec,
  domain: 'd',
  category: 'c',
  server: 's',
};
const TO = { $result: { turn: 0, call: 0, field: 'to' } };

describe('a list fed by an earlier result', () => {
  it('drops a sender number the conversation never showed, keeps one it named', () => {
    const planned: PlannedCall = { tool: 'list_fax', arguments: { From: '+13524526984', To: TO } };
    const earlier: PlannedCall[][] = [[{ tool: 'fetch_fax', arguments: { Sid: 'FX1' } }]];
    expect(withoutUnseenContacts(planned, LIST, earlier).arguments).toEqual({ To: TO });
    const named: PlannedCall[][] = [[{ tool: 'list_fax', arguments: { From: '+13524526984' } }]];
    expect(withoutUnseenContacts(planned, LIST, named).arguments).toEqual({ From: '+13524526984', To: TO });
  });

  it('leaves a first request, which names what the user has, as planned', () => {
    const planned: PlannedCall = { tool: 'list_fax', arguments: { From: '+13524526984' } };
    expect(withoutUnseenContacts(planned, LIST, []).arguments).toEqual({ From: '+13524526984' });
  });
});
