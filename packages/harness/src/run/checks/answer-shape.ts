/**
 * Answers that describe a result by the wrong shape or call things by the wrong noun: one record's fields listed as
 * if they were entries ("There are 2 records: 1455053 (id) and Restaurants & Cafes (name)"), a list counted by its
 * container ("4 watch lists" for a watchlist's stocks, "One inbox matches" for a message), the tool's verb counted as
 * a thing ("one book find"), a field named after its record ("The structure 30978 has a structure of 55.87"), and a
 * change of a record's part said of the part by the owner's id ("I updated contact 9361597" for the contact of booking
 * 9361597). Plain detectors of their own, independent of the answer writer.
 */
import type { ReviewedCall } from './conversation.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys that are a record's fields, never codes of a table of labels (`au`, `de`, `USD`). */
const FIELD_KEY =
  /^(id|name|title|label|description|summary|type|kind|status|state|url|uri|href|email|phone|created|updated|date|time)$|[a-z](At|_at|Id|_id|ID|Key|_key|Url|_url|Date|_date|Time|_time|Name|_name|Type|_type|Status|_status|Code|_code)$/;

/** Every key of a result with its text value, at any depth (a JSON:API record keeps its `id` above its `attributes`). */
function keyValues(data: unknown, out: Array<[string, string]> = [], depth = 0): Array<[string, string]> {
  if (depth > 4) return out;
  if (Array.isArray(data)) data.slice(0, 10).forEach((item) => keyValues(item, out, depth + 1));
  else if (isRecord(data))
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string' || typeof value === 'number') out.push([key, String(value)]);
      else keyValues(value, out, depth + 1);
    }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A count listing items as "<value> (<key>)" where the keys are one record's fields: the record read as entries. */
function recordAsEntries(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const listed =
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) ([a-z][a-z ]{1,40}?)(?: came back| match(?:es)?)?: ([^\n]+)/i.exec(answer);
  if (listed === null) return undefined;
  for (const call of calls) {
    const said = keyValues(call.data).filter(
      ([key, value]) => value.length > 0 && new RegExp(`${escape(value.slice(-20))}\\s*\\(${escape(key)}\\)`).test(listed[3] as string),
    );
    if (said.length >= 2 && said.some(([key]) => FIELD_KEY.test(key)))
      return `it lists one record's fields as ${listed[1] as string} ${listed[2] as string}: ${said.map(([key]) => `(${key})`).join(', ')}`;
  }
  return undefined;
}

/** Nouns of what holds things, never of the things held. */
const CONTAINER =
  /^(inbox|outbox|mailbox|watchlist|watch list|wishlist|wish list|playlist|cart|basket|history|order history|library|folder|portfolio|catalog|archive)$/;
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const words = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
const pluralOf = (noun: string) =>
  /(x|s|sh|ch)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;

/** The lists of a result with the key they sit under (`''` for the result itself). */
function listsOf(data: unknown): Array<{ key: string; length: number }> {
  if (Array.isArray(data)) return [{ key: '', length: data.length }];
  if (!isRecord(data)) return [];
  return Object.entries(data)
    .filter(([, value]) => Array.isArray(value))
    .map(([key, value]) => ({ key, length: (value as unknown[]).length }));
}

/** A list counted by the container it sits in: "These 4 watch lists came back" for `{"watchlist": [4 symbols]}`, "One inbox matches". */
function containerCounted(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  // a list of the containers themselves (`{"playlists": [1 item]}`) is counted by them: "one playlist"
  const held = new Set(calls.flatMap((call) => listsOf(call.data).map(({ key, length }) => `${length} ${words(key).join('')}`)));
  for (const call of calls)
    for (const { key, length } of listsOf(call.data)) {
      const own = words(key).join(' ');
      const tool = words(call.name ?? call.chatName);
      const containers = new Set([own, own.replace(' ', ''), ...tool].filter((noun) => CONTAINER.test(noun)));
      const count = `(?:${length}|${NUMBERS[length] ?? length})`;
      for (const noun of containers) {
        if (held.has(`${length} ${pluralOf(noun.replace(' ', ''))}`)) continue;
        const spelled = `(?:${escape(noun)}|${escape(pluralOf(noun))}|${escape(noun.replace(/^(watch|wish|play)(list)$/, '$1 $2'))}s?)`;
        const found = new RegExp(`\\b${count} ${spelled}(?: records?)?\\b(?! (?:entries|entry|items?)\\b)`, 'i').exec(answer);
        if (found !== null) return `it counts the items of a list by their container: "${found[0]}"`;
      }
    }
  return undefined;
}

/** The tool's verb counted as a thing: "one book find" from `book_find`. */
function verbCounted(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const call of calls) {
    const verb = /[_-](find|get|fetch|lookup|retrieve|search)$/i.exec(call.name ?? call.chatName)?.[1];
    if (verb === undefined) continue;
    const found = new RegExp(`\\b(?:one|\\d+) [a-z]+ ${verb}e?s?\\b(?! (?:results?|records?|entries|items?)\\b)`, 'i').exec(answer);
    if (found !== null) return `it counts the tool's verb as a thing: "${found[0]}"`;
  }
  return undefined;
}

/** A field named after its record: "The structure 30978 has a structure of 55.87". */
const NOUN_FIELD = /\b[Tt]he ([a-z]{3,}) \S+ (?:has|had) (?:an? |the )?\1 of\b/;

/**
 * A change of a record's part said of the part by an id (`update_booking_contact({"bookingId": "9361597"})` answered
 * "I updated contact 9361597"): the call changed the contact of booking 9361597, whose id names the booking.
 */
function partAsRecord(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  for (const match of answer.matchAll(/\bI (?:have )?(?:updated|created|added) (?:the )?([a-z]+) ([\w-]*\d[\w-]*)\b/g)) {
    const [said, noun] = match as unknown as [string, string];
    for (const call of calls) {
      const tool = words(call.name ?? call.chatName);
      const at = (word: string) => tool.findIndex((name) => name === word || name === pluralOf(word));
      const owners = Object.keys(isRecord(call.arguments) ? call.arguments : {})
        .map((key) => /^([a-z]+)(?:_?id|Id|ID)$/.exec(key)?.[1]?.toLowerCase())
        .filter((owner): owner is string => owner !== undefined && owner !== noun);
      if (owners.some((owner) => at(owner) >= 0 && at(noun) > at(owner)))
        return `it says the changed part as a record by its id: "${said}" (the call changed the ${noun} of a ${owners[0] as string})`;
    }
  }
  return undefined;
}

/** Why an answer describes a result by the wrong shape or noun, or undefined. */
export function shapeAnswer(answer: string, calls: readonly ReviewedCall[]): string | undefined {
  const field = NOUN_FIELD.exec(answer);
  if (field !== null) return `it names a field after its record: "${field[0]}"`;
  return recordAsEntries(answer, calls) ?? containerCounted(answer, calls) ?? verbCounted(answer, calls) ?? partAsRecord(answer, calls);
}
