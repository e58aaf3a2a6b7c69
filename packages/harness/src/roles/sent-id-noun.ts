import { subjectIdKey, thingNoun, type CallOutcome } from './call-outcome.js';

/**
 * The thing a sent id belongs to by its key (`marketplace_id` → "marketplace", `category_tree_id` → "category tree"),
 * when that is another thing than the tool's: the id names that thing, never the tool's record ("the marketplace
 * 1191254", not "the tree 1191254"; "the category tree 1352747", not "the suggestion 1352747").
 */
export function sentIdNoun(outcome: CallOutcome, thing: string | undefined): string | undefined {
  const key = subjectIdKey(outcome);
  if (key === undefined) return undefined;
  const stem = /^([a-z]{3,})(id|sid|uuid|guid)$/.exec(key)?.[1] ?? key.replace(/(_?(id|sid|uuid|guid|key)|Id|Sid|Uuid|Guid|Key)$/, '');
  const noun = stem === '' || stem === key ? undefined : thingNoun(stem);
  if (noun === undefined || thing === undefined) return noun === undefined ? undefined : noun;
  const own = (text: string) => text.toLowerCase().replace(/s\b/g, '');
  return own(thing).includes(own(noun)) || own(noun).includes(own(thing)) ? undefined : noun;
}
