import type { ReviewedCall } from './conversation.js';

/** Fields that hold a link. */
const LINK_FIELD = /(^|_)(link|url|uri|href|redirect|self|media_url|website|homepage|endpoint)s?$|(url|uri|link|href)$/i;
/** A status or verb word: what happened to a thing or the state it is in, never a resource's path. */
const STATE =
  '(created|deleted|updated|removed|added|changed|modified|failed|succeeded|completed|cancell?ed|expired|pending|active|inactive|enabled|disabled|archived|published|trending)';
/** A status word as a path segment, bare or made plural (`/createds/`, `/actives/`, `/deleted/abc`). */
const STATE_SEGMENT = new RegExp(`^${STATE}s?$`, 'i');
/** A made-up plural of a participle (`createds`, `resolveds`): no API names a collection so. */
const PARTICIPLE_PLURAL = /^[a-z]{3,}eds$/i;

/** The path segments of a link, host and query left out; undefined for a value that is no http(s) link. */
function pathSegments(value: string): string[] | undefined {
  const match = /^https?:\/\/[^/\s]+(\/[^?#\s]*)?/i.exec(value.trim());
  if (match === null) return undefined;
  return (match[1] ?? '').split('/').filter(Boolean);
}

/**
 * Links whose path is made from a status or verb word (`"link": "https://api.nordigen.com/createds/1tdq1i"`
 * from `requisition_created`): the mark of a generator that built the path from the tool's name rather
 * than from the API's resources. A link field whose path names a status word as a collection is filler.
 */
export function madeUpLinks(call: ReviewedCall): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (typeof value === 'object' && value !== null) for (const [child, item] of Object.entries(value)) walk(item, child);
    else if (typeof value === 'string' && LINK_FIELD.test(key)) {
      const segments = pathSegments(value) ?? [];
      const bad = segments.find(
        (segment, index) => PARTICIPLE_PLURAL.test(segment) || (index < segments.length - 1 && STATE_SEGMENT.test(segment)),
      );
      if (bad !== undefined) found.push(`${key}: "${value}" (a link whose path "/${bad}/" is a status word, not a resource of the API)`);
    }
  };
  walk(call.data, '');
  return found;
}
