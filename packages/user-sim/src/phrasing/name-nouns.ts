/** The nouns a tool name is made of, as a person says them (`toolNoun` in `request.ts`). */

/** A noun of a tool name in the singular (`ministries` → ministry, `batches` → batch). */
export const singularNoun = (word: string) =>
  /ies$/.test(word)
    ? `${word.slice(0, -3)}y`
    : /(x|ch|sh|ss)es$/.test(word)
      ? word.slice(0, -2)
      : /(?<=\w{2})s$/.test(word) && !/ss$/.test(word)
        ? word.slice(0, -1)
        : word;

/**
 * A path parameter glued into a tool name (`get_messages_messageid`, `delete_batches_schedule_batchid`) names
 * the thing, not its id: "messageid" → "message" where another word of the name begins with it.
 */
export function withoutGluedId(word: string, index: number, words: readonly string[]): string {
  const stem = /^([a-z]{3,})id$/i.exec(word)?.[1];
  if (stem === undefined) return word;
  return words.some((other, at) => at !== index && other.toLowerCase().startsWith(stem.toLowerCase())) ? stem : word;
}

/**
 * A name that says its operation twice (`air_quality_air_quality_get`, `time_machine_time_machine_get`: a
 * generated client's path and function) names a thing of several words: "air quality", not "quality".
 */
export function repeatedOperation(words: readonly string[]): string | undefined {
  const half = words.length / 2;
  if (!Number.isInteger(half) || half < 2) return undefined;
  const first = words.slice(0, half);
  if (first.some((word, index) => word.toLowerCase() !== words[half + index]?.toLowerCase())) return undefined;
  return [...first.slice(0, -1), singularNoun(first.at(-1) as string)].join(' ').toLowerCase();
}
