import { sha256Hex } from '@inftool/core';

type Json = Record<string, unknown>;

/**
 * What a record's text is about: its headline, the sentence that tells it and the words it is filed
 * under. The text a domain's values draw from (values/lexicon) is grouped here into stories, so that
 * the fields of one record tell one of them.
 */
export interface Story {
  headline: string;
  sentence: string;
  keywords: string;
}

export const STORIES: readonly Story[] = [
  {
    headline: 'Province expands rural health clinic funding',
    sentence: 'The province announced new funding for rural health clinics.',
    keywords: 'health care workers',
  },
  {
    headline: 'Wildfire crews gain ground near Kamloops',
    sentence: 'Wildfire crews made progress overnight on two fires near Kamloops.',
    keywords: 'wildfire update',
  },
  {
    headline: 'New ferry schedule for the Sunshine Coast',
    sentence: 'A new ferry schedule takes effect on the coast next month.',
    keywords: 'ferry schedule',
  },
  {
    headline: 'Highway 5 upgrades begin this spring',
    sentence: 'Highway improvements begin this spring between Hope and Merritt.',
    keywords: 'highway closures',
  },
  {
    headline: 'Consultation opens on housing affordability',
    sentence: 'The government opened consultations on housing affordability.',
    keywords: 'housing affordability',
  },
  {
    headline: 'Grants support community climate projects',
    sentence: 'Grants are now available for community climate projects.',
    keywords: 'climate action plan',
  },
  {
    headline: 'Annual report tracks school enrolment',
    sentence: 'The ministry released its annual report on school enrolment.',
    keywords: 'school funding',
  },
  {
    headline: 'Minister meets First Nations leaders on land use',
    sentence: 'The minister met with First Nations leaders to discuss land use.',
    keywords: 'land use',
  },
];

const HEADLINES = new Map(STORIES.map((story, index) => [story.headline.toLowerCase(), index]));
const SENTENCES = new Map(STORIES.map((story, index) => [story.sentence.toLowerCase(), index]));
const KEYWORDS = new Map(STORIES.map((story, index) => [story.keywords.toLowerCase(), index]));
const ID_KEY = /^(id|key|uuid|guid|sid)$/i;
const MEMORY = 'story\u0000';

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

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
  return isObject(node) && (tellsStory(node) || Object.values(node).some(holdsStory));
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

/**
 * One record, one story: a record whose text fields tell stories (a news post's headline, pageTitle,
 * subheadline, documents' headlines, detailsHtml, keywords, a `value` shown for its key) tells one,
 * picked once per id for the session (`memory`) and distinct from its siblings' where it can be; the
 * objects inside it without an id of their own (its documents) tell the same. `topId` names the record
 * a read by id answers with. Works in place.
 */
export function oneStoryPerRecord(value: unknown, memory: Map<string, Json>, topId?: string | number): void {
  const remembered = (id: string): number | undefined => {
    const known = memory.get(MEMORY + id)?.['story'];
    return typeof known === 'number' ? known : undefined;
  };
  const pick = (id: string, taken: Set<number>, current: number | undefined): number => {
    const known = remembered(id);
    if (known !== undefined) return known;
    let index = current !== undefined && !taken.has(current) ? current : parseInt(sha256Hex(id).slice(0, 8), 16) % STORIES.length;
    for (let step = 0; step < STORIES.length && taken.has(index); step += 1) index = (index + 1) % STORIES.length;
    memory.set(MEMORY + id, { story: index });
    return index;
  };
  const firstStory = (object: Json): number | undefined => {
    for (const entry of Object.values(object)) if (typeof entry === 'string' && storyOf(entry) !== undefined) return storyOf(entry);
    return undefined;
  };
  const walk = (node: unknown, story: number | undefined, id: string | undefined, taken: Set<number>): void => {
    if (Array.isArray(node)) {
      const siblings = new Set<number>();
      for (const entry of node) walk(entry, story, undefined, siblings);
      return;
    }
    if (!isObject(node)) return;
    let own = story;
    const named = ownId(node) ?? id;
    if (story === undefined && holdsStory(node)) own = named !== undefined ? pick(named, taken, firstStory(node)) : firstStory(node);
    else if (story !== undefined && ownId(node) !== undefined && holdsStory(node))
      own = pick(ownId(node) as string, taken, firstStory(node));
    if (own !== undefined) {
      taken.add(own);
      const told = STORIES[own] as Story;
      for (const [key, entry] of Object.entries(node))
        if (typeof entry === 'string' && storyOf(entry) !== undefined) node[key] = retell(entry, told);
    }
    for (const entry of Object.values(node)) walk(entry, own, undefined, new Set());
  };
  walk(value, undefined, topId === undefined ? undefined : String(topId), new Set());
}
