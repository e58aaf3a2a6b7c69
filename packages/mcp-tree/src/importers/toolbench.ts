import { basename } from 'node:path';
import { cleanDescription, normaliseSchema, type NormaliseOptions } from '@inftool/core';
import { isObject, readJsonFile, type Json } from './json.js';
import { emptyImport, type ImportResult, type ImportedApi, type ImportedTool } from './imported.js';

/** RapidAPI parameter types as ToolBench records them. */
const TYPES: Record<string, Json> = {
  STRING: { type: 'string' },
  NUMBER: { type: 'number' },
  INTEGER: { type: 'integer' },
  BOOLEAN: { type: 'boolean' },
  ENUM: { type: 'string' },
  DATE: { type: 'string', description: 'A date (YYYY-MM-DD)' },
  TIME: { type: 'string' },
  'DATE (YYYY-MM-DD)': { type: 'string', format: 'date' },
  GEOPOINT: { type: 'string', description: 'latitude,longitude' },
  ARRAY: { type: 'array' },
  OBJECT: { type: 'object' },
  JSON: { type: 'object' },
  FILE: { type: 'string', contentEncoding: 'base64' },
  BINARY: { type: 'string', contentEncoding: 'base64' },
  CREDENTIALS: { type: 'string' },
};

/** The parameters of an `api_list` entry as a JSON Schema object, required ones first. */
function entrySchema(entry: Json): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const [list, isRequired] of [
    [entry['required_parameters'], true],
    [entry['optional_parameters'], false],
  ] as const) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list) {
      if (!isObject(parameter) || typeof parameter['name'] !== 'string') continue;
      const type = typeof parameter['type'] === 'string' ? parameter['type'].toUpperCase() : 'STRING';
      const schema: Json = { ...(TYPES[type] ?? { type: 'string' }) };
      if (typeof parameter['description'] === 'string' && parameter['description'].trim() !== '')
        schema['description'] = parameter['description'];
      if (parameter['default'] !== undefined && parameter['default'] !== '') schema['examples'] = [parameter['default']];
      properties[parameter['name']] = schema;
      if (isRequired) required.push(parameter['name']);
    }
  }
  return { type: 'object', properties, required };
}

function annotationsFor(method: string): ImportedTool['annotations'] {
  return method === 'GET'
    ? { readOnlyHint: true }
    : method === 'DELETE'
      ? { readOnlyHint: false, destructiveHint: true }
      : { readOnlyHint: false };
}

/** One `api_list` entry as a tool, or it is dropped with the reason. */
function entryTool(
  file: string,
  api: ImportedApi,
  entry: unknown,
  schemaOptions: NormaliseOptions | undefined,
  result: ImportResult,
): void {
  if (!isObject(entry) || typeof entry['name'] !== 'string') {
    result.dropped.push({ file, reason: `${api.title}: an api_list entry needs a "name"` });
    return;
  }
  const name = entry['name'];
  const description = cleanDescription(
    typeof entry['description'] === 'string' && entry['description'].trim() !== '' ? entry['description'] : '',
  );
  if (!description) {
    result.dropped.push({ file, name, reason: 'no description' });
    return;
  }
  const normalised = normaliseSchema(entrySchema(entry), 'openapi-3.1', schemaOptions);
  const method = typeof entry['method'] === 'string' ? entry['method'].toUpperCase() : undefined;
  result.tools.push({
    api,
    baseName: `${api.title} ${name}`,
    description,
    inputSchema: normalised.schema as { type: 'object' },
    ...(method ? { annotations: annotationsFor(method) } : {}),
    source: {
      format: 'toolbench',
      file: file,
      name,
      api: api.title,
      ...(method ? { method } : {}),
      ...(typeof entry['url'] === 'string' ? { path: entry['url'] } : {}),
    },
    notes: normalised.notes,
  });
}

/**
 * ToolBench / RapidAPI tool JSON: `{tool_name, tool_description, api_list: [{name, description,
 * method, url, required_parameters, optional_parameters}]}` (a file may hold one tool or an array).
 * Each API becomes a server, each `api_list` entry a tool.
 */
export async function importToolBench(file: string, options: { schema?: NormaliseOptions; category?: string } = {}): Promise<ImportResult> {
  const result = emptyImport();
  const read = await readJsonFile(file, result);
  if (!read) return result;
  const document = read.value;
  const tools = Array.isArray(document) ? document : [document];
  tools.forEach((tool, index) => {
    if (!isObject(tool) || typeof tool['tool_name'] !== 'string' || !Array.isArray(tool['api_list'])) {
      result.failedFiles.push({
        file,
        reason: `${Array.isArray(document) ? `[${index}]: ` : ''}not a ToolBench tool (needs "tool_name" and "api_list")`,
      });
      return;
    }
    const category = typeof tool['category_name'] === 'string' ? tool['category_name'] : options.category;
    const api: ImportedApi = {
      key: `toolbench:${tool['tool_name']}`,
      title: tool['tool_name'],
      ...(typeof tool['tool_description'] === 'string' ? { description: cleanDescription(tool['tool_description'], 500) } : {}),
      categoryHints: category ? [category] : [],
    };
    for (const entry of tool['api_list']) entryTool(file, api, entry, options.schema, result);
  });
  if (result.tools.length === 0 && result.failedFiles.length === 0 && result.dropped.length === 0) {
    result.failedFiles.push({ file, reason: `${basename(file)}: no api_list entries` });
  }
  return result;
}
