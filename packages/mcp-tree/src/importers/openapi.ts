import SwaggerParser from '@apidevtools/swagger-parser';
import {
  NormaliseCache,
  cleanDescription,
  errorMessage,
  normaliseSchema,
  type NormaliseOptions,
  type SchemaDialect,
  type ToolSpec,
} from '@inftool/core';
import { isObject, type Json } from './json.js';
import { emptyImport, type ImportResult, type ImportedApi, type ImportedTool, type ParameterLocation } from './imported.js';
import { coerceExample, ownExamples, swagger2ResponseExamples, withExamples } from './openapi-examples.js';
import { repairOutputKeys, repairValue } from './repair-keys.js';
import {
  bodyCredential,
  operationSecurity,
  plumbingOf,
  securitySchemeParameters,
  type PlumbingParameter,
  type SecurityCredential,
} from './plumbing.js';

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

  const notes = new Set<string>();
  const dropExample = (why: string): void => void notes.add(`an example left out: ${why}`);
  const normaliser =
    (options: NormaliseOptions) =>
    (schema: unknown): Json => {
      const normalised = normaliseSchema(schema, dialect, options);
      normalised.notes.forEach((note) => notes.add(note));
      return normalised.schema;
    };
  const normalise = normaliser(input.bounds.input);
  const normaliseOutput = normaliser(input.bounds.output);
  const properties: Json = {};
  const required: string[] = [];
  const parameters: Record<string, { in: ParameterLocation; name: string }> = {};
  const place = (originalName: string, location: ParameterLocation): string => {
    let property = originalName;
    if (property in properties) property = `${originalName}_${location}`;
    for (let index = 2; property in properties; index += 1) property = `${originalName}_${location}${index}`;
    parameters[property] = { in: location, name: originalName };
    return property;
  };

  // Path-level parameters, overridden by operation-level ones of the same name and location.
  const declared = new Map<string, Json>();
  for (const list of [input.item['parameters'], operation['parameters']]) {
    if (!Array.isArray(list)) continue;
    for (const parameter of list) {
      if (isObject(parameter) && typeof parameter['name'] === 'string' && typeof parameter['in'] === 'string')
        declared.set(`${parameter['in']}:${parameter['name']}`, parameter);
    }
  }
  const formFields: Json[] = [];
  const plumbing: PlumbingParameter[] = [];
  for (const parameter of declared.values()) {
    const where = parameter['in'] as string;
    const originalName = parameter['name'] as string;
    if (where === 'body') {
      addBody(
        parameter['schema'],
        parameter['required'] === true,
        typeof parameter['description'] === 'string' ? parameter['description'] : undefined,
        ownExamples(parameter, dropExample),
      );
      continue;
    }
    if (where === 'formData') {
      formFields.push(parameter);
      continue;
    }
    if (!['path', 'query', 'header', 'cookie'].includes(where)) continue;
    // Credentials, signatures, transport headers and constant headers are the client's business, not the user's.
    const dropped = plumbingOf(parameter, where as ParameterLocation, input.schemes);
    if (dropped) {
      plumbing.push(dropped);
      continue;
    }
    const schema = normalise(parameterSchema(parameter)); // shared through the cache: copied before changing
    const examples = [
      ...ownExamples(parameter, dropExample),
      ...(isObject(parameter['content']) ? ownExamples(pickMedia(parameter['content']) ?? {}, dropExample) : []),
    ].map((value) => coerceExample(value, schema));
    const described =
      typeof parameter['description'] === 'string' && schema['description'] === undefined
        ? { ...schema, description: cleanDescription(parameter['description'], 512) }
        : schema;
    const property = place(originalName, where as ParameterLocation);
    properties[property] = withExamples(described, examples);
    if (parameter['required'] === true || where === 'path') required.push(property);
  }
  if (formFields.length > 0) {
    const fields: Json = {};
    const requiredFields: string[] = [];
    for (const field of formFields) {
      fields[field['name'] as string] = {
        ...(parameterSchema(field) as Json),
        ...(typeof field['description'] === 'string' ? { description: field['description'] } : {}),
      };
      if (field['required'] === true) requiredFields.push(field['name'] as string);
    }
    addBody({ type: 'object', properties: fields, required: requiredFields }, requiredFields.length > 0, undefined, []);
  }
  if (isObject(operation['requestBody'])) {
    const body = operation['requestBody'];
    const media = pickMedia(body['content']);
    const schema = media?.['schema'];
    if (schema !== undefined)
      addBody(
        schema,
        body['required'] === true,
        typeof body['description'] === 'string' ? body['description'] : undefined,
        ownExamples(media ?? {}, dropExample),
      );
  }

  function addBody(raw: unknown, isRequired: boolean, bodyDescription: string | undefined, examples: unknown[]): void {
    const schema = normalise(raw);
    const fields = schema['type'] === 'object' && isObject(schema['properties']) ? schema['properties'] : undefined;
    if (fields && Object.keys(fields).length > 0 && Object.keys(fields).every((field) => !(field in properties))) {
      // A JSON object body is flattened: its fields become the tool's arguments, each with its part of the body's examples.
      const bodyRequired = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
      const objectExamples = examples.filter(isObject);
      for (const [field, fieldSchema] of Object.entries(fields)) {
        const credential = bodyCredential(field, isRequired && bodyRequired.includes(field));
        if (credential) {
          plumbing.push(credential);
          continue;
        }
        const property = place(field, 'body');
        const fieldExamples = objectExamples.flatMap((example) =>
          example[field] === undefined || example[field] === null ? [] : [example[field]],
        );
        properties[property] = isObject(fieldSchema) ? withExamples(fieldSchema, fieldExamples) : fieldSchema;
        if (isRequired && bodyRequired.includes(field)) required.push(property);
      }
      return;
    }
    const property = place('body', 'body');
    parameters[property] = { in: 'body', name: '' };
    const described =
      bodyDescription && schema['description'] === undefined ? { ...schema, description: cleanDescription(bodyDescription, 512) } : schema;
    properties[property] = withExamples(described, examples);
    if (isRequired) required.push(property);
  }

  const inputSchema: ToolSpec['inputSchema'] = {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required: [...new Set(required)] } : {}),
  };
  const output = responseSchema(operation, normaliseOutput, dropExample);
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

/** Swagger 2.0 keeps the schema on the parameter itself; 3.x under `schema` (or `content`). */
function parameterSchema(parameter: Json): unknown {
  if (parameter['schema'] !== undefined) return parameter['schema'];
  if (isObject(parameter['content'])) return pickMedia(parameter['content'])?.['schema'] ?? {};
  const {
    name: _name,
    in: _in,
    required: _required,
    description: _description,
    allowEmptyValue: _empty,
    collectionFormat: _format,
    ...schema
  } = parameter;
  return schema;
}

/** The JSON media type if there is one, else (unless `jsonOnly`) form data, else the first. */
function pickMedia(content: unknown, jsonOnly = false): Json | undefined {
  if (!isObject(content)) return undefined;
  const types = Object.keys(content);
  const json = types.find((type) => /^application\/json\b/i.test(type)) ?? types.find((type) => /json/i.test(type));
  const chosen = jsonOnly ? json : (json ?? types.find((type) => /x-www-form-urlencoded|multipart\/form-data/i.test(type)) ?? types[0]);
  const media = chosen === undefined ? undefined : content[chosen];
  return isObject(media) ? media : undefined;
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
