import { eachObject } from '@inftool/core';

/**
 * A record's own link names the record (docs/sim-server.md, "Results that fit the call"): a requisition
 * `{"id": "0c8a…", "link": "https://ob.nordigen.com/psd2/start/2d9b…/4930714"}` starts the flow of
 * another requisition. A path segment shaped like the record's `id` that is no value of the record
 * becomes the id. Works in place.
 */
type Json = Record<string, unknown>;

const OWN_LINK = /^(link|url|self|href|uri|resource_?url|web_?url|html_?url)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The shape of an id a link may carry: a UUID, or a long run of digits (never a word, a year or a short code). */
const sameShape = (segment: string, id: string): boolean =>
  (UUID.test(id) && UUID.test(segment)) || (/^\d{6,}$/.test(id) && /^\d+$/.test(segment) && segment.length === id.length);

/** The link with the segments shaped like `id` that name nothing of the record replaced by `id`; undefined when none is. */
export function ownLink(link: string, id: string, values: ReadonlySet<string>): string | undefined {
  const match = /^(https?:\/\/[^/\s]+)(\/[^?#\s]*)?(.*)$/i.exec(link);
  if (match === null || match[2] === undefined) return undefined;
  const segments = match[2].split('/');
  // a link already naming the record, or naming two ids of its shape (a parent and a child), is left alone
  if (segments.includes(id) || segments.filter((segment) => sameShape(segment, id)).length !== 1) return undefined;
  const fixed = segments.map((segment) => (sameShape(segment, id) && !values.has(segment) ? id : segment));
  return fixed.includes(id) ? `${match[1]}${fixed.join('/')}${match[3] ?? ''}` : undefined;
}

/** Each record's own link (`link`, `url`, `self`) names the record's `id`. */
export function linksNameTheirRecord(value: unknown): void {
  eachObject(value, (object: Json) => {
    const id = object['id'];
    if (typeof id !== 'string' || id.length === 0) return;
    const values = new Set(Object.values(object).filter((entry): entry is string => typeof entry === 'string'));
    for (const [key, entry] of Object.entries(object)) {
      if (!OWN_LINK.test(key) || typeof entry !== 'string') continue;
      const fixed = ownLink(entry, id, values);
      if (fixed !== undefined) object[key] = fixed;
    }
  });
}
