/** Words that carry no content in tool names, descriptions and requests. */
const STOP_WORDS = new Set(
  'a an and any are as at be by can could do does for from get given has have how i in into is it its me my of on or our please set so that the their them then this to use used uses using via want was we what when where which will with would you your all also only one two new more most some such than each other about after before over per id ids data api info information specific specified returns return'.split(
    ' ',
  ),
);

/** A word's plain form, so `orders`/`order` and `bookings`/`booking` meet. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower-case content words of a text (camelCase and snake_case split, stop words and numbers dropped), stemmed. */
export function contentWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
    .map(stem);
}

/** What a description says about the tool itself (BFCL's suite preamble dropped). */
export { ownDescription } from '@inftool/core';
