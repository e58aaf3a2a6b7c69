/** The numbers and texts a computation reads from its call's arguments. */
export type Json = Record<string, unknown>;

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The first numeric argument whose name matches `pattern`. */
export function numberArg(args: Json, pattern: RegExp): number | undefined {
  for (const [key, value] of Object.entries(args)) if (pattern.test(key) && finite(value)) return value;
  return undefined;
}

export function textArg(args: Json, pattern: RegExp): string | undefined {
  for (const [key, value] of Object.entries(args)) if (pattern.test(key) && typeof value === 'string') return value;
  return undefined;
}

export function numbers(args: Json): number[] {
  const found: number[] = [];
  for (const value of Object.values(args)) {
    if (finite(value)) found.push(value);
    else if (Array.isArray(value)) found.push(...value.filter(finite));
  }
  return found;
}

export const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** A rate given as 5 (percent) or 0.05 (fraction), as a fraction. */
export const fraction = (rate: number): number => (rate > 1 ? rate / 100 : rate);

/** The first numeric argument whose name matches `include` and not `exclude`. */
export function numberWhere(args: Json, include: RegExp, exclude?: RegExp): number | undefined {
  for (const [key, value] of Object.entries(args)) if (include.test(key) && !(exclude?.test(key) ?? false) && finite(value)) return value;
  return undefined;
}

/** The numbers of a data argument: a list, or the values of a map (`gradeDict`). */
export function dataValues(args: Json): number[] {
  for (const value of Object.values(args)) {
    if (Array.isArray(value) && value.length > 0 && value.every(finite)) return value as number[];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const inner = Object.values(value as Json);
      if (inner.length > 0 && inner.every(finite)) return inner as number[];
    }
  }
  return [];
}

export type Formula = (args: Json, words: string[]) => Json | undefined;
