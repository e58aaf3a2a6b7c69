import type { Persona, PlannedCall } from '@inftool/core';
import { PERSONAS, requestText, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';

const terse = PERSONAS.find((persona) => persona.style === 'terse') as Persona;
const view = (name: string, description: string, properties: Record<string, unknown>): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required: Object.keys(properties) },
});
const TOOLS = new Map([
  ['fetch_fax', view('fetch_fax', 'Fetch a specific fax.', { Sid: { type: 'string' } })],
  [
    'fetch_fax_media',
    view('fetch_fax_media', 'Fetch a specific fax media instance.', {
      FaxSid: { type: 'string', description: 'The SID of the fax with the FaxMedia resource to fetch.' },
      Sid: { type: 'string' },
    }),
  ],
]);
const FAX = 'FX0ac53b8ffdcd3561947d23cc252c3139';

describe('a value the earlier result already names', () => {
  it('is not said again beside the reference ("the media of the fax you just looked up", never "… with fax SID FX…")', () => {
    const plan: PlannedCall[][] = [
      [{ tool: 'fetch_fax', arguments: { Sid: FAX } }],
      [{ tool: 'fetch_fax_media', arguments: { FaxSid: FAX, Sid: { $result: { turn: 0, call: 0, field: 'media_sid' } } } }],
    ];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const text = requestText(terse, plan[1] as PlannedCall[], TOOLS, { seed, plan, turn: 1 });
      expect(text).not.toContain(FAX);
      expect(text).toMatch(/the media of (that fax|the fax you just)/);
      expect(text).not.toMatch(/media instance for the media/);
    }
  });
});

describe('a record named right after a list of its kind', () => {
  it('is asked for plainly: no "one from my own records" cover, after a list or after a read by reference', () => {
    const tools = new Map([
      ['list_fax', view('list_fax', 'Retrieve a list of all faxes.', { From: { type: 'string' } })],
      ['fetch_fax', view('fetch_fax', 'Fetch a specific fax.', { Sid: { type: 'string' } })],
      ['delete_fax', view('delete_fax', 'Delete a specific fax and its associated media.', { Sid: { type: 'string' } })],
    ]);
    const plan: PlannedCall[][] = [
      [{ tool: 'list_fax', arguments: { From: '+18929193567' } }],
      [{ tool: 'fetch_fax', arguments: { Sid: { $result: { turn: 0, call: 0, field: 'faxes.0.sid' } } } }],
      [{ tool: 'delete_fax', arguments: { Sid: 'FX173032f6e0964fbbe4a9df6d1f1be795' } }],
    ];
    for (const turn of [1, 2]) {
      const text = requestText(terse, plan[turn] as PlannedCall[], tools, { seed: 1, plan, turn });
      expect(text).not.toMatch(/my own records/);
    }
    expect(requestText(terse, plan[1] as PlannedCall[], tools, { seed: 1, plan, turn: 1 })).toMatch(/first fax/);
  });
});

describe('an id of another thing after a list', () => {
  it('says no source: an index key after a list of posts names an index, not a post', () => {
    const tools = new Map([
      ['posts_get', view('posts_get', 'Get the posts with the keys in the list.', { postKeys: { type: 'array' } })],
      [
        'posts_get_latest',
        view('posts_get_latest', 'Get the latest posts for an index.', { indexKind: { type: 'string' }, indexKey: { type: 'string' } }),
      ],
    ]);
    const plan: PlannedCall[][] = [
      [{ tool: 'posts_get', arguments: { postKeys: ['20250224-896469', '20240731-118757'] } }],
      [{ tool: 'posts_get_latest', arguments: { indexKind: 'home', indexKey: '8295846' } }],
    ];
    expect(requestText(terse, plan[1] as PlannedCall[], tools, { seed: 1, plan, turn: 1 })).not.toMatch(/my own records/);
  });
});
