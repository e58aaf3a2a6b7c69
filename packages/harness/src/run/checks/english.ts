import { isLexiconWord } from './word-salad.js';

/** Words of API fields and common closed compounds that are plain English to a reader though wink-lexicon does not list them. */
export const FIELD_WORDS = new Set(
  'id ids url urls uri api apis email emails zip username usernames login twitter facebook youtube instagram linkedin github website websites online offline app apps sms fax faxes pdf html json xml csv http https ip dns ssl vat iban sku isbn gps wifi co2 kwh utc gmt iso metadata timestamp timestamps hashtag hashtags blog blogs tweet tweets retweet retweets podcast podcasts playlist playlists emoji avatar thumbnail thumbnails checkout signup inbox webhook webhooks md5 sha ssn dob mime guid uuid pathway pathways password passwords hostname filename filenames workflow workflows keyword keywords homepage firmware software hardware headline headlines deadline timeline barcode postcode zipcode feedback network download downloads upload uploads everyone cursor cursors repository repositories valuation valuations'.split(
    ' ',
  ),
);

/** Mathematics, statistics and science words a reader knows though wink-lexicon does not list them ("the gcd is 5", "alpha 0.99"). */
const SCIENCE_WORDS =
  'alpha beta gamma delta epsilon zeta eta theta kappa lambda mu nu xi omicron rho sigma tau phi chi psi omega pi gcd lcm hcf median stdev variance sqrt cos tan cot sec csc exp ln mod modulo factorial hypotenuse polynomial coefficient coefficients eigenvalue eigenvalues determinant matrix matrices vector vectors scalar radius diameter circumference velocity acceleration momentum wavelength ph bmi apr apy roi cagr npv irr gdp cpi'.split(
    ' ',
  );
for (const word of SCIENCE_WORDS) FIELD_WORDS.add(word);

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** Plain English: listed, a listed word's plural or inflection, an agent noun of a listed verb ("sender", "caller", "inventor"), or a common web/data word. */
export function plainWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (FIELD_WORDS.has(lower) || isLexiconWord(lower)) return true;
  return [
    lower.replace(/s$/, ''),
    lower.replace(/es$/, ''),
    lower.replace(/ies$/, 'y'),
    lower.replace(/(ed|ing)$/, ''),
    lower.replace(/(ed|ing)$/, 'e'),
    lower.replace(/ers?$/, ''),
    lower.replace(/rs?$/, ''),
    // agent nouns in -or: "inventor" (invent), "creator" (create)
    lower.replace(/ors?$/, ''),
    lower.replace(/ors?$/, 'e'),
    lower.replace(/([b-df-hj-np-tv-z])\1ers?$/, '$1'),
  ].some((base) => base !== lower && base.length >= 3 && isLexiconWord(base));
}

/** One edit (a letter changed, dropped, added, or two swapped) from a listed word: "describtion" (description). */
function misspelt(word: string): boolean {
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0 && isLexiconWord(head + tail.slice(1))) return true;
    if (tail.length > 1 && isLexiconWord(head + tail[1]! + tail[0]! + tail.slice(2))) return true;
    for (const letter of ALPHABET) {
      if (tail.length > 0 && letter !== tail[0] && isLexiconWord(head + letter + tail.slice(1))) return true;
      if (isLexiconWord(head + letter + tail)) return true;
    }
  }
  return false;
}

/** Two listed words written as one ("marketprice", "datasource", "publickey"): a field name, not prose. */
function glued(word: string): boolean {
  for (let cut = 4; cut <= word.length - 3; cut++) if (isLexiconWord(word.slice(0, cut)) && isLexiconWord(word.slice(cut))) return true;
  return false;
}

/**
 * A word of a field name a reader cannot read (as written, `raw`): a short lower-case non-word ("ap",
 * "tpm", "rna"), a misspelling of a listed word ("describtion"), or two words glued ("marketprice").
 * Unlisted long words are given the benefit of the doubt ("ontology", "duration"); so are acronyms in capitals.
 */
export function unreadableWord(raw: string): boolean {
  if (!/^[A-Za-z]+$/.test(raw) || /^[A-Z0-9]+$/.test(raw) || raw.length < 2) return false;
  const word = raw.toLowerCase();
  if (plainWord(word)) return false;
  if (word.length <= 3) return true;
  return (word.length >= 6 && misspelt(word)) || glued(word);
}

/** Can a lower-case name be read as one or two English words ("datatype" = data + type)? */
export function readableName(name: string): boolean {
  if (plainWord(name)) return true;
  for (let cut = 2; cut <= name.length - 2; cut++) if (plainWord(name.slice(0, cut)) && plainWord(name.slice(cut))) return true;
  return false;
}
