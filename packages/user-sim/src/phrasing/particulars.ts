import { indefiniteArticle, spelledWords } from '@inftool/core';
import { baseVerb } from './action.js';

/**
 * A request names the thing it wants and says its values; the documentation's particulars after the
 * thing ("a session key to keep search context", "the smart meters installed in Germany and available
 * for subservices", "an article belonging to a Newsletter edition") are no words of a request. A long
 * object is cut where they begin; a tail that says what the tool's name is about ("for the week" on
 * `spots_week`, "for the home page" on `home_get`) stays, and a bare noun left alone takes the name's
 * words for it ("metrics about the current data release" on `get_data_metrics` → "the data metrics").
 */

/** Words at which particulars begin after the thing. */
const PARTICULAR = /^(for|to|with|using|via|about|that|which|where|whose|within|including|only|in|on|from|at|by|and|or|such|like)$/i;
/** A participle that opens particulars when a preposition follows: "installed in", "belonging to", "based on". */
const PARTICIPLE = /^[a-z]+(ed|ing)$/i;
const DETERMINER = /^(a|an|the|all|one|some|any|its|their|this|that|each|every|specific|given|particular)$/i;
/** Heads that name nothing alone. */
const GENERIC = /^(information|info|detail|list|set|number|version|kind|type|summary|overview|result|value)$/;
/** An object this long (in words) loses its particulars; a shorter one is said as it is. */
const LONG = 5;

const stem = (word: string) =>
  word
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=\w{3})(es|s)$/, '');

/** The words of a tool name that name things (no verbs, no HTTP methods), abbreviations spelled out. */
const nameWordsOf = (toolName: string) => spelledWords(toolName).map((word) => word.toLowerCase());

function nameThings(toolName: string): string[] {
  return nameWordsOf(toolName).filter(
    (word) => /^[a-z]{3,}$/.test(word) && baseVerb(word) === undefined && !/^(all|one|by|for|from|with|latest|new)$/.test(word),
  );
}

/** Where the particulars begin (a word index), or -1 when the object has none worth cutting. */
function particularsAt(
  words: readonly string[],
  things: readonly string[],
  slots: ReadonlySet<string>,
  wholes: ReadonlySet<string>,
): number {
  const named = new Set(things.map(stem));
  const thing = things.length > 0 ? stem(things.at(-1) as string) : undefined;
  const head = new Set<string>();
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    // A noun in -ing before a preposition in -ing ("a metered reading using account") is the thing, not a participle.
    const participle = PARTICIPLE.test(word) && PARTICULAR.test(words[index + 1] ?? '') && !PARTICIPLE.test(words[index + 1] ?? '');
    const opens =
      head.size > 0 &&
      (PARTICULAR.test(word) || participle) &&
      // "and"/"or" inside a thing ("matching and non-matching hashes") is no cut.
      (!/^(and|or)$/i.test(word) || DETERMINER.test(words[index + 1] ?? '') || baseVerb(words[index + 1] ?? '') !== undefined);
    if (opens) {
      // A tail that says what the name is about, and the head does not, stays.
      const tail = words.slice(index + 1).map(stem);
      // A head of generic words ("information", "the info") names nothing yet: what it is about stays.
      const generic = [...head].every((part) => GENERIC.test(part));
      // "based on a URI", "belonging to an edition": the value is said with its own name, not into the documentation's words.
      // A slot word the head already says ("the social media post for the social media type") is no place of its own,
      // unless the tail ends on the thing a value names ("all fax media for the fax" + a fax's SID).
      const slotted =
        !participle && (tail.some((part) => slots.has(part) && !head.has(part) && !GENERIC.test(part)) || wholes.has(tail.at(-1) ?? ''));
      // The tail says what the name is about and the head does not ("for the week" on `spots_week`, not "about the data release" after "metrics" on `get_data_metrics`).
      const naming = thing !== undefined && !head.has(thing) && tail.some((part) => named.has(part) && !head.has(part));
      // A cut never strands a word that needs what follows ("the projects you're | following on CircleCI").
      const stranding = /^(you're|you|we|i|they|it|is|are|was|were|be|been|that|which|who|to|of|the|a|an)$/i.test(words[index - 1] ?? '');
      // A short tail that names a product or a place a user would say ("to Listen Notes database", "that Amazon Translate supports") stays.
      const rest = words.slice(index + 1);
      // A name is two capitalised words or one with an inner capital; a spec's Title Case word ("a Newsletter edition") is none.
      const properName =
        rest.length <= 4 &&
        rest.some((part, at) => /^[A-Z][a-z]*[A-Z]/.test(part) || (/^[A-Z][a-z]+$/.test(part) && /^[A-Z][a-z]+$/.test(rest[at + 1] ?? '')));
      if (!generic && !slotted && !naming && !stranding && !properName) return index;
    }
    if (!DETERMINER.test(word)) head.add(stem(word));
  }
  return -1;
}

/**
 * The object without the documentation's particulars (see the module comment). `slots`: the names and
 * labels of the values the request says into the clause; a tail that names one stays (the value is said
 * into it: "all keys for index 42"). `valued`: values are said (also after the clause, "…, once for A and
 * once for B"), so a choice of things ("search for a disease or a target" + KRAS) is left to them.
 */
export function withoutParticulars(object: string, toolName: string, slots: readonly string[] = [], valued = slots.length > 0): string {
  if (/^for (?:an? |the )?[A-Za-z]+ or (?:an? |the )?[A-Za-z]+$/i.test(object)) return valued ? '' : object;
  const plain = object
    // "the top 100 of most queried values" → "the most queried values".
    .replace(/\btop \d+ of (?=(?:the )?most\b)/i, '')
    // "all fax media instances" → "all fax media": an instance is no thing of its own.
    .replace(/(?<=\w) instances\b/gi, '');
  const words = plain.split(' ').filter(Boolean);
  if (words.length < LONG) return plain;
  const things = nameThings(toolName);
  const slotWords = slots.flatMap((slot) => spelledWords(slot).map(stem));
  // Things a value names in one word ("fax" for `FaxSid`).
  const wholes = new Set(
    slots
      .map((slot) => spelledWords(slot).map(stem))
      .filter((parts) => parts.length === 1)
      .flat(),
  );
  const at = particularsAt(words, things, new Set(slotWords), wholes);
  if (at <= 0) return plain;
  const head = words.slice(0, at);
  const content = head.filter((word) => !DETERMINER.test(word));
  // A bare noun the name says with more words: "metrics" on `get_data_metrics` → "the data metrics".
  if (content.length === 1) {
    const last = things.findLastIndex((word) => stem(word) === stem(content[0] as string));
    // Not when the name's first word leads (`file_complaint`: "file" is what is done, not a kind of complaint).
    const leading = nameWordsOf(toolName)[0] === things[0];
    if (last > 0 && last <= 2 && last === things.length - 1 && !leading) {
      const determiners = head.filter((word) => DETERMINER.test(word));
      // A noun before a noun is singular ("newsletters article" → "newsletter article"), and "a"/"an" agrees with what follows.
      const modifiers = things.slice(0, last).map((word) => word.replace(/ies$/, 'y').replace(/(?<=\w{3}[^su])s$/, ''));
      const said = [...(determiners.length > 0 ? determiners : ['the']), ...modifiers, content[0] as string];
      if (/^an?$/i.test(said[0] as string)) said[0] = indefiniteArticle(said[1] as string);
      return said.join(' ');
    }
  }
  // "from one currency" without the "to another" it began: said by the values instead.
  return head.join(' ').replace(/\s+from (?:one|a|an) [A-Za-z]+$/i, '');
}
