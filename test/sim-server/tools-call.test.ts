import { afterEach, describe, expect, it } from 'vitest';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ErrorCode,
  LoggingMessageNotificationSchema,
  ResultSchema,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import { SchemaValidator } from '@inftool/core';
import { seededEntityIds } from '@inftool/sim-server';
import { connectInMemory, fixture, type Connected } from '../support/sim-client.js';

let connected: Connected | undefined;
afterEach(async () => {
  await connected?.close();
  connected = undefined;
});

const text = (result: CallToolResult): string =>
  result.content.map((block) => (block.type === 'text' ? block.text : `[${block.type}]`)).join('');

describe('tools/list', () => {
  it('pages with nextCursor until every tool was listed once, and rejects a forged cursor', async () => {
    connected = await connectInMemory({ pageSize: 3 });
    const names: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await connected.client.listTools(cursor ? { cursor } : {});
      expect(page.tools.length).toBeLessThanOrEqual(3);
      names.push(...page.tools.map((tool) => tool.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(new Set(names).size).toBe(11);
    await expect(connected.client.listTools({ cursor: 'garbage' })).rejects.toMatchObject({ code: ErrorCode.InvalidParams });
  });

  it('declares tools.listChanged and logging', async () => {
    connected = await connectInMemory();
    expect(connected.client.getServerCapabilities()).toMatchObject({ tools: { listChanged: true }, logging: {} });
  });
});

describe('tools/call', () => {
  it('names every failing argument path before anything runs', async () => {
    connected = await connectInMemory();
    const result = (await connected.client.callTool({
      name: 'search_flights',
      arguments: { origin: 'paris', date: 'tomorrow', extra: 1 },
    })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(text(result)).toContain('$.destination: is required');
    expect(text(result)).toContain('$.origin: must match pattern');
    expect(text(result)).toContain('$.date: must match format "date"');
    expect(text(result)).toContain('unknown property "extra"');
  });

  it('answers an unknown tool with a JSON-RPC invalid-params error, suggesting close names, never the whole list', async () => {
    connected = await connectInMemory();
    // The client's McpError adds one "MCP error -32602:" prefix; the server's text must not carry another.
    await expect(connected.client.callTool({ name: 'no_such_tool', arguments: {} })).rejects.toMatchObject({
      code: ErrorCode.InvalidParams,
      message: 'MCP error -32602: Unknown tool: no_such_tool (tools/list names the 11 tools served)',
    });
    await expect(connected.client.callTool({ name: 'get_weather', arguments: {} })).rejects.toMatchObject({
      code: ErrorCode.InvalidParams,
      message: expect.stringMatching(
        /^MCP error -32602: Unknown tool: get_weather; did you mean get_current_weather(, \w+){0,2}\? \(tools\/list names the 11 tools served\)$/,
      ),
    });
  });

  it('answers bad params with -32602 naming what is wrong: a logging level, an initialize, arguments 10,000 levels deep', async () => {
    connected = await connectInMemory();
    await expect(connected.client.setLoggingLevel('loud' as never)).rejects.toMatchObject({
      code: ErrorCode.InvalidParams,
      message: expect.stringMatching(
        /^MCP error -32602: Invalid params for logging\/setLevel: \$\.level: Invalid option: expected one of "debug"/,
      ),
    });
    await expect(
      connected.client.request({ method: 'initialize', params: { protocolVersion: 5 } } as never, ResultSchema),
    ).rejects.toMatchObject({
      code: ErrorCode.InvalidParams,
      message: expect.stringMatching(/^MCP error -32602: Invalid params for initialize: \$\.protocolVersion: .*; \$\.capabilities: /),
    });
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = { inner: deep };
    await expect(connected.client.callTool({ name: 'get_current_weather', arguments: { city: deep } })).rejects.toMatchObject({
      code: ErrorCode.InvalidParams,
      message:
        'MCP error -32602: Invalid params for tools/call: $.arguments.city.inner.inner…: arguments nested deeper than 64 levels are not accepted',
    });
    // The session lives on, and arguments of ordinary depth are served.
    const result = (await connected.client.callTool({ name: 'get_current_weather', arguments: { city: 'Lima' } })) as CallToolResult;
    expect(result.structuredContent).toMatchObject({ city: 'Lima' });
  });

  it('faker: structuredContent valid against outputSchema, plus its text form, and the same for the same seed', async () => {
    connected = await connectInMemory({ seed: 's1' });
    const args = { city: 'Oslo', days: 3 };
    const first = (await connected.client.callTool({ name: 'get_forecast', arguments: args })) as CallToolResult;
    const tool = connected.simulation.catalog.byName.get('get_forecast');
    expect(new SchemaValidator().validate(tool!.spec.outputSchema!, first.structuredContent)).toEqual({ valid: true });
    expect(JSON.parse(text(first))).toEqual(first.structuredContent);
    expect((first.structuredContent as { city: string }).city).toBe('Oslo');
    const again = await connectInMemory({ seed: 's1' });
    const second = (await again.client.callTool({ name: 'get_forecast', arguments: args })) as CallToolResult;
    const other = await connectInMemory({ seed: 's2' });
    const third = (await other.client.callTool({ name: 'get_forecast', arguments: args })) as CallToolResult;
    await again.close();
    await other.close();
    expect(second.structuredContent).toEqual(first.structuredContent);
    expect(third.structuredContent).not.toEqual(first.structuredContent);
  });

  it('faker: what a session creates it can read, update and delete; other sessions do not see it', async () => {
    connected = await connectInMemory();
    const created = (await connected.client.callTool({
      name: 'create_order',
      arguments: { product_id: 'p-1', quantity: 2 },
    })) as CallToolResult;
    const order = JSON.parse(text(created)) as { id: string; quantity: number };
    expect(order).toMatchObject({ product_id: 'p-1', quantity: 2 });
    const read = JSON.parse(
      text((await connected.client.callTool({ name: 'get_order', arguments: { order_id: order.id } })) as CallToolResult),
    );
    expect(read).toMatchObject({ id: order.id, product_id: 'p-1', quantity: 2 });
    await connected.client.callTool({ name: 'update_order', arguments: { order_id: order.id, quantity: 5 } });
    const updated = JSON.parse(
      text((await connected.client.callTool({ name: 'get_order', arguments: { order_id: order.id } })) as CallToolResult),
    );
    expect(updated.quantity).toBe(5);
    const seeded = seededEntityIds('inftool', 'order', { type: 'string' });
    const listed = JSON.parse(text((await connected.client.callTool({ name: 'list_orders', arguments: {} })) as CallToolResult));
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([...seeded, order.id]);
    const otherSession = await connectInMemory();
    const elsewhere = JSON.parse(text((await otherSession.client.callTool({ name: 'list_orders', arguments: {} })) as CallToolResult));
    await otherSession.close();
    expect(elsewhere.items.map((item: { id: string }) => item.id)).toEqual(seeded);
    const unknown = (await connected.client.callTool({ name: 'get_order', arguments: { order_id: 'ord_missing' } })) as CallToolResult;
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toMatch(/404 Not Found/);
  });

  it('pinned: serves any content type as fixed in _meta, running its script', async () => {
    connected = await connectInMemory({ treeFile: fixture('conformance-tree.json'), engine: 'pinned' });
    const image = (await connected.client.callTool({ name: 'test_image_content', arguments: {} })) as CallToolResult;
    expect(image.content[0]).toMatchObject({ type: 'image', mimeType: 'image/png' });
    const progress: number[] = [];
    const withProgress = await connected.client.callTool({ name: 'test_tool_with_progress', arguments: {} }, undefined, {
      onprogress: (update) => progress.push(update.progress),
    });
    expect(progress).toEqual([0, 50, 100]);
    expect(withProgress.isError).toBeFalsy();
    const failing = (await connected.client.callTool({ name: 'test_error_handling', arguments: {} })) as CallToolResult;
    expect(failing.isError).toBe(true);
  });

  it('logging: script logs reach the client at or above the level it set', async () => {
    connected = await connectInMemory({ treeFile: fixture('conformance-tree.json') });
    const levels: string[] = [];
    connected.client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
      levels.push(notification.params.level);
    });
    await connected.client.setLoggingLevel('warning');
    await connected.client.callTool({ name: 'test_tool_with_logging', arguments: {} });
    expect(levels).toEqual([]);
    await connected.client.setLoggingLevel('debug');
    await connected.client.callTool({ name: 'test_tool_with_logging', arguments: {} });
    expect(levels).toEqual(['info', 'info', 'info']);
  });

  it('sampling engine: the client writes the result; garbage is repaired; no capability is an error', async () => {
    const replies = [
      'not json at all',
      '{"city": "Oslo", "temperature": 999, "condition": "sunny"}',
      '{"city": "Oslo", "temperature": 4.5, "condition": "snow"}',
    ];
    const prompts: string[] = [];
    connected = await connectInMemory({ engine: 'sampling' }, { capabilities: { sampling: {} } });
    connected.client.setRequestHandler(CreateMessageRequestSchema, (request) => {
      prompts.push(JSON.stringify(request.params.messages));
      return { role: 'assistant', model: 'client-model', content: { type: 'text', text: replies[prompts.length - 1] ?? '' } };
    });
    const result = (await connected.client.callTool({ name: 'get_current_weather', arguments: { city: 'Oslo' } })) as CallToolResult;
    expect(result.structuredContent).toEqual({ city: 'Oslo', temperature: 4.5, condition: 'snow' });
    expect(prompts).toHaveLength(3);
    expect(prompts[2]).toContain('temperature: must be <= 45');
    const plain = await connectInMemory({ engine: 'sampling' });
    const refused = (await plain.client.callTool({ name: 'get_current_weather', arguments: { city: 'Oslo' } })) as CallToolResult;
    await plain.close();
    expect(refused.isError).toBe(true);
    expect(text(refused)).toMatch(/sampling capability/);
  });

  it('elicitation: asks the user for missing required arguments when the tool asks for it', async () => {
    connected = await connectInMemory({}, { capabilities: { elicitation: {} } });
    const asked: unknown[] = [];
    connected.client.setRequestHandler(ElicitRequestSchema, (request) => {
      asked.push(request.params);
      return { action: 'accept', content: { quantity: 3 } };
    });
    const result = (await connected.client.callTool({ name: 'create_order', arguments: { product_id: 'p-9' } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(JSON.parse(text(result))).toMatchObject({ product_id: 'p-9', quantity: 3 });
    expect(asked[0]).toMatchObject({
      requestedSchema: { type: 'object', properties: { quantity: { type: 'integer', minimum: 1, maximum: 99 } }, required: ['quantity'] },
    });
    // a tool without the hint fails plainly
    const plain = (await connected.client.callTool({ name: 'get_order', arguments: {} })) as CallToolResult;
    expect(plain.isError).toBe(true);
    expect(asked).toHaveLength(1);
  });

  it('faults: a seeded share of calls fail like a flaky API, the same ones for the same seed', async () => {
    const run = async (seed: string) => {
      const session = await connectInMemory({ seed, faults: { rate: 0.5, timeoutMs: 5, slowMs: [1, 2] } });
      const outcomes: string[] = [];
      for (let index = 0; index < 20; index += 1) {
        const result = (await session.client.callTool({ name: 'service_status', arguments: {} })) as CallToolResult;
        outcomes.push(result.isError ? text(result).slice(0, 3) : 'ok');
      }
      await session.close();
      return outcomes;
    };
    const first = await run('flaky');
    expect(await run('flaky')).toEqual(first);
    const failures = first.filter((outcome) => outcome !== 'ok');
    expect(failures.length).toBeGreaterThan(3);
    expect(failures.length).toBeLessThan(17);
    expect(failures.every((code) => /^(5\d\d|429)$/.test(code))).toBe(true);
  });
});
