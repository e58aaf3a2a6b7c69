import { type Persona, type PlannedCall } from '@inftool/core';
import { PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

/** An argument said as what it is: a release under APIs.guru's `api` parameter is a version, never an API's name. */
const persona = PERSONAS[0] as Persona;
const getApi: ToolView = {
  name: 'get_api',
  description:
    'Retrieve one version of a particular API. Returns the API entry for one specific version of an API where there is no serviceName.',
  inputSchema: {
    type: 'object',
    properties: { provider: { type: 'string', examples: ['apis.guru'] }, api: { type: 'string', examples: ['2.1.0'] } },
    required: ['provider', 'api'],
  },
};

describe('a version is said as a version', () => {
  it('asks for version 3.7.2, never "API 3.7.2"', () => {
    const plan: PlannedCall[][] = [[{ tool: 'get_api', arguments: { provider: 'atlassian.com', api: '3.7.2' } }]];
    for (let seed = 0; seed < 8; seed++) {
      const text = requestText(persona, plan[0]!, new Map([['get_api', getApi]]), { seed, plan, turn: 0 });
      expect(text).toMatch(/version 3\.7\.2/i);
      expect(text).not.toMatch(/\bAPI 3\.7\.2/);
    }
  });
});
