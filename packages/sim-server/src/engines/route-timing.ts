type Json = Record<string, unknown>;

/**
 * Land masses a road, a rail line or a path can cross, by country code; a trip between two of them
 * goes by air (no one cycles from Madrid to Miami). Africa, Europe and Asia share one.
 */
const LAND: Record<string, string> = {
  US: 'north-america',
  CA: 'north-america',
  MX: 'north-america',
  BR: 'south-america',
  AR: 'south-america',
  CO: 'south-america',
  AU: 'australia',
  JP: 'japan',
};
const landOf = (country: string): string => LAND[country] ?? 'afro-eurasia';

/** Average door-to-door speeds in km/h, and how much longer a way on the ground is than the straight line. */
const SPEEDS: Array<[RegExp, mode: string, kmPerHour: number]> = [
  [/walk|foot/i, 'walking', 5],
  [/cycl|bik|bicycle/i, 'cycling', 16],
  [/transit|public|bus|coach/i, 'transit', 50],
  [/train|rail/i, 'train', 110],
  [/fl(y|ight)|air|plane/i, 'flight', 800],
  [/driv|car|road|fastest|shortest|taxi/i, 'driving', 80],
];
const DETOUR = 1.25;
/** The longest trip a traveller would make on the ground when the call asks for no way of going. */
const LONGEST_DRIVE_KM = 2000;

const MODE_KEY = /^(mode|travel_?mode|transport_?mode|transport_?method|transportation|transportation_?mode|means)$/i;
const MINUTES = /^(duration|travel_?time|estimated_?time|eta|time|estimated_?travel_?time|estimated_?duration)(_?(minutes|mins|min))?$/i;
const HOURS = /^(duration|travel_?time|estimated_?time|time)_?(hours|hrs|h)$/i;
const SECONDS = /^(duration|travel_?time|time)_?(seconds|secs|s)$/i;

/** The way of going a call asks for (`transport_method: "Cycling"`, `mode: "bike"`), as its speed table row. */
function askedMode(args: Json): (typeof SPEEDS)[number] | undefined {
  const asked = Object.entries(args).find(([key, value]) => MODE_KEY.test(key) && typeof value === 'string')?.[1] as string | undefined;
  return asked === undefined ? undefined : SPEEDS.find(([pattern]) => pattern.test(asked));
}

/**
 * A trip's way of going and time between two known places `km` apart (in countries `fromCountry`
 * and `toCountry`): the mode the call asks for, else driving on one land mass up to 2,000 km and a
 * flight otherwise; the time is the distance (a ground one a quarter longer than the straight
 * line) at the mode's speed, plus 45 minutes at the airports for a flight. So 7,090 km is never 30
 * minutes, and a result's `mode` never says cycling between continents when the call asked for none.
 */
export function routeTiming(value: Json, args: Json, km: number, fromCountry: string, toCountry: string): void {
  const sameLand = landOf(fromCountry) === landOf(toCountry);
  // a flight's record (its number, its airline) is flown whatever the distance
  const flown = Object.keys(value).some((key) => /^(flight_?(number|no|id)|airline)$/i.test(key));
  const asked = flown ? SPEEDS.find(([, mode]) => mode === 'flight') : askedMode(args);
  const chosen =
    asked ??
    (sameLand && km <= LONGEST_DRIVE_KM ? SPEEDS.find(([, mode]) => mode === 'driving') : SPEEDS.find(([, mode]) => mode === 'flight'));
  if (chosen === undefined) return;
  const [, mode, speed] = chosen;
  const minutes = mode === 'flight' ? 45 + (km / speed) * 60 : ((km * DETOUR) / speed) * 60;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && MODE_KEY.test(key) && asked === undefined) value[key] = mode;
    if (typeof field !== 'number' || key in args) continue;
    if (MINUTES.test(key)) value[key] = Math.round(minutes);
    else if (HOURS.test(key)) value[key] = Math.round((minutes / 60) * 10) / 10;
    else if (SECONDS.test(key)) value[key] = Math.round(minutes * 60);
  }
  arrivalAfterDeparture(value, minutes);
}

/** A trip's arrival is its departure plus its time on the way (never five days after a seven-hour flight). */
function arrivalAfterDeparture(value: Json, minutes: number): void {
  const departureKey = Object.keys(value).find((key) => /^(departure|depart)(_?(time|at|datetime))?$/i.test(key));
  const arrivalKey = Object.keys(value).find((key) => /^(arrival|arrive)(_?(time|at|datetime))?$/i.test(key));
  if (departureKey === undefined || arrivalKey === undefined) return;
  const departure = Date.parse(String(value[departureKey]));
  if (Number.isNaN(departure) || Number.isNaN(Date.parse(String(value[arrivalKey])))) return;
  value[arrivalKey] = new Date(departure + Math.round(minutes) * 60_000).toISOString().replace('.000Z', 'Z');
}
