/** The fields a call names as what it wants back (`info_requested: ["ratification date"]`), and those its result lacks. */
import { humanKey, listing } from './result-facts.js';
import { isRecord, type Json } from './result-record.js';

/** Arguments that list what to return: `info_requested`, `requested_fields`, `fields`, `include`, `data_points`. */
export const REQUESTED_ARGUMENT =
  /^(?:info(?:rmation)?_?requested|requested_?(?:info|information|fields|details|data)|fields|include|data_?points?|attributes|details_?requested)$/i;

const wordsOf = (text: string): string[] =>
  humanKey(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3)
    .map((word) => word.replace(/(ies|es|s)$/, '').slice(0, 7));

/** The things a call's arguments ask to be told ("ratification date"), as the user wrote them. */
export function askedFields(args: Json): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(args)) {
    if (!REQUESTED_ARGUMENT.test(key)) continue;
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*,\s*/) : [];
    for (const item of items)
      if (typeof item === 'string' && item.trim() !== '' && item.length <= 40 && item.trim().split(/\s+/).length <= 4)
        out.push(item.trim());
  }
  return out;
}

/** Whether a record holds a field named by all the words of an asked one (`ratification_date` for "ratification date"), at any depth. */
export function holdsField(data: unknown, asked: string, depth = 0): boolean {
  const want = wordsOf(asked);
  if (want.length === 0 || depth > 4) return true;
  if (Array.isArray(data)) return data.some((item) => holdsField(item, asked, depth + 1));
  if (!isRecord(data)) return false;
  return Object.entries(data).some(([key, inner]) => {
    const have = new Set(wordsOf(key));
    return want.every((word) => have.has(word)) || holdsField(inner, asked, depth + 1);
  });
}

/** "It does not give the ratification date.": what the call asked for and its result lacks, said; empty when it lacks nothing. */
export function absentFieldsSentence(args: Json, data: unknown): string {
  const absent = askedFields(args).filter((asked) => !holdsField(data, asked));
  return absent.length === 0 ? '' : ` It does not give the ${listing(absent.map((asked) => asked.toLowerCase()))}.`;
}
