/**
 * Ids where the spec shows no shape: the shapes real services give their records, never an invented
 * prefix (`eco_20c245c8ce`). A dated publication (a news post, a press release, an edition) gets a key
 * built on its date and a serial (`20250412-000318`, as news and gazette services number their
 * releases); anything else a number written as a string (`4829130`), the commonest id of a REST API.
 */
// (not an article or an issue: a shop's article and a tracker's issue are numbered, not dated)
const DATED_NOUN = /^(posts?|releases?|stor(y|ies)|news|editions?|bulletins?|announcements?|press|newsletters?)$/;

/** A publication that holds dated ones (a newsletter holds its editions): it began before any of them. */
const CONTAINER_NOUN = /^newsletters?$/;
const DAY = 86_400_000;

/**
 * An id for a record of `noun`, drawn with `next` (uniform in [0, 1)). A dated one is dated within
 * `year`, or, given the world's `reference` instant (ms), before it: an item (an edition, a post) in
 * the 330 days before, a container (a newsletter) 400 to 760 days before, so every newsletter began
 * before any edition and nothing is published after the world's now.
 */
export function serviceId(noun: string, next: () => number, year: number, reference?: number): string {
  const digit = (low = 0) => String(low + Math.floor(next() * (10 - low)));
  const digits = (count: number) => digit(1) + Array.from({ length: count - 1 }, () => digit()).join('');
  const bare = noun.toLowerCase().replace(/[^a-z]/g, '');
  if (DATED_NOUN.test(bare)) {
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const serial = Array.from({ length: 6 }, () => digit()).join('');
    if (reference === undefined) return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}-${serial}`;
    const [low, high] = CONTAINER_NOUN.test(bare) ? [400, 760] : [1, 330];
    const date = new Date(reference - (low + Math.floor((((month - 1) * 28 + day - 1) / 336) * (high - low))) * DAY);
    return `${date.toISOString().slice(0, 10).replace(/-/g, '')}-${serial}`;
  }
  return digits(7);
}

/** An id in the shape `serviceId` gives (a made-up record's id, which a real identifier may replace). */
export const SERVICE_ID = /^(\d{7}|\d{8}-\d{6})$/;
