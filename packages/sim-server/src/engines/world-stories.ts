import { isStoryPlace, STORIES, tellStory, type Story } from './world-headlines.js';
import { isJsonObject } from '@inftool/core';

export { STORIES, tellStory, type Story } from './world-headlines.js';

type Json = Record<string, unknown>;

const HEADLINES = new Map(STORIES.map((story, index) => [story.headline.toLowerCase(), index]));
const SENTENCES = new Map(STORIES.map((story, index) => [story.sentence.toLowerCase(), index]));
const KEYWORDS = new Map(STORIES.map((story, index) => [story.keywords.toLowerCase(), index]));
const ID_KEY = /^(id|key|uuid|guid|sid)$/i;
const MEMORY = 'story\u0000';
const TOLD = 'story-told\u0000';

/** The story a piece of text tells, if it is one of the stories' texts (or holds one, as HTML does). */
function storyOf(text: string): number | undefined {
  const lower = text.toLowerCase();
  const exact = HEADLINES.get(lower) ?? SENTENCES.get(lower) ?? KEYWORDS.get(lower);
  if (exact !== undefined) return exact;
  if (!lower.includes('<')) return undefined;
  const found = STORIES.findIndex((story) => lower.includes(story.sentence.toLowerCase()) || lower.includes(story.headline.toLowerCase()));
  return found >= 0 ? found : undefined;
}

/** Whether an object's own strings tell any story (so it is a record with a story to keep straight). */
function tellsStory(object: Json): boolean {
  return Object.values(object).some((entry) => typeof entry === 'string' && storyOf(entry) !== undefined);
}

/** Whether anything inside `node` tells a story. */
function holdsStory(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(holdsStory);
  return isJsonObject(node) && (tellsStory(node) || Object.values(node).some(holdsStory));
}

/** Rewrites one story text as the same kind of text of `story` (a headline stays a headline). */
function retell(text: string, story: Story): string {
  const lower = text.toLowerCase();
  if (HEADLINES.has(lower)) return story.headline;
  if (SENTENCES.has(lower)) return story.sentence;
  if (KEYWORDS.has(lower)) return story.keywords;
  let html = text;
  for (const other of STORIES) html = html.split(other.sentence).join(story.sentence).split(other.headline).join(story.headline);
  return html;
}

const ownId = (object: Json): string | undefined => {
  for (const [key, value] of Object.entries(object))
    if (ID_KEY.test(key) && (typeof value === 'string' || typeof value === 'number') && String(value).length >= 3) return String(value);
  return undefined;
};

/** Arguments that say what a search is about. */
const QUERY_ARGUMENT = /^(q|query|search|search_?term|keywords?|term|topic|tag|category|subject)$/i;

/** What a call searches for (`q: "wildfire update"`), when it says. */
export function searchedFor(args: Json): string | undefined {
  const found = Object.entries(args).find(([key, value]) => QUERY_ARGUMENT.test(key) && typeof value === 'string' && value.trim() !== '');
  return found?.[1] as string | undefined;
}

const isStory = (value: Json | undefined): value is Json & Story =>
  typeof value?.['headline'] === 'string' && typeof value['sentence'] === 'string' && typeof value['keywords'] === 'string';

/** A record telling a story of a place is located there (`location: "Kamloops, BC"` of a Courtenay story → `Courtenay, BC`). */
function placeTheStory(node: Json, place: string): void {
  for (const [key, entry] of Object.entries(node)) {
    if (!/^(location|city|place|dateline)$/i.test(key) || typeof entry !== 'string') continue;
    const [first, ...rest] = entry.split(',');
    if (first !== undefined && isStoryPlace(first)) node[key] = [place, ...rest].join(',');
  }
}

/**
 * One record, one story: a record whose text fields tell stories (a news post's headline, pageTitle,
 * subheadline, documents' headlines, detailsHtml, keywords, a `value` shown for its key) tells one,
 * drawn once per id for the session (`memory`) from the id and the search `query` (a search for
 * wildfires finds wildfire news, each record its own), distinct from its siblings'; the objects
 * inside it without an id of their own (its documents) tell the same. `topId` names the record a
 * read by id answers with; `salt` (the call's seed) draws the stories of records without ids; a story
 * text among the call's `sent` values (a posted tweet) is the record's own story. Works in place.
 */
export function oneStoryPerRecord(
  value: unknown,
  memory: Map<string, Json>,
  topId?: string | number,
  { query, salt = '', sent = [] }: { query?: string | undefined; salt?: string; sent?: readonly unknown[] } = {},
): void {
  // A text the call sent (a posted tweet's `content`) is the record's story: kept as sent, and remembered for its id.
  const given = new Set(sent.filter((value): value is string => typeof value === 'string').map((value) => value.toLowerCase()));
  const pass: StoryPass = { memory, query, salt, given };
  walkStories(pass, value, undefined, topId === undefined ? undefined : String(topId), new Set(), '');
}

/** What telling one result's stories works with. */
interface StoryPass {
  memory: Map<string, Json>;
  query: string | undefined;
  salt: string;
  /** The texts the call sent, lower-cased. */
  given: Set<string>;
}

/** The story a text the call sent tells, where `node` holds one. */
function sentStory(pass: StoryPass, node: Json): Story | undefined {
  for (const entry of Object.values(node))
    if (typeof entry === 'string' && pass.given.has(entry.toLowerCase())) {
      const index = storyOf(entry);
      if (index !== undefined) return STORIES[index];
    }
  return undefined;
}

/** The story of `seed`: the one the session told of it (when `remember`), else one drawn whose headline is not yet told. */
function pickStory(pass: StoryPass, seed: string, taken: Set<string>, remember: boolean): Story {
  const { memory, query } = pass;
  const known = memory.get(MEMORY + seed);
  if (remember && isStory(known))
    return {
      headline: known.headline,
      sentence: known.sentence,
      keywords: known.keywords,
      ...(typeof known['place'] === 'string' ? { place: known['place'] } : {}),
    };
  // a headline already told of another record of the session, or of a sibling, is drawn again
  const told = (headline: string) =>
    taken.has(headline) || (remember && ![undefined, seed].includes(memory.get(TOLD + headline)?.['id'] as string));
  let story = tellStory(seed, query);
  for (let variant = 1; variant < 12 && told(story.headline); variant += 1) story = tellStory(seed, query, variant);
  if (remember) {
    memory.set(MEMORY + seed, { ...story });
    memory.set(TOLD + story.headline, { id: seed });
  }
  return story;
}

/** Tells the stories of `node` and what it holds: a record with an id of its own tells its own story; one without tells its parent's, else one drawn for its place in the result. */
function walkStories(
  pass: StoryPass,
  node: unknown,
  story: Story | undefined,
  id: string | undefined,
  taken: Set<string>,
  slot: string,
): void {
  if (Array.isArray(node)) {
    const siblings = new Set<string>();
    node.forEach((entry, index) => walkStories(pass, entry, story, undefined, siblings, `${slot}/${index}`));
    return;
  }
  if (!isJsonObject(node)) return;
  let own = story;
  const named = ownId(node) ?? id;
  const kept = sentStory(pass, node);
  if (kept !== undefined && named !== undefined) {
    pass.memory.set(MEMORY + named, { ...kept });
    pass.memory.set(TOLD + kept.headline, { id: named });
  }
  if ((story === undefined || ownId(node) !== undefined) && holdsStory(node))
    own = kept ?? (named !== undefined ? pickStory(pass, named, taken, true) : pickStory(pass, `${pass.salt}\u0000${slot}`, taken, false));
  if (own !== undefined) {
    taken.add(own.headline);
    tellStoryIn(node, own);
  }
  for (const [key, entry] of Object.entries(node)) walkStories(pass, entry, own, undefined, new Set(), `${slot}.${key}`);
}

/** Retells every story text of `node` as `story`, and places it where the story happens. */
function tellStoryIn(node: Json, story: Story): void {
  for (const [key, entry] of Object.entries(node))
    if (typeof entry === 'string' && storyOf(entry) !== undefined) node[key] = retell(entry, story);
  if (story.place !== undefined) placeTheStory(node, story.place);
}
