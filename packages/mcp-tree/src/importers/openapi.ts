import SwaggerParser from '@apidevtools/swagger-parser';
import { NormaliseCache, cleanDescription, errorMessage, type NormaliseOptions, type SchemaDialect, type ToolSpec } from '@inftool/core';
import { isObject, type Json } from './json.js';
import { emptyImport, type ImportResult, type ImportedApi, type ImportedTool } from './imported.js';
import { OperationArguments, pickMedia } from './openapi-arguments.js';
import { ownExamples, swagger2ResponseExamples, withExamples } from './openapi-examples.js';
import { repairOutputKeys, repairValue } from './repair-keys.js';
import { operationSecurity, securitySchemeParameters, type SecurityCredential } from './plumbing.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
/** The property an array response is carried under: an MCP outputSchema (and structuredContent) must be an object. */
export const WRAPPED_OUTPUT_PROPERTY = 'items';

export interface OpenApiImportOptions {
  /** Bounds for input schemas. Defaults: depth 6, 400 schema nodes, nested descriptions of 300 characters. */
  input?: NormaliseOptions;
  /** Bounds for output schemas (only the simulation reads them). Defaults: depth 4, 120 nodes, 200 characters. */
  output?: NormaliseOptions;
}

/**
 * Reads one OpenAPI 2.0 / 3.0 / 3.1 document (JSON or YAML) with swagger-parser: `$ref`s resolved
 * (local and relative files, never over the network), recursive schemas kept as a graph and cut
 * when normalised. Each operation becomes a tool; what cannot become one is dropped with the reason.
 */
export async function importOpenApi(file: string, options: OpenApiImportOptions = {}): Promise<ImportResult> {
  const result = emptyImport();
  let document: Json;
  try {
    document = (await SwaggerParser.dereference(file, {
      resolve: { external: true, http: false },
      dereference: { circular: true },
    })) as unknown as Json;
  } catch (error) {
    result.failedFiles.push({ file, reason: `not a readable OpenAPI document: ${errorMessage(error)}` });
    return result;
  }
  return operationsToTools(file, document, options, result);
}

function dialectOf(document: Json): SchemaDialect | undefined {
  if (document['swagger'] === '2.0') return 'swagger-2.0';
  const version = typeof document['openapi'] === 'string' ? document['openapi'] : '';
  if (version.startsWith('3.1')) return 'openapi-3.1';
  if (version.startsWith('3.')) return 'openapi-3.0';
  return undefined;
}

function apiOf(file: string, document: Json): ImportedApi {
  const info = isObject(document['info']) ? document['info'] : {};
  const provider = typeof info['x-providerName'] === 'string' ? info['x-providerName'] : undefined;
  const service = typeof info['x-serviceName'] === 'string' ? info['x-serviceName'] : undefined;
  const title =
    typeof info['title'] === 'string' && info['title'].trim() !== '' ? info['title'].trim() : (provider ?? file.split('/').pop() ?? file);
  const hints = Array.isArray(info['x-apisguru-categories'])
    ? info['x-apisguru-categories'].filter((hint): hint is string => typeof hint === 'string')
    : [];
  const license = isObject(info['license']) ? info['license'] : {};
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const licenseName = text(license['name']);
  return {
    key: provider ? `${provider}${service ? `/${service}` : ''}` : `${file}#${title}`,
    title,
    ...(typeof info['description'] === 'string' ? { description: cleanDescription(info['description'], 500) } : {}),
    categoryHints: hints,
    ...(licenseName
      ? {
          license: {
            name: licenseName,
            ...(text(license['identifier']) ? { identifier: text(license['identifier'])! } : {}),
            ...(text(license['url']) ? { url: text(license['url'])! } : {}),
          },
        }
      : {}),
  };
}

function operationsToTools(file: string, document: Json, options: OpenApiImportOptions, result: ImportResult): ImportResult {
  const dialect = dialectOf(document);
  if (!dialect) {
    result.failedFiles.push({ file, reason: 'neither "swagger": "2.0" nor "openapi": "3.x" at the root' });
    return result;
  }
  const api = apiOf(file, document);
  const schemes = securitySchemeParameters(document);
  // One cache per document and bounds: a schema shared by many operations is converted once.
  const bounds = {
    input: { maxDepth: 6, maxNodes: 400, maxDescription: 300, ...options.input, cache: new NormaliseCache() },
    output: { maxDepth: 4, maxNodes: 120, maxDescription: 200, ...options.output, cache: new NormaliseCache() },
  };
  const paths = isObject(document['paths']) ? document['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const name =
        typeof operation['operationId'] === 'string' && operation['operationId'].trim() !== ''
          ? operation['operationId'].trim()
          : `${method} ${path}`;
      try {
        const security = operationSecurity(document, operation);
        const tool = operationToTool({ file, api, dialect, schemes, security, path, method, item, operation, name, bounds });
        if (typeof tool === 'string') result.dropped.push({ file, name, reason: tool });
        else result.tools.push(tool);
      } catch (error) {
        result.dropped.push({ file, name, reason: `unparseable operation: ${errorMessage(error)}` });
      }
    }
  }
  return result;
}

interface OperationInput {
  file: string;
  api: ImportedApi;
  dialect: SchemaDialect;
  /** Parameters named by the document's security schemes (`in:name` in lower case → scheme). */
  schemes: Map<string, string>;
  /** The credentials the operation's security requirement asks for. */
  security: SecurityCredential[];
  path: string;
  method: (typeof METHODS)[number];
  item: Json;
  operation: Json;
  name: string;
  bounds: { input: NormaliseOptions; output: NormaliseOptions };
}

/** Path-level parameters, overridden by operation-level ones of the same name and location. */
function declaredParameters(item: Json, operation: Json): Map<string, Json> {
  const declared = new Map<string, Json>();
  for (const list of [item['parameters'], operation['parameters']]) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list) {
      if (isObject(parameter) && typeof parameter['name'] === 'string' && typeof parameter['in'] === 'string')
        declared.set(`${parameter['in']}:${parameter['name']}`, parameter);
    }
  }
  return declared;
}

/** The tool, or why there is none. */
function operationToTool(input: OperationInput): ImportedTool | string {
  const { operation, dialect, method } = input;
  if (operation['deprecated'] === true) return 'deprecated operation';
  const summary = typeof operation['summary'] === 'string' ? cleanDescription(operation['summary'], 200) : '';
  const details = typeof operation['description'] === 'string' ? cleanDescription(operation['description']) : '';
  const description =
    summary && details && !details.startsWith(summary)
      ? cleanDescription(`${summary}. ${details}`.replace(/\.\. /, '. '))
      : details || summary;
  if (!description) return 'no summary or description: a model could not know what it does';

  const args = new OperationArguments(dialect, input.bounds, input.schemes);
  // Path-level parameters, overridden by operation-level ones of the same name and location.
  for (const parameter of declaredParameters(input.item, operation).values()) args.addParameter(parameter);
  args.addFormFields();
  args.addRequestBody(operation);
  const inputSchema = args.inputSchema();
  const { parameters, plumbing, notes } = args;
  const output = responseSchema(operation, args.normaliseOutput, args.dropExample);
  const outputSchema = output?.schema;
  return {
    api: input.api,
    baseName: input.name,
    ...(summary && summary !== description ? { title: summary } : {}),
    description,
    inputSchema,
    ...(outputSchema ? { outputSchema } : {}),
    annotations: annotationsFor(method),
    source: {
      format: 'openapi',
      file: input.file,
      name: input.name,
      api: input.api.title,
      ...(typeof operation['operationId'] === 'string' ? { operation: operation['operationId'] } : {}),
      method: method.toUpperCase(),
      path: input.path,
      parameters,
      ...(plumbing.length > 0 ? { plumbing } : {}),
      ...(input.security.length > 0 ? { security: input.security } : {}),
      ...(output?.wrapped ? { wrappedOutput: WRAPPED_OUTPUT_PROPERTY } : {}),
      ...(input.api.license ? { license: input.api.license } : {}),
    },
    notes: [...notes],
  };
}

/**
 * The JSON schema of the first 2xx response with its examples, as an MCP outputSchema, which must be
 * an object: an object schema as it is (also one that only lists `properties`), an array schema
 * carried under `items` (`wrapped`: the real API answers with the bare array), anything else none.
 */
function responseSchema(
  operation: Json,
  normalise: (schema: unknown) => Json,
  dropExample?: (why: string) => void,
): { schema: NonNullable<ToolSpec['outputSchema']>; wrapped: boolean } | undefined {
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  const code = Object.keys(responses)
    .sort()
    .find((status) => /^2(\d\d|XX)$/i.test(status));
  const response = code === undefined ? undefined : responses[code];
  if (!isObject(response)) return undefined;
  const media = isObject(response['content']) ? pickMedia(response['content'], true) : undefined;
  const raw = isObject(response['content']) ? media?.['schema'] : response['schema'];
  if (raw === undefined) return undefined;
  // a misspelt field (`recovered"`) or a `Date#toString` key never reaches a sampled result
  const schema = repairOutputKeys(normalise(raw));
  const examples = (media ? ownExamples(media, dropExample) : swagger2ResponseExamples(response, dropExample)).map(repairValue);
  if (schema['type'] === 'object' || (schema['type'] === undefined && isObject(schema['properties']))) {
    const objectSchema = schema['type'] === 'object' ? schema : { ...schema, type: 'object' };
    return { schema: withExamples(objectSchema, examples.filter(isObject)) as NonNullable<ToolSpec['outputSchema']>, wrapped: false };
  }
  if (schema['type'] === 'array') {
    const wrapped = { type: 'object', properties: { [WRAPPED_OUTPUT_PROPERTY]: schema }, required: [WRAPPED_OUTPUT_PROPERTY] };
    const wrappedExamples = examples.filter(Array.isArray).map((items) => ({ [WRAPPED_OUTPUT_PROPERTY]: items }));
    return { schema: withExamples(wrapped, wrappedExamples) as NonNullable<ToolSpec['outputSchema']>, wrapped: true };
  }
  return undefined;
}

function annotationsFor(method: string): ToolSpec['annotations'] {
  switch (method) {
    case 'get':
    case 'head':
    case 'options':
      return { readOnlyHint: true };
    case 'delete':
      return { readOnlyHint: false, destructiveHint: true };
    case 'put':
      return { readOnlyHint: false, idempotentHint: true };
    default:
      return { readOnlyHint: false };
  }
}
