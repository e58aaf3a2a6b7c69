/**
 * Whether a vehicle can drive a distance on one tank (`estimate_drive_feasibility_by_mileage({"distance": 8039.3})`):
 * a car's range is finite, so a trip across an ocean or a continent is no drive. The range is a full tank of the
 * vehicle control API (50 gallons) at 20 miles a gallon, 1,000 miles.
 */
type Json = Record<string, unknown>;

/** Miles a full tank goes: 50 gallons at 20 miles a gallon. */
export const VEHICLE_RANGE_MILES = 1000;

/** `{canDrive}` for a drive-feasibility tool sent a distance in miles, else undefined. */
export function driveFeasibility(words: readonly string[], args: Json): Json | undefined {
  const distance = args['distance'];
  if (!words.includes('drive') || !words.some((word) => /^(feasibility|mileage|milage|range)$/.test(word))) return undefined;
  if (typeof distance !== 'number' || !Number.isFinite(distance) || distance < 0) return undefined;
  return { canDrive: distance <= VEHICLE_RANGE_MILES };
}
