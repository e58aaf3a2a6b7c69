import { Faker, en } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { generateValue } from '../value-generator.js';
import { byMeaning, fieldOf, fieldSentence } from './kinds.js';
import { PRODUCTS, SENTENCES, TITLES } from './lexicon.js';
import { toolTopic } from './topic.js';

const faker = new Faker({ locale: [en] });
const value = (schema: Record<string, unknown>, name: string, tool: string, description: string, seed: number): unknown => {
  faker.seed(seed);
  return generateValue(schema, name, { faker, root: schema, context: { tool, description } });
};
/** `{name}` of a record a tool returns, as the real specs declare it. */
const nameOf = (tool: string, description: string, seed: number, field = 'name'): string => {
  const schema = { type: 'object', properties: { [field]: { type: 'string' } }, required: [field] };
  return (value(schema, tool, tool, description, seed) as Record<string, string>)[field] as string;
};

/** Names made of a field's noun: `Riverside Hotel`, `Hotel 175`, `North Identifier`. */
const FILLER =
  /^(North|South|Central|Harbour|Riverside|Main|West End|Lakeside|Hillside|Old Town) (Hotel|Committee|Jurisdiction|Event|Bill|Board|Brand|Institution|Test|Factor|Identifier|Widget|Gizmo|District|Sponsor|Operator)$|^[A-Z][a-z]+ \d+$/;
const SEEDS = Array.from({ length: 25 }, (_, seed) => seed);

describe('names by the kind of thing and the API field', () => {
  it('tells the field from the tool, its description and its server (words joined by `_` too)', () => {
    expect(fieldOf(toolTopic('committee_list_committees_get', 'List committees. open_states_api_v3'))).toBe('legislature');
    expect(fieldOf(toolTopic('list_hotels', 'List hotels. impala_hotel_booking_api'))).toBe('hotel');
    expect(fieldOf(toolTopic('get_departure_board_id', 'Departure board. fahrplan_free_deutschebahn'))).toBe('rail');
    expect(fieldOf(toolTopic('get_all_symptoms', 'infermedica_api'))).toBe('medical');
    expect(fieldOf(toolTopic('get_customer', 'A shop customer'))).toBeUndefined();
  });

  it('names hotels, committees, parties, chambers, jurisdictions, events and bills of the real specs as such things are named', () => {
    const legislature = 'open_states_api_v3';
    for (const seed of SEEDS) {
      const names = [
        nameOf('list_hotels', 'impala_hotel_booking_api', seed),
        nameOf('committee_detail_committees_committee_id_get', legislature, seed),
        nameOf('jurisdiction_list_jurisdictions_get', legislature, seed),
        nameOf('event_detail_events_event_id_get', legislature, seed),
        nameOf('bills_search_bills_get', legislature, seed, 'title'),
        nameOf('get_departure_board_id', 'fahrplan_free_deutschebahn', seed),
        nameOf('get_brands_key', 'zalando_shop_api', seed),
        nameOf('retrieve_institution', 'nordigen_account_information_services_api', seed),
        nameOf('get_all_lab_tests', 'infermedica_api', seed),
        nameOf('get_all_risk_factors', 'infermedica_api', seed),
      ];
      for (const name of names) expect(name).not.toMatch(FILLER);
      expect(names[1]).toMatch(/Committee/);
      expect(names[4]).toMatch(/^An Act /);
      expect(names[5]).toMatch(/Hbf$/);
      expect(value({ type: 'string' }, 'party', 'people_search_people_get', legislature, seed)).toMatch(
        /^(Democratic|Republican|Independent|Green|Libertarian)$/,
      );
      expect(nameOf('list_chambers', legislature, seed)).toMatch(/Senate|House|Assembly/);
    }
  });

  it('names environment variables in UPPER_SNAKE and masks their values', () => {
    for (const seed of SEEDS) {
      const envvar = value(
        { type: 'object', properties: { name: { type: 'string' }, value: { type: 'string' } }, required: ['name', 'value'] },
        'post_project_username_project_envvar',
        'post_project_username_project_envvar',
        'circle_ci_rest_api',
        seed,
      ) as Record<string, string>;
      expect(envvar['name']).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(envvar['value']).toMatch(/^xxxx\w{4}$/);
    }
  });

  it("falls back on a real entity by the noun's meaning, never `<Place> <Noun>` or `<Noun> <n>`", () => {
    const topic = toolTopic('get_widgets', 'A widget API');
    for (const seed of SEEDS) {
      faker.seed(seed);
      for (const noun of ['sponsor', 'operator', 'district', 'widget', 'gizmo', 'identifier'])
        expect(byMeaning(faker, topic, noun)).not.toMatch(FILLER);
      faker.seed(seed);
      expect(byMeaning(faker, topic, 'owner')).toMatch(/^\S+ \S+/);
      expect(Number(byMeaning(faker, topic, 'visits'))).toBeGreaterThan(0);
    }
  });
});

describe('products only where products are sold', () => {
  const products = new Set(PRODUCTS);
  const stringOf = (name: string, tool: string, description: string, seed: number): string =>
    String(value({ type: 'string' }, name, tool, description, seed));

  it('fills a field no rule knows by what it means, never with a product outside a shop', () => {
    for (const seed of SEEDS) {
      const poster = stringOf('poster', 'get_page_posts', 'Posts of a page. facebook_pages_api', seed);
      const water = nameOf('get_water_systems', 'Public water systems of a state. epa_sdw', seed);
      const fish = nameOf(
        'get_collectables_in_season',
        'Retrieve a list of collectable items in a specific game during a specified season.',
        seed,
      );
      const uv = nameOf('uv_index.get_future', 'Retrieve UV index data for a specified location and date.', seed);
      const hotel = stringOf(
        'sellerToImpalaPayment',
        'list_bookings',
        'Bookings with their retail rate and hotel products. impala_hotel_booking_api',
        seed,
      );
      const ci = nameOf('list_checkout_keys', 'Checkout keys of a project. circle_ci_rest_api', seed);
      for (const made of [
        hotel,
        ci,
        poster,
        water,
        fish,
        uv,
        stringOf('transactions', 'get_water_systems', 'epa_sdw', seed),
        stringOf('item', 'get_island_items', 'Items of a game island', seed),
      ])
        expect(products.has(made), made).toBe(false);
      expect(poster).toMatch(/^\S+ \S+|\S+ (Group|LLC|Inc)$/);
      expect(water).toMatch(/^\p{Lu}[\p{L} .-]+ Water System$/u);
      expect(Number(stringOf('adults', 'get_water_systems', 'epa_sdw', seed))).toBeGreaterThan(0);
      expect(nameOf('ministries_get_all', 'Get all ministries. bc_gov_news', seed, 'ministerName')).not.toMatch(/Ministry/);
    }
  });

  it('gives no company name to a field of an API that is not about organisations', () => {
    const company = /^[A-Z][a-z'-]+(-[A-Z][a-z'-]+)? (Group|Partners|Associates|Holdings|Foundation|Media|Consulting)$/;
    for (const seed of SEEDS) {
      for (const made of [
        stringOf('collection', 'count_items', 'Count the items in a collection.', seed),
        stringOf('datasets', 'get_metrics', 'Metrics of the platform.', seed),
        stringOf('subject', 'archival_memory_key_search', 'Search the keys of the archival memory.', seed),
        stringOf('closed', 'list_rate_plans', 'Rate plans of a hotel. impala_hotel_booking_api', seed),
        stringOf('role', 'jurisdiction_detail', 'A jurisdiction with its legislature. open_states', seed),
      ])
        expect(made).not.toMatch(company);
      expect(stringOf('vendor', 'get_vendor', 'A vendor of the marketplace.', seed)).toMatch(/\S+ \S+/);
      expect(Number(stringOf('datasets', 'get_metrics', 'Get data metrics. open_targets_platform', seed))).toBeGreaterThan(0);
      expect(Number(stringOf('datasets', 'get_metrics', 'Returns the current data release.', seed))).toBeGreaterThan(0);
      expect(stringOf('data', 'quittung_tse', 'Sign a receipt with the TSE. fiskaly quittung', seed)).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(stringOf('voice', 'people_search_people_get', 'People of a legislature. open_states_api', seed)).toMatch(
        /^\+1 \d{3}-555-\d{4}$/,
      );
      expect(stringOf('downsized_large', 'get_gif_by_id', 'A GIF by its id. giphy_api', seed)).toMatch(/^https:\/\/.+\.gif$/);
      expect(stringOf('hotelAgreement', 'retrieve_hotel', 'A hotel. impala_hotel_booking_api', seed).split(' ').length).toBeGreaterThan(3);
      expect(['true to size', 'runs small', 'runs large']).toContain(
        stringOf('LEG_FIT', 'get_article_reviews', 'Reviews of an article. zalando_shop', seed),
      );
      expect(stringOf('sellerCommissionPercentage', 'retrieve_hotel', 'A hotel. impala_hotel_booking_api', seed)).toMatch(/^\d+(\.\d)?$/);
    }
  });

  it("a shop's products, and a product field anywhere, are products", () => {
    for (const seed of SEEDS) {
      expect(products.has(stringOf('product_name', 'get_order', 'An order', seed))).toBe(true);
      expect(products.has(nameOf('v3get_all_items', 'Items of the walmart catalog. walmart_item_api', seed))).toBe(true);
      expect(products.has(stringOf('formatted', 'get_article_units', 'Units of an article. zalando_shop', seed))).toBe(false);
    }
  });
});

describe('titles and texts of the API field', () => {
  it('gives no office title or note outside work tools', () => {
    const office = new Set(TITLES);
    const notes = SENTENCES.map((sentence) => sentence.split('{')[0] as string);
    for (const seed of SEEDS) {
      const title = nameOf('event_detail_events_event_id_get', 'open_states_api_v3', seed, 'title');
      const podcast = nameOf('get_curated_podcasts', 'listen_api_podcast_search', seed, 'title');
      expect(office.has(title)).toBe(false);
      expect(office.has(podcast)).toBe(false);
      for (const [tool, server] of [
        ['bills_search_bills_get', 'open_states_api_v3'],
        ['list_hotels', 'impala_hotel_booking_api'],
        ['get_transactions', 'up_api'],
        ['get_all_symptoms', 'infermedica_api'],
      ] as const) {
        const note = String(value({ type: 'string' }, 'notes', tool, server, seed));
        expect(notes.some((start) => note.startsWith(start))).toBe(false);
      }
    }
  });

  it('a flag written as a string is true or false', () => {
    for (const seed of SEEDS)
      expect(['true', 'false']).toContain(value({ type: 'string' }, 'includeDetails', 'v3get_all_items_status', 'walmart item_api', seed));
  });

  it("a person's title is a role", () => {
    for (const seed of SEEDS)
      expect(['Senator', 'Representative', 'Assembly Member', 'Delegate']).toContain(
        nameOf('people_search_people_get', 'open_states_api_v3', seed, 'title'),
      );
  });
});

describe('moments', () => {
  it('an example moment gives a fresh moment of its shape, never shuffled characters', () => {
    for (const seed of SEEDS) {
      const moment = String(
        value(
          { type: 'string', examples: ['2025-10-15T13:50:20.652Z'] },
          'timestamp_utc',
          'get_forecast_daily_city_id_city_id',
          'weatherbit',
          seed,
        ),
      );
      expect(moment).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Number.isNaN(Date.parse(moment))).toBe(false);
      expect(String(value({ type: 'string', examples: ['2021-03-01'] }, 'date', 'historical_exchange_rate', '', seed))).toMatch(
        /^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      );
    }
  });

  it('a date format under a date pattern matches the pattern and reads as a date', () => {
    const pattern = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?[+-]\\d{2}:\\d{2}$';
    for (const seed of SEEDS) {
      const moment = String(value({ type: 'string', format: 'date-time', pattern }, 'start', 'list_hotels', 'impala', seed));
      expect(moment).toMatch(new RegExp(pattern));
      expect(Number.isNaN(Date.parse(moment))).toBe(false);
      expect(String(value({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, 'start_date', 'list_events', '', seed))).toMatch(
        /^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      );
    }
  });
});

describe('values within what the field can be', () => {
  it('a media type fits what it describes: fax media is a PDF or a TIFF', () => {
    for (const seed of SEEDS) {
      expect(['application/pdf', 'image/tiff']).toContain(
        value({ type: 'string' }, 'content_type', 'list_fax_media', 'The fax media of a fax. twilio_fax_v1', seed),
      );
      expect(String(value({ type: 'string' }, 'photo_content_type', 'get_listing', '', seed))).toMatch(/^image\//);
    }
  });

  it('"home or one of categories" allows home', () => {
    for (const seed of SEEDS)
      expect(value({ type: 'string', description: 'home or one of categories' }, 'indexKind', 'Posts_GetLatest', 'news', seed)).toBe(
        'home',
      );
  });

  it("a record's bare kind takes what the tool's `<thing>Kind` parameter allows", () => {
    const allowed = new Map([['postkind', ['releases', 'stories', 'factsheets']]]);
    const schema = { type: 'object', properties: { kind: { type: 'string' } }, required: ['kind'] };
    for (const seed of SEEDS) {
      faker.seed(seed);
      const post = generateValue(schema, 'Posts_GetLatest', {
        faker,
        root: schema,
        context: { tool: 'Posts_GetLatest', description: 'Get the latest posts' },
        allowed,
      }) as Record<string, string>;
      expect(['releases', 'stories', 'factsheets']).toContain(post['kind']);
    }
  });
});

describe('fieldSentence', () => {
  it("gives a translation resource's description its own kind of text, and texts to translate only to text fields", () => {
    const faker = new Faker({ locale: [en] });
    const topic = toolTopic('get_parallel_data', 'Provides information about a parallel data resource. translate');
    expect(fieldOf(topic)).toBe('translation');
    for (let seed = 0; seed < 20; seed++) {
      faker.seed(seed);
      expect(fieldSentence(faker, topic, 'description')).not.toMatch(/customer support\.$|store opens|confirm your booking/);
      faker.seed(seed);
      expect(fieldSentence(faker, topic, 'translated_text')).toMatch(/store|booking|battery|support/);
    }
  });
});
