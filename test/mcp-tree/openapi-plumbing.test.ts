import { describe, expect, it } from 'vitest';
import { SOURCE_META_KEY, SchemaValidator } from '@inftool/core';
import { buildTree, importOpenApi, type ImportedTool } from '@inftool/mcp-tree';
import { fixture } from '../support/sim-client.js';

const validator = new SchemaValidator();

/** The importer as the build runs it (examples checked against their schemas), through the tree. */
async function built(file: string) {
  const { tree, report } = await buildTree({ inputs: [{ format: 'openapi', paths: [fixture(file)] }], merge: false, workers: 1 });
  const tools = tree.domains.flatMap((domain) =>
    domain.categories.flatMap((category) => category.servers.flatMap((server) => server.tools)),
  );
  return { report, byName: new Map(tools.map((tool) => [(tool._meta?.[SOURCE_META_KEY] as ImportedTool['source']).name, tool])) };
}

describe('OpenAPI import: plumbing is not a tool parameter', () => {
  it('drops credentials named by security schemes or by name, signatures, transport, bookkeeping and constant headers, and lists each in the source', async () => {
    const result = await importOpenApi(fixture('openapi/plumbing-3.0.yaml'));
    const readings = result.tools.find((tool) => tool.baseName === 'listReadings')!;
    expect(Object.keys(readings.inputSchema.properties!)).toEqual(['stationId', 'limit', 'since', 'X-Units']);
    expect(readings.inputSchema.required).toEqual(['stationId']); // required plumbing is dropped too: the client supplies it
    expect(readings.source.plumbing).toEqual([
      { in: 'header', name: 'X-Amz-Date', kind: 'signature' },
      { in: 'header', name: 'X-Amz-Signature', kind: 'signature' },
      { in: 'query', name: 'appid', kind: 'credential', required: true, scheme: 'appid' },
      { in: 'header', name: 'X-Service-Token', kind: 'credential', required: true, scheme: 'serviceToken' },
      { in: 'header', name: 'Authorization', kind: 'credential', scheme: 'bearer' },
      { in: 'header', name: 'Accept', kind: 'transport' },
      { in: 'header', name: 'User-Agent', kind: 'transport' },
      { in: 'header', name: 'X-Request-Id', kind: 'transport' },
      { in: 'header', name: 'X-Amz-Target', kind: 'constant', required: true, value: 'WeatherService.ListReadings' },
      { in: 'query', name: 'api-version', kind: 'constant', required: true, value: '2024-01-01' },
      { in: 'query', name: 'key', kind: 'credential', required: true }, // its example is a placeholder for a key
    ]);
    // A `key` that is not a credential stays: the setting's name.
    const setting = result.tools.find((tool) => tool.baseName === 'putSetting')!;
    expect(setting.inputSchema.properties!['key']).toMatchObject({ type: 'string', description: 'The name of the setting' });
    expect(setting.source.plumbing).toBeUndefined();
    // Credential fields of a flattened form body.
    const alerts = result.tools.find((tool) => tool.baseName === 'subscribeAlerts')!;
    expect(alerts.inputSchema).toEqual({ type: 'object', properties: { number: { type: 'string' } }, required: ['number'] });
    expect(alerts.source.plumbing).toEqual([
      { in: 'body', name: 'api_key', kind: 'credential', required: true },
      { in: 'body', name: 'api_secret', kind: 'credential', required: true },
    ]);
  });

  it("records the credentials of each operation's security requirement (its own, else the document's; the first alternative)", async () => {
    const result = await importOpenApi(fixture('openapi/security-3.0.yaml'));
    const security = Object.fromEntries(result.tools.map((tool) => [tool.baseName, tool.source.security]));
    expect(security).toEqual({
      listBooks: [{ scheme: 'key', type: 'apiKey', in: 'header', name: 'X-Api-Key' }],
      addBook: [{ scheme: 'bearer', type: 'http', httpScheme: 'bearer', in: 'header', name: 'Authorization' }],
      health: undefined,
      listLoans: [{ scheme: 'login', type: 'http', httpScheme: 'basic', in: 'header', name: 'Authorization' }],
    });
  });

  it('reads Swagger 2 securityDefinitions; a pagination token is a parameter', async () => {
    const result = await importOpenApi(fixture('openapi/plumbing-swagger2.yaml'));
    const quotes = result.tools[0]!;
    expect(quotes.source.plumbing).toEqual([
      { in: 'query', name: 'api_key', kind: 'credential', required: true, scheme: 'key' },
      { in: 'header', name: 'Content-Type', kind: 'transport' },
    ]);
    expect(Object.keys(quotes.inputSchema.properties!)).toEqual(['symbol', 'count', 'page', 'token']);
  });

  it('counts every drop by kind and name in the report, and the tree carries the list in _meta', async () => {
    const { report, byName } = await built('openapi/plumbing-3.0.yaml');
    expect(report.plumbing).toEqual({
      parameters: 13,
      tools: 2,
      byKind: { signature: 2, credential: 6, transport: 3, constant: 2 },
      byName: {
        'header X-Amz-Date': 1,
        'header X-Amz-Signature': 1,
        'query appid': 1,
        'header X-Service-Token': 1,
        'header Authorization': 1,
        'header Accept': 1,
        'header User-Agent': 1,
        'header X-Request-Id': 1,
        'header X-Amz-Target': 1,
        'query api-version': 1,
        'query key': 1,
        'body api_key': 1,
        'body api_secret': 1,
      },
    });
    const source = byName.get('listReadings')!._meta?.[SOURCE_META_KEY] as ImportedTool['source'];
    expect(source.plumbing).toHaveLength(11);
  });
});

describe('OpenAPI import: examples are kept', () => {
  it('keeps parameter-level, request-body and response examples; drops those that do not validate', async () => {
    const { report, byName } = await built('openapi/plumbing-3.0.yaml');
    const readings = byName.get('listReadings')!;
    expect(readings.inputSchema.properties).toEqual({
      stationId: { type: 'string', examples: ['KSEA'] },
      limit: { type: 'integer', maximum: 100, examples: [10, 50] }, // an externalValue cannot be read offline
      since: { type: 'string', format: 'date-time' }, // "2024-05-01" is not a date-time: dropped
      'X-Units': { type: 'string', enum: ['metric', 'imperial'], examples: ['metric'] },
    });
    expect(report.invalidExamples).toBe(1);
    // A flattened JSON body: each field gets its part of the body's example.
    const setting = byName.get('putSetting')!;
    expect(setting.inputSchema.properties).toEqual({
      key: { type: 'string', description: 'The name of the setting', examples: ['unit'] },
      value: { type: 'string', examples: ['celsius'] },
      note: { type: 'string', examples: ['set by the operator'] },
    });
    // An object response that only lists its properties is an object; its example rides on the outputSchema.
    expect(setting.outputSchema).toEqual({
      type: 'object',
      properties: { key: { type: 'string' }, value: { type: 'string' } },
      examples: [{ key: 'unit', value: 'celsius' }],
    });
    // A string response is no MCP outputSchema.
    expect(byName.get('subscribeAlerts')!.outputSchema).toBeUndefined();
    for (const tool of byName.values()) {
      for (const example of (tool.outputSchema?.['examples'] as unknown[] | undefined) ?? [])
        expect(validator.validate(tool.outputSchema!, example)).toEqual({ valid: true });
    }
    expect(report.outputs).toEqual({ withSchema: 2, withExamples: 2, wrapped: 1 });
  });

  it('carries an array response under `items` (an MCP outputSchema is an object), its examples wrapped the same way', async () => {
    const { byName } = await built('openapi/plumbing-3.0.yaml');
    const readings = byName.get('listReadings')!;
    const items = {
      type: 'array',
      items: { type: 'object', properties: { at: { type: 'string', format: 'date-time' }, temperature: { type: 'number' } } },
    };
    expect(readings.outputSchema).toEqual({
      type: 'object',
      properties: { items },
      required: ['items'],
      examples: [
        {
          items: [
            { at: '2024-05-01T10:00:00Z', temperature: 12.5 },
            { at: '2024-05-01T11:00:00Z', temperature: 13.1 },
          ],
        },
      ],
    });
    expect((readings._meta?.[SOURCE_META_KEY] as ImportedTool['source']).wrappedOutput).toBe('items');
  });

  it('reads Swagger 2 x-example as the declared type and JSON response examples; an unreadable one is dropped', async () => {
    const { report, byName } = await built('openapi/plumbing-swagger2.yaml');
    const quotes = byName.get('listQuotes')!;
    expect(quotes.inputSchema.properties).toEqual({
      symbol: { type: 'string', examples: ['AAPL'] },
      count: { type: 'integer', examples: [10] }, // "10" on the wire
      page: { type: 'integer' }, // "first" is no integer
      token: { type: 'string', description: 'Continuation token from the previous page' },
    });
    expect(quotes.outputSchema!['examples']).toEqual([{ quotes: [{ symbol: 'AAPL', price: 189.5 }] }]); // text/plain left out
    expect(report.invalidExamples).toBe(1);
  });
});
