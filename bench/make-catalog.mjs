// Writes a synthetic ToolTree of N tools (realistic shapes: 3-8 parameters, some output schemas).
import { writeFileSync } from 'node:fs';

export function makeTree(count) {
  const servers = [];
  for (let index = 0; index < count; index += 1) {
    const server = Math.floor(index / 25);
    if (!servers[server]) servers[server] = { name: `api_${server}`, tools: [] };
    const properties = {};
    for (let parameter = 0; parameter < 3 + (index % 6); parameter += 1) {
      properties[`param_${parameter}`] =
        parameter % 3 === 0
          ? { type: 'integer', minimum: 0, maximum: 1000, description: `Numeric parameter ${parameter} of operation ${index}` }
          : { type: 'string', description: `Text parameter ${parameter} of operation ${index}, e.g. a name or an id` };
    }
    servers[server].tools.push({
      name: `operation_${index}`,
      description: `Operation number ${index} of API ${server}: retrieves or updates resources of this API with the given parameters.`,
      inputSchema: { type: 'object', properties, required: ['param_0'] },
      ...(index % 4 === 0
        ? { outputSchema: { type: 'object', properties: { id: { type: 'string' }, count: { type: 'integer' } }, required: ['id'] } }
        : {}),
      annotations: { readOnlyHint: index % 2 === 0 },
    });
  }
  const perCategory = 40;
  const categories = [];
  for (let start = 0; start < servers.length; start += perCategory)
    categories.push({ name: `category_${start / perCategory}`, servers: servers.slice(start, start + perCategory) });
  return { schemaVersion: 1, domains: [{ name: 'Synthetic', categories }] };
}

export function writeTree(file, count) {
  writeFileSync(file, JSON.stringify(makeTree(count)));
}
