type Json = Record<string, unknown>;

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
const numberOf = (args: Json, pattern: RegExp): [key: string, value: number] | undefined =>
  Object.entries(args).find((entry): entry is [string, number] => pattern.test(entry[0]) && typeof entry[1] === 'number');

/** Kilograms of CO2 a gallon of each fuel gives off (EPA), and the miles per gallon a car of the kind typically makes. */
const FUELS: Record<string, [kgPerGallon: number, mpg: number]> = {
  gasoline: [8.89, 27],
  gas: [8.89, 27],
  petrol: [8.89, 27],
  diesel: [10.18, 33],
  hybrid: [8.89, 50],
  electric: [0, 1],
};

/**
 * A trip's CO2 in kilograms: its miles over the car's miles per gallon (less any efficiency lost, in
 * percent) times the fuel's kilograms per gallon; so a longer trip or a thirstier fuel emits more.
 */
export function tripEmissions(args: Json): Json | undefined {
  const distance = numberOf(args, /distance|miles|km/i);
  if (distance === undefined) return undefined;
  const fuelText = Object.entries(args).find(([key, value]) => /fuel|vehicle|type/i.test(key) && typeof value === 'string')?.[1];
  const fuel = FUELS[String(fuelText ?? 'gasoline').toLowerCase()] ?? FUELS['gasoline'];
  const [kgPerGallon, typical] = fuel as [number, number];
  const miles = /km|kilomet/i.test(distance[0]) ? distance[1] / 1.609344 : distance[1];
  const mpg = numberOf(args, /efficiency$|mpg|economy/i)?.[1] ?? typical;
  const reduction = numberOf(args, /reduction|loss/i)?.[1] ?? 0;
  const effective = mpg * (1 - Math.min(Math.max(reduction, 0), 90) / 100);
  if (effective <= 0) return undefined;
  return { emissions: round((miles / effective) * kgPerGallon), unit: 'kg CO2' };
}

/** A roast's time in minutes: 20 minutes plus 30 a kilogram at 180 °C, longer when cooler and shorter when hotter. */
export function cookingTime(args: Json): Json | undefined {
  const weight = numberOf(args, /weight|mass|kg|pounds|lbs?$/i);
  if (weight === undefined || weight[1] <= 0) return undefined;
  const unit = Object.entries(args).find(([key, value]) => /unit/i.test(key) && typeof value === 'string')?.[1];
  const kg = /lb|pound/i.test(`${weight[0]} ${String(unit ?? '')}`) ? weight[1] * 0.45359237 : weight[1];
  const celsius = numberOf(args, /temp|celsius/i)?.[1];
  const heat = celsius !== undefined && celsius >= 100 && celsius <= 300 ? 180 / celsius : 1;
  return { cooking_time: Math.round((20 + 30 * kg) * heat), unit: 'minutes' };
}
