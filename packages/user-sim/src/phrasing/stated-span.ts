/**
 * The length a description states for what a call spans ("show me 72 hour Air Quality forecast"), dropped
 * where the call says its own span ("… over the next 18 hours"): one request never gives two lengths that disagree.
 * `text` and `woven` are the clause's words and whether a value was woven in at each.
 */
export function dropStatedSpan(words: { text: string[]; woven: boolean[] }, span: string): void {
  const unit = /\b(hour|day|week|month|year|minute)s?$/i.exec(span)?.[1]?.toLowerCase();
  if (unit === undefined) return;
  const unitWord = new RegExp(`^${unit}s?$`, 'i');
  for (let index = 0; index < words.text.length; index += 1) {
    if (words.woven[index]) continue;
    const word = words.text[index] as string;
    // "72-hour", "72hr" in one word; "72 hour" in two
    if (new RegExp(`^\\d+-?${unit}s?$`, 'i').test(word)) {
      words.text.splice(index, 1);
      words.woven.splice(index, 1);
      return;
    }
    if (/^\d+$/.test(word) && !words.woven[index + 1] && unitWord.test(words.text[index + 1] ?? '')) {
      words.text.splice(index, 2);
      words.woven.splice(index, 2);
      return;
    }
  }
}
