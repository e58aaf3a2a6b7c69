import type { ReviewedCall } from './conversation.js';

/**
 * Computed results a reviewer can verify from the call alone (`results_correct`): "primes" that are
 * not prime (or outside the range asked), prime factors whose product is not the number, a word count
 * of the text sent that is off, a factorial, gcd or lcm that is wrong, a Fibonacci sequence that does
 * not follow its rule, a compound-interest amount not compounded as often as the call asked. Independent of the generator's formulas: it checks the arithmetic itself.
 */

const isPrime = (value: number): boolean => {
  if (!Number.isInteger(value) || value < 2) return false;
  for (let divisor = 2; divisor * divisor <= value; divisor += 1) if (value % divisor === 0) return false;
  return true;
};
const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const integers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number' && Number.isInteger(item));

function numberArgument(call: ReviewedCall, pattern: RegExp): number | undefined {
  if (typeof call.arguments !== 'object') return undefined;
  for (const [key, value] of Object.entries(call.arguments)) if (pattern.test(key) && typeof value === 'number') return value;
  return undefined;
}

/** Every (key, value) of a result, nested ones too. */
function entries(data: unknown): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) {
        found.push([key, inner]);
        walk(inner);
      }
  };
  walk(data);
  return found;
}

export function wrongComputations(call: ReviewedCall): string[] {
  if (call.data === undefined || typeof call.arguments !== 'object') return [];
  const problems: string[] = [];
  const tool = (call.name ?? call.chatName).toLowerCase();
  const numbers = Object.values(call.arguments).filter((value): value is number => typeof value === 'number' && Number.isInteger(value));
  for (const [key, value] of entries(call.data)) {
    const name = key.toLowerCase();
    if (/prime/.test(name) && /factor/.test(name) && integers(value)) {
      const target = numberArgument(call, /^(number|num|n|value)$/i);
      const product = value.reduce((a, b) => a * b, 1);
      if (value.some((item) => !isPrime(item)) || (target !== undefined && product !== target))
        problems.push(`${call.chatName}: ${key} ${JSON.stringify(value)} are not the prime factors of ${String(target)}`);
    } else if (/^(prime|primes|next_?prime|closest_?prime|prime_?number)$/.test(name) && typeof value === 'number' && !isPrime(value)) {
      problems.push(`${call.chatName}: ${key} ${value} is not a prime`);
    } else if (/prime/.test(name) && integers(value)) {
      const start = numberArgument(call, /^(start|from|lower|min|low)/i);
      const end = numberArgument(call, /^(end|to|upper|max|high|limit)/i);
      const bad = value.filter((item) => !isPrime(item) || (start !== undefined && item < start) || (end !== undefined && item > end));
      if (bad.length > 0) problems.push(`${call.chatName}: ${key} holds ${bad.slice(0, 3).join(', ')}, not primes in the range asked`);
    } else if (/word_?count|^words$|^count$/.test(name) && typeof value === 'number' && /word/.test(tool)) {
      const text = Object.entries(call.arguments).find(
        ([argument, sent]) => /text|content|sentence|string/i.test(argument) && typeof sent === 'string',
      )?.[1];
      const words = typeof text === 'string' ? text.split(/\s+/).filter(Boolean).length : undefined;
      if (words !== undefined && value !== words) problems.push(`${call.chatName}: ${key} ${value}, but the text sent has ${words} words`);
    } else if (name === 'factorial' && typeof value === 'number' && numbers.length === 1 && numbers[0]! >= 0 && numbers[0]! <= 20) {
      let product = 1;
      for (let k = 2; k <= numbers[0]!; k += 1) product *= k;
      if (value !== product) problems.push(`${call.chatName}: ${numbers[0]}! is ${product}, not ${value}`);
    } else if (
      (name === 'gcd' || name === 'lcm') &&
      typeof value === 'number' &&
      numbers.length === 2 &&
      numbers.every((item) => item !== 0)
    ) {
      const [a, b] = numbers as [number, number];
      const right = name === 'gcd' ? gcd(a, b) : Math.abs(a * b) / gcd(a, b);
      if (value !== right) problems.push(`${call.chatName}: ${name} of ${a} and ${b} is ${right}, not ${value}`);
    } else if (/fibonacci|sequence/.test(name) && /fibonacci/.test(tool) && integers(value) && value.length >= 3) {
      if (value.some((item, index) => index >= 2 && item !== value[index - 1]! + value[index - 2]!))
        problems.push(`${call.chatName}: ${key} ${JSON.stringify(value.slice(0, 6))} is not a Fibonacci sequence`);
    }
  }
  return [...problems, ...wrongCompounding(call)];
}

/** Periods per year of a compounding frequency said in words. */
const PER_YEAR: Record<string, number> = { annually: 1, yearly: 1, semiannually: 2, quarterly: 4, monthly: 12, weekly: 52, daily: 365 };

/** A compound-interest final amount that is not P(1 + r/n)^(nt) for the frequency the call sent (a quarterly rate compounded yearly). */
function wrongCompounding(call: ReviewedCall): string[] {
  if (!/compound/i.test(call.name ?? call.chatName) || typeof call.arguments !== 'object') return [];
  const principal = numberArgument(call, /principal|principle|initial|present_?value/i);
  const rate = numberArgument(call, /rate/i);
  const years = numberArgument(call, /years?$|^time$|time_in_years|duration/i);
  const frequency = Object.entries(call.arguments).find(([key]) => /freq|compound|per_?year|^n$/i.test(key))?.[1];
  const periods =
    typeof frequency === 'number'
      ? frequency
      : PER_YEAR[
          String(frequency ?? 'annually')
            .toLowerCase()
            .replace(/[\s-]+/g, '')
        ];
  const final = entries(call.data).find(
    ([key, value]) => /^(final_?amount|future_?value|total_?amount)$/i.test(key) && typeof value === 'number',
  )?.[1];
  if (
    principal === undefined ||
    rate === undefined ||
    years === undefined ||
    periods === undefined ||
    periods <= 0 ||
    typeof final !== 'number'
  )
    return [];
  const right = principal * (1 + (rate > 1 ? rate / 100 : rate) / periods) ** (periods * years);
  return Math.abs(final - right) > right * 0.005
    ? [`${call.chatName}: compounded ${periods} times a year the final amount is ${right.toFixed(2)}, not ${final}`]
    : [];
}
