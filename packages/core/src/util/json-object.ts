/** A JSON object: a plain record of string keys, as parsed JSON gives it. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not an array). */
export const isJsonObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Calls `visit` on every JSON object inside `value`, outer objects before the ones they hold. */
export function eachObject(value: unknown, visit: (object: JsonObject) => void): void {
  if (Array.isArray(value)) value.forEach((entry) => eachObject(entry, visit));
  else if (isJsonObject(value)) {
    visit(value);
    Object.values(value).forEach((entry) => eachObject(entry, visit));
  }
}

/** A key reduced to lower-case letters and digits, so `start_date`, `startDate` and `Start-Date` compare equal. */
export const squashKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');
