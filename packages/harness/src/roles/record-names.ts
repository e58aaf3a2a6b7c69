/** The name and label of a record, and the keys that are plumbing rather than facts. */
import { humanKey } from './key-words.js';
import { type Json, isRecord } from './result-record.js';

export const LABELS = ['name', 'title', 'headline', 'display_name', 'displayName', 'full_name', 'label', 'subject'];
export const ID = /(^|_)(id|sid|uuid|guid|key)$|(Id|Sid|Uuid|Guid|Key)$/;
/** Fields that say nothing to the user: bookkeeping, links, echoes of what was asked. */
export const NOISE =
  /^(created_at|updated_at|date_created|date_updated|timestamp|url|uri|links?|href|api[-_ ]?version|etag|_.*|ttl)$|(Url|Uri|_url|_uri)$/;
/**
 * Paging and query plumbing (`has_next`, `next_page_number`, `totalElements`, `cursor`, `filter`): how a list was
 * cut or asked for, never a fact about what it holds ("has next", "the filter is failed", "a page of 1").
 */
const PLUMBING =
  /^(has_(next|more|previous|prev)(_page)?|next|previous|prev|(next|prev|previous)_(page|cursor|token|link|offset)(_(number|no|num|token|url))?|page(_(number|no|num|index|token))?|total_(pages|elements|results|items|records|hits)|per_page|page_size|cursor|filter|filters|continuation(_token)?|more|truncated)$/;
/** Whether a key is paging or query plumbing (camelCase keys too: `totalElements`, `hasNext`). */
export const isPlumbing = (key: string): boolean =>
  PLUMBING.test(
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/[-\s]+/g, '_')
      .toLowerCase(),
  );
export const UNIT = /^(unit|currency|price_unit|.*_unit|.*Unit|.*_currency|.*Currency)$/;

/** A name as it reads inside a sentence: no closing full stop, a sentence-like title quoted. */
export function cleanLabel(text: string): string {
  const bare = text.trim().replace(/[.;:,!]+$/, '');
  return bare.split(/\s+/).length >= 4 ? `“${bare}”` : bare;
}

/** Keys that name a record without being called `name` (`approved_symbol`, `file_name`, `socialMediaHeadline`). */
const NAME_LIKE = /(^| )(name|title|headline|symbol|label|subject|term)$|^(name|title) original$/;
/**
 * The name of a party to a record (`owner_name`, `account_holder_name`, `sender_name`): whose it is, not what it is
 * called. An account's status is the account's, never its owner's ("Garrett O'Conner is discovered").
 */
const PARTY_NAME =
  /^(?:[a-z]+ )?(owner|author|creator|user|customer|holder|sender|recipient|receiver|contact|manager|assignee|reporter|requester|buyer|seller|agent|driver|patient|doctor|host|organi[sz]er|member|employee|beneficiary|payee|payer|client|vendor|merchant|bank|institution|provider) name$/;
/** A value that is a code, not a name (`pos_8gdpsmbmkz`, a hex digest, `ENSG00000169174`). */
export const CODE = /^(?:[a-z]{2,5}_[0-9a-z]{6,}|[0-9a-f]{16,}|[A-Z]{2,6}_?\d{5,}|0x[0-9a-f]+)$/i;
const nameText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 80 && !CODE.test(value.trim()) && !/^https?:/.test(value);

/** A record's name when it has no `name` field: a name-like field, else the headline of its first document (`documents[0].headline`). */
export function nameLike(record: Json): { key: string; text: string } | undefined {
  for (const [key, value] of Object.entries(record))
    if (!ID.test(key) && NAME_LIKE.test(humanKey(key)) && !PARTY_NAME.test(humanKey(key)) && nameText(value)) {
      const pair = pairedName(record, key);
      return { key, text: pair === undefined ? cleanLabel(value) : `${cleanLabel(value)} – ${pair}` };
    }
  // A key and what it stands for (`{key: "pos_…", value: "Highway 5 upgrades begin"}`): the value names the record.
  const rest = Object.entries(record).filter(([key]) => !ID.test(key) && !/^(id|key|sid|uuid|guid)$/i.test(key));
  if (rest.length === 1 && /^(value|text|caption|display_?value)$/i.test(rest[0]![0]) && nameText(rest[0]![1]))
    return { key: rest[0]![0], text: cleanLabel(rest[0]![1]) };
  // A record described by an `info` block (an OpenAPI entry: `info.title` "Twilio Fax V1 API") is named by its title.
  for (const key of ['info', 'metadata', 'meta']) {
    const block = record[key];
    const title = isRecord(block) ? ['title', 'name'].find((field) => nameText(block[field])) : undefined;
    if (isRecord(block) && title !== undefined) {
      // With its version when the block gives one: "Pubsub API 2.1.0".
      const version = typeof block['version'] === 'string' && /^v?\d+(\.\d+)+$/.test(block['version']) ? ` ${block['version']}` : '';
      return { key: title, text: cleanLabel(`${block[title] as string}${version}`) };
    }
  }
  for (const [, value] of Object.entries(record)) {
    const first = Array.isArray(value) && isRecord(value[0]) ? (value[0] as Json) : undefined;
    const title = first ? Object.keys(first).find((key) => /^(headline|title|name)$/i.test(key) && nameText(first[key])) : undefined;
    if (first && title !== undefined) return { key: title, text: cleanLabel(first[title] as string) };
  }
  return undefined;
}

/** Words before `name` or `symbol` that name a part of one thing (a person's first name), not a second thing. */
const NAME_PART =
  /^(first|last|middle|given|family|full|display|nick|user|short|long|official|common|scientific|legal|alt|alternative|other|previous|old|new|file|host|domain|brand|screen)$/;

/**
 * The second thing a relation record names (`target_symbol: "PCSK9"` beside `disease_name: "asthma"`): an association
 * is told by both its sides, "PCSK9 – asthma", never by one alone. Undefined for a record that names one thing.
 */
function pairedName(record: Json, first: string): string | undefined {
  const side = (key: string) => /^([a-z]+) (name|symbol)$/.exec(humanKey(key))?.[1];
  const own = side(first);
  if (own === undefined || NAME_PART.test(own)) return undefined;
  const other = Object.keys(record).find((key) => {
    const word = side(key);
    return (
      key !== first && word !== undefined && word !== own && !NAME_PART.test(word) && nameText(record[key]) && record[key] !== record[first]
    );
  });
  return other === undefined ? undefined : cleanLabel(record[other] as string);
}

/**
 * Whether a label field names the record: a short text, and a `subject` only in words (an email's
 * "Quarterly report"), not a code (`subject: "ENSG00000169174"` is what the record is about, not its name).
 */
function labelField(record: Json, key: string): boolean {
  const value = record[key];
  if (typeof value !== 'string' || value.length > 80 || value.trim() === '') return false;
  return key !== 'subject' || !/^[A-Z][A-Z0-9]*[_:-]?\d+$/.test(value.trim());
}

/**
 * The names of up to three listed records, each by its own name or by that of the one record it holds
 * (a membership by its `person.name`); undefined when one of them has none, or when they are more.
 */
export function memberNames(items: readonly unknown[]): string[] | undefined {
  if (items.length === 0 || items.length > 3) return undefined;
  const names = items.map((item) => {
    if (!isRecord(item)) return undefined;
    const own = nameOf(item);
    if (own !== undefined) return own;
    const inner = Object.values(item).filter(isRecord);
    return inner.length === 1 ? nameOf(inner[0] as Json) : undefined;
  });
  return names.every((name): name is string => name !== undefined) && new Set(names).size === names.length ? names : undefined;
}

/** The record's name (a `name` field or a name-like one), never an id. */
export function nameOf(record: Json): string | undefined {
  for (const key of LABELS) if (labelField(record, key)) return cleanLabel(record[key] as string);
  return nameLike(record)?.text;
}

/** The record's name, else a name-like field, else its own id (`id`, `sid`, `<entity>_id`), never another record's id (`account_sid`). */
export function labelOf(record: Json, entity?: string): string | undefined {
  for (const key of LABELS) if (labelField(record, key)) return cleanLabel(record[key] as string);
  const like = nameLike(record);
  if (like) return like.text;
  const own = (key: string) => {
    if (/^(id|sid|uuid|guid|key)$/i.test(key)) return true;
    if (entity === undefined) return false;
    const words = humanKey(key).split(' ');
    const noun = humanKey(entity).replace(/s$/, '');
    if (words.length === 2 && ID.test(key) && noun === (words[0] as string).replace(/s$/, '')) return true;
    // Glued: `messageid`, `batchid`, `MessageID`.
    const glued = /^([a-z]+?)(id|sid|uuid|guid)$/.exec(key.toLowerCase());
    return glued !== null && noun.replace(/ /g, '') === (glued[1] as string).replace(/s$/, '');
  };
  const id = Object.keys(record).find((key) => own(key) && (typeof record[key] === 'string' || typeof record[key] === 'number'));
  return id === undefined ? undefined : String(record[id]);
}
