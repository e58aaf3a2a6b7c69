import { eachObject, isJsonObject, squashKey } from '@inftool/core';

/**
 * A day a write sent stays the day of the record's parts (docs/sim-server.md, "Results that fit the
 * call"): a booking created with `end: 2025-07-21` shows each room rate's `end` on 2025-07-21 when it
 * is read back, not the day the rate was first drawn with. A record's own day that some write of the
 * session sent is the day of every field of that name beneath it. Works in place.
 */
type Json = Record<string, unknown>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}/;

/** Sets every field named `key` beneath `object` (not `object` itself) that holds a day to `day`, keeping its time of day. */
function setBeneath(object: Json, key: string, day: string): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isJsonObject(value)) {
      for (const [field, entry] of Object.entries(value))
        if (squashKey(field) === key && typeof entry === 'string' && DAY_TEXT.test(entry)) value[field] = `${day}${entry.slice(10)}`;
      Object.values(value).forEach(visit);
    }
  };
  Object.values(object).forEach(visit);
}

/** Each record's day that a write of the session sent (`sent`, its scalars) is the day of its parts' fields of that name. */
export function sentDaysHeld(value: unknown, sent: ReadonlySet<string>): void {
  if (sent.size === 0) return;
  eachObject(value, (object) => {
    for (const [key, entry] of Object.entries(object))
      if (typeof entry === 'string' && DAY.test(entry) && sent.has(entry)) setBeneath(object, squashKey(key), entry);
  });
}
