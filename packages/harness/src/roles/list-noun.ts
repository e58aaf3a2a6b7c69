import { NO_THING, readsAsNoun, singularOf, type CallOutcome } from './call-outcome.js';
import { humanKey, sayableKey } from './result-facts.js';
import { isRecord } from './result-record.js';

/**
 * Nouns of what holds things, never of the things it holds: an inbox holds messages, a watchlist stocks, an
 * order history orders. The word before a history, log or queue names its items ("order history" → orders).
 */
const CONTAINER =
  /^(?:(.+?) )?(inbox|outbox|mailbox|watchlist|watch list|wishlist|wish list|playlist|play list|cart|basket|history|log|queue|feed|library|folder|portfolio|catalog|catalogue|archive|backlog|timeline)$/;
const OF_ITEMS = /^(history|log|queue|archive|feed|backlog)$/;

/** Words of a tool name that are its verb or filler, never what it returns. */
const NOT_A_NOUN =
  /^(get|fetch|list|search|find|read|retrieve|show|create|add|update|delete|remove|post|put|patch|to|from|by|in|of|for|the|all|one|id|my|new|v\d+)$/;

/** A `type` value that names what an item is (`episode`), not a tier or trait (`premium`, `personal`, `general`). */
const isKindNoun = (kind: string) =>
  /^[a-z]{3,}$/.test(kind) &&
  !/(al|ive|ic|ous|ful|ary|ed|ing|able|ible|less|ate|s)$/.test(kind) &&
  !/^(premium|business|standard|basic|public|private|custom|default|other|normal|special|regular|free|paid|new|old|main|test|demo|live|gold|silver|bronze)$/.test(
    kind,
  ) &&
  readsAsNoun(kind) &&
  sayableKey(kind) !== undefined;

/** Whether a noun names a container of items (`inbox`, `watch list`, `order history`). */
export const isContainer = (noun: string) => CONTAINER.test(noun);

/** The tool name's other noun, besides its container (`post_messages_inbox` → message, `library_search_book` → book). */
function toolItemNoun(tool: string, container: string): string | undefined {
  const words = humanKey(tool)
    .split(' ')
    .filter((word) => !NOT_A_NOUN.test(word) && !CONTAINER.test(word) && !container.split(' ').includes(word));
  const found = words.reverse().find((word) => word.length >= 3 && readsAsNoun(word) && !NO_THING.test(word) && sayableKey(word));
  return found === undefined ? undefined : singularOf(found);
}

/**
 * What a list's items are called, given the noun its key, the request or the tool gave: the items' kind, never the
 * container they sit in. A container's items are named by the word before it ("order history" → order), by the
 * argument whose value is one of them (`add_to_watchlist({"stock": "GOOGL"})` → stock), by the tool's other noun
 * (`post_messages_inbox` → message), else as its entries ("watch list entry"). A list with no noun of its own
 * ("entry", "result") is named by the kind its items say they are (`{"type": "episode"}`).
 */
export function itemNoun(base: string, items: readonly unknown[], outcome: CallOutcome): string {
  const found = CONTAINER.exec(base);
  if (found === null && !/^(entry|result|item|record)$/.test(base)) return base;
  if (found !== null) {
    const [, modifier, container] = found as unknown as [string, string | undefined, string];
    if (modifier !== undefined && OF_ITEMS.test(container) && readsAsNoun(modifier) && !NO_THING.test(modifier)) return modifier;
    const sent = Object.keys(outcome.arguments).find(
      (key) => items.includes(outcome.arguments[key]) && sayableKey(key) !== undefined && readsAsNoun(humanKey(key)),
    );
    if (sent !== undefined) return humanKey(sent);
  }
  // the kind every item says it is (`{"type": "episode"}` in a playlist's items)
  const kinds = new Set(items.map((item) => (isRecord(item) ? (item['type'] ?? item['kind']) : undefined)));
  const [kind] = [...kinds];
  // a kind the call sent is its filter (`type: "street"` of parking lots), not what the items are
  const filtered = Object.values(outcome.arguments).includes(kind);
  if (kinds.size === 1 && typeof kind === 'string' && isKindNoun(kind) && !filtered) return kind;
  if (found === null) return base;
  return toolItemNoun(outcome.tool, base) ?? `${base} entry`;
}
