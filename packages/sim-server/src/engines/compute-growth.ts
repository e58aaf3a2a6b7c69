type Json = Record<string, unknown>;

const numberAt = (args: Json, pattern: RegExp): number | undefined => {
  const found = Object.entries(args).find(([key, value]) => pattern.test(key) && typeof value === 'number' && Number.isFinite(value));
  return found?.[1] as number | undefined;
};
const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * A population that grows by an annual rate (in percent, as population rates are told: 1.2 is
 * 1.2 %, never 120 %) for some years grows by the compound factor: 5.46 % over 11 years is +79.5 %,
 * and a population the call sends grows to its estimate (the rate and years are the call's echo). Undefined without a rate and a number of years.
 */
export function populationGrowth(args: Json): Json | undefined {
  const rate = numberAt(args, /rate/i);
  const years = numberAt(args, /^(years?|period|time|duration|num_?years)$/i);
  if (rate === undefined || years === undefined || years <= 0 || years > 500 || Math.abs(rate) > 50) return undefined;
  const factor = (1 + rate / 100) ** years;
  const current = numberAt(args, /population|^current/i);
  return {
    population_growth_percent: round((factor - 1) * 100, 1),
    ...(current !== undefined && current > 0 ? { current_population: current, estimated_population: Math.round(current * factor) } : {}),
  };
}

/**
 * Solar panels a house needs: its daily use (about 0.02 kWh per square foot, scaled by the usage
 * efficiency, 0.8 by default) over what one 400 W panel makes in the day's sun hours, rounded up; a
 * house twice the size needs twice the panels, a tenth of the sun ten times as many.
 */
export function solarPanels(args: Json): Json | undefined {
  const area = numberAt(args, /square_?(footage|feet)|area|size/i);
  const hours = numberAt(args, /sun(light|shine)?_?hours|hours/i);
  if (area === undefined || hours === undefined || area <= 0 || hours <= 0 || hours > 24) return undefined;
  const efficiency = numberAt(args, /efficiency/i) ?? 0.8;
  const dailyKwh = area * 0.02 * (efficiency > 0 && efficiency <= 1 ? efficiency / 0.8 : 1);
  return { number_of_panels: Math.max(1, Math.ceil(dailyKwh / (0.4 * hours))) };
}
