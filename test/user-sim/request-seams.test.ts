import { createRandom, type Persona, type PlannedCall } from '@inftool/core';
import { actionOf, OUT_OF_REACH_REQUESTS, outOfReachRequest, PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';
import { requestWording } from '../../packages/harness/src/run/checks/user-request.js';

const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const seeds = Array.from({ length: 12 }, (_, index) => index);
const random = createRandom(1);

describe('a request never speaks the documentation’s words for a thing', () => {
  it('says "the image of a newsletter edition", "autocomplete suggestions", "filter the evidence", "query expression levels"', () => {
    const image = actionOf(
      'Get the image object reference by of a Newsletter Edition associated with the image guid',
      'newsletters_get_image',
      random,
    );
    expect(image.object).not.toMatch(/object reference|by of/);
    expect(image.object).toMatch(/^the image of a Newsletter Edition/);
    expect(actionOf('Get `autocomplete` objects. Search for the closest term.', 'get_autocomplete', random).object).toBe(
      'the autocomplete suggestions',
    );
    expect(actionOf('Batch filter available evidence. POST version of /public/evidence/filter.', 'post_evidence_filter', random)).toEqual({
      verb: 'filter',
      object: 'the evidence',
    });
    // "Locate" reads: never "pull up the locate nearby parks".
    expect(
      actionOf('Locate nearby parks based on specific criteria like tennis court availability.', 'parks_find_nearby', random).object,
    ).toMatch(/^(the )?nearby parks/);
    expect(actionOf('Batch query expression levels.', 'post_expression', random).verb).toBe('query');
  });

  it('puts an article before a bare singular noun it reads ("get the association", "ping the service")', () => {
    expect(actionOf('Get association by id.', 'get_association_by_id', random).object).toBe('the association by id');
    expect(actionOf('Ping service. Check if the API is up', 'get_ping', random)).toEqual({ verb: 'ping', object: 'the service' });
  });

  it('opens no message with "Task for you:", and no out-of-reach request says "a eye test"', () => {
    const tool = view('get_ping', 'Ping service.');
    for (const persona of PERSONAS as Persona[])
      for (const seed of seeds)
        expect(requestText(persona, [call('get_ping', {})], new Map([['get_ping', tool]]), { seed })).not.toMatch(/Task for you/);
    const template = OUT_OF_REACH_REQUESTS.find((text) => text.includes('{appointment}')) as string;
    for (const seed of seeds) {
      const text = outOfReachRequest(template, createRandom(seed));
      expect(requestWording(text)).toEqual([]);
    }
  });
});

describe('a value is said once, where the clause names its noun', () => {
  it('"the best hour in a timeframe of 24", never "in a timeframe with a timeframe of 24"', () => {
    const tool = view(
      'gsi_besthour',
      'Get best hour (with most regional green energy) in a given timeframe.',
      { timeframe: { type: 'integer' }, hours: { type: 'integer' } },
      [],
    );
    for (const seed of seeds) {
      const text = requestText(
        PERSONAS[0] as Persona,
        [call('gsi_besthour', { timeframe: 24, hours: 10 })],
        new Map([['gsi_besthour', tool]]),
        {
          seed,
        },
      );
      expect(text).toContain('the best hour in a timeframe of 24');
      expect(text.match(/timeframe/g)).toHaveLength(1);
    }
  });
});

describe('several cases that each give a list are said apart', () => {
  it('"BRCA1 and KRAS, separately for … and separately for …"', () => {
    const tool = view(
      'post_best_hit_search',
      'Find the best hit. Fire the search method for multiple strings',
      { body: { type: 'string' } },
      ['body'],
    );
    const calls = [
      call('post_best_hit_search', { body: '["BRCA1","KRAS"]' }),
      call('post_best_hit_search', { body: '["Alzheimer\'s disease","BRCA1"]' }),
      call('post_best_hit_search', { body: '["psoriasis","breast cancer"]' }),
    ];
    const text = requestText(PERSONAS[0] as Persona, calls, new Map([[tool.name, tool]]), { seed: 3 });
    expect(text).toContain(
      'BRCA1 and KRAS, separately for "Alzheimer\'s disease" and "BRCA1", and separately for "psoriasis" and "breast cancer"',
    );
  });
});

describe('a value the user gave turns ago is named, not "the same" one', () => {
  it('names the fax again once another fax came up in between', () => {
    const tools = new Map<string, ToolView>([
      [
        'fetch_fax_media',
        view('fetch_fax_media', 'Fetch a specific fax media instance.', { FaxSid: { type: 'string' }, Sid: { type: 'string' } }, [
          'FaxSid',
          'Sid',
        ]),
      ],
      ['fetch_fax', view('fetch_fax', 'Fetch a specific fax.', { Sid: { type: 'string' } }, ['Sid'])],
      [
        'list_fax_media',
        view('list_fax_media', 'Retrieve a list of all fax media instances for the specified fax.', { FaxSid: { type: 'string' } }, [
          'FaxSid',
        ]),
      ],
    ]);
    const first = 'FX0c2b209e1398009b8e0516205a72e77d';
    const plan: PlannedCall[][] = [
      [call('fetch_fax_media', { FaxSid: first, Sid: 'ME1e28c2174d545a2e04fbdad3166777d6' })],
      [call('fetch_fax', { Sid: 'FX490f31dac95bf72614ab3156138c3423' })],
      [call('list_fax_media', { FaxSid: { $result: { turn: 0, call: 0, field: 'fax_sid' } } })],
    ];
    for (const seed of seeds) {
      const text = requestText(PERSONAS[1] as Persona, plan[2] as PlannedCall[], tools, { seed, plan, turn: 2 });
      expect(text).toContain(first);
      expect(text).not.toMatch(/the same fax|that fax/);
    }
    // The turn right after still says "that fax": it is the one just discussed.
    const next: PlannedCall[][] = [plan[0] as PlannedCall[], plan[2] as PlannedCall[]];
    next[1] = [call('list_fax_media', { FaxSid: { $result: { turn: 0, call: 0, field: 'fax_sid' } } })];
    expect(requestText(PERSONAS[1] as Persona, next[1], tools, { seed: 1, plan: next, turn: 1 })).not.toContain(first);
  });
});

describe('requestWording: the user_request check of documentation words and articles', () => {
  it('flags doc words and a wrong article, passes English', () => {
    expect(requestWording('Want you to get me autocomplete objects for "Alzheimer\'s disease".')).toHaveLength(1);
    expect(requestWording('Task for you: find the best hit.')).toHaveLength(1);
    expect(requestWording('Find the image object reference of a Newsletter Edition.')).toHaveLength(1);
    expect(requestWording('Schedule a eye test appointment for me next Monday.')[0]).toMatch(/a eye/);
    expect(requestWording('Schedule an eye test for a user within an hour, and send an SMS.')).toEqual([]);
    expect(requestWording('Search for "a eye" in the notes.')).toEqual([]);
    expect(requestWording('Send a SMS with the link and an URL.')[0]).toMatch(/a SMS/);
    expect(requestWording('Open a URL, then an MRI report with a UV index.')).toEqual([]);
  });
});
