import type { Faker } from '@faker-js/faker';
import type { CITIES } from './lexicon.js';
import { CITY_POSTCODES } from './places.js';

/**
 * A street address in a city of the lexicon's table, written the way that country writes it: its
 * own street names, the house number before or after the street, the city's real post code in its
 * place, and a state only where addresses carry one (`1697 Hillard Park, Cape Town, Western Cape
 * 56603` was a US address with a Cape Town label; `Long Street 12`, no: `12 Long Street, Cape Town 8001`).
 */
type City = (typeof CITIES)[number];

/** Street names of each country of the city table; a country missing here takes faker's (English) ones. */
const STREETS: Readonly<Record<string, readonly string[]>> = {
  GB: ['High Street', 'Station Road', 'Church Lane', 'Victoria Road', 'Park Road', 'King Street'],
  IE: ['Main Street', 'Dame Street', 'Parnell Street', 'Baggot Street'],
  FR: ['rue de la République', 'rue Victor Hugo', 'avenue Jean Jaurès', 'rue Pasteur', 'boulevard Voltaire'],
  DE: ['Hauptstraße', 'Bahnhofstraße', 'Gartenstraße', 'Schillerstraße', 'Lindenstraße'],
  AT: ['Hauptstraße', 'Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Schönbrunner Straße'],
  CH: ['Bahnhofstrasse', 'Seestrasse', 'Langstrasse', 'Dorfstrasse'],
  ES: ['Calle Mayor', 'Calle de Alcalá', 'Gran Vía', 'Calle del Carmen', 'Carrer de Balmes'],
  IT: ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Dante', 'Via Mazzini'],
  NL: ['Kerkstraat', 'Prinsengracht', 'Dorpsstraat', 'Herengracht'],
  PT: ['Rua Augusta', 'Rua do Ouro', 'Avenida da Liberdade', 'Rua da Prata'],
  SE: ['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Sveavägen'],
  ZA: ['Long Street', 'Bree Street', 'Loop Street', 'Kloof Street'],
  IN: ['MG Road', 'Linking Road', 'Brigade Road', 'Residency Road'],
  BR: ['Avenida Paulista', 'Rua Augusta', 'Rua Oscar Freire'],
  MX: ['Avenida Reforma', 'Calle Madero', 'Avenida Insurgentes'],
  AR: ['Avenida Corrientes', 'Calle Florida', 'Avenida de Mayo'],
  AU: ['George Street', 'Collins Street', 'Pitt Street', 'Elizabeth Street'],
  JP: ['Chuo-dori', 'Omotesando', 'Midosuji'],
  KR: ['Sejong-daero', 'Teheran-ro', 'Jong-ro'],
  SG: ['Orchard Road', 'Bras Basah Road', 'North Bridge Road'],
  AE: ['Sheikh Zayed Road', 'Al Wasl Road', 'Jumeirah Beach Road'],
};

/** Countries that write the number after the street (`Hauptstraße 12`). */
const NUMBER_AFTER = new Set(['DE', 'AT', 'CH', 'ES', 'IT', 'NL', 'PT', 'SE', 'BR', 'MX', 'AR']);
/** Countries whose post code comes before the city (`69002 Lyon`). */
const CODE_BEFORE = new Set(['FR', 'DE', 'AT', 'CH', 'ES', 'IT', 'NL', 'PT', 'SE', 'BR', 'MX', 'AR']);

/** A street line in `city`'s country: `12 Long Street`, `Hauptstraße 12`, `8 rue Pasteur`. */
export function streetLine(faker: Faker, [, , country]: City): string {
  const streets = STREETS[country];
  if (country === 'US' || country === 'CA' || streets === undefined) return faker.location.streetAddress();
  const number = faker.number.int({ min: 1, max: country === 'GB' || country === 'IE' ? 220 : 120 });
  const street = faker.helpers.arrayElement(streets);
  return NUMBER_AFTER.has(country) ? `${street} ${number}` : `${number} ${street}`;
}

/** `line` (a street line) as a whole address in `city`: a state and ZIP in the US, the province and post code in Canada, `NSW 2000` in Australia, else the post code where the country puts it. */
export function addressIn(line: string, city: City): string {
  const [name, region, country] = city;
  const postcode = CITY_POSTCODES[name];
  if (country === 'US' || country === 'CA') return `${line}, ${name}, ${region}${postcode === undefined ? '' : ` ${postcode}`}`;
  if (country === 'AU') return `${line}, ${name} ${region}${postcode === undefined ? '' : ` ${postcode}`}`;
  if (postcode === undefined) return `${line}, ${name}`;
  return CODE_BEFORE.has(country) ? `${line}, ${postcode} ${name}` : `${line}, ${name} ${postcode}`;
}

/** A whole address in `city`: a street line of its country and the rest as `addressIn` writes it. */
export function postalAddress(faker: Faker, city: City): string {
  return addressIn(streetLine(faker, city), city);
}

/**
 * An address moved to `city`: its house number kept, its street one of that country's (chosen by
 * the old street's name, so a record moves the same way each time) outside the US and Canada, and
 * the rest as `addressIn` writes it (`143 Huels Field, Madrid, Madrid 66757` → `Calle Mayor 143, 28013 Madrid`).
 */
export function movedAddress(address: string, city: City): string {
  const parts = address.split(',').map((part) => part.trim());
  // `13 Church Lane, Manchester M1 1AE` (a street line and another city) moves too; `Main St` or one already in `city` stays
  const inCity = parts.slice(1).some((part) => part.toLowerCase().includes(city[0].toLowerCase()));
  if (parts.length < 2 || (parts.length === 2 && (inCity || !/\d/.test(parts[0]!)))) return address;
  const line = parts[0] as string;
  const country = city[2];
  const streets = STREETS[country];
  if (country === 'US' || country === 'CA' || streets === undefined) return addressIn(line, city);
  // a house number of a city street (faker's `22968` is a US rural route's)
  const number = (Number(/\d+/.exec(line)?.[0] ?? '0') % 150) + 1;
  const street = streets[[...line].reduce((sum, character) => sum + character.charCodeAt(0), 0) % streets.length] as string;
  return addressIn(NUMBER_AFTER.has(country) ? `${street} ${number}` : `${number} ${street}`, city);
}
