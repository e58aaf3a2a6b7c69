/**
 * The language a call's text is in and the language the call says it is in (docs/harness.md, "What is
 * said"): English text sent "from Azerbaijani" to be translated, or to be analysed "in Yoruba", is a random
 * pairing no person makes. The planner says the text's own language; `user_request` rejects the pairing.
 */

/** Small English words; a text of four words or more holding three of them is English. */
const ENGLISH_WORDS = new Set(
  'the a an to and is are was were be been of for in on at by with your my our you we i it this that not have has will can please thank thanks from as'.split(
    ' ',
  ),
);

/** Whether a text reads as English: plain Latin letters, four words or more, three of them small English words. */
export function englishText(value: unknown): boolean {
  if (typeof value !== 'string' || /[^\x20-\x7e’‘“”]/.test(value)) return false;
  const words = value.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length >= 4 && words.filter((word) => ENGLISH_WORDS.has(word)).length >= 3;
}

/** Names of the language a text is written in: `SourceLanguageCode`, `source_lang`, `from_language`, `inputLanguage`. */
const SOURCE_LANGUAGE = /(?:source|from|input|original|text)[-_ ]?lang(?:uage)?(?:[-_ ]?code)?$/i;
/** Names of a language the text must be in or be turned into: a target, an output, a display language. */
const OTHER_LANGUAGE = /target|^to[-_A-Z]|output|display|destination|accept|ui[-_]?lang/i;
/** A bare language beside a text (`language` of a sentiment analysis) is the text's, unless the tool turns text into another. */
const BARE_LANGUAGE = /^(?:lang|language)(?:[-_ ]?code)?$/i;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A language value said as its English name ("sw" → "swahili", "Azerbaijani" → "azerbaijani"); undefined for no language. */
export function languageName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/i.test(trimmed)) {
    try {
      return LANGUAGE_NAMES.of((trimmed.split(/[-_]/)[0] as string).toLowerCase())?.toLowerCase();
    } catch {
      return undefined;
    }
  }
  return /^[A-Z][a-z]+$/.test(trimmed) ? trimmed.toLowerCase() : undefined;
}

/** The names of a call's arguments that say which language its text is in (the text's own language). */
export function textLanguageKeys(args: Record<string, unknown>, turnsText = false): string[] {
  const keys = Object.keys(args);
  const another = keys.some((key) => /lang/i.test(key) && OTHER_LANGUAGE.test(key));
  return keys.filter(
    (key) => !OTHER_LANGUAGE.test(key) && (SOURCE_LANGUAGE.test(key) || (BARE_LANGUAGE.test(key) && !turnsText && !another)),
  );
}

/** The English texts a call sends. */
export const englishTexts = (args: Record<string, unknown>): string[] => leafStrings(args).filter((value) => englishText(value));
/** The strings of a value, inside its objects and lists too (a document's `Content`). */
const leafStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(leafStrings)
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(leafStrings)
        : [];

/** Of a call's arguments, those that name a language other than English for an English text it sends. */
export function mismatchedTextLanguage(args: Record<string, unknown>, turnsText = false): Array<[string, string]> {
  if (englishTexts(args).length === 0) return [];
  return textLanguageKeys(args, turnsText)
    .map((key): [string, string | undefined] => [key, languageName(args[key])])
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== 'english');
}

/** English in the value's own form: a code keeps its shape ("sw" → "en", "sw-KE" → "en-US", "SW" → "EN"), a name is "English". */
function englishLike(value: string): string {
  const trimmed = value.trim();
  if (/^[a-z]{2,3}[-_][A-Za-z]{2,4}$/i.test(trimmed)) return `en${trimmed.includes('_') ? '_' : '-'}US`;
  if (/^[A-Z]{2,3}$/.test(trimmed)) return 'EN';
  if (/^[a-z]{2,3}$/.test(trimmed)) return 'en';
  return 'English';
}

/**
 * The arguments with the text's language said as English where a text in English was planned with another
 * (`SourceLanguageCode: "sw"` beside "Please confirm your booking by Friday." → "en"); a change the schema
 * refuses (`valid`) is left out, and the arguments come back unchanged.
 */
export function textInItsLanguage(
  args: Record<string, unknown>,
  valid: (args: Record<string, unknown>) => boolean,
  turnsText = false,
): Record<string, unknown> {
  let fixed = args;
  for (const [key] of mismatchedTextLanguage(args, turnsText)) {
    const candidate = { ...fixed, [key]: englishLike(String(args[key])) };
    if (valid(candidate)) fixed = candidate;
  }
  return fixed;
}
