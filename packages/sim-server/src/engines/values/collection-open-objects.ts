/** Objects a schema leaves open, filled as their name says. */
import type { CollectionEnvironment } from './collection-environment.js';
import { MAP_ENTRIES } from './collection-map-keys.js';

/**
 * An object the schema leaves open (`{"type": "object"}`), filled as its name says: a location has
 * coordinates, links a link, metadata tags. An API sends something there; `{}` reads as a gap.
 */
export function byName(name: string, environment: CollectionEnvironment): Record<string, unknown> | undefined {
  const { faker } = environment;
  const key = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/^_+/, '');
  if (/(^|_)(location|geo|geolocation|coordinates|coords|position|point|center|centre|latlng)$/.test(key)) {
    // an API that serves Germany only (energy meters, zip codes) has its places in Germany
    if (environment.domain === 'energy')
      return {
        latitude: faker.number.float({ min: 47.4, max: 54.8, fractionDigits: 4 }),
        longitude: faker.number.float({ min: 6.1, max: 14.9, fractionDigits: 4 }),
      };
    return {
      latitude: faker.number.float({ min: -50, max: 65, fractionDigits: 4 }),
      longitude: faker.number.float({ min: -120, max: 150, fractionDigits: 4 }),
    };
  }
  if (/(^|_)(links|link|urls|hrefs)$/.test(key))
    return { self: `https://${environment.host}/v1/${faker.string.alphanumeric({ length: 10, casing: 'lower' })}` };
  if (/(^|_)(external_docs|docs|documentation)$/.test(key))
    return { url: `https://${environment.host.replace(/^api\./, '')}/docs`, description: 'API documentation' };
  if (/^(api_)?info$/.test(key))
    return {
      title: `${faker.helpers.arrayElement(['Drive', 'Storage', 'Messaging', 'Maps', 'Payments', 'Calendar', 'Translation', 'Analytics'])} API`,
      version: faker.helpers.arrayElement(['1.0.0', '2.1.0', 'v1', 'v2', '3.0']),
    };
  if (/(^|_)(metadata|meta_data|tags|labels|attributes|annotations|custom_fields|extra|extras)$/.test(key)) {
    const entries = faker.helpers.arrayElements(MAP_ENTRIES, { min: 1, max: 2 });
    return Object.fromEntries(entries.map(([entry, values]) => [entry, faker.helpers.arrayElement(values)]));
  }
  if (/(^|_)(settings|options|preferences|config|configuration|features|flags)$/.test(key))
    return { enabled: true, notifications: faker.datatype.boolean() };
  if (/(^|_)(address|billing_address|shipping_address|postal_address)$/.test(key)) {
    return {
      line1: `${faker.number.int({ min: 10, max: 9800 })} ${faker.helpers.arrayElement(['Main St', 'Oak Ave', 'Market St', 'Pine Rd', 'Elm St'])}`,
      city: faker.helpers.arrayElement(['Austin', 'Denver', 'Portland', 'Boston', 'Chicago']),
      postal_code: faker.string.numeric(5),
      country: 'US',
    };
  }
  return undefined;
}
