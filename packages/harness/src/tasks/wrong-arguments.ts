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

const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();

/** `2025-03-15` → `03/15/2025`, the US order a hurried assistant might copy from a request. */
function usDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[2]}/${match[3]}/${match[1]}` : undefined;
}

/**
 * The assistant's own mistake on a valid call, deterministic in (arguments, schema) so the planner
 * and the offline assistant derive the same one: a number sent as text, an enum value in the wrong
 * case, a date in the wrong format, or a required argument left out. Undefined when none applies.
 * The result is meant to fail schema validation (the caller checks).
 */
export function wrongAttempt(args: Record<string, unknown>, schema: Schema): WrongAttempt | undefined {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  for (const [name, value] of Object.entries(args)) {
    const property = properties[name] ?? {};
    const type = property['type'];
    const label = words(name);
    if ((type === 'integer' || type === 'number') && typeof value === 'number') {
      return { arguments: { ...args, [name]: String(value) }, parameter: name, mistake: `sent the ${label} as text`, fix: `send it as a number` };
    }
    if (typeof value === 'string' && Array.isArray(property['enum'])) {
      const variant = value.toUpperCase() === value ? value.toLowerCase() : value.toUpperCase();
      if (variant !== value && !(property['enum'] as unknown[]).includes(variant)) return { arguments: { ...args, [name]: variant }, parameter: name, mistake: `wrote the ${label} as "${variant}"`, fix: `use the accepted value "${value}"` };
    }
    if (typeof value === 'string' && (property['format'] === 'date' || property['format'] === 'date-time')) {
      const variant = usDate(value);
      if (variant) return { arguments: { ...args, [name]: variant }, parameter: name, mistake: `wrote the ${label} as ${variant}`, fix: `use the ISO format ${value}` };
    }
    if (type === 'boolean' && typeof value === 'boolean') {
      return { arguments: { ...args, [name]: value ? 'yes' : 'no' }, parameter: name, mistake: `sent the ${label} as "${value ? 'yes' : 'no'}"`, fix: `send it as ${String(value)}` };
    }
  }
  const required = ((schema['required'] ?? []) as string[]).filter((name) => name in args);
  const left = required.at(-1);
  if (left === undefined) return undefined;
  const { [left]: _omitted, ...rest } = args;
  return { arguments: rest, parameter: left, mistake: `left out the ${words(left)}`, fix: `add it` };
}
