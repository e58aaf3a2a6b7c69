import type { ReviewedCall } from './conversation.js';

type Json = Record<string, unknown>;

const TERMS = ['homozygous dominant', 'heterozygous', 'homozygous recessive'] as const;

/** What a two-allele genotype's letters make it (`Aa` heterozygous); undefined for other text. */
function termOfLetters(genotype: string): (typeof TERMS)[number] | undefined {
  const letters = genotype.trim();
  if (!/^[A-Za-z]{2}$/.test(letters) || (letters[0] as string).toLowerCase() !== (letters[1] as string).toLowerCase()) return undefined;
  const capitals = [...letters].filter((letter) => letter === letter.toUpperCase()).length;
  return TERMS[2 - capitals];
}

/**
 * A genotype's frequency from an allele frequency p is a share between 0 and 1 that Hardy–Weinberg
 * gives (p², 2pq or q², within 0.01), with no physical unit (47.96 Hz is none), and a term beside
 * the letters agrees with them (`Aa` is heterozygous, never homozygous dominant).
 */
export function implausibleGenotypes(name: string, args: Json, data: Json): string[] {
  const genotype = Object.entries(args).find(([key, value]) => /genotype/i.test(key) && typeof value === 'string')?.[1] as
    string | undefined;
  const allele = Object.entries(args).find(([key, value]) => /allele/i.test(key) && typeof value === 'number')?.[1] as number | undefined;
  const term = genotype === undefined ? undefined : termOfLetters(genotype);
  if (term === undefined) return [];
  const problems: string[] = [];
  const said = Object.values(data).find((value): value is string => typeof value === 'string' && /zygous/i.test(value));
  if (said !== undefined && !new RegExp(`^${term}$`, 'i').test(said.trim())) problems.push(`${name}: genotype ${genotype} called ${said}`);
  const frequency = Object.entries(data).find(
    ([key, value]) => /frequency/i.test(key) && !/allele/i.test(key) && typeof value === 'number',
  );
  if (frequency === undefined || allele === undefined) return problems;
  const p = allele > 1 ? allele / 100 : allele;
  const expected = term === 'homozygous dominant' ? p * p : term === 'heterozygous' ? 2 * p * (1 - p) : (1 - p) ** 2;
  const unit = typeof data['unit'] === 'string' ? data['unit'] : '';
  if (Math.abs((frequency[1] as number) - expected) > 0.01 || /hz|hertz/i.test(unit))
    problems.push(`${name}: ${genotype} at allele frequency ${allele} has frequency ${String(frequency[1])} ${unit}`.trim());
  return problems;
}

/** The fastest pace each way of going keeps door to door (km/h), and the longest trip it is taken for (km). */
const PACES: Array<[RegExp, kmPerHour: number, longestKm: number]> = [
  [/walk|foot/i, 8, 300],
  [/cycl|bik|bicycle/i, 40, 1500],
  [/transit|bus|public/i, 130, 6000],
  [/driv|car/i, 150, 6000],
  [/train|rail/i, 350, 10000],
  [/fl(y|ight)|air|plane/i, 1000, 20000],
];

/**
 * A route's duration fits its distance at its mode's pace (7,090 km is not 30 minutes by any mode),
 * and a walk, a ride or a drive is not told across an ocean's worth of distance.
 */
export function implausibleRoutes(name: string, data: Json): string[] {
  const distance = Object.entries(data).find(
    ([key, value]) => /^distance(_?(km|miles|in_?km|in_?miles))?$/i.test(key) && typeof value === 'number',
  );
  const minutes = Object.entries(data).find(
    ([key, value]) => /^(duration|travel_?time|estimated_?time)_?(minutes|mins)$/i.test(key) && typeof value === 'number',
  );
  if (distance === undefined || minutes === undefined || (minutes[1] as number) <= 0) return [];
  const miles = /mile/i.test(distance[0]) || /^mi/i.test(String(data['distance_unit'] ?? data['unit'] ?? ''));
  const km = (distance[1] as number) * (miles ? 1.609344 : 1);
  const modeText = Object.entries(data).find(([key, value]) => /mode|transport/i.test(key) && typeof value === 'string')?.[1] as
    string | undefined;
  const [, pace, longest] = PACES.find(([pattern]) => pattern.test(modeText ?? '')) ?? [/./, 1000, 20000];
  const speed = km / ((minutes[1] as number) / 60);
  const problems: string[] = [];
  if (speed > pace)
    problems.push(`${name}: ${distance[1]} ${miles ? 'miles' : 'km'} in ${String(minutes[1])} minutes${modeText ? ` by ${modeText}` : ''}`);
  if (km > longest) problems.push(`${name}: ${Math.round(km)} km by ${modeText ?? 'an unknown mode'}`);
  return problems;
}

/** Mean distances from the Sun in astronomical units (the Moon with the Earth), and kilometres per unit. */
const ORBITS: Record<string, number> = {
  sun: 0,
  mercury: 0.387,
  venus: 0.723,
  earth: 1,
  moon: 1,
  mars: 1.524,
  jupiter: 5.203,
  saturn: 9.537,
  uranus: 19.19,
  neptune: 30.07,
  pluto: 39.48,
};
const AU_KM = 149_597_870.7;
const KM_PER: Array<[RegExp, number]> = [
  [/^(m|meters?|metres?)$/i, 0.001],
  [/^(mi|miles?)$/i, 1.609344],
  [/^(au|astronomical[_ ]units?)$/i, AU_KM],
  [/^(ly|light[_ -]?years?)$/i, 9.4607e12],
];

/**
 * Two bodies of the solar system are as far apart as their orbits allow: between the difference and
 * the sum of their distances from the Sun (the Earth and the Moon 356,000 to 407,000 km), never 5 meters.
 */
export function implausibleCelestial(name: string, args: Json, data: Json): string[] {
  const bodies = Object.entries(args)
    .filter(([key, value]) => /body|planet/i.test(key) && typeof value === 'string')
    .map(([, value]) =>
      (value as string)
        .trim()
        .toLowerCase()
        .replace(/^(the|planet)\s+/, ''),
    );
  const distance = data['distance'];
  if (bodies.length !== 2 || !bodies.every((body) => body in ORBITS) || bodies[0] === bodies[1] || typeof distance !== 'number') return [];
  const unit = String(data['unit'] ?? args['unit'] ?? 'km').trim();
  const km = distance * (KM_PER.find(([pattern]) => pattern.test(unit))?.[1] ?? 1);
  const [a, b] = bodies.map((body) => ORBITS[body] as number) as [number, number];
  const [low, high] = [...bodies].sort().join('-') === 'earth-moon' ? [356_000, 407_000] : [Math.abs(a - b) * AU_KM, (a + b) * AU_KM];
  return km < low * 0.99 || km > high * 1.01 ? [`${name}: ${bodies.join(' and ')} ${distance} ${unit} apart`] : [];
}

/** Every object of a result, the result first. */
function objectsOf(value: unknown, into: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((entry) => objectsOf(entry, into));
  else if (value !== null && typeof value === 'object') {
    into.push(value as Json);
    Object.values(value).forEach((entry) => objectsOf(entry, into));
  }
  return into;
}

/**
 * A flight (a record with a flight number or an airline) lands after it leaves and within a day,
 * and takes some time: not `duration_minutes: 0`, not an arrival five days after the departure.
 */
export function implausibleFlights(name: string, data: unknown): string[] {
  const problems: string[] = [];
  for (const record of objectsOf(data)) {
    if (!Object.keys(record).some((key) => /^(flight_?(number|no)|airline)$/i.test(key))) continue;
    const time = (pattern: RegExp) => Date.parse(String(Object.entries(record).find(([key]) => pattern.test(key))?.[1] ?? ''));
    const hours = (time(/^(arrival|arrive)(_?(time|at|datetime))?$/i) - time(/^(departure|depart)(_?(time|at|datetime))?$/i)) / 3_600_000;
    if (!Number.isNaN(hours) && (hours <= 0 || hours > 24))
      problems.push(`${name}: a flight lands ${Math.round(hours)} hours after it leaves`);
    const minutes = Object.entries(record).find(([key, value]) => /^duration(_?minutes)?$/i.test(key) && typeof value === 'number')?.[1];
    if (minutes === 0) problems.push(`${name}: a flight that takes no time`);
  }
  return problems;
}

/** An electric field of 0 from a nonzero charge at a finite distance (Coulomb's law never gives 0; a rounding of a wrong unit does). */
export function implausibleFields(name: string, args: Json, data: Json): string[] {
  const charge = Object.entries(args).find(([key, value]) => /charge/i.test(key) && typeof value === 'number')?.[1];
  const field = Object.entries(data).find(([key, value]) => /electric_?field|field_?strength/i.test(key) && typeof value === 'number');
  return typeof charge === 'number' && charge !== 0 && field !== undefined && field[1] === 0
    ? [`${name}: ${field[0]} 0 from a charge of ${charge} C`]
    : [];
}

/** An amount of substance's energy that is not its moles times the energy per mole sent (83 mol at 74 J/mol is 6,142 J, never 77.3). */
export function implausibleMolarEnergy(name: string, args: Json, data: Json): string[] {
  const moles = Object.entries(args).find(([key, value]) => /^(mols?|moles?)$/i.test(key) && typeof value === 'number')?.[1];
  const perMole = Object.entries(args).find(([key, value]) => /per_?mol/i.test(key) && typeof value === 'number')?.[1];
  const energy = Object.entries(data).find(([key, value]) => /energy/i.test(key) && !/per_?mol/i.test(key) && typeof value === 'number');
  if (typeof moles !== 'number' || typeof perMole !== 'number' || energy === undefined) return [];
  const real = moles * perMole;
  // the same energy in kJ passes too
  return [real, real / 1000].some((value) => Math.abs((energy[1] as number) - value) <= Math.abs(value) * 0.01)
    ? []
    : [`${name}: ${energy[0]} ${String(energy[1])} for ${moles} mol at ${perMole} J/mol (${real} J)`];
}

/** A call's genotype, route, flight, field and solar-system results that cannot be true. */
export function implausibleScience(call: ReviewedCall): string[] {
  const flights = implausibleFlights(call.chatName, call.data);
  if (typeof call.data !== 'object' || call.data === null || Array.isArray(call.data) || typeof call.arguments !== 'object') return flights;
  const data = call.data as Json;
  return [
    ...flights,
    ...implausibleGenotypes(call.chatName, call.arguments, data),
    ...implausibleRoutes(call.chatName, data),
    ...implausibleCelestial(call.chatName, call.arguments, data),
    ...implausibleFields(call.chatName, call.arguments, data),
    ...implausibleMolarEnergy(call.chatName, call.arguments, data),
  ];
}
