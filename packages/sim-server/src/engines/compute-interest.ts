/** Compound interest from a principal, a rate, years and compounding periods. */
import { type Json, round, fraction, numberWhere } from './compute-args.js';

const PRINCIPAL = /principal|principle|present_?value|initial|investment|deposit|invested|loan_?amount|^amount$/i;
const TIMES = /compound|frequency|per_?year|^n$|^num_compoundings$/i;
export const YEARS = /(^|_)(years?|time|duration|period|term|time_in_years|time_years|number_of_years|period_in_years)(_|$)/i;

/** Periods per year a compounding frequency names in words (`compounding_freq: "quarterly"` → 4). */
const PERIODS_NAMED: Record<string, number> = {
  annually: 1,
  yearly: 1,
  annual: 1,
  semiannually: 2,
  'semi-annually': 2,
  biannually: 2,
  quarterly: 4,
  monthly: 12,
  weekly: 52,
  daily: 365,
};
function periodsNamed(args: Json): number | undefined {
  for (const [key, value] of Object.entries(args))
    if (TIMES.test(key) && typeof value === 'string') {
      const periods = PERIODS_NAMED[value.trim().toLowerCase().replace(/\s+/g, '')];
      if (periods !== undefined) return periods;
    }
  return undefined;
}

/** Compound interest and future value: A = P(1 + r/n)^(nt), with the periods per year and the years told apart. */
export function compoundInterest(args: Json): Json | undefined {
  const principal = numberWhere(args, PRINCIPAL);
  const rate = numberWhere(args, /rate|return/i, TIMES);
  const years = numberWhere(args, YEARS, TIMES);
  const times = numberWhere(args, TIMES) ?? periodsNamed(args) ?? 1;
  if (principal === undefined || rate === undefined || years === undefined || times <= 0) return undefined;
  const amount = round(principal * (1 + fraction(rate) / times) ** (times * years));
  return { final_amount: amount, interest_earned: round(amount - principal) };
}
