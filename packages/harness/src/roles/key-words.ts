/** Keys and values in English words: a common-word lexicon, abbreviations spelled out, codes refused. */
import { createRequire } from 'node:module';
import { ABBREVIATIONS, ACRONYMS as CAPITALS, spellWords } from '@inftool/core';

const require = createRequire(import.meta.url);
/** wink-lexicon: ~13k common English words (loaded on first use). */
let lexicon: Record<string, string[] | undefined> | undefined;
const LEXICON = (): Record<string, string[] | undefined> =>
  (lexicon ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>);

/** Words of APIs a common-word lexicon lacks but a user reads without trouble. */
const TECH = new Set(
  'thumbnail thumbnails audio sunrise sunset moonrise moonset uptime downtime hostname filename filesize website homepage online api apis url urls uri email emails username usernames fax faxes metadata timestamp timestamps id ids sid uuid json xml csv pdf html http https sms mms ip dns ssl tls cpu gpu ram ok online offline login logout signup checkout wifi bluetooth app apps sha md5 iban bic vat zip co2 kwh mwh wh gb mb kb tb pm am utc gmt latitude longitude geo avatar webhook webhooks hashtag hashtags tweet tweets inbox outbox chromosome chromosomes ontology synonym synonyms gene genes genome protein pathway pathways biotype enzyme disease diseases twitter valuation valuations podcast podcasts playlist playlists receipt receipts'.split(
    ' ',
  ),
);
/** Endings of longer English words a small lexicon misses ("tractability", "ontology"). */
const ENGLISH_ENDING =
  /(ology|ologies|ity|ities|ment|ments|ness|tion|tions|sion|sions|able|ible|ance|ence|ism|isms|ous|ive|ical|graph|graphs|scope|some|somes|type|types|ship|ware)$/;

/** The words abbreviations stand for ("dew point", "compass direction"): English by choice. */
let spelledOut: Set<string> | undefined;
const SPELLED_OUT = (): Set<string> =>
  (spelledOut ??= new Set(Object.values(ABBREVIATIONS).flatMap((text) => text.toLowerCase().split(/[^a-z0-9]+/))));

function known(word: string): boolean {
  const w = word.toLowerCase();
  const lex = LEXICON();
  if (
    TECH.has(w) ||
    CAPITALS[w] !== undefined ||
    SPELLED_OUT().has(w) ||
    /^\d+$/.test(w) ||
    /^[pxyz]$/.test(w) ||
    UNIT_WORDS[w] !== undefined
  )
    return true;
  const prefixed = /^(un|in|im|non|re|pre|sub|over|under)([a-z]{4,})$/.exec(w);
  if (prefixed && lex[prefixed[2] as string] !== undefined) return true;
  return [
    w,
    w.replace(/s$/, ''),
    w.replace(/es$/, ''),
    w.replace(/ies$/, 'y'),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/ers?$/, ''),
    w.replace(/rs?$/, ''),
    // an agent noun of a listed verb: "inventor" (invent), "creator" (create)
    w.replace(/ors?$/, ''),
    w.replace(/ors?$/, 'e'),
    w.replace(/ly$/, ''),
  ].some((stem) => stem.length >= 2 && lex[stem] !== undefined);
}

/** Levenshtein distance, stopped past `max`. */
function near(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(cost);
      best = Math.min(best, cost);
    }
    if (best > max) return false;
    prev = row;
  }
  return (prev[b.length] as number) <= max;
}

/** A word one or two letters off a common word and not one itself (`proess`, `informtion`). */
export function misspelt(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 5 || !/^[a-z]+$/.test(w) || known(w)) return false;
  const max = w.length >= 9 ? 2 : 1;
  return Object.keys(LEXICON()).some((entry) => entry.length >= 5 && near(w, entry, max));
}

const wordCache = new Map<string, string | undefined>();
/**
 * A word of a key as a user reads it, or undefined when it is no English word: known words as they
 * are, two glued words split (`energyprice` → "energy price"), a misspelling of a known word
 * (`describtion`, `mutlityplier`) or an opaque short code (`gsi`, `wim`) refused.
 */
export function englishWord(word: string): string | undefined {
  const w = word.toLowerCase();
  if (wordCache.has(w)) return wordCache.get(w);
  let said: string | undefined;
  if (known(w) || SPELLED[w] !== undefined) said = w;
  else if (w.length >= 6) {
    for (let cut = 2; cut <= w.length - 3 && said === undefined; cut++)
      // A suffix is no second word: `contractable` is one word, never "contract able".
      if (
        LEXICON()[w.slice(0, cut)] !== undefined &&
        known(w.slice(cut)) &&
        w.slice(cut).length >= 3 &&
        !/^(able|ible|ness|ment|less|ful|ship|hood|ward|wise|ally|ing|ity)$/.test(w.slice(cut))
      )
        said = `${w.slice(0, cut)} ${w.slice(cut)}`;
    if (said === undefined && ENGLISH_ENDING.test(w)) {
      const max = w.length >= 9 ? 2 : 1;
      const misspelt = Object.keys(LEXICON()).some((entry) => entry.length >= 5 && near(w, entry, max));
      if (!misspelt) said = w;
    }
  }
  wordCache.set(w, said);
  return said;
}

/** Whether `word` is a common English noun ("forecast", "media", "posts"), never a verb, an adjective or a code ("calculate", "nearest", "roa"). */
export function commonNoun(word: string): boolean {
  const w = word.toLowerCase();
  const tags = LEXICON()[w] ?? LEXICON()[w.replace(/(e?s)$/, '')];
  return tags !== undefined && tags.some((tag) => tag === 'NN' || tag === 'NNS');
}

/** A key's words in English, or undefined when one of them is none. */
export function sayableKey(key: string): string | undefined {
  const words: string[] = [];
  const parts = humanKey(key)
    .split(' ')
    .filter((part) => part !== '');
  for (const word of parts) {
    const said = englishWord(word);
    // An opaque prefix before a head word that says it all on its own (`wim_status` → "status").
    if (said === undefined) return parts.length > 1 && SELF_SUFFICIENT.test(parts.at(-1) as string) ? (parts.at(-1) as string) : undefined;
    words.push(said);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/** Head words that name a field well without their modifiers. */
const SELF_SUFFICIENT =
  /^(status|state|started|ended|finished|completed|created|updated|modified|deleted|count|total|name|title|type|kind|description|message|verdict|result)$/;

/**
 * A key in lower-case words, abbreviations spelled out (the shared list in `@inftool/core`):
 * `postLikes` → "post likes", `num_pages` → "number of pages", `lat` → "latitude", `wind_spd` →
 * "wind speed", `temp_max` → "maximum temperature".
 */
export function humanKey(key: string): string {
  // An acronym before a word is split off (`PWSName` → "pws name"), a plural acronym is not (`APIs`).
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z]{2,})/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase()
    .split(' ')
    .filter((word) => word !== '');
  return spellWords(words).join(' ').toLowerCase();
}

/** Words a key's last word may be: a unit the value is measured in (`uptime_seconds` → "3,600 seconds"). */
export const UNIT_WORDS: Record<string, string> = {
  seconds: 'seconds',
  secs: 'seconds',
  sec: 'seconds',
  s: 'seconds',
  ms: 'milliseconds',
  millis: 'milliseconds',
  milliseconds: 'milliseconds',
  minutes: 'minutes',
  mins: 'minutes',
  min: 'minutes',
  hours: 'hours',
  hrs: 'hours',
  days: 'days',
  bytes: 'bytes',
  kb: 'KB',
  mb: 'MB',
  gb: 'GB',
  km: 'km',
  kg: 'kg',
  kwh: 'kWh',
  tpm: 'TPM',
  pct: '%',
  percent: '%',
  usd: 'USD',
  eur: 'EUR',
};
/** Abbreviations in keys spelled out. */
export const SPELLED: Record<string, string> = {
  avg: 'average',
  qty: 'quantity',
  amt: 'amount',
  desc: 'description',
  addr: 'address',
  msg: 'message',
  temp: 'temperature',
  max: 'maximum',
  min: 'minimum',
  cnt: 'count',
  num: 'number',
  spec: 'specification',
  specs: 'specifications',
  pct: 'percentage',
  id: 'ID',
  sid: 'SID',
  url: 'URL',
  api: 'API',
  apis: 'APIs',
  co2: 'CO2',
  html: 'HTML',
  json: 'JSON',
  xml: 'XML',
  csv: 'CSV',
  pdf: 'PDF',
  sms: 'SMS',
  ip: 'IP',
  dns: 'DNS',
  utc: 'UTC',
  vat: 'VAT',
  iban: 'IBAN',
  tse: 'TSE',
  rna: 'RNA',
  dna: 'DNA',
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
};
