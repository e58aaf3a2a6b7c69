type Json = Record<string, unknown>;

/** Approximate yearly revenue in billions of US dollars (fiscal 2024) of large listed companies, by ticker. */
export const YEARLY_REVENUE_BILLIONS: Readonly<Record<string, number>> = {
  AAPL: 391,
  MSFT: 245,
  NVDA: 131,
  AMZN: 638,
  GOOGL: 350,
  GOOG: 350,
  META: 165,
  TSLA: 98,
  JPM: 178,
  V: 36,
  MA: 28,
  WMT: 681,
  KO: 47,
  PEP: 92,
  JNJ: 89,
  PG: 84,
  XOM: 344,
  NFLX: 39,
  DIS: 91,
  INTC: 53,
  AMD: 26,
  IBM: 63,
  ORCL: 53,
  CSCO: 54,
  NKE: 51,
  MCD: 26,
  BAC: 102,
  COST: 254,
  HD: 160,
  PFE: 64,
  BA: 66,
  GS: 53,
  CRM: 35,
  ADBE: 22,
  SBUX: 36,
};

/** Fields stating a whole company's takings over a period (not a profit, not one product's sales). */
const COMPANY_REVENUE =
  /^(corporate_?|total_?|annual_?|predicted_?|projected_?|forecast_?)?(revenue|revenues|sales|net_?sales)(_?(forecast|estimate|usd|prediction))?$/i;
/** Arguments that narrow the takings to one product, so the company's total does not bound them. */
const PRODUCT = /product|item|sku|model|game|title|brand|category|segment/i;

/** The share of a year a call's period covers: `days: 30`, `period: "Q3"`, "next month"; a year when it says none. */
function yearShare(args: Json): number {
  const days = Object.entries(args).find(([key, value]) => /^(days|num_?days|period_?days)$/i.test(key) && typeof value === 'number')?.[1];
  if (typeof days === 'number' && days > 0) return Math.min(days, 3650) / 365;
  const period = Object.entries(args).find(
    ([key, value]) => /period|timeframe|horizon|interval/i.test(key) && typeof value === 'string',
  )?.[1];
  const text = String(period ?? '');
  if (/quarter|\bq[1-4]\b/i.test(text)) return 0.25;
  if (/month/i.test(text)) return 1 / 12;
  if (/week/i.test(text)) return 7 / 365;
  return 1;
}

/**
 * A whole large company's revenue over a period is near what it really takes (Amazon about $638
 * billion a year, so a year is never 67.9 million; thirty days about a twelfth of it): a drawn figure
 * off by more than half is replaced by the yearly revenue times the period's share of a year, a
 * forecast 5 % up. One product's sales (a yoga mat of Nike's) are left to the other rules.
 */
export function companyRevenue(value: Json, args: Json, ticker: string): void {
  const yearly = YEARLY_REVENUE_BILLIONS[ticker];
  if (yearly === undefined || Object.keys(args).some((key) => PRODUCT.test(key))) return;
  const ahead = Object.values(args).some((entry) => typeof entry === 'string' && /next|forecast|predict|future|\b20[3-9]\d\b/i.test(entry));
  const expected = yearly * 1e9 * yearShare(args) * (ahead ? 1.05 : 1);
  for (const [key, amount] of Object.entries(value))
    if (COMPANY_REVENUE.test(key) && typeof amount === 'number' && (amount < expected / 2 || amount > expected * 2))
      value[key] = Number(expected.toPrecision(3));
}
