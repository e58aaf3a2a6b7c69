/**
 * Text copied from a tool's documentation, word for word: the longest run of words two texts share
 * (lower case, punctuation out). A person asking for something, or an assistant offering what it can do,
 * says it in a few words of their own; a run of eleven words or more of a description is pasted prose
 * (a short summary said back, "calculate the final velocity of an object under constant acceleration",
 * is how people ask for a computation too).
 */

/** Words shared this long, in a row, are copied, not said. */
export const COPIED_RUN = 11;

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/** The longest run of words `text` shares with `source`, word for word; `values` (said by the user) break a run. */
export function sharedRun(text: string, source: string, values: readonly string[] = []): string[] {
  let said = ` ${text.toLowerCase()} `;
  for (const value of values) if (value.length >= 2) said = said.split(value.toLowerCase()).join(' | ');
  const words = said
    .replace(/[^a-z0-9|]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const other = wordsOf(source);
  const at = new Map<string, number[]>();
  other.forEach((word, index) => at.set(word, [...(at.get(word) ?? []), index]));
  let best: string[] = [];
  for (let start = 0; start < words.length; start += 1)
    for (const from of at.get(words[start] as string) ?? []) {
      let length = 0;
      while (start + length < words.length && other[from + length] === words[start + length]) length += 1;
      if (length > best.length) best = words.slice(start, start + length);
    }
  return best;
}

/** The first two sentences of a description: what a summary says. */
export function summaryOf(description: string | undefined): string {
  return (description ?? '')
    .split(/(?<=[.!?])\s+/)
    .slice(0, 2)
    .join(' ');
}
