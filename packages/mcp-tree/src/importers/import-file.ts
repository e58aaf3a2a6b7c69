import { SchemaValidator, formatIssues } from '@inftool/core';
import { importBfcl } from './bfcl.js';
import { dropInvalidExamples } from './check-examples.js';
import type { ImportResult, SourceFormat } from './imported.js';
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
 * example that does not validate against its schema is left out (and counted).
 */
export async function importFile(format: SourceFormat, file: string): Promise<ImportResult> {
  let result: ImportResult;
  try {
    result = await IMPORTERS[format](file);
  } catch (error) {
    return { tools: [], dropped: [], failedFiles: [{ file, reason: `importer crashed: ${(error as Error).message}` }] };
  }
  validator ??= new SchemaValidator();
  const checker = validator;
  const tools = result.tools.filter((tool) => {
    const problems = (['inputSchema', 'outputSchema'] as const).flatMap((key) => {
      const schema = tool[key];
      if (schema === undefined) return [];
      const check = checker.checkSchema(schema);
      return check.valid ? [] : [`${key}: ${formatIssues(check.issues)}`];
    });
    if (problems.length > 0) result.dropped.push({ file, name: tool.source.name, reason: `schema not valid JSON Schema 2020-12 after normalisation: ${problems.join('; ')}` });
    return problems.length === 0;
  });
  const invalidExamples = tools.reduce((total, tool) => total + dropInvalidExamples(tool, checker), 0);
  return { ...result, tools, invalidExamples };
}
