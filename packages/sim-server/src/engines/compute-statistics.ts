type Json = Record<string, unknown>;

/**
 * Two-sample t-tests as statistics packages compute them (scipy's `ttest_ind`): Student's with a
 * pooled variance unless the call says the variances differ (Welch's), the two-sided p-value from
 * Student's t distribution, and whether it is significant at the call's alpha.
 */

/** ln Γ(x), Lanczos approximation (g = 7, n = 9). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = c[0] as number;
  for (let index = 1; index < 9; index += 1) sum += (c[index] as number) / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The continued fraction of the incomplete beta function (Lentz's method). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 200; m += 1) {
    for (const numerator of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-12) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const variance = (values: number[]): number => {
  const centre = mean(values);
  return values.reduce((sum, value) => sum + (value - centre) ** 2, 0) / (values.length - 1);
};
const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The two samples of a call: its first two lists of numbers. */
function samples(args: Json): [number[], number[]] | undefined {
  const lists = Object.values(args).filter(
    (value): value is number[] =>
      Array.isArray(value) && value.length >= 2 && value.every((item) => typeof item === 'number' && Number.isFinite(item)),
  );
  return lists.length >= 2 ? [lists[0] as number[], lists[1] as number[]] : undefined;
}

/** A two-sample t-test of the call's two samples, or undefined when it does not send two. */
export function twoSampleTTest(args: Json, words: string[]): Json | undefined {
  if (!(words.includes('ttest') || (words.includes('t') && words.includes('test')))) return undefined;
  const found = samples(args);
  if (found === undefined) return undefined;
  const [first, second] = found;
  const [n1, n2, v1, v2] = [first.length, second.length, variance(first), variance(second)];
  const welch = Object.entries(args).some(([key, value]) => /equal_?var/i.test(key) && value === false);
  let error: number;
  let freedom: number;
  if (welch) {
    error = Math.sqrt(v1 / n1 + v2 / n2);
    freedom = (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1));
  } else {
    freedom = n1 + n2 - 2;
    error = Math.sqrt((((n1 - 1) * v1 + (n2 - 1) * v2) / freedom) * (1 / n1 + 1 / n2));
  }
  if (!(error > 0) || !Number.isFinite(freedom)) return undefined;
  const t = (mean(first) - mean(second)) / error;
  const p = incompleteBeta(freedom / (freedom + t * t), freedom / 2, 0.5);
  const alpha = typeof args['alpha'] === 'number' ? args['alpha'] : undefined;
  return {
    t_statistic: round(t, 4),
    degrees_of_freedom: round(freedom, 2),
    p_value: round(p, 4),
    ...(alpha !== undefined ? { significant: p < alpha } : {}),
  };
}
