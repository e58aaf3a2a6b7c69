import { companyProduct, sellsProduct } from '../../tasks/company-products.js';
import { mismatchedTextLanguage } from '../../tasks/text-language.js';
import type { Conversation, ReviewedCall } from './conversation.js';

/**
 * Requests whose values do not belong together or do not follow from what was shown (docs/harness.md,
 * `user_request`): a cap said as a form field ("maximum results 68"), an English text said to be in
 * another language ("translate … from Swahili", a sentiment "in Azerbaijani"), and a follow-up that names
 * an id of the kind a list just returned that is none of the listed ones and was never seen before.
 */

/** A cap said as a field and its number ("maximum results 68", "max items 20"), not as "up to 68 results". */
const LIMIT_FIELD = /\bmax(?:imum)? (?:results?|items|records|hits|rows|count)\s+-?\d/i;

/** Keys that hold a listed record's id. */
const ID_KEY = /^(?:id|sid|key|uuid|guid)$|(?:_id|Id|_sid|Sid|_key|Key|_uuid|Uuid)$/;

/** An id's shape: its capitals kept (a prefix such as `FX`), hex digits and other letters by class, so `FX0ac5…` and `FX9002…` share one. */
const shapeOf = (id: string): string => id.replace(/[0-9a-f]/g, 'h').replace(/[g-z]/g, 'l');

/** The ids of the records a value lists (a list of two or more objects), by key. */
function listedIds(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    const records = value.filter(
      (item): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item),
    );
    // A field the same on every listed record (`fax_sid` of a fax's media) is their parent's, not a listed record's id.
    const keys = new Set(records.flatMap((record) => Object.keys(record).filter((key) => ID_KEY.test(key))));
    for (const key of records.length >= 2 ? keys : []) {
      const ids = records.map((record) => record[key]).filter((inner) => typeof inner === 'string' || typeof inner === 'number');
      if (new Set(ids).size > 1) ids.forEach((inner) => out.add(String(inner)));
    }
    value.forEach((item) => listedIds(item, out));
  } else if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) listedIds(inner, out);
  return out;
}

/** Tokens of a request that look like ids: six characters or more, a digit among them. */
const idTokens = (text: string): string[] =>
  text
    .split(/[\s,;!?()"“”]+/)
    .map((token) => token.replace(/[.:]+$/, ''))
    .filter((token) => token.length >= 6 && /\d/.test(token) && !/^\d{4}-\d{2}-\d{2}/.test(token));

/** Words that name no kind of record in a tool name (`list_fax`, `ministries_get_one`). */
const NO_KIND =
  /^(get|list|fetch|find|show|read|retrieve|search|query|delete|remove|update|create|post|put|patch|all|one|by|the|for|with|single|detail|details|info|latest|new)$/;
/** The kinds of record a tool or argument name speaks of, singular: `ministries_get_all` → ministry, `FaxSid` → fax. */
const kindsOf = (name: string): Set<string> =>
  new Set(
    name
      .split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/)
      .map((word) =>
        word
          .toLowerCase()
          .replace(/ies$/, 'y')
          .replace(/(?<=[^s])s$/, ''),
      )
      .filter((word) => word.length >= 3 && !NO_KIND.test(word) && !ID_KEY.test(word)),
  );
const shareKind = (a: Set<string>, b: Set<string>): boolean => [...a].some((word) => b.has(word));

/** The id kinds a turn's calls listed (ids, their shapes and the kinds the listing tools name). */
function listedOf(calls: readonly ReviewedCall[]): { ids: Set<string>; shapes: Set<string>; kinds: Set<string> } {
  const ids = new Set<string>();
  const kinds = new Set<string>();
  // A list is a call that names no record by id (`list_fax`); a read of one record (a ministry with its ministers) lists none of its kind.
  for (const call of calls) {
    if (typeof call.arguments === 'object' && Object.keys(call.arguments).some((key) => ID_KEY.test(key))) continue;
    const before = ids.size;
    listedIds(call.data, ids);
    if (ids.size > before) kindsOf(call.name ?? call.chatName).forEach((kind) => kinds.add(kind));
  }
  const shapes = new Set([...ids].filter((id) => id.length >= 6 && /\d/.test(id)).map(shapeOf));
  return { ids, shapes, kinds };
}

/** Whether a call names `token` as the id of a record of one of `kinds` (by its tool's name and its argument's). */
function namesListedKind(calls: readonly ReviewedCall[], token: string, kinds: Set<string>): boolean {
  return calls.some((call) =>
    typeof call.arguments === 'object'
      ? Object.entries(call.arguments).some(
          ([key, value]) =>
            String(value) === token &&
            ID_KEY.test(key) &&
            (kindsOf(key).size === 0 ? shareKind(kindsOf(call.name ?? call.chatName), kinds) : shareKind(kindsOf(key), kinds)),
        )
      : false,
  );
}

/** Follow-ups naming a record of a just-listed kind by an id that is none of the listed ones and appears nowhere earlier. */
function unseenListedIds(conversation: Conversation): string[] {
  const problems: string[] = [];
  let earlier = conversation.turns[0]?.user ?? '';
  conversation.turns.forEach((turn, index) => {
    if (index === 0) return;
    const previous = conversation.calls.filter((call) => call.turn === index - 1);
    earlier += ` ${previous.map((call) => call.result).join(' ')} ${conversation.turns[index - 1]?.answer ?? ''}`;
    const listed = listedOf(previous);
    const calls = conversation.calls.filter((call) => call.turn === index);
    const unseen = idTokens(turn.user).find(
      (token) =>
        listed.shapes.has(shapeOf(token)) &&
        !listed.ids.has(token) &&
        !earlier.includes(token) &&
        namesListedKind(calls, token, listed.kinds),
    );
    if (unseen !== undefined)
      problems.push(
        `turn ${index + 1}: the request names ${unseen}, a record of the kind just listed but none of the ${listed.ids.size} shown`,
      );
    earlier += ` ${turn.user}`;
  });
  return problems;
}

/** Calls that send an English text said to be in another language. */
function textLanguageMismatches(conversation: Conversation): string[] {
  return conversation.calls.flatMap((call: ReviewedCall) => {
    if (typeof call.arguments !== 'object') return [];
    const description = conversation.tools.get(call.chatName)?.description ?? '';
    return mismatchedTextLanguage(call.arguments, /translat/i.test(description)).map(
      ([key, language]) =>
        `turn ${call.turn + 1}: an English text is sent with ${key} ${String((call.arguments as Record<string, unknown>)[key])} (${language})`,
    );
  });
}

/** Calls that pair a listed company with a product it does not sell ("Alphabet" and "backpack"). */
function foreignProducts(conversation: Conversation): string[] {
  return conversation.calls.flatMap((call) => {
    const pair = typeof call.arguments === 'object' ? companyProduct(call.arguments) : undefined;
    return pair === undefined || sellsProduct(pair.products, pair.product)
      ? []
      : [`turn ${call.turn + 1}: the call pairs a company with a product it does not sell: ${String(pair.product)}`];
  });
}

/** Pairings and follow-ups a person would not make (`user_request`). */
export function mismatchedPairings(conversation: Conversation): string[] {
  const problems: string[] = [];
  conversation.turns.forEach((turn, index) => {
    const field = LIMIT_FIELD.exec(turn.user);
    if (field) problems.push(`turn ${index + 1}: the request says a cap as a form field: "${field[0]}"`);
  });
  return [...problems, ...textLanguageMismatches(conversation), ...foreignProducts(conversation), ...unseenListedIds(conversation)];
}
