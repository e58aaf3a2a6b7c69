/** Formulas of money and of integers (part of compute-result's FORMULAS, in order). */
import { round, numberArg, numbers, gcd, fraction, numberWhere, type Formula } from './compute-args.js';
import { YEARS, compoundInterest } from './compute-interest.js';

/** Formulas of money (growth, returns, tips, loans, interest) and of integers, in the order they are tried. */
export const FINANCE_FORMULAS: Array<[RegExp, Formula]> = [
  [
    /^(cagr)$/,
    (args) => {
      const initial = numberWhere(args, /initial|start|begin/i);
      const final = numberWhere(args, /final|end/i);
      const years = numberWhere(args, YEARS);
      return initial !== undefined && final !== undefined && years !== undefined && initial > 0 && years > 0
        ? { compound_annual_growth_rate: round((final / initial) ** (1 / years) - 1, 4) }
        : undefined;
    },
  ],
  [
    /^(roi)$|^(returns?)$/,
    (args) => {
      const purchase = numberWhere(args, /purchase|investment_amount|initial_investment|cost/i);
      const sale = numberWhere(args, /sale|final|ending|end_?value/i);
      const profit = numberWhere(args, /net_profit|gain/i);
      if (purchase === undefined || purchase === 0) return undefined;
      if (sale !== undefined)
        return { return_on_investment: round((sale - purchase + (numberWhere(args, /dividend/i) ?? 0)) / purchase, 4) };
      return profit === undefined ? undefined : { return_on_investment: round(profit / purchase, 4) };
    },
  ],
  [
    /^(tip)$/,
    (args) => {
      const bill = numberWhere(args, /bill|total|amount/i);
      const percent = numberWhere(args, /percent/i);
      const split = numberWhere(args, /split/i) ?? 1;
      if (bill === undefined || percent === undefined || split < 1) return undefined;
      const tip = round(bill * fraction(percent));
      return { tip_amount: tip, total_amount: round(bill + tip), per_person: round((bill + tip) / split) };
    },
  ],
  [
    /^(mortgage|repayment)$/,
    (args) => {
      const loan = numberWhere(args, /loan_?amount|principal|amount/i);
      const rate = numberWhere(args, /rate/i);
      const years = numberWhere(args, /term|years|duration/i);
      if (loan === undefined || rate === undefined || years === undefined || years <= 0) return undefined;
      const monthly = fraction(rate) / 12;
      const months = years * 12;
      const payment = monthly === 0 ? loan / months : (loan * monthly) / (1 - (1 + monthly) ** -months);
      return { monthly_payment: round(payment), total_paid: round(payment * months) };
    },
  ],
  [
    /^(magnetic)$/,
    (args) => {
      const current = numberWhere(args, /current|^i$/i);
      const distance = numberWhere(args, /distance|radius|^r$/i);
      const permeability = numberWhere(args, /permeability/i) ?? 4 * Math.PI * 1e-7;
      return current !== undefined && distance !== undefined && distance > 0
        ? { magnetic_field: Number(((permeability * current) / (2 * Math.PI * distance)).toPrecision(4)), unit: 'T' }
        : undefined;
    },
  ],
  [/^(compound|compounded|future|investment)$/, compoundInterest],
  [
    /^(acceleration)$/,
    (args) => {
      // from the change of speed over a time, else over a distance (v² = u² + 2as)
      const initial = numberWhere(args, /initial_?(velocity|speed)|^u$/i);
      const final = numberWhere(args, /final_?(velocity|speed)|^v$/i);
      const time = numberWhere(args, /^time$|duration/i);
      const distance = numberWhere(args, /distance|displacement/i);
      if (initial === undefined || final === undefined) return undefined;
      const value =
        time !== undefined && time > 0
          ? (final - initial) / time
          : distance !== undefined && distance > 0
            ? (final ** 2 - initial ** 2) / (2 * distance)
            : undefined;
      return value === undefined ? undefined : { acceleration: Number(value.toPrecision(4)), unit: 'm/s²' };
    },
  ],
  [
    /^(simple)$/,
    (args) => {
      const principal = numberArg(args, /principal|amount/i);
      const rate = numberArg(args, /rate/i);
      const years = numberArg(args, /time|years|period|duration/i);
      return principal !== undefined && rate !== undefined && years !== undefined
        ? { interest: round(principal * fraction(rate) * years), final_amount: round(principal * (1 + fraction(rate) * years)) }
        : undefined;
    },
  ],
  [
    /^(gcd|hcf)$/,
    (args) => {
      const [a, b] = numbers(args);
      return a !== undefined && b !== undefined && Number.isInteger(a) && Number.isInteger(b) ? { gcd: gcd(a, b) } : undefined;
    },
  ],
  [
    /^(lcm)$/,
    (args) => {
      const [a, b] = numbers(args);
      return a !== undefined && b !== undefined && Number.isInteger(a) && Number.isInteger(b) && a !== 0 && b !== 0
        ? { lcm: Math.abs(a * b) / gcd(a, b) }
        : undefined;
    },
  ],
  [
    /^(factorial)$/,
    (args) => {
      const [n] = numbers(args);
      if (n === undefined || !Number.isInteger(n) || n < 0 || n > 20) return undefined;
      let product = 1;
      for (let k = 2; k <= n; k += 1) product *= k;
      return { factorial: product };
    },
  ],
];
