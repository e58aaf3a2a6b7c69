import type { Faker } from '@faker-js/faker';
import type { Topic } from './topic.js';

/** [city, region, ISO country, latitude, longitude], as in `lexicon.CITIES`. */
export type City = readonly [string, string, string, number, number];

/** An area an API serves, how to tell it (its host, words of its name and description), and its places. */
interface Region {
  /** The region's name as its people write it (`British Columbia`), for `province`/`state` fields. */
  name: string;
  country: string;
  host: RegExp;
  words: RegExp;
  cities: readonly City[];
}

/** A few areas whose APIs are common in public specs: a provincial or state government, a national one. */
const REGIONS: readonly Region[] = [
  {
    name: 'British Columbia',
    country: 'Canada',
    host: /(^|\.)bc\.ca$/,
    words: /\b(british columbia|bc gov(ernment)?|province of bc|gov\.bc\.ca)\b/,
    cities: [
      ['Victoria', 'BC', 'CA', 48.4284, -123.3656],
      ['Vancouver', 'BC', 'CA', 49.2827, -123.1207],
      ['Kelowna', 'BC', 'CA', 49.888, -119.496],
      ['Kamloops', 'BC', 'CA', 50.6745, -120.3273],
      ['Nanaimo', 'BC', 'CA', 49.1659, -123.9401],
      ['Prince George', 'BC', 'CA', 53.9171, -122.7497],
      ['Surrey', 'BC', 'CA', 49.1913, -122.849],
      ['Abbotsford', 'BC', 'CA', 49.0504, -122.3045],
      ['Penticton', 'BC', 'CA', 49.4991, -119.5937],
      ['Cranbrook', 'BC', 'CA', 49.512, -115.7694],
      ['Fort St. John', 'BC', 'CA', 56.2465, -120.8476],
      ['Terrace', 'BC', 'CA', 54.5182, -128.6032],
    ],
  },
  {
    name: 'Ontario',
    country: 'Canada',
    host: /(^|\.)(on|ontario)\.ca$/,
    words: /\b(ontario)\b/,
    cities: [
      ['Toronto', 'ON', 'CA', 43.6532, -79.3832],
      ['Ottawa', 'ON', 'CA', 45.4215, -75.6972],
      ['Hamilton', 'ON', 'CA', 43.2557, -79.8711],
      ['Kingston', 'ON', 'CA', 44.2312, -76.486],
      ['Sudbury', 'ON', 'CA', 46.4917, -80.993],
      ['Thunder Bay', 'ON', 'CA', 48.3809, -89.2477],
    ],
  },
  {
    name: 'California',
    country: 'United States',
    host: /(^|\.)ca\.gov$/,
    words: /\b(california)\b/,
    cities: [
      ['Los Angeles', 'CA', 'US', 34.0522, -118.2437],
      ['San Francisco', 'CA', 'US', 37.7749, -122.4194],
      ['San Diego', 'CA', 'US', 32.7157, -117.1611],
      ['Sacramento', 'CA', 'US', 38.5816, -121.4944],
      ['San Jose', 'CA', 'US', 37.3382, -121.8863],
      ['Fresno', 'CA', 'US', 36.7378, -119.7871],
    ],
  },
  {
    name: 'England',
    country: 'United Kingdom',
    host: /\.uk$/,
    words: /\b(united kingdom|uk government|gov\.uk)\b/,
    cities: [
      ['London', 'England', 'GB', 51.5074, -0.1278],
      ['Manchester', 'England', 'GB', 53.4808, -2.2426],
      ['Birmingham', 'England', 'GB', 52.4862, -1.8904],
      ['Leeds', 'England', 'GB', 53.8008, -1.5491],
      ['Bristol', 'England', 'GB', 51.4545, -2.5879],
    ],
  },
  {
    name: 'New South Wales',
    country: 'Australia',
    host: /\.au$/,
    words: /\b(australia|australian government)\b/,
    cities: [
      ['Sydney', 'NSW', 'AU', -33.8688, 151.2093],
      ['Melbourne', 'VIC', 'AU', -37.8136, 144.9631],
      ['Brisbane', 'QLD', 'AU', -27.4698, 153.0251],
      ['Perth', 'WA', 'AU', -31.9505, 115.8605],
      ['Adelaide', 'SA', 'AU', -34.9285, 138.6007],
    ],
  },
];

const cache = new Map<string, Region | null>();

/** The area an API serves, when its host or its name and description name one of `REGIONS`. */
export function regionOf(topic: Pick<Topic, 'text' | 'host'>): Region | undefined {
  const key = `${topic.host ?? ''}\u0000${topic.text}`;
  let region = cache.get(key);
  if (region === undefined) {
    const host = (topic.host ?? '').toLowerCase();
    const text = topic.text.toLowerCase().replace(/_/g, ' ');
    region = REGIONS.find((entry) => entry.host.test(host)) ?? REGIONS.find((entry) => entry.words.test(text)) ?? null;
    if (cache.size > 20_000) cache.clear();
    cache.set(key, region);
  }
  return region ?? undefined;
}

/** A city of the API's area (`Kamloops` for a British Columbia API), else undefined (the caller's world pool applies). */
export function regionalCity(faker: Faker, topic: Pick<Topic, 'text' | 'host'> | undefined): City | undefined {
  const region = topic === undefined ? undefined : regionOf(topic);
  return region === undefined ? undefined : faker.helpers.arrayElement(region.cities);
}

const ROLES = ['Communications Director', 'Media Relations Officer', 'Public Affairs Officer', 'Press Secretary', 'Communications Manager'];
const OFFICES: ReadonlyArray<readonly [string, string]> = [
  ['Media Relations', 'media.relations'],
  ['Government Communications and Public Engagement', 'gcpe.media'],
  ['Communications Office', 'communications'],
  ['Press Office', 'press'],
];
/** Telephone area codes of an area, where its numbers are written `250 356-1234`. */
const AREA_CODES: Record<string, readonly string[]> = {
  'British Columbia': ['250', '604', '778'],
  Ontario: ['416', '613', '905'],
  California: ['916', '213', '415'],
};

/** Who a record's contact is: a person and their role, or an office (`Jane Ortiz, Communications Director`). */
export function contactTitle(faker: Faker): string {
  if (faker.datatype.boolean(0.3)) return faker.helpers.arrayElement(OFFICES)[0];
  return `${faker.person.firstName()} ${faker.person.lastName()}, ${faker.helpers.arrayElement(ROLES)}`;
}

/** How to reach a record's contact: an office, a telephone number of the API's area and an address on the API's own `domain`. */
export function contactDetails(faker: Faker, topic: Pick<Topic, 'text' | 'host'>, domain: string): string {
  const [office, mailbox] = faker.helpers.arrayElement(OFFICES);
  const codes = AREA_CODES[regionOf(topic)?.name ?? ''] ?? ['212', '312', '415', '617'];
  const number = `${faker.helpers.arrayElement(codes)} ${faker.string.numeric({ length: 3, allowLeadingZeros: false }).replace(/^[01]/, '5')}-${faker.string.numeric(4)}`;
  return `${office}, ${number}, ${mailbox}@${domain}`;
}
