/** Primes and the roots of a quadratic. */
import { type Json, round, numberWhere } from './compute-args.js';

const isPrime = (value: number): boolean => {
  if (!Number.isInteger(value) || value < 2) return false;
  for (let divisor = 2; divisor * divisor <= value; divisor += 1) if (value % divisor === 0) return false;
  return true;
};

export function primes(args: Json, words: string[]): Json | undefined {
  if (words.some((word) => /^(factors?|factori[sz]e|factorization)$/.test(word))) {
    let value = numberWhere(args, /^(number|num|n|value)$/i);
    if (value === undefined || !Number.isInteger(value) || value < 2 || value > 1e12) return undefined;
    const factors: number[] = [];
    for (let divisor = 2; divisor * divisor <= value; divisor += 1)
      while (value % divisor === 0) {
        factors.push(divisor);
        value /= divisor;
      }
    if (value > 1) factors.push(value);
    return { prime_factors: factors };
  }
  const start = numberWhere(args, /^(start|from|lower|min|low)/i);
  const end = numberWhere(args, /^(end|to|upper|max|high|limit)/i);
  if (start === undefined || end === undefined || end < start) return undefined;
  // a wide range lists its first primes and says so, never a made-up count
  const found: number[] = [];
  let value = Math.max(2, Math.ceil(start));
  for (; value <= end && found.length < 100; value += 1) if (isPrime(value)) found.push(value);
  return value <= end ? { primes: found, listed: found.length, complete: false } : { primes: found, count: found.length };
}

export function quadratic(args: Json): Json | undefined {
  const [a, b, c] = [numberWhere(args, /^a$/i), numberWhere(args, /^b$/i), numberWhere(args, /^c$/i)];
  if (a === undefined || b === undefined || c === undefined || a === 0) return undefined;
  const discriminant = b * b - 4 * a * c;
  if (discriminant >= 0)
    return {
      roots: [round((-b + Math.sqrt(discriminant)) / (2 * a), 4), round((-b - Math.sqrt(discriminant)) / (2 * a), 4)],
      discriminant,
    };
  const real = round(-b / (2 * a), 4);
  const imaginary = round(Math.sqrt(-discriminant) / (2 * Math.abs(a)), 4);
  return { roots: [`${real}+${imaginary}i`, `${real}-${imaginary}i`], discriminant };
}
