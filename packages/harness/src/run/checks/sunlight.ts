import { climate } from '@inftool/sim-server';
import { eachObject, squashKey } from '@inftool/core';
import type { ReviewedCall } from './conversation.js';

/**
 * Sunlight no sky gives (`results_plausible`): irradiance (`ghi`, `dni`, `dhi`, `solar_rad`) in an hour
 * the reading itself calls night (`pod: "n"`, a sun angle below the horizon), more than a clear sky gives
 * at the sun angle it states (direct normal light by its own clear-sky curve; 1250 W/m² anywhere on the ground),
 * and diffuse light above the global.
 */
type Json = Record<string, unknown>;
const num = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const LIGHT = new Set(['ghi', 'dni', 'dhi', 'solarrad', 'solarradiation', 'irradiance']);

function readingProblems(object: Json): string[] {
  const light = Object.entries(object).filter((entry): entry is [string, number] => LIGHT.has(squashKey(entry[0])) && num(entry[1]));
  if (light.length === 0) return [];
  const elevation = num(object['elev_angle']) ? object['elev_angle'] : undefined;
  const night = object['pod'] === 'n' || (elevation !== undefined && elevation < -1);
  const problems: string[] = [];
  for (const [key, value] of light) {
    // direct light on a surface facing the sun is more than the global on the ground when the sun is low
    const clear =
      elevation === undefined ? 1250 : squashKey(key) === 'dni' ? climate.clearSkyDni(elevation) : climate.clearSkyGhi(elevation);
    const most = Math.min(1250, clear * 1.25 + 50);
    if (night && value > 5) problems.push(`${key} ${value} W/m² at night`);
    else if (value > most) problems.push(`${key} ${value} W/m² past the ${Math.round(most)} a clear sky gives`);
  }
  const [global, diffuse] = [object['ghi'], object['dhi']];
  if (num(global) && num(diffuse) && diffuse > global + 10) problems.push(`diffuse dhi ${diffuse} above the global ghi ${global}`);
  return problems;
}

/** The sunlight of one call's result that no sky gives. */
export function impossibleSunlight(call: ReviewedCall): string[] {
  if (call.isError || call.data === undefined) return [];
  const problems: string[] = [];
  eachObject(call.data, (object) => problems.push(...readingProblems(object)));
  return problems;
}
