import { nameWords } from '../util/name-words.js';

/** Edit distance (insertions, deletions, substitutions) between two strings, in O(|a|·|b|) time and O(|b|) space. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** Names longer than this are compared by their words only (the edit distance would cost too much). */
const MAX_EDIT_LENGTH = 128;
/** Names at most this far apart (0–1) are suggested. */
const CLOSE = 0.5;

/**
 * How far `wanted` is from `candidate`, 0 (same) to 1 (nothing in common): the smaller of the edit
 * distance over the longer length (case ignored) and the share of words they do not share
 * (`get_weather` and `get_current_weather` share 2 of 3 words).
 */
function nameDistance(wanted: string, wantedWords: ReadonlySet<string>, candidate: string): number {
  const a = wanted.toLowerCase();
  const b = candidate.toLowerCase();
  const longer = Math.max(a.length, b.length, 1);
  // The edit distance is at least the difference in length: skip it when that alone is too far.
  const edit =
    a.length <= MAX_EDIT_LENGTH && b.length <= MAX_EDIT_LENGTH && Math.abs(a.length - b.length) / longer <= CLOSE
      ? editDistance(a, b) / longer
      : 1;
  const words = new Set(nameWords(candidate));
  const shared = [...wantedWords].filter((word) => words.has(word)).length;
  const union = new Set([...wantedWords, ...words]).size;
  const wordDistance = union === 0 ? 1 : 1 - shared / union;
  return Math.min(edit, wordDistance);
}

/**
 * Up to `limit` names from `candidates` that look like `wanted` (a misspelling, other casing, a word
 * more or less), closest first; none when nothing is close. For "did you mean" hints that must stay
 * short however many names there are.
 */
export function closestNames(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const wantedWords = new Set(nameWords(wanted));
  const scored: Array<{ name: string; distance: number }> = [];
  for (const name of candidates) {
    const distance = nameDistance(wanted, wantedWords, name);
    if (distance <= CLOSE) scored.push({ name, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name));
  return scored.slice(0, limit).map((entry) => entry.name);
}
