import { cleanDescription, normaliseSchema, type NormaliseOptions, type SchemaDialect, type ToolSpec } from '@inftool/core';
import { isObject, type Json } from './json.js';
import type { ParameterLocation } from './imported.js';
import { coerceExample, ownExamples, withExamples } from './openapi-examples.js';
import { bodyCredential, plumbingOf, type PlumbingParameter } from './plumbing.js';

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

export /** The JSON media type if there is one, else (unless `jsonOnly`) form data, else the first. */
function pickMedia(content: unknown, jsonOnly = false): Json | undefined {
  if (!isObject(content)) return undefined;
  const types = Object.keys(content);
  const json = types.find((type) => /^application\/json\b/i.test(type)) ?? types.find((type) => /json/i.test(type));
  const chosen = jsonOnly ? json : (json ?? types.find((type) => /x-www-form-urlencoded|multipart\/form-data/i.test(type)) ?? types[0]);
  const media = chosen === undefined ? undefined : content[chosen];
  return isObject(media) ? media : undefined;
}

/**
 * The arguments of one operation's tool, gathered from its parameters and request body: names
 * unique across locations (`id_query` beside `id_path`), where each came from, the plumbing left out
 * (credentials, signatures, transport headers) and notes on what was cut or dropped.
 */
export class OperationArguments {
  readonly properties: Json = {};
  readonly required: string[] = [];
  readonly parameters: Record<string, { in: ParameterLocation; name: string; copies?: Array<{ in: ParameterLocation; name: string }> }> =
    {};
  readonly plumbing: PlumbingParameter[] = [];
  readonly notes = new Set<string>();
  private readonly formFields: Json[] = [];

  constructor(
    private readonly dialect: SchemaDialect,
    private readonly bounds: { input: NormaliseOptions; output: NormaliseOptions },
    /** Parameters named by the document's security schemes (`in:name` in lower case → scheme). */
    private readonly schemes: Map<string, string>,
  ) {}

  readonly dropExample = (why: string): void => void this.notes.add(`an example left out: ${why}`);

  /** An input schema normalised to 2020-12 within the bounds (shared through the cache: copy before changing). */
  normalise(schema: unknown): Json {
    return this.normaliseWith(schema, this.bounds.input);
  }

  readonly normaliseOutput = (schema: unknown): Json => this.normaliseWith(schema, this.bounds.output);

  private normaliseWith(schema: unknown, options: NormaliseOptions): Json {
    const normalised = normaliseSchema(schema, this.dialect, options);
    normalised.notes.forEach((note) => this.notes.add(note));
    return normalised.schema;
  }

  private place(originalName: string, location: ParameterLocation): string {
    let property = originalName;
    if (property in this.properties) property = `${originalName}_${location}`;
    for (let index = 2; property in this.properties; index += 1) property = `${originalName}_${location}${index}`;
    this.parameters[property] = { in: location, name: originalName };
    return property;
  }

  /** One declared parameter: a body, a form field (gathered into one body), or a path, query, header or cookie argument. */
  addParameter(parameter: Json): void {
    const where = parameter['in'] as string;
    const originalName = parameter['name'] as string;
    if (where === 'body') {
      this.addBody(
        parameter['schema'],
        parameter['required'] === true,
        typeof parameter['description'] === 'string' ? parameter['description'] : undefined,
        ownExamples(parameter, this.dropExample),
      );
      return;
    }
    if (where === 'formData') {
      this.formFields.push(parameter);
      return;
    }
    if (!['path', 'query', 'header', 'cookie'].includes(where)) return;
    // Credentials, signatures, transport headers and constant headers are the client's business, not the user's.
    const dropped = plumbingOf(parameter, where as ParameterLocation, this.schemes);
    if (dropped) {
      this.plumbing.push(dropped);
      return;
    }
    const schema = this.normalise(parameterSchema(parameter)); // shared through the cache: copied before changing
    const examples = [
      ...ownExamples(parameter, this.dropExample),
      ...(isObject(parameter['content']) ? ownExamples(pickMedia(parameter['content']) ?? {}, this.dropExample) : []),
    ].map((value) => coerceExample(value, schema));
    const described =
      typeof parameter['description'] === 'string' && schema['description'] === undefined
        ? { ...schema, description: cleanDescription(parameter['description'], 512) }
        : schema;
    const twin = this.twinOf(originalName, where as ParameterLocation);
    if (twin !== undefined) {
      // one value the spec sends in two places (`drug_id` in the query, its "Automatically added" `DRUG_ID` in the
      // path): one argument, so a call never carries it twice; the proxy sends it to both
      this.parameters[twin]!.copies = [...(this.parameters[twin]!.copies ?? []), { in: where as ParameterLocation, name: originalName }];
      if (/^automatically added\.?$/i.test(String((this.properties[twin] as Json)['description'] ?? '')))
        this.properties[twin] = withExamples(described, examples);
      if ((parameter['required'] === true || where === 'path') && !this.required.includes(twin)) this.required.push(twin);
      this.notes.add(
        `${originalName} (${where}) is ${this.parameters[twin]!.name} (${this.parameters[twin]!.in}) sent twice: one argument`,
      );
      return;
    }
    const property = this.place(originalName, where as ParameterLocation);
    this.properties[property] = withExamples(described, examples);
    if (parameter['required'] === true || where === 'path') this.required.push(property);
  }

  /**
   * The argument already placed that a parameter repeats: a name one apart only in case or separators
   * (`drug_id` in the query, `DRUG_ID` in the path, as converters add a path template's twin); the same name twice stays two.
   */
  private twinOf(originalName: string, location: ParameterLocation): string | undefined {
    const squash = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');
    return Object.keys(this.parameters).find((property) => {
      const placed = this.parameters[property]!;
      if (placed.in === location || placed.in === 'body' || squash(placed.name) !== squash(originalName)) return false;
      return placed.name !== originalName;
    });
  }

  /** Swagger 2.0 form fields, as one object body. */
  addFormFields(): void {
    if (this.formFields.length === 0) return;
    const fields: Json = {};
    const requiredFields: string[] = [];
    for (const field of this.formFields) {
      fields[field['name'] as string] = {
        ...(parameterSchema(field) as Json),
        ...(typeof field['description'] === 'string' ? { description: field['description'] } : {}),
      };
      if (field['required'] === true) requiredFields.push(field['name'] as string);
    }
    this.addBody({ type: 'object', properties: fields, required: requiredFields }, requiredFields.length > 0, undefined, []);
  }

  /** OpenAPI 3's `requestBody`, by its JSON media type (else form data, else the first). */
  addRequestBody(operation: Json): void {
    if (!isObject(operation['requestBody'])) return;
    const body = operation['requestBody'];
    const media = pickMedia(body['content']);
    const schema = media?.['schema'];
    if (schema !== undefined)
      this.addBody(
        schema,
        body['required'] === true,
        typeof body['description'] === 'string' ? body['description'] : undefined,
        ownExamples(media ?? {}, this.dropExample),
      );
  }

  private addBody(raw: unknown, isRequired: boolean, bodyDescription: string | undefined, examples: unknown[]): void {
    const schema = this.normalise(raw);
    const fields = schema['type'] === 'object' && isObject(schema['properties']) ? schema['properties'] : undefined;
    if (fields && Object.keys(fields).length > 0 && Object.keys(fields).every((field) => !(field in this.properties))) {
      this.addBodyFields(fields, isRequired, Array.isArray(schema['required']) ? (schema['required'] as string[]) : [], examples);
      return;
    }
    const property = this.place('body', 'body');
    this.parameters[property] = { in: 'body', name: '' };
    const described =
      bodyDescription && schema['description'] === undefined ? { ...schema, description: cleanDescription(bodyDescription, 512) } : schema;
    this.properties[property] = withExamples(described, examples);
    if (isRequired) this.required.push(property);
  }

  /** A JSON object body is flattened: its fields become the tool's arguments, each with its part of the body's examples. */
  private addBodyFields(fields: Json, isRequired: boolean, bodyRequired: string[], examples: unknown[]): void {
    const objectExamples = examples.filter(isObject);
    for (const [field, fieldSchema] of Object.entries(fields)) {
      const credential = bodyCredential(field, isRequired && bodyRequired.includes(field));
      if (credential) {
        this.plumbing.push(credential);
        continue;
      }
      const property = this.place(field, 'body');
      const fieldExamples = objectExamples.flatMap((example) =>
        example[field] === undefined || example[field] === null ? [] : [example[field]],
      );
      this.properties[property] = isObject(fieldSchema) ? withExamples(fieldSchema, fieldExamples) : fieldSchema;
      if (isRequired && bodyRequired.includes(field)) this.required.push(property);
    }
  }

  inputSchema(): ToolSpec['inputSchema'] {
    return {
      type: 'object',
      properties: this.properties,
      ...(this.required.length > 0 ? { required: [...new Set(this.required)] } : {}),
    };
  }
}
