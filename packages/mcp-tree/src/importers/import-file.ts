import { SchemaValidator, formatIssues } from '@inftool/core';
import { importBfcl } from './bfcl.js';
import { boundSchemaValues } from './bound-values.js';
import { dropInvalidExamples } from './check-examples.js';
import type { Dropped, ImportResult, ImportedTool, SourceFormat } from './imported.js';
import { importMcpDump } from './mcp-dump.js';
import { importOpenApi } from './openapi.js';
import { importToolBench } from './toolbench.js';

const IMPORTERS: Record<SourceFormat, (file: string) => Promise<ImportResult>> = {
  openapi: (file) => importOpenApi(file),
  toolbench: (file) => importToolBench(file),
  bfcl: (file) => importBfcl(file),
  mcp: (file) => importMcpDump(file),
};

let validator: SchemaValidator | undefined;

/**
 * One file of one format; never throws: what fails is in the result. A normalised schema that Ajv's
 * 2020-12 meta-schema still rejects makes its tool a drop, never a broken tool in the tree; an
 * example that does not validate against its schema is left out (and counted), and so is an example
 * or default too large or too deep to be a value (listed). A failure anywhere fails this file only.
 */
export async function importFile(format: SourceFormat, file: string): Promise<ImportResult> {
  let result: ImportResult;
  try {
    result = await IMPORTERS[format](file);
  } catch (error) {
    return { tools: [], dropped: [], failedFiles: [{ file, reason: `importer crashed: ${(error as Error).message}` }] };
  }
  try {
    return checkTools(file, result);
  } catch (error) {
    return {
      tools: [],
      dropped: result.dropped,
      failedFiles: [{ file, reason: `its tools could not be checked: ${(error as Error).message}` }],
    };
  }
}

/** Oversize examples and defaults left out (a const or enum too large drops its tool), then the schema and example checks. */
function boundValues(file: string, result: ImportResult, oversizeValues: Dropped[]): ImportedTool[] {
  return result.tools.flatMap((tool) => {
    const bounded = { ...tool };
    for (const key of ['inputSchema', 'outputSchema'] as const) {
      const schema = tool[key];
      if (schema === undefined) continue;
      const { schema: kept, dropped, unusable } = boundSchemaValues(schema, key);
      if (unusable !== undefined) {
        result.dropped.push({ file, name: tool.source.name, reason: `a value too large to keep: ${unusable}` });
        return [];
      }
      for (const reason of dropped) oversizeValues.push({ file, name: tool.source.name, reason: `left out: ${reason}` });
      if (kept !== schema) (bounded as Record<string, unknown>)[key] = kept;
    }
    return [bounded];
  });
}

function checkTools(file: string, result: ImportResult): ImportResult {
  validator ??= new SchemaValidator();
  const checker = validator;
  const oversizeValues: Dropped[] = [];
  const tools = boundValues(file, result, oversizeValues).filter((tool) => {
    const problems = (['inputSchema', 'outputSchema'] as const).flatMap((key) => {
      const schema = tool[key];
      if (schema === undefined) return [];
      const check = checker.checkSchema(schema);
      return check.valid ? [] : [`${key}: ${formatIssues(check.issues)}`];
    });
    if (problems.length > 0)
      result.dropped.push({
        file,
        name: tool.source.name,
        reason: `schema not valid JSON Schema 2020-12 after normalisation: ${problems.join('; ')}`,
      });
    return problems.length === 0;
  });
  const invalidExamples = tools.reduce((total, tool) => total + dropInvalidExamples(tool, checker), 0);
  return { ...result, tools, invalidExamples, ...(oversizeValues.length > 0 ? { oversizeValues } : {}) };
}
