/** Large amounts and long spans said as a person says them: "670 billion USD", "18 hours 57 minutes". */

const SCALES: ReadonlyArray<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Digits grouped by thousands, at most two decimals, trailing zeros kept to two ("20,952.72", "1,006,111.07"). */
function grouped(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * An amount in a currency from a million up: in words of its scale when that loses nothing ("670 billion",
 * "80.523 million"), else grouped ("1,006,111.07"); from ten thousand grouped; undefined below (the caller's own form).
 */
export function largeMoney(value: number): string | undefined {
  const size = Math.abs(value);
  if (size < 10_000) return undefined;
  for (const [scale, word] of SCALES) {
    if (size < scale) continue;
    const mantissa = Number((value / scale).toFixed(3));
    if (Math.abs(mantissa * scale - value) < 0.005) return `${mantissa} ${word}`;
    break;
  }
  return grouped(value, 2);
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * A whole length of time of two minutes or more in hours, minutes and seconds ("1137 minutes" → "18 hours 57
 * minutes", "3600 seconds" → "1 hour"); undefined for anything shorter or not whole (said as it is).
 */
export function spanWords(amount: number, unit: 'seconds' | 'minutes'): string | undefined {
  if (!Number.isInteger(amount) || amount < 120) return undefined;
  const seconds = unit === 'minutes' ? amount * 60 : amount;
  const parts = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, name]) => plural(count, name))
    .join(' ');
}

/** An amount in the unit its key closes with: a long span in hours and minutes, else "<text> <unit>" ("72%" for a percent). */
export function measuredAmount(value: unknown, text: string, unit: string): string {
  const span = typeof value === 'number' && (unit === 'seconds' || unit === 'minutes') ? spanWords(value, unit) : undefined;
  return span ?? `${text}${unit === '%' ? '%' : ` ${unit}`}`;
}
