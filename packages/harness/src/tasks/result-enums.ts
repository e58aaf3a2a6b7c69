type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The enums of a result's fields by name (`targetGroup` → ALL, WOMEN, MEN, KIDS), through lists, wrappers and `allOf`. */
function resultEnums(schema: unknown, found: Map<string, unknown[]>, depth = 0): Map<string, unknown[]> {
  if (!isSchema(schema) || depth > 6) return found;
  for (const key of ['allOf', 'anyOf', 'oneOf'])
    if (Array.isArray(schema[key])) for (const part of schema[key] as unknown[]) resultEnums(part, found, depth + 1);
  resultEnums(schema['items'], found, depth + 1);
  if (isSchema(schema['properties']))
    for (const [name, property] of Object.entries(schema['properties'])) {
      if (isSchema(property) && Array.isArray(property['enum']) && !found.has(name)) found.set(name, property['enum']);
      resultEnums(property, found, depth + 1);
    }
  return found;
}

/**
 * The input schema with the result's own values for a filter that lists none: a parameter that
 * filters by a field the result declares with an enum (Zalando's `targetGroup` of categories) takes
 * one of those values, never a word of the generator's (`premium`) that no record could carry.
 */
export function withResultEnums(input: Schema, output: unknown): Schema {
  const properties = isSchema(input['properties']) ? input['properties'] : undefined;
  if (properties === undefined || output === undefined) return input;
  const enums = resultEnums(output, new Map());
  let changed = false;
  const next: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    const values = enums.get(name);
    const open = isSchema(property) && property['type'] === 'string' && property['enum'] === undefined && property['const'] === undefined;
    const strings = values?.filter((value): value is string => typeof value === 'string') ?? [];
    if (open && strings.length > 0) {
      next[name] = { ...property, enum: strings };
      changed = true;
    } else next[name] = property;
  }
  return changed ? { ...input, properties: next } : input;
}
