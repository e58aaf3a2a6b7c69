import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaValidator } from '@inftool/core';
import { importOpenApi } from '@inftool/mcp-tree';
import { fixture } from '../support/sim-client.js';

const validator = new SchemaValidator();

describe('OpenAPI import', () => {
  it('turns Swagger 2.0 YAML operations into tools: parameters, body, form data, output, annotations, origin', async () => {
    const file = fixture('openapi/petstore-swagger2.yaml');
    const result = await importOpenApi(file);
    expect(result.failedFiles).toEqual([]);
    expect(result.dropped).toEqual([
      { file, name: 'oldUpdatePet', reason: 'deprecated operation' },
      { file, name: 'listPets', reason: 'no summary or description: a model could not know what it does' },
    ]);
    const byName = new Map(result.tools.map((tool) => [tool.baseName, tool]));
    expect([...byName.keys()]).toEqual(['getPetById', 'deletePet', 'post /pets', 'uploadPhoto']);

    const get = byName.get('getPetById')!;
    expect(get.description).toBe('Find a pet by id');
    expect(get.annotations).toEqual({ readOnlyHint: true });
    // Authorization is the client's business; other headers are parameters. Path-level parameters apply.
    expect(get.inputSchema).toEqual({
      type: 'object',
      properties: { petId: { type: 'integer', format: 'int64', description: "The pet's id." }, 'X-Trace': { type: ['string', 'null'] } },
      required: ['petId'],
    });
    expect(get.source.license).toBeUndefined(); // the spec declares none
    expect(get.source).toMatchObject({
      format: 'openapi',
      file,
      name: 'getPetById',
      operation: 'getPetById',
      method: 'GET',
      path: '/pets/{petId}',
      parameters: { petId: { in: 'path', name: 'petId' }, 'X-Trace': { in: 'header', name: 'X-Trace' } },
    });
    // The recursive Pet → Person → Pet reference is cut and noted, not followed forever.
    expect(get.outputSchema?.type).toBeUndefined(); // allOf at the root has no "type": not an MCP outputSchema
    expect(byName.get('deletePet')!.annotations).toEqual({ readOnlyHint: false, destructiveHint: true });

    const create = byName.get('post /pets')!;
    expect(create.inputSchema).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string', examples: ['Rex'] },
        age: { type: 'integer', exclusiveMinimum: 0 },
        tag: { type: ['string', 'null'] },
      },
      required: ['name'],
    });
    expect(create.source.parameters).toEqual({
      name: { in: 'body', name: 'name' },
      age: { in: 'body', name: 'age' },
      tag: { in: 'body', name: 'tag' },
    });

    const upload = byName.get('uploadPhoto')!;
    expect(upload.inputSchema).toEqual({
      type: 'object',
      properties: { petId: { type: 'integer' }, file: { type: 'string', contentEncoding: 'base64' }, caption: { type: 'string' } },
      required: ['petId', 'file'],
    });
    for (const tool of result.tools) expect(validator.checkSchema(tool.inputSchema)).toEqual({ valid: true });
  });

  it('reads OpenAPI 3.1 with a relative $ref and a recursive schema, and keeps clashing parameter names apart', async () => {
    const file = fixture('openapi/tree-3.1.yaml');
    const result = await importOpenApi(file);
    expect(result.failedFiles).toEqual([]);
    const [get, create] = result.tools;
    expect(get!.baseName).toBe('org.getNode');
    // The spec's license goes with each of its tools (a dataset made from them inherits it).
    expect(result.tools.map((tool) => tool.source.license)).toEqual([
      { name: 'Apache 2.0', identifier: 'Apache-2.0' },
      { name: 'Apache 2.0', identifier: 'Apache-2.0' },
    ]);
    expect(get!.inputSchema.properties).toEqual({
      id: { type: 'string' },
      depth: { type: ['integer', 'null'], maximum: 5 },
      id_query: { type: 'string', description: 'a query parameter with the same name as the path one' },
    });
    expect(get!.source.parameters).toMatchObject({ id: { in: 'path', name: 'id' }, id_query: { in: 'query', name: 'id' } });
    expect(get!.outputSchema).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, children: { type: 'array', items: { description: '(recursive schema cut)' } } },
    });
    expect(get!.notes).toContain('recursive schema cut');
    expect(validator.checkSchema(get!.outputSchema!)).toEqual({ valid: true });
    // An MCP outputSchema must be an object: a JSON array response is carried under `items`, and the source says so.
    expect(create!.outputSchema).toEqual({
      type: 'object',
      properties: { items: { type: 'array', items: { type: 'string' } } },
      required: ['items'],
    });
    expect(create!.source.wrappedOutput).toBe('items');
    expect(get!.source.wrappedOutput).toBeUndefined();
    expect(create!.inputSchema).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, parent: { type: 'string' } },
      required: ['name'],
    });
  });

  it('reports a malformed or foreign file with its name and reason, and goes on', async () => {
    const broken = await importOpenApi(fixture('openapi/broken.yaml'));
    expect(broken.tools).toEqual([]);
    expect(broken.failedFiles[0]?.file).toBe(fixture('openapi/broken.yaml'));
    expect(broken.failedFiles[0]?.reason).toMatch(/^not a readable OpenAPI document: .*(YAML|yaml|flow|map)/);
    const foreign = await importOpenApi(fixture('openapi/not-openapi.json'));
    expect(foreign.failedFiles[0]?.reason).toMatch(/not-openapi\.json is not a valid Openapi API definition/);
    const missing = await importOpenApi(fixture('openapi/nope.yaml'));
    expect(missing.failedFiles[0]?.reason).toMatch(/nope\.yaml/);
  });

  it('names a field the spec misspelt with a stray quote as an API would, and writes JavaScript date keys as ISO instants', async () => {
    const report = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        'recovered"': { type: 'integer' },
        'deaths\\': { type: 'integer' },
        '"': { type: 'integer' },
      },
      required: ['recovered"'],
    };
    const spec = {
      openapi: '3.0.0',
      info: { title: 'Coronavirus API', version: '1.0' },
      paths: {
        '/spots/day': {
          get: {
            summary: 'Change chart by day',
            responses: {
              '200': {
                description: 'Success',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      properties: {
                        data: {
                          type: 'object',
                          additionalProperties: report,
                          example: { 'Thu Apr 09 2020 12:20:00 GMT+0000 (Coordinated Universal Time)': { 'recovered"': 1, deaths: 3 } },
                        },
                        both: { type: 'object', properties: { recovered: { type: 'integer' }, 'recovered"': { type: 'string' } } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    const folder = await mkdtemp(join(tmpdir(), 'inftool-openapi-keys-'));
    const file = join(folder, 'corona.json');
    await writeFile(file, JSON.stringify(spec));
    const result = await importOpenApi(file);
    const output = result.tools[0]!.outputSchema as {
      properties: Record<string, { additionalProperties?: unknown; properties?: unknown; examples?: unknown }>;
    };
    // the field is the one the spec's own example answers with; one left empty is dropped
    expect(output.properties['data']!.additionalProperties).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, recovered: { type: 'integer' }, deaths: { type: 'integer' } },
      required: ['recovered'],
    });
    expect(output.properties['data']!.examples).toEqual([{ '2020-04-09T12:20:00Z': { recovered: 1, deaths: 3 } }]);
    // a clean field the spec also has wins over its misspelt twin
    expect(output.properties['both']!.properties).toEqual({ recovered: { type: 'integer' } });
  });

  it("takes a converter's path twin of a query parameter (`drug_id`, `DRUG_ID`) as one argument, sent to both places", async () => {
    const spec = {
      openapi: '3.0.0',
      info: { title: 'Drugs', version: '1' },
      paths: {
        '/drug/{DRUG_ID}': {
          get: {
            operationId: 'getDrugByID',
            summary: 'Get drug by ID',
            parameters: [
              { in: 'query', name: 'drug_id', required: true, description: 'An ID in the drug index.', schema: { type: 'string' } },
              { in: 'path', name: 'DRUG_ID', required: true, description: 'Automatically added', schema: { type: 'string' } },
              { in: 'query', name: 'id', schema: { type: 'string' } },
              { in: 'header', name: 'id', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    };
    const folder = await mkdtemp(join(tmpdir(), 'inftool-openapi-twin-'));
    const file = join(folder, 'drugs.json');
    await writeFile(file, JSON.stringify(spec));
    const [tool] = (await importOpenApi(file)).tools;
    const input = tool!.inputSchema as { properties: Record<string, { description?: string }>; required: string[] };
    expect(Object.keys(input.properties)).toEqual(['drug_id', 'id', 'id_header']);
    expect(input.properties['drug_id']!.description).toBe('An ID in the drug index.');
    expect(input.required).toEqual(['drug_id']);
    expect(tool!.source.parameters!['drug_id']).toEqual({ in: 'query', name: 'drug_id', copies: [{ in: 'path', name: 'DRUG_ID' }] });
  });
});
