import { isJsonObject } from '@inftool/core';

/** A field naming an account on a social service (`instagram_handle`, `linkedin_url`, `twitterFeedUsername`). */
const SOCIAL_FIELD = /(twitter|instagram|facebook|youtube|linkedin|tiktok|flickr|threads|mastodon)/i;
/** The handle of an account field's value: a bare handle (`@sw7x7`), or a profile link's last segment. */
const HANDLE = /^@?([A-Za-z0-9_.-]{2,40})$|^https?:\/\/[^/]+\/(?:(?:c|company|photos|user|in)\/)?@?([A-Za-z0-9_.-]{2,40})\/?$/;

function handleOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = HANDLE.exec(value.trim());
  return match?.[1] ?? match?.[2];
}

/**
 * The accounts of one record are one owner's: where two or more of a record's social fields name one
 * handle (a podcast's `sw7x7` on Instagram and Facebook), a field naming another that does not hold it
 * (the API publisher's `listennotes` on LinkedIn) takes it, written as that field writes handles. A
 * record whose accounts all differ (a government's `BCGovNews`, `bcgovphotos`) keeps them. Works in place.
 */
export function oneOwnerPerRecord(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(oneOwnerPerRecord);
  if (!isJsonObject(value)) return;
  const fields = Object.keys(value).filter((key) => SOCIAL_FIELD.test(key) && handleOf(value[key]) !== undefined);
  const counts = new Map<string, { handle: string; count: number }>();
  for (const key of fields) {
    const handle = handleOf(value[key]) as string;
    const entry = counts.get(handle.toLowerCase()) ?? { handle, count: 0 };
    counts.set(handle.toLowerCase(), { handle: entry.handle, count: entry.count + 1 });
  }
  const owner = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (owner !== undefined && owner.count >= 2 && [...counts.values()].filter((entry) => entry.count === owner.count).length === 1)
    for (const key of fields) {
      const handle = handleOf(value[key]) as string;
      if (handle.toLowerCase().includes(owner.handle.toLowerCase())) continue;
      value[key] = (value[key] as string).replace(new RegExp(`${handle.replace(/[.-]/g, '\\$&')}(/?)$`), `${owner.handle}$1`);
    }
  Object.values(value).forEach(oneOwnerPerRecord);
}
