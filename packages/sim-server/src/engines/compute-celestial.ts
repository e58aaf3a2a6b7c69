type Json = Record<string, unknown>;

/** Kilometres in an astronomical unit. */
export const AU_KM = 149_597_870.7;
/** Mean distance from the Sun in astronomical units; the Moon goes with the Earth. */
export const ORBIT_AU: Readonly<Record<string, number>> = {
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
const MOON_KM = 384_400;

/** Kilometres per unit a distance is asked in (km when unsaid). */
const UNITS: Array<[RegExp, number]> = [
  [/^(m|meters?|metres?)$/i, 0.001],
  [/^(mi|miles?)$/i, 1.609344],
  [/^(au|astronomical[_ ]units?)$/i, AU_KM],
  [/^(ly|light[_ -]?years?)$/i, 9.4607e12],
];

/** A body's name as the table's key ("the Moon", "Planet Mars"). */
export function bodyKey(text: string): string | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/^(the|planet)\s+/, '');
  return key in ORBIT_AU ? key : undefined;
}

/**
 * The distance between two bodies of the solar system: the Earth and the Moon 384,400 km apart,
 * others at a typical distance of their orbits about the Sun (the root of the sum of their radii
 * squared, between their closest and farthest), in the unit asked (km unless a `unit` says
 * otherwise): Jupiter and the Moon are some 790 million km apart, never 5 meters.
 */
export function celestialDistance(args: Json): Json | undefined {
  const bodies = Object.entries(args)
    .filter(([key, value]) => /body|planet|object|from|to|origin|destination/i.test(key) && typeof value === 'string')
    .map(([, value]) => bodyKey(value as string));
  const [first, second] = bodies;
  if (bodies.length !== 2 || first === undefined || second === undefined || first === second) return undefined;
  const pair = [first, second].sort().join('-');
  const [a, b] = [ORBIT_AU[first] as number, ORBIT_AU[second] as number];
  const km = pair === 'earth-moon' ? MOON_KM : Math.sqrt(a * a + b * b) * AU_KM;
  const unit = Object.entries(args).find(([key, value]) => /unit/i.test(key) && typeof value === 'string')?.[1] as string | undefined;
  const perUnit = UNITS.find(([pattern]) => pattern.test(unit?.trim() ?? ''))?.[1] ?? 1;
  return { distance: Number((km / perUnit).toPrecision(4)), unit: perUnit === 1 ? 'km' : (unit as string) };
}
