import { humanizeParameter, isUnsaid } from '@inftool/user-sim';
/** A first attempt with a mistake in it, and what the mistake was (for the assistant to say). */
export interface WrongAttempt {
  arguments: Record<string, unknown>;
  parameter: string;
  /** What was wrong, as the assistant owns up to it: "sent the count as text". */
  mistake: string;
  /** What the correction does: "send it as a number". */
  fix: string;
}

type Schema = Record<string, unknown>;

/** A parameter name in words, abbreviations spelled out (`ttl` → "time to live"). */
const words = (name: string) => humanizeParameter(name);

/** `2025-03-15` → `03/15/2025`, the US order a hurried assistant might copy from a request. */
function usDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[2]}/${match[3]}/${match[1]}` : undefined;
}

/** A plausible slip off a pattern: a phone number without its `+`, an id in the wrong case; undefined when none breaks it. */
function offPattern(value: string, pattern: string): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  if (!regex.test(value)) return undefined;
  // A phone number without its `+`, a code without its dashes; never an id in another case (no model lowercases an id it was given).
  const variants = [value.replace(/^\+/, ''), value.replace(/-/g, '')];
  return variants.find((variant) => variant !== value && variant !== '' && !regex.test(variant));
}

/**
 * Plans no longer make the assistant slip (a model trained on its own type errors learns to make them):
 * this plays the `correct` faults of tasks planned before, which `--resume` and `inftool loop` still read.
 *
 * The assistant's own mistake on a valid call, deterministic in (arguments, schema) so the planner
 * and the offline assistant derive the same one: a number sent as text, an enum value in the wrong
 * case, a date in the wrong format, a value off its pattern (a phone number without its `+`), a digits-only
 * text sent as a number, one value where a list is expected. Never an argument left out: every value the
 * user gave is still sent; never a slip on a value the user did not say (a default). Undefined when none applies. The result is meant to fail schema validation
 * (the caller checks).
 */
export function wrongAttempt(args: Record<string, unknown>, schema: Schema): WrongAttempt | undefined {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  for (const [name, value] of Object.entries(args)) {
    // A value the user never said (the schema's default) is not the one a slip is made on.
    if (isUnsaid(name, value, schema)) continue;
    const property = properties[name] ?? {};
    const label = words(name);
    for (const slipOf of SLIPS) {
      const slip = slipOf(value, property, label);
      if (slip) return { arguments: { ...args, [name]: slip.wrong }, parameter: name, mistake: slip.mistake, fix: slip.fix };
    }
  }
  // No required value the user gave is ever left out (a model would learn to drop it): none of these mistakes applies.
  return undefined;
}

/** A slip on one value: the wrong value sent, and the mistake and fix as the assistant says them. */
interface Slip {
  wrong: unknown;
  mistake: string;
  fix: string;
}

/** A number sent as text. */
function numberAsText(value: unknown, property: Schema, label: string): Slip | undefined {
  if ((property['type'] !== 'integer' && property['type'] !== 'number') || typeof value !== 'number') return undefined;
  return { wrong: String(value), mistake: `sent the ${label} as text`, fix: `send it as a number` };
}

/** An enum value in the wrong case. */
function enumCase(value: unknown, property: Schema, label: string): Slip | undefined {
  if (typeof value !== 'string' || !Array.isArray(property['enum'])) return undefined;
  const variant = value.toUpperCase() === value ? value.toLowerCase() : value.toUpperCase();
  if (variant === value || (property['enum'] as unknown[]).includes(variant)) return undefined;
  return { wrong: variant, mistake: `wrote the ${label} as "${variant}"`, fix: `use the accepted value "${value}"` };
}

/** A date in the US order. */
function usDateOrder(value: unknown, property: Schema, label: string): Slip | undefined {
  if (typeof value !== 'string' || (property['format'] !== 'date' && property['format'] !== 'date-time')) return undefined;
  const variant = usDate(value);
  return variant ? { wrong: variant, mistake: `wrote the ${label} as ${variant}`, fix: `use the ISO format ${value}` } : undefined;
}

/** A value off its pattern (a phone number without its `+`). */
function patternSlip(value: unknown, property: Schema, label: string): Slip | undefined {
  if (typeof value !== 'string' || typeof property['pattern'] !== 'string') return undefined;
  const variant = offPattern(value, property['pattern']);
  return variant === undefined
    ? undefined
    : { wrong: variant, mistake: `wrote the ${label} as "${variant}"`, fix: `use the expected format ${value}` };
}

/** A digits-only text sent as a number. */
function digitsAsNumber(value: unknown, property: Schema, label: string): Slip | undefined {
  if (property['type'] !== 'string' || typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) return undefined;
  return { wrong: Number(value), mistake: `sent the ${label} as a number`, fix: `send it as text, "${value}"` };
}

/** One value where a list is expected. */
function singleForList(value: unknown, property: Schema, label: string): Slip | undefined {
  if (property['type'] !== 'array' || !Array.isArray(value) || value.length === 0 || !['string', 'number'].includes(typeof value[0]))
    return undefined;
  return { wrong: value[0], mistake: `sent a single ${label} value instead of a list`, fix: `send it as a list` };
}

/** A boolean sent as "yes" or "no". */
function booleanAsWord(value: unknown, property: Schema, label: string): Slip | undefined {
  if (property['type'] !== 'boolean' || typeof value !== 'boolean') return undefined;
  return { wrong: value ? 'yes' : 'no', mistake: `sent the ${label} as "${value ? 'yes' : 'no'}"`, fix: `send it as ${String(value)}` };
}

/** The slips in the order they are tried on a value. */
const SLIPS: ReadonlyArray<(value: unknown, property: Schema, label: string) => Slip | undefined> = [
  numberAsText,
  enumCase,
  usDateOrder,
  patternSlip,
  digitsAsNumber,
  singleForList,
  booleanAsWord,
];
