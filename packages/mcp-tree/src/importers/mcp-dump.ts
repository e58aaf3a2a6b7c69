import { basename } from 'node:path';
import { cleanDescription, normaliseSchema, type NormaliseOptions, type ToolSpec } from '@inftool/core';
import { isObject, readJsonFile } from './json.js';
import { emptyImport, type ImportResult, type ImportedApi } from './imported.js';

/** An MCP `tools/list` result (`{"tools": [...]}`) of a real server: the file is the server. */
export async function importMcpDump(file: string, options: { schema?: NormaliseOptions } = {}): Promise<ImportResult> {
  const result = emptyImport();
  const read = await readJsonFile(file, result);
  if (!read) return result;
  const document = read.value;
  const tools = isObject(document) && Array.isArray(document['tools']) ? document['tools'] : undefined;
  if (!tools) {
    result.failedFiles.push({ file, reason: 'not a tools/list result: $.tools must be an array' });
    return result;
  }
  const title =
    basename(file)
      .replace(/\.json$/, '')
      .replace(/[-_.]?tools$/i, '') || basename(file);
  const api: ImportedApi = { key: `mcp:${file}`, title, categoryHints: [] };
  tools.forEach((tool, index) => {
    if (!isObject(tool) || typeof tool['name'] !== 'string' || tool['name'] === '') {
      result.dropped.push({ file, reason: `$.tools[${index}]: a tool needs a "name"` });
      return;
    }
    const name = tool['name'];
    const description = typeof tool['description'] === 'string' ? cleanDescription(tool['description']) : '';
    if (!description) {
      result.dropped.push({ file, name, reason: 'no description' });
      return;
    }
    const input = normaliseSchema(tool['inputSchema'] ?? { type: 'object' }, 'openapi-3.1', options.schema);
    if (input.schema['type'] !== 'object') {
      result.dropped.push({ file, name, reason: `$.tools[${index}].inputSchema: type must be "object"` });
      return;
    }
    const output = tool['outputSchema'] === undefined ? undefined : normaliseSchema(tool['outputSchema'], 'openapi-3.1', options.schema);
    result.tools.push({
      api,
      baseName: name,
      ...(typeof tool['title'] === 'string' ? { title: tool['title'] } : {}),
      description,
      inputSchema: input.schema as ToolSpec['inputSchema'],
      ...(output && output.schema['type'] === 'object' ? { outputSchema: output.schema as ToolSpec['outputSchema'] } : {}),
      ...(isObject(tool['annotations']) ? { annotations: tool['annotations'] as ToolSpec['annotations'] } : {}),
      source: { format: 'mcp', file, name },
      notes: [...input.notes, ...(output?.notes ?? [])],
    });
  });
  return result;
}
