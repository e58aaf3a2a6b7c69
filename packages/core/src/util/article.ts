/**
 * The indefinite article a word takes, by its sound: "an RNA value", "an SMS", "an MRI", "a URL",
 * "a UV index", "an hour", "a user", "a one-off", "an 8-day trip". Letters said by name (a word in
 * capitals, or a known initialism in any case) take the article of the first letter's name.
 */

/** Letters whose names start with a vowel sound: "an F", "an H", "an L", "an M", "an N", "an R", "an S", "an X". */
const VOWEL_NAMED_LETTERS = new Set('AEFHILMNORSX');
/** Initialisms said letter by letter even when written in lower case (`rna_value` → "rna value"). */
const SPOKEN_LETTERS = new Set(
  'api id url uri sid guid uuid ip dns http https json xml csv pdf sms mms vat iban bic isbn issn ssn iso utc gmt gps sku faq html ssl tls ceo cpu gpu dhi dni ghi rss eta ean upc doi pws snc uv rna dna mri sql svg mp3 mp4 led lcd usb nfc rsvp hr hvac ev suv fbi irs ui ux xp'.split(
    ' ',
  ),
);
/** Capitals said as one word, not letter by letter: "a NASA", "a UNESCO site". */
const SAID_AS_WORDS = new Set(
  'NASA NATO UNESCO UNICEF FIFA SWIFT OPEC LASER SCUBA SHA LAN MIME SIM SAML SOAP NOAA SARS HIPAA NASDAQ FEMA FICO LIDAR RADAR SONAR MOOC REST'.split(
    ' ',
  ),
);
/** Capitals some say by letter and some as a word ("an SQL" or "a SQL", "an FAQ" or "a FAQ"): either article fits. */
const EITHER = new Set(['SQL', 'FAQ', 'GIF', 'JPEG']);
/** Words whose first vowel letter is said as a consonant ("a user", "a one", "a European"). */
const CONSONANT_SOUND = /^(?:uni(?!n|m)|use|usu|uti|ura|uro|ure|eu|ewe|one\b|once\b|ubiq|ukr|ufo)/i;
/** Words whose first consonant letter is silent ("an hour", "an honest"). */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/** Whether `word` is said letter by letter: capitals ("RNA", "URLs") or a known initialism in any case. */
function saidByLetters(word: string): boolean {
  const bare = word.replace(/s$/, '');
  if (SAID_AS_WORDS.has(bare.replace(/-?\d+$/, ''))) return false;
  if (/^[A-Z]{1,5}\d*$/.test(bare) && (bare.length > 1 || /^[A-Z]$/.test(word))) return true;
  return SPOKEN_LETTERS.has(word.toLowerCase().replace(/s$/, ''));
}

/** "a" or "an" for the phrase that follows it. */
export function indefiniteArticle(next: string): 'a' | 'an' {
  const word = /^[^\s,.;:!?()"'-]+/.exec(next.trim())?.[0] ?? '';
  if (word === '') return 'a';
  if (/^\d/.test(word)) return /^(?:8|1[18](?:\D|$)|1[18],?\d{3}(?:\D|$))/.test(word) ? 'an' : 'a';
  if (saidByLetters(word)) return VOWEL_NAMED_LETTERS.has((word[0] as string).toUpperCase()) ? 'an' : 'a';
  if (SILENT_H.test(word)) return 'an';
  if (CONSONANT_SOUND.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** `phrase` after its indefinite article: "an RNA value", "a user". */
export function withIndefiniteArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

/** Mends every lower-case "a"/"an" in running text to fit the word after it ("a RNA value" → "an RNA value"). */
export function mendArticles(text: string): string {
  return text.replace(/(^|[\s(])(an?) (?=([A-Za-z0-9][\w-]*))/g, (_match, lead: string, _article: string, next: string) => {
    return `${lead}${indefiniteArticle(next)} `;
  });
}

/** The first "a"/"an" before letters said by name that does not fit them ("a RNA value", "an URL"), or undefined. */
export function misfitArticle(text: string): string | undefined {
  for (const match of text.matchAll(/(?:^|[\s(])((?:[Aa]n?) ([A-Z]{2,5}\d*s?))\b/g)) {
    const [, said, word] = match as unknown as [string, string, string];
    if (EITHER.has(word.replace(/s$/, '')) || !saidByLetters(word)) continue;
    if (said.split(' ')[0]?.toLowerCase() !== indefiniteArticle(word)) return said;
  }
  return undefined;
}
