import { Faker, en } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';
import { apiHost } from './topic.js';
import { pairProviderService, providerServiceProblem, PROVIDER_SERVICES } from '../provider-services.js';

const faker = new Faker({ locale: [en] });
const value = (
  schema: Record<string, unknown>,
  name: string,
  context: { tool: string; description?: string; host?: string },
  seed: number,
  echo?: Record<string, unknown>,
): unknown => {
  faker.seed(seed);
  return generateValue(schema, name, { faker, root: schema, context, ...(echo === undefined ? {} : { echo }) });
};
const OPEN_TARGETS = { tool: 'get_association_filter', description: 'Filter available associations. open_targets_platform_rest_api' };
const CORRENTLY = { tool: 'metering_get', description: 'Meter Reading. corrently_io' };

describe('values fit what the parameter means', () => {
  it('a UniProt keyword is a KW code, a data source one of the API, a score on 0–1 with its minimum below its maximum', () => {
    const schema = {
      type: 'object',
      properties: {
        uniprotkw: { type: 'string', description: 'A UniProt keyword (meaning all the targets linked to that keyword).' },
        'data source': { type: 'string', description: 'Data source to consider.' },
        scorevalue_min: {
          type: 'number',
          format: 'float',
          default: 0,
          description: 'Filter by minimum score value. The default is 0, but using 0.2 is a good trade-off.',
        },
        scorevalue_max: { type: 'number', format: 'float', description: 'Filter by maximum score value.' },
      },
      required: ['uniprotkw', 'data source', 'scorevalue_min', 'scorevalue_max'],
    };
    for (let seed = 0; seed < 20; seed += 1) {
      const args = value(schema, 'get_association_filter', OPEN_TARGETS, seed) as Record<string, unknown>;
      expect(args['uniprotkw']).toMatch(/^KW-\d{4}$/);
      expect(args['data source']).toMatch(/^[a-z_]+$/);
      expect(args['data source']).not.toMatch(/\//);
      for (const key of ['scorevalue_min', 'scorevalue_max']) {
        expect(args[key]).toBeGreaterThanOrEqual(0);
        expect(args[key]).toBeLessThanOrEqual(1);
      }
      expect(args['scorevalue_min'] as number).toBeLessThanOrEqual(args['scorevalue_max'] as number);
    }
  });

  it('a provider shown as a domain name stays a domain name; a version example gives versions', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      expect(value({ type: 'string', examples: ['apis.guru'], minLength: 1 }, 'provider', { tool: 'get_provider' }, seed)).toMatch(
        /^[a-z0-9-]+(\.[a-z0-9-]+)+$/,
      );
      expect(value({ type: 'string', examples: ['2.1.0'] }, 'api', { tool: 'get_api' }, seed)).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it("a tool listing a provider's services asks about a provider that has some, never the one-API example", () => {
    const asked = new Set<unknown>();
    for (let seed = 0; seed < 30; seed += 1)
      asked.add(value({ type: 'string', examples: ['apis.guru'], minLength: 1 }, 'provider', { tool: 'get_services' }, seed));
    expect(asked.has('apis.guru')).toBe(false);
    for (const provider of asked) expect(Object.keys(PROVIDER_SERVICES)).toContain(provider);
    expect(asked.size).toBeGreaterThan(1);
  });

  it("a call naming a provider and a service names one of that provider's services", () => {
    // the APIs.guru spec: the provider's example is a one-API provider, the service's is Microsoft's
    const schema = {
      type: 'object',
      properties: {
        provider: { type: 'string', examples: ['apis.guru'], minLength: 1, maxLength: 255 },
        service: { type: 'string', examples: ['graph'], minLength: 1, maxLength: 255 },
        api: { type: 'string', examples: ['2.1.0'], minLength: 1 },
      },
      required: ['provider', 'service', 'api'],
    };
    const providers = new Set<string>();
    for (let seed = 0; seed < 40; seed += 1) {
      const args = value(schema, 'get_service_api', { tool: 'get_service_api' }, seed) as Record<string, string>;
      const services = PROVIDER_SERVICES[args['provider'] as string];
      expect(services, `seed ${seed}: ${JSON.stringify(args)}`).toBeDefined();
      expect(services).toContain(args['service']);
      providers.add(args['provider'] as string);
    }
    expect(providers.size).toBeGreaterThan(2);
  });

  it('pairProviderService leaves a pair that belongs together and a single API with no service alone', () => {
    const first = (list: readonly string[]) => list[0];
    const kept = { provider: 'twilio.com', service: 'twilio_fax_v1' };
    pairProviderService(kept, first);
    expect(kept).toEqual({ provider: 'twilio.com', service: 'twilio_fax_v1' });
    const single = { provider: 'spotify.com', service: '' };
    pairProviderService(single, first);
    expect(single).toEqual({ provider: 'spotify.com', service: '' });
    const moved = { provider: 'apis.guru', serviceName: 'gmail' };
    pairProviderService(moved, first);
    expect(moved).toEqual({ provider: 'googleapis.com', serviceName: 'gmail' });
    const refused = { provider: 'twilio.com', service: 'graph' };
    pairProviderService(refused, first, (key, text) => key !== 'service' || text.length <= 4);
    expect(refused.service).toBe('graph');
  });

  it('providerServiceProblem: a one-API provider asked for its services, a service of another provider, an empty service', () => {
    expect(providerServiceProblem({ provider: 'apis.guru' }, 'getServices')?.parameter).toBe('provider');
    expect(providerServiceProblem({ provider: 'apis.guru' }, 'getProvider')).toBeUndefined();
    expect(providerServiceProblem({ provider: 'googleapis.com' }, 'getServices')).toBeUndefined();
    expect(providerServiceProblem({ provider: 'googleapis.com', service: 'graph' }, 'getServiceAPI')?.problem).toMatch(/not a service/);
    expect(providerServiceProblem({ provider: 'googleapis.com', service: ' ' }, 'getServiceAPI')?.problem).toBe('an empty service name');
    expect(providerServiceProblem({ provider: 'microsoft.com', service: 'graph' }, 'getServiceAPI')).toBeUndefined();
  });

  it('a Stromkonto is an Ethereum-style address, a receipt identifier a serial number', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      expect(
        value({ type: 'string', description: 'Account/Address (Stromkonto) to retrieve reading for.' }, 'account', CORRENTLY, seed),
      ).toMatch(/^0x[0-9a-f]{40}$/);
      expect(
        value(
          { type: 'string', description: 'Quittung Identifier (serialnumber generated during receipt generation process)' },
          'account',
          { tool: 'quittung_tse', description: 'corrently_io' },
          seed,
        ),
      ).toMatch(/^Q-\d{4}-\d{6}$/);
    }
  });

  it('links point at the API host when it is known', () => {
    expect(apiHost('/specs/corrently.io.json', 'corrently_io')).toBe('api.corrently.io');
    expect(apiHost('/specs/twilio.com_twilio_fax_v1.json', 'twilio_fax')).toBe('api.twilio.com');
    expect(apiHost(undefined, 'corrently_io')).toBe('api.corrently.io');
    expect(apiHost('/specs/petstore.json', 'petstore')).toBeUndefined();
    for (let seed = 0; seed < 5; seed += 1)
      expect(value({ type: 'string', format: 'url' }, 'swaggerUrl', { tool: 'get_api', host: 'api.apis.guru' }, seed)).toMatch(
        /^https:\/\/api\.apis\.guru\//,
      );
  });
});

describe('lists name each thing once', () => {
  it('search hits have distinct names, the top one the query', () => {
    const schema = {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          minItems: 3,
          maxItems: 3,
          items: { type: 'object', properties: { name: { type: 'string' }, score: { type: 'number' } }, required: ['name', 'score'] },
        },
      },
      required: ['items'],
    };
    for (const context of [
      { tool: 'get_quick_search', description: 'Search most relevant results. open_targets_platform_rest_api' },
      { tool: 'search_places', description: 'Search places.' },
    ]) {
      for (let seed = 0; seed < 15; seed += 1) {
        const items = (value(schema, context.tool, context, seed, { q: 'KRAS' }) as { items: Array<{ name: string }> }).items;
        expect(new Set(items.map((item) => item.name)).size).toBe(items.length);
        expect(items.some((item) => item.name.startsWith('KRAS'))).toBe(true);
      }
    }
  });

  it('a batch body lists distinct ids', () => {
    const schema = { type: 'string', examples: ['{"disease":["gene1","gene2"]}'], description: 'An EFO code listed as disease.id.' };
    for (let seed = 0; seed < 20; seed += 1) {
      const body = JSON.parse(
        String(
          value(schema, 'body', { tool: 'post_disease_by_id', description: 'Get disease objects. open_targets_platform_rest_api' }, seed),
        ),
      ) as { disease: string[] };
      expect(new Set(body.disease).size).toBe(body.disease.length);
    }
  });
});

describe('keys, handles, places and prices as the API has them', () => {
  it('map keys come from the spec example; open objects named info or links hold what such objects hold', () => {
    const record = {
      type: 'object',
      properties: {
        preferred: { type: 'string' },
        info: { type: 'object', minProperties: 1, description: 'Copy of `info` section' },
        links: { type: ['object', 'null'] },
      },
      required: ['preferred', 'info', 'links'],
    };
    const schema = {
      type: 'object',
      minProperties: 1,
      additionalProperties: record,
      examples: [{ 'googleapis.com:drive': { preferred: 'v3' } }],
    };
    for (let seed = 0; seed < 10; seed += 1) {
      const map = value(schema, 'list_apis', { tool: 'list_apis', host: 'api.apis.guru' }, seed) as Record<
        string,
        { info: Record<string, unknown>; links: Record<string, string> }
      >;
      expect(Object.keys(map)).toEqual(['googleapis.com:drive']);
      const entry = map['googleapis.com:drive'] as { info: Record<string, unknown>; links: Record<string, string> };
      expect(Object.keys(entry.info).sort()).toEqual(['title', 'version']);
      expect(entry.links['self']).toMatch(/^https:\/\/api\.apis\.guru\//);
    }
  });

  it('a field described as a username is one, whatever its name', () => {
    for (let seed = 0; seed < 10; seed += 1)
      expect(value({ type: 'string', description: 'Username of the ticket creator.' }, 'created_by', { tool: 'get_ticket' }, seed)).toMatch(
        /^[a-z0-9_]+$/,
      );
  });

  it('a handle has no dots, a path names its things in the plural', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      expect(value({ type: 'string' }, 'username', { tool: 'easee_sessions' }, seed)).toMatch(/^[a-z0-9_]+$/);
      expect(value({ type: 'string', format: 'uri' }, 'media_url', { tool: 'fetch_fax', host: 'api.twilio.com' }, seed)).toMatch(
        /^https:\/\/api\.twilio\.com\/faxes\//,
      );
    }
  });

  it('a German energy API has German coordinates; a US fax API bills cents in USD', () => {
    const place = { type: 'object', properties: { lat: { type: 'number' }, lon: { type: 'number' } }, required: ['lat', 'lon'] };
    const fax = {
      type: 'object',
      properties: { price: { type: 'number' }, price_unit: { type: 'string', description: 'The ISO 4217 currency used for billing' } },
      required: ['price', 'price_unit'],
    };
    for (let seed = 0; seed < 20; seed += 1) {
      const { lat, lon } = value(place, 'gsi_prediction', CORRENTLY, seed) as { lat: number; lon: number };
      expect(lat).toBeGreaterThan(47);
      expect(lat).toBeLessThan(55.1);
      expect(lon).toBeGreaterThan(5.8);
      expect(lon).toBeLessThan(15.1);
      const bill = value(fax, 'fetch_fax', { tool: 'fetch_fax', description: 'Fetch a specific fax. twilio_fax' }, seed) as {
        price: number;
        price_unit: string;
      };
      expect(bill.price_unit).toBe('USD');
      expect(bill.price).toBeLessThanOrEqual(0.5);
    }
  });
});

describe('an example key names what the call asked for', () => {
  it('the provider asked for replaces the example key’s domain', () => {
    const schema = {
      type: 'object',
      additionalProperties: { type: 'object', properties: { preferred: { type: 'string' } }, required: ['preferred'] },
      examples: [{ 'googleapis.com:drive': { preferred: 'v3' } }],
    };
    expect(Object.keys(value(schema, 'get_provider', { tool: 'get_provider' }, 1, { provider: 'twilio.com' }) as object)).toEqual([
      'twilio.com:drive',
    ]);
  });
});

describe('links go where their name says', () => {
  it('a Flickr link is on Flickr, a web page on the site, a cut recursion ends', () => {
    const news = { tool: 'ministries_get_one', description: 'News API bc_gov_news_api_service', host: 'api.gov.bc.ca' };
    for (let seed = 0; seed < 5; seed += 1) {
      expect(value({ type: 'string' }, 'flickrUri', news, seed)).toMatch(/^https:\/\/www\.flickr\.com\/photos\/[a-z0-9_]+$/);
      expect(value({ type: 'string' }, 'homepage', news, seed)).toMatch(/^https:\/\/www\.gov\.bc\.ca\//);
    }
    const tariff = {
      type: 'object',
      properties: { components: { description: '(recursive schema cut)' }, parent: { description: '(recursive schema cut)' } },
      required: ['components', 'parent'],
    };
    expect(value(tariff, 'tariffcomponents', { tool: 'tariffcomponents' }, 1)).toEqual({ components: [], parent: null });
  });
});

describe('paging links', () => {
  it('a next page is on the API host', () => {
    for (let seed = 0; seed < 5; seed += 1)
      expect(value({ type: 'string', format: 'uri' }, 'next_page_url', { tool: 'list_fax', host: 'api.twilio.com' }, seed)).toMatch(
        /^https:\/\/api\.twilio\.com\//,
      );
  });
});

describe('a described example', () => {
  it('beats a name made of the field word', () => {
    const schema = { type: 'string', description: 'Score types to apply the score value min and max filters. The default is `overall`.' };
    for (let seed = 0; seed < 20; seed += 1) expect(value(schema, 'scorevalue_types', OPEN_TARGETS, seed)).not.toMatch(/types/i);
  });
});

describe('links and addresses sit under the API, never a placeholder domain', () => {
  const PLACEHOLDER = /example\.(com|org|net)|cdn-example|contoso|acme-corp|northwind/;
  const NEWS = { tool: 'posts_get_one', description: 'News API bc_gov_news_api_service', host: 'api.gov.bc.ca' };
  const fields: Array<[string, Record<string, unknown>]> = [
    ['email', { type: 'string' }],
    ['emailAddress', { type: 'string' }],
    ['contactemail', { type: 'string' }],
    ['photo', { type: 'string' }],
    ['pictureUri', { type: 'string' }],
    ['facebookPictureUri', { type: 'string' }],
    ['posterLogo', { type: 'string' }],
    ['redirectUri', { type: 'string' }],
    ['website', { type: 'string' }],
    ['url', { type: 'string' }],
    ['domain', { type: 'string' }],
    ['links', { type: 'object' }],
  ];

  it('uses the API host when it is known', () => {
    for (const [name, schema] of fields)
      for (let seed = 0; seed < 8; seed += 1) {
        const text = JSON.stringify(value(schema, name, NEWS, seed));
        expect(text, `${name} (seed ${seed})`).not.toMatch(PLACEHOLDER);
      }
    for (let seed = 0; seed < 8; seed += 1) {
      expect(value({ type: 'string' }, 'photo', NEWS, seed)).toMatch(/^https:\/\/images\.gov\.bc\.ca\//);
      expect(value({ type: 'string' }, 'website', NEWS, seed)).toMatch(/^https:\/\/www\.gov\.bc\.ca\//);
      expect(value({ type: 'string' }, 'email', NEWS, seed)).toMatch(/@(gov\.bc\.ca|gmail\.com|outlook\.com|yahoo\.com)$/);
    }
  });

  it('makes a domain from what the tool is about when the host is unknown', () => {
    const weather = { tool: 'get_weather_forecast', description: 'Weather forecast for a city' };
    for (const [name, schema] of fields)
      for (let seed = 0; seed < 8; seed += 1) {
        const text = JSON.stringify(value(schema, name, weather, seed));
        expect(text, `${name} (seed ${seed})`).not.toMatch(PLACEHOLDER);
      }
    for (let seed = 0; seed < 8; seed += 1)
      expect(value({ type: 'string' }, 'website', weather, seed)).toMatch(/^https:\/\/www\.weatherforecast\.com\//);
  });
});
