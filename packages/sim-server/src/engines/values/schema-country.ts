import { isJsonObject } from '@inftool/core';
import { COUNTRIES } from './lexicon.js';

/**
 * The one country a schema's place parameters are about, by their descriptions: "Zipcode
 * (Postleitzahl) of a city in Germany" is about DE, so a planned post code is a German city's.
 */
const ADJECTIVES: Readonly<Record<string, string>> = {
  // a German word for the post code says the same
  postleitzahl: 'DE',
  german: 'DE',
  french: 'FR',
  british: 'GB',
  swiss: 'CH',
  spanish: 'ES',
  italian: 'IT',
  dutch: 'NL',
  austrian: 'AT',
  swedish: 'SE',
  japanese: 'JP',
  australian: 'AU',
  canadian: 'CA',
  irish: 'IE',
  indian: 'IN',
  brazilian: 'BR',
};
const PLACE_PARAMETER = /^(zip|zip_?code|postal_?code|post_?code|postcode|plz|city|city_?name|town)$/i;

/** The alpha-2 code of the only country `text` names (a name, or an adjective such as "German"). */
function countryIn(text: string): string | undefined {
  const lower = text.toLowerCase();
  const named = COUNTRIES.filter(([name]) => new RegExp(`\\b${name.toLowerCase()}\\b`).test(lower)).map(([, alpha2]) => alpha2);
  const said = Object.keys(ADJECTIVES)
    .filter((word) => new RegExp(`\\b${word}\\b`).test(lower))
    .map((word) => ADJECTIVES[word]!);
  const found = new Set([...named, ...said]);
  return found.size === 1 ? [...found][0] : undefined;
}

/** The country the place parameters of `schema` (an object schema) are described as being in, if one. */
export function schemaCountry(schema: unknown): string | undefined {
  if (!isJsonObject(schema) || !isJsonObject(schema['properties'])) return undefined;
  const described = Object.entries(schema['properties'])
    .filter(([key, property]) => PLACE_PARAMETER.test(key) && isJsonObject(property) && typeof property['description'] === 'string')
    .map(([, property]) => countryIn((property as Record<string, unknown>)['description'] as string))
    .filter((country): country is string => country !== undefined);
  return new Set(described).size === 1 ? described[0] : undefined;
}
