import type { Persona, PlannedCall } from '@inftool/core';
import { answerText, PERSONAS, requestText, unitOf, type ToolView } from '@inftool/user-sim';
import { describe, expect, it } from 'vitest';
import { keptOptional, loneUnit, technicalSwitch } from '../../packages/harness/src/tasks/optional-arguments.js';

const persona = PERSONAS.find((entry) => entry.style === 'formal') as Persona;
const view = (name: string, description: string, properties: Record<string, unknown> = {}, required: string[] = []): ToolView => ({
  name,
  description,
  inputSchema: { type: 'object', properties, required },
});
const call = (tool: string, args: Record<string, unknown>): PlannedCall => ({ tool, arguments: args });
const seeds = Array.from({ length: 8 }, (_, index) => index);
const sayAll = (tool: ToolView, args: Record<string, unknown>) =>
  seeds.map((seed) => requestText(persona, [call(tool.name, args)], new Map([[tool.name, tool]]), { seed }));

describe('a number is said with the unit its description or name gives', () => {
  it('reads the unit off the description', () => {
    expect(unitOf('The number of days for which releases are required from current date.')).toBe('days');
    expect(unitOf('Distance from the charge in meters where the field is measured.')).toBe('m');
    expect(unitOf('The loan amount in USD.')).toBe('USD');
    expect(unitOf('The initial velocity in meters per second.')).toBe('m/s');
    expect(unitOf('The acceleration due to gravity in meters per second squared, default value is 9.8.')).toBe('m/s²');
    expect(unitOf('The acceleration of the object in m/s^2.')).toBe('m/s²');
    expect(unitOf('The year being queried.')).toBeUndefined();
  });

  it('says "a timeframe of 5 days", "access valid for 20 days", "a weight of 17.8 kg", never the bare number or the unit twice', () => {
    const tool = view('create_agreement', 'Create an agreement.', {
      timeframe: { type: 'integer', description: 'The number of days for which releases are required.' },
      access_valid_for_days: { type: 'integer', description: 'Number of days the access is valid for.' },
      weight_kg: { type: 'number', description: 'The weight in kilograms.' },
      distance: { type: 'number', description: 'The distance from the charge in meters.' },
    });
    for (const text of sayAll(tool, { timeframe: 5, access_valid_for_days: 20, weight_kg: 17.8, distance: 12 })) {
      expect(text).toMatch(/5 days/);
      expect(text).toMatch(/access valid for 20 days/);
      expect(text).toMatch(/a weight of 17\.8 kg/);
      expect(text).toMatch(/a distance of 12 m\b/);
      expect(text).not.toMatch(/days of 20 days|weight kg/);
    }
  });

  it('answers a question for a count with its unit: "The timeframe is 5 days."', () => {
    const said = [0, 1, 2, 3, 4, 5].map((seed) =>
      answerText({ timeframe: 5 }, 'formal', seed, { timeframe: 'The number of days for which releases are required.' }),
    );
    for (const text of said) expect(text).toMatch(/\b5 days\b/);
    expect(answerText({ timeframe: 5 }, 'formal', 0)).not.toMatch(/days/);
  });
});

describe('plumbing is no words of a request', () => {
  it('says a language by its name, never "accept language de-DE"', () => {
    const tool = view(
      'get_brand',
      'Get a brand.',
      { brand_id: { type: 'string' }, 'Accept-Language': { type: 'string', enum: ['de-DE', 'pl-PL'] } },
      ['brand_id', 'Accept-Language'],
    );
    for (const text of sayAll(tool, { brand_id: '42', 'Accept-Language': 'de-DE' })) {
      expect(text).toMatch(/in German/);
      expect(text).not.toMatch(/accept language|de-DE/i);
    }
  });

  it('tells a translation’s languages apart: "into Galician", never "in Armenian" for the source', () => {
    const tool = view(
      'translate_text',
      'Translates input text.',
      { Text: { type: 'string' }, SourceLanguageCode: { type: 'string' }, TargetLanguageCode: { type: 'string' } },
      ['Text', 'SourceLanguageCode', 'TargetLanguageCode'],
    );
    for (const text of sayAll(tool, {
      Text: 'Please confirm your booking by Friday.',
      SourceLanguageCode: 'hy',
      TargetLanguageCode: 'gl',
    })) {
      expect(text).toMatch(/into Galician/);
      expect(text).not.toMatch(/in Armenian/);
    }
  });

  it('leaves optional headers and a unit without its measure out of a plan', () => {
    expect(technicalSwitch('Accept-Language', { type: 'string' }, 'de-DE')).toBe(true);
    expect(technicalSwitch('contentType', { type: 'string' }, 'json')).toBe(true);
    expect(technicalSwitch('X-Search-Location', { type: 'string' }, 'lat:47')).toBe(true);
    expect(technicalSwitch('X_component', { type: 'number' }, 3)).toBe(false);
    expect(technicalSwitch('language', { type: 'string' }, 'English')).toBe(false);
    expect(loneUnit('age.unit', { 'age.unit': 'month' }, new Set())).toBe(true);
    expect(loneUnit('age.unit', { 'age.unit': 'month', 'age.value': 22 }, new Set())).toBe(false);
    const schema = { type: 'object', properties: { 'age.value': { type: 'integer' }, 'age.unit': { type: 'string' } } };
    for (const seed of seeds) expect(Object.keys(keptOptional({ 'age.unit': 'month' }, schema, 'get_lab_tests', '', seed))).toEqual([]);
  });

  it('says a filter object in words and a media type as the file it is', () => {
    const hotels = view('list_hotels', 'List hotels.', { name: { type: 'object' }, created: { type: 'object' } });
    for (const text of sayAll(hotels, { name: { eq: 'Minimalist Palace', like: 'palace' }, created: { gt: '2025-10-15' } })) {
      expect(text).toMatch(/named Minimalist Palace/);
      expect(text).toMatch(/created after 2025-10-15/);
      expect(text).not.toMatch(/\b(eq|gt)\b|like palace/);
    }
    const translate = view('translate_document', 'Translate a document.', { Document: { type: 'object' } }, ['Document']);
    for (const text of sayAll(translate, { Document: { Content: 'Please confirm by Friday.', ContentType: 'application/pdf' } })) {
      expect(text).toMatch(/as a PDF/);
      expect(text).not.toMatch(/content type|application\/pdf/i);
    }
  });
});

describe('a reference names the thing it points at', () => {
  it('says "the order you just looked up", never "the order details you just ordered"', () => {
    const order = view('get_order_details', 'Get the details of an order.', { order_id: { type: 'integer' } }, ['order_id']);
    const stock = view('get_stock_info', 'Get the details of a stock.', { symbol: { type: 'string' } }, ['symbol']);
    const plan = [
      [call(order.name, { order_id: 93827 })],
      [call(stock.name, { symbol: { $result: { turn: 0, call: 0, field: 'symbol' } } })],
    ];
    const tools = new Map([
      [order.name, order],
      [stock.name, stock],
    ]);
    for (const seed of seeds) {
      const text = requestText(persona, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 });
      expect(text).toMatch(/\b(that order|the order you)\b/);
      expect(text).not.toMatch(/order details|ordered/);
    }
  });

  it('names which of two records it means, by the id it was asked with', () => {
    const fax = view('fetch_fax', 'Fetch a fax.', { Sid: { type: 'string' } }, ['Sid']);
    const media = view('list_fax', 'List faxes.', { To: { type: 'string' } });
    const plan = [
      [call(fax.name, { Sid: 'FXaaa111' })],
      [call(fax.name, { Sid: 'FXbbb222' })],
      [call(media.name, { To: { $result: { turn: 0, call: 0, field: 'to' } } })],
    ];
    const tools = new Map([
      [fax.name, fax],
      [media.name, media],
    ]);
    for (const seed of seeds) {
      const text = requestText(persona, plan[2] as PlannedCall[], tools, { seed, plan, turn: 2 });
      expect(text).toMatch(/fax FXaaa111/);
      expect(text).not.toMatch(/the fax you (just )?looked up|that fax|fax from (earlier|before)/);
    }
  });

  it('says the first listed record once, never "the ministry with the first ministry"', () => {
    const all = view('ministries_get_all', 'Get all ministries');
    const one = view('ministries_get_one', 'Get the Ministry associated with the ministry key', { key: { type: 'string' } }, ['key']);
    const plan = [[call(all.name, {})], [call(one.name, { key: { $result: { turn: 0, call: 0, field: 'items.0.key' } } })]];
    const tools = new Map([
      [all.name, all],
      [one.name, one],
    ]);
    for (const seed of seeds) {
      const text = requestText(persona, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 });
      expect(text).toMatch(/the first ministry/);
      expect(text).not.toMatch(/ministry (with|for|by) the first ministry/i);
    }
  });

  it('names the batch a batch, never "the any"', () => {
    const post = view('post_batch_any', 'Send a batch of messages.', { body: { type: 'array' } }, ['body']);
    const get = view('get_batch_batchid', 'Get all messages in a batch.', { batchid: { type: 'string' } }, ['batchid']);
    const plan = [
      [call(post.name, { body: [{ content: 'Hi', destination: '447777777777' }] })],
      [call(get.name, { batchid: { $result: { turn: 0, call: 0, field: 'batchid' } } })],
    ];
    const tools = new Map([
      [post.name, post],
      [get.name, get],
    ]);
    for (const seed of seeds) expect(requestText(persona, plan[1] as PlannedCall[], tools, { seed, plan, turn: 1 })).not.toMatch(/\bany\b/);
  });
});

describe('an endpoint label becomes a request about the thing', () => {
  it('says what a Title Case heading is about from the sentence that follows it', () => {
    const geo = view(
      'people_geo_people_geo_get',
      'People Geo. Get list of people currently representing a given location. **Note:** Currently limited to state legislators.',
      { lat: { type: 'number' }, lng: { type: 'number' } },
    );
    for (const text of sayAll(geo, { lat: 41.3874, lng: 2.1686 })) {
      expect(text).toMatch(/people currently representing/);
      expect(text).not.toMatch(/people geo/i);
    }
  });

  it('spells a name\u2019s abbreviation out as the tool text writes it', () => {
    const text = 'API endpoints related to end-user agreements.';
    const create = view('create_eua_v2', text, { institution_id: { type: 'string' } }, ['institution_id']);
    const list = view('retrieve_all_euas_for_an_end_user_v2', text, {});
    const tools = new Map([
      [create.name, create],
      [list.name, list],
    ]);
    for (const seed of seeds) {
      const said = requestText(persona, [call(create.name, { institution_id: '6078045' })], tools, { seed });
      expect(said).toMatch(/an end-user agreement/);
      expect(said).not.toMatch(/\beua\b/);
      expect(requestText(persona, [call(list.name, {})], tools, { seed })).toMatch(/end-user agreements/);
    }
  });
});
