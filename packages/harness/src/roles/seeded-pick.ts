/** Seeded choices among phrasings, and a capital first letter. */
/**
 * A sentence's first letter in capitals; a name that opens it is kept as it is written (`api-parallel-prod`,
 * `iPhone`, `x_user`): its case is part of the name.
 */
export const capital = (text: string) =>
  /^[a-z][^\s]*(?:[-_./@\d][^\s]*|[a-z][A-Z])/.test(text) ? text : text.charAt(0).toUpperCase() + text.slice(1);
export function pick<T>(options: readonly T[], seed: string): T {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return options[hash % options.length] as T;
}

/** Like `pick`, with the hash mixed (FNV-1a and a final avalanche), so seeds that differ in one value still spread over the options. */
export function mixedPick<T>(options: readonly T[], seed: string): T {
  let hash = 0x811c9dc5;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b) >>> 0;
  hash = (hash ^ (hash >>> 16)) >>> 0;
  return options[hash % options.length] as T;
}
