/**
 * Numbers an answer says in words of scale or of time ("670 billion USD", "18 hours 57 minutes"), read back as the
 * values a result holds, and amounts or spans said in a form no one reads ("670000000000.00 USD", "1137 minutes").
 */

const SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

/** A number read from an answer and how finely it is said (decimals; negative for a scale word: "670 billion" is -9). */
export interface SpokenNumber {
  value: number;
  decimals: number;
}

/** Amounts said with a scale word: "670 billion" → 670000000000, "80.523 million" → 80523000. */
function scaled(text: string): SpokenNumber[] {
  const out: SpokenNumber[] = [];
  for (const match of text.matchAll(/(?<![\w.,])(-?\d+(?:\.\d+)?) (thousand|million|billion|trillion)\b/gi)) {
    const digits = match[1] as string;
    const exponent = SCALE[(match[2] as string).toLowerCase()] as number;
    const decimals = (digits.split('.')[1] ?? '').length;
    out.push({ value: Number(digits) * 10 ** exponent, decimals: decimals - exponent });
  }
  return out;
}

const SPAN = /\b(?:(\d+) hours?(?:,? (\d+) minutes?)?(?:,? (\d+) seconds?)?|(\d+) minutes?(?:,? (\d+) seconds?)?)\b/gi;

/** Lengths of time in hours, minutes and seconds, in seconds and in whole minutes: "18 hours 57 minutes" → 68220 and 1137. */
function spans(text: string): SpokenNumber[] {
  const out: SpokenNumber[] = [];
  for (const match of text.matchAll(SPAN)) {
    const [hours, minutes, seconds] = match[1] !== undefined ? [match[1], match[2], match[3]] : ['0', match[4], match[5]];
    const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
    out.push({ value: total, decimals: 0 });
    if (total % 60 === 0) out.push({ value: total / 60, decimals: 0 });
  }
  return out;
}

/** The numbers an answer says in words of scale or of time, as values. */
export function spokenNumbers(text: string): SpokenNumber[] {
  return [...scaled(text), ...spans(text)];
}

/** Whether an answer says a number in words of scale or time, within 5% (as it may round). */
export function saysSpoken(text: string, value: number): boolean {
  return spokenNumbers(text).some(
    (said) =>
      Math.abs(said.value - value) <= Math.max(0.5 * 10 ** -said.decimals, 1e-9) &&
      (value === 0 || Math.abs(said.value - value) / Math.abs(value) <= 0.05),
  );
}

/**
 * An amount or a span said in a form a person does not read: an amount of a million or more in a currency in bare
 * digits ("670000000000.00 USD"), or two minutes or more in bare seconds or minutes ("1137 minutes", "3600 seconds");
 * undefined when none is, or when the phrase is the result's or the user's own words.
 */
export function unreadableQuantity(answer: string, ownWords: string): string | undefined {
  const own = ownWords.toLowerCase();
  const found =
    /(?<![\w.,])-?\d{7,}(?:\.\d+)? ?(?:[A-Z]{3}|dollars|euros|pounds)\b/.exec(answer)?.[0] ??
    [...answer.matchAll(/(?<![\w.,])(\d{3,}) (minutes|seconds)\b/g)].find((match) => Number(match[1]) >= 120)?.[0];
  return found === undefined || own.includes(found.toLowerCase()) ? undefined : found;
}
