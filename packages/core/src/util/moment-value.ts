/** An ISO date or instant: `2024-03-04`, `2024-03-04T17:00`, `2024-03-04 17:00:00.5+01:00`. */
const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Weatherbit's `datetime`: a day and an hour (`2019-03-04:17`). */
export const DAY_HOUR = /^(\d{4}-\d{2}-\d{2}):(\d{2})$/;

/** A value as a moment (ms): ISO text, a day and hour, epoch seconds or milliseconds. */
export function momentValue(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value >= 1e9 && value < 4e9) return value * 1000;
    return value >= 1e12 && value < 4e12 ? value : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const dayHour = DAY_HOUR.exec(value);
  if (dayHour !== null) return Date.parse(`${dayHour[1]}T${dayHour[2]}:00:00Z`);
  if (!ISO.test(value)) return undefined;
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? undefined : time;
}
