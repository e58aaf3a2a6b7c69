/**
 * Electrostatics and triangle areas a reviewer can redo from the call: Coulomb's force between two
 * charges, a point charge's field (in vacuum, a medium named, or a relative permittivity sent), and
 * Heron's area, or a note when three sides make no triangle. Four significant figures, so a field of
 * 1.5e-8 N/C is never rounded to 0.
 */
type Json = Record<string, unknown>;

/** Coulomb's constant 1 / (4π ε₀), in N·m²/C². */
export const COULOMB_CONSTANT = 8.9875517923e9;
/** The vacuum permittivity ε₀, in F/m. */
export const VACUUM_PERMITTIVITY = 8.8541878128e-12;

/** Relative permittivities of media a call names. */
const MEDIA: Array<[RegExp, number]> = [
  [/^(vacuum|free space|space)$/i, 1],
  [/^air$/i, 1.0006],
  [/^(water|distilled water)$/i, 80],
  [/^(glass)$/i, 4.7],
  [/^(oil|transformer oil)$/i, 2.2],
  [/^(paper)$/i, 3.5],
];

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const significant = (value: number): number => Number(value.toPrecision(4));

function numberWhere(args: Json, pattern: RegExp): number | undefined {
  for (const [key, value] of Object.entries(args)) if (pattern.test(key) && finite(value)) return value;
  return undefined;
}

/**
 * The relative permittivity a call gives: a medium's name, a `medium_permittivity`, or a
 * `permittivity` that is relative (≥ 1; 2.1 is no absolute permittivity in F/m) or absolute (< 1e-6).
 * Undefined when it names a medium not known.
 */
export function relativePermittivity(args: Json): number | undefined {
  const medium = Object.entries(args).find(([key, value]) => /^medium$/i.test(key) && typeof value === 'string')?.[1] as string | undefined;
  if (medium !== undefined) return MEDIA.find(([pattern]) => pattern.test(medium.trim()))?.[1];
  const given = numberWhere(args, /permit+iv+ity|dielectric/i);
  if (given === undefined || given <= 0) return 1;
  return given < 1e-6 ? given / VACUUM_PERMITTIVITY : given < 1 ? undefined : given;
}

/** The force between two charges, F = k q₁ q₂ / (εᵣ r²), in newtons (negative when they attract). */
export function coulombForce(args: Json): Json | undefined {
  const first = numberWhere(args, /^(charge_?1|q_?1)$/i);
  const second = numberWhere(args, /^(charge_?2|q_?2)$/i);
  const distance = numberWhere(args, /^(distance|r|radius|separation)$/i);
  const relative = relativePermittivity(args);
  if (first === undefined || second === undefined || distance === undefined || distance <= 0 || relative === undefined) return undefined;
  return { force: significant((COULOMB_CONSTANT * first * second) / (relative * distance * distance)), unit: 'N' };
}

/** A point charge's field, E = k q / (εᵣ r²), in N/C. */
export function pointField(args: Json): Json | undefined {
  const charge = numberWhere(args, /^(charge|q)$/i);
  const distance = numberWhere(args, /^(distance|r|radius)$/i);
  const relative = relativePermittivity(args);
  if (charge === undefined || distance === undefined || distance <= 0 || relative === undefined) return undefined;
  return { electric_field: significant((COULOMB_CONSTANT * charge) / (relative * distance * distance)), unit: 'N/C' };
}

/** Heron's area of three sides, or a note that they make no triangle (one side at least the sum of the others). */
export function heronArea(args: Json): Json | undefined {
  const sides = [numberWhere(args, /side_?1|^a$/i), numberWhere(args, /side_?2|^b$/i), numberWhere(args, /side_?3|^c$/i)];
  if (sides.some((side) => side === undefined || side <= 0)) return undefined;
  const [a, b, c] = sides as [number, number, number];
  const half = (a + b + c) / 2;
  const square = half * (half - a) * (half - b) * (half - c);
  if (square > 0) return { area: Math.round(Math.sqrt(square) * 100) / 100 };
  const longest = Math.max(a, b, c);
  return {
    note: `Sides ${a}, ${b} and ${c} make no triangle: the longest side, ${longest}, is not shorter than the other two together (${Math.round((a + b + c - longest) * 100) / 100}).`,
  };
}
