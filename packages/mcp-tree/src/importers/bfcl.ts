import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanDescription, errorMessage, normaliseSchema, parseJsonLines, type NormaliseOptions } from '@inftool/core';
import { isObject } from './json.js';
import { emptyImport, type ImportResult, type ImportedApi, type ImportedTool } from './imported.js';

export interface BfclFunction {
  name: string;
  description?: string;
  parameters?: unknown;
  /** What the function returns (multi-turn function docs): a `dict` of the fields of its result. */
  response?: unknown;
}

/**
 * A function's `response` doc as an MCP outputSchema: an object schema of the fields it returns, each
 * of them required (the doc lists what the function gives back). None for a doc without fields.
 */
function responseSchema(response: unknown, options: NormaliseOptions | undefined): ImportedTool['outputSchema'] {
  if (!isObject(response)) return undefined;
  const schema = normaliseSchema(response, 'bfcl', options).schema;
  const properties = isObject(schema['properties']) ? Object.keys(schema['properties']) : [];
  if (schema['type'] !== 'object' || properties.length === 0) return undefined;
  return { ...schema, type: 'object', required: Array.isArray(schema['required']) ? schema['required'] : properties };
}

/**
 * BFCL function docs: a question file (one `{id, question, function: [...]}` per line), a
 * multi-turn function-doc file (one function per line) or a JSON array of functions. Types are
 * BFCL's dialect (`dict`, `float`, `tuple`, `any`); names may hold dots (`math.factorial`). Each
 * function keeps its entry's `id`. The API (server) is the entry (the functions one question offers
 * together), or the file for multi-turn docs and plain arrays.
 */
export async function importBfcl(file: string, options: { schema?: NormaliseOptions } = {}): Promise<ImportResult> {
  const result = emptyImport();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    result.failedFiles.push({ file, reason: `cannot read: ${errorMessage(error)}` });
    return result;
  }
  const array = text.trimStart().startsWith('[');
  const entries = array ? arrayEntries(text, file, result) : lineEntries(text, file, result);
  if (entries === undefined) return result;
  const multiTurnDoc = !array && entries.every((entry) => entry.id === undefined);
  const apis = new Map<string, ImportedApi>();
  for (const entry of entries) {
    const tool = importFunction(entry, file, result, options.schema);
    if (tool === undefined) continue;
    // A server is what is offered together: one question's functions, or one multi-turn API class.
    const apiName = multiTurnDoc || entry.id === undefined ? basename(file).replace(/\.jsonl?$/, '') : entry.id;
    let api = apis.get(apiName);
    if (!api) {
      api = { key: `bfcl:${apiName}`, title: apiName, categoryHints: [] };
      apis.set(apiName, api);
    }
    result.tools.push({ api, ...tool });
  }
  return result;
}

/** One function doc, with the id of the question that offers it and where it stands in the file. */
interface FunctionEntry {
  id?: string;
  fn: unknown;
  line: number;
}

/** The functions of a JSON array file; undefined (the file noted as failed) when it is not JSON. */
function arrayEntries(text: string, file: string, result: ImportResult): FunctionEntry[] | undefined {
  try {
    return (JSON.parse(text) as unknown[]).map((fn, index) => ({ fn, line: index + 1 }));
  } catch (error) {
    result.failedFiles.push({ file, reason: `not valid JSON: ${errorMessage(error)}` });
    return undefined;
  }
}

/**
 * The functions of a JSON-lines file (question lines or one function per line); undefined (the file
 * noted as failed) when it holds questions or answers but no function docs.
 */
function lineEntries(text: string, file: string, result: ImportResult): FunctionEntry[] | undefined {
  const entries: FunctionEntry[] = [];
  let questionsWithoutFunctions = 0;
  let answers = 0;
  for (const parsed of parseJsonLines(text)) {
    if ('error' in parsed) {
      result.dropped.push({ file, reason: `line ${parsed.line}: not valid JSON: ${parsed.error}` });
      continue;
    }
    const value = parsed.value;
    if (isObject(value) && Array.isArray(value['function'])) {
      for (const fn of value['function'])
        entries.push({ id: typeof value['id'] === 'string' ? value['id'] : undefined, fn, line: parsed.line });
    } else if (isObject(value) && 'question' in value) {
      questionsWithoutFunctions += 1; // multi-turn questions name their classes; the functions are in multi_turn_func_doc/
    } else if (isObject(value) && 'ground_truth' in value) {
      answers += 1;
    } else entries.push({ fn: value, line: parsed.line });
  }
  if (entries.length === 0 && questionsWithoutFunctions + answers > 0) {
    const what =
      answers > 0
        ? `${answers} possible answers (ground_truth), not function docs`
        : `${questionsWithoutFunctions} questions and no "function" docs (multi-turn question files name classes whose docs are in multi_turn_func_doc/)`;
    result.failedFiles.push({ file, reason: what });
    return undefined;
  }
  return entries;
}

/** One function doc as a tool (without its API); undefined, with the reason in `result.dropped`, when it cannot be one. */
function importFunction(
  { id, fn, line }: FunctionEntry,
  file: string,
  result: ImportResult,
  schemaOptions: NormaliseOptions | undefined,
): Omit<ImportedTool, 'api'> | undefined {
  if (!isObject(fn) || typeof fn['name'] !== 'string' || fn['name'] === '') {
    result.dropped.push({ file, reason: `line ${line}: a function needs a "name"` });
    return undefined;
  }
  const name = fn['name'];
  const description = typeof fn['description'] === 'string' ? cleanDescription(fn['description']) : '';
  if (!description) {
    result.dropped.push({ file, name, reason: 'no description' });
    return undefined;
  }
  const parameters = isObject(fn['parameters']) ? fn['parameters'] : { type: 'dict', properties: {} };
  const normalised = normaliseSchema(parameters, 'bfcl', schemaOptions);
  if (normalised.schema['type'] !== 'object') {
    result.dropped.push({ file, name, reason: `parameters must be a "dict", got ${JSON.stringify(parameters['type'])}` });
    return undefined;
  }
  const outputSchema = responseSchema(fn['response'], schemaOptions);
  return {
    baseName: name,
    description,
    inputSchema: normalised.schema as { type: 'object' },
    ...(outputSchema ? { outputSchema } : {}),
    source: { format: 'bfcl', file, name, ...(id === undefined ? {} : { id }) },
    notes: normalised.notes,
  };
}
