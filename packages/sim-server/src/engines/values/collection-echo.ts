/** Names an object owns or echoes from its call: the title or subject asked, a name owned by its parent. */
import { resolveRef, type Schema } from './schema-tools.js';
import { isFillerLabel } from './products.js';
import { isSchema } from './collection-environment.js';

/**
 * An object for `schema`: every required property, optional ones at `optionalRate` (only required
 * ones near the depth limit), `dependentRequired` and `dependentSchemas` followed, extra keys from
 * `patternProperties`/`additionalProperties`/`propertyNames` for maps and to reach `minProperties`,
 * optional keys dropped to stay within `maxProperties`.
 */
/** Objects whose name says nothing of what they are (`data`, `items`, `result`). */
const BARE_OBJECT =
  /^(data|datum|item|items|result|results|record|records|entry|entries|value|values|object|details|detail|info|attributes|properties|meta|metadata|response|body|payload|node|nodes|edge|edges|hit|hits|root|content|self|links|relationships|included|source)$/;

/**
 * The name a record's own `name` or `title` is generated under: the nested object's name in front
 * (`from_organization.name`, `sponsor.name`), so it names an organisation or a person, not the
 * tool's thing. Other keys, top-level records and objects named `data` or `items` keep the key.
 */
export function ownedName(object: string, key: string, depth: number): string {
  // every field of a contact is the contact's (a news post's `contacts[].details` is no story sentence)
  if (depth >= 1 && /(^|[^a-z])contacts?$/i.test(object) && /^(title|details|detail|name|info|description|text)$/i.test(key))
    return `${object}.${key}`;
  // a name, and a kind (`actions[].classification`, `downloads[].data_type`), is its holder's: an action's kind, not a tier word
  if (
    depth < 1 ||
    object === '' ||
    !/^(name|title|label|display_?name|displayName|full_?name|type|kind|classification|data_?type|dataType|entity_?type|entityType|relation_?type|relationType)$/.test(
      key,
    )
  )
    return key;
  const last =
    object
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .at(-1) ?? '';
  return last === '' || BARE_OBJECT.test(last) ? key : `${object}.${key}`;
}

/** A generated value that is only the last-resort label of a noun, or a list of such labels. */
export const fillerOnly = (value: unknown): boolean =>
  isFillerLabel(value) || (Array.isArray(value) && value.length > 0 && value.every((item) => isFillerLabel(item)));

/** The title a call gives its record: the two sides it names (`team1`, `team2` → `A vs B`), else a name it sends (`movie_name`). */
export function askedTitle(echo: Record<string, unknown> | undefined): string | undefined {
  const sent = Object.entries(echo ?? {}).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length <= 60 && !isFillerLabel(entry[1]),
  );
  const sides = sent.filter(([key]) => /(^|[^0-9])[12]$|_(one|two)$|^(home|away)(_|$)/i.test(key));
  if (sides.length === 2) return `${sides[0]![1]} vs ${sides[1]![1]}`;
  return sent.find(([key]) => /(^|_)(name|title)$/i.test(key))?.[1];
}

/** A string argument named for the thing the tool is about (`movie_name` on `movie_ratings_get_movie`, `discovery` on `…_get_discovery_details`; not `country` on `country_info_largest_city`). */
export function subjectArgument(echo: Record<string, unknown> | undefined, entity: string | undefined): string | undefined {
  if (entity === undefined || entity === '') return undefined;
  const nouns = new Set([entity.replace(/s$/, '')]);
  const entry = Object.entries(echo ?? {}).find(([key, value]) => {
    if (typeof value !== 'string' || value.length > 80 || !/[A-Za-z]/.test(value) || isFillerLabel(value)) return false;
    const words = key
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word !== '' && word !== 'name' && word !== 'title');
    return words.length > 0 && words.every((word) => nouns.has(word.replace(/s$/, '')));
  });
  return entry?.[1] as string | undefined;
}

const NOTE = /\b[A-G][♭#b]?(?= (blues|major|minor|dorian|natural)\b| ?$)/;
/** A music title in the key the call sends (`key: "C"` → `C blues scale`, `I–IV–V in C`), never another. */
export function inAskedKey(value: unknown, echo: Record<string, unknown> | undefined): unknown {
  const key = echo?.['key'];
  if (typeof value !== 'string' || typeof key !== 'string' || !/^[A-G][♭#b]?( major| minor)?$/.test(key.trim())) return value;
  const note = key.trim().split(' ')[0] as string;
  return NOTE.test(value) ? value.replace(NOTE, note) : value;
}

/** Whether a schema states its values (an enum, a const, examples): those are the API's own, whatever they read like. */
export function statedValues(schema: unknown, root: Schema): boolean {
  if (!isSchema(schema)) return false;
  const resolved = resolveRef(schema, root);
  const items = isSchema(resolved['items']) ? resolveRef(resolved['items'], root) : {};
  return ['enum', 'const', 'examples', 'default'].some((keyword) => keyword in resolved || keyword in items);
}
