import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SchemaValidator } from '@inftool/core';
import { catalogFromJson, loadCatalog } from '@inftool/sim-server';
import { demoTree } from '../support/sim-client.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inftool-catalog-'));
});
const validator = new SchemaValidator();
const write = async (name: string, content: string): Promise<string> => {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
};

describe('loading a tool file', () => {
  it('reads a ToolTree with every tool in its place', async () => {
    const catalog = await loadCatalog(demoTree, { validator });
    expect(catalog.kind).toBe('tool-tree');
    expect(catalog.tools).toHaveLength(11);
    expect(catalog.skipped).toEqual([]);
    expect(catalog.byName.get('get_forecast')?.place).toEqual({ domain: 'Weather', category: 'Forecast', server: 'openweather' });
  });

  it('selects part of a tree and says what exists when nothing matches', async () => {
    expect((await loadCatalog(demoTree, { validator, selection: { domain: 'Travel' } })).tools.map((tool) => tool.spec.name)).toEqual([
      'search_flights',
      'book_flight',
      'get_booking',
      'cancel_booking',
    ]);
    expect((await loadCatalog(demoTree, { validator, selection: { server: 'status' } })).tools).toHaveLength(1);
    await expect(loadCatalog(demoTree, { validator, selection: { domain: 'Nope' } })).rejects.toThrow(
      /no tools match .*Travel\/Flights\/skyways/,
    );
  });

  it('names the file, line and column of a JSON syntax error', async () => {
    const file = await write('broken.json', '{\n  "tools": [\n    {"name": "a",, }\n  ]\n}');
    await expect(loadCatalog(file, { validator })).rejects.toThrow(
      new RegExp(`${file.replace(/[/.]/g, '\\$&')}: not valid JSON at line 3, column 18`),
    );
  });

  it('names the JSON path of a malformed tree', async () => {
    const file = await write(
      'bad-tree.json',
      JSON.stringify({ schemaVersion: 1, domains: [{ name: 'D', categories: [{ name: '', servers: [] }] }] }),
    );
    await expect(loadCatalog(file, { validator })).rejects.toThrow(
      /bad-tree\.json: not a valid ToolTree: \$\.domains\[0\]\.categories\[0\]\.name/,
    );
    const other = await write('neither.json', '[1, 2]');
    await expect(loadCatalog(other, { validator })).rejects.toThrow(/must be a ToolTree .* or a tools\/list result/);
    await expect(loadCatalog(join(dir, 'missing.json'), { validator })).rejects.toThrow(/cannot read tool file .*missing\.json/);
  });

  it('serves a plain tools/list dump, skipping and reporting broken tools', async () => {
    const file = await write(
      'dump.json',
      JSON.stringify({
        tools: [
          {
            name: 'fs.read_file',
            description: 'MCP allows dots',
            inputSchema: { type: 'object', properties: { path: { type: 'string' } } },
          },
          { name: 'bad_type', inputSchema: { type: 'object', properties: { x: { type: 'strng' } } } },
          { name: 'not_object', inputSchema: { type: 'string' } },
          { name: 'bad_output', inputSchema: { type: 'object' }, outputSchema: { type: 'object', required: 'x' } },
          { name: 'bad_pinned', inputSchema: { type: 'object' }, _meta: { 'inftool/pinned': { content: 'nope' } } },
          { description: 'no name', inputSchema: { type: 'object' } },
          { name: 'fs.read_file', inputSchema: { type: 'object' } },
          { name: 'ok_tool', inputSchema: { type: 'object' } },
        ],
      }),
    );
    const catalog = await loadCatalog(file, { validator });
    expect(catalog.kind).toBe('tools-list');
    expect(catalog.tools.map((tool) => tool.spec.name)).toEqual(['fs.read_file', 'ok_tool']);
    const reasons = Object.fromEntries(catalog.skipped.map((skip) => [skip.path, skip.reason]));
    expect(reasons['$.tools[1]']).toMatch(/inputSchema is not valid JSON Schema 2020-12/);
    expect(reasons['$.tools[2]']).toMatch(/\$\.inputSchema\.type/);
    expect(reasons['$.tools[3]']).toMatch(/\$\.outputSchema\.required/);
    expect(reasons['$.tools[4]']).toMatch(/_meta\["inftool\/pinned"\]/);
    expect(reasons['$.tools[5]']).toMatch(/\$\.name/);
    expect(reasons['$.tools[6]']).toMatch(/duplicate tool name/);
    await expect(loadCatalog(file, { validator, selection: { server: 'x' } })).rejects.toThrow(/plain tools\/list result/);
  });

  it('skips every tool the ToolSpec contract rejects, whichever check catches it, and names the path', () => {
    const base = {
      name: 'get_item',
      title: 'Get',
      description: 'd',
      inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
      outputSchema: { type: 'object' },
      annotations: { readOnlyHint: true },
      _meta: {},
    };
    const broken: Array<[unknown, RegExp]> = [
      [{ ...base, title: 5 }, /\$\.title/],
      [{ ...base, description: null }, /\$\.description/],
      [{ ...base, inputSchema: [] }, /\$\.inputSchema/],
      [{ ...base, outputSchema: { type: 'array' } }, /\$\.outputSchema\.type/],
      [{ ...base, annotations: 'read-only' }, /\$\.annotations/],
      [{ ...base, annotations: { readOnlyHint: 'yes' } }, /\$\.annotations\.readOnlyHint/],
      [{ ...base, annotations: { title: 1 } }, /\$\.annotations\.title/],
      [{ ...base, _meta: [] }, /\$\._meta/],
      [{ ...base, name: 'get item' }, /\$\.name/],
      [{ ...base, name: 'x'.repeat(129) }, /\$\.name/],
      ['get_item', /expected object/],
      [{ ...base, inputSchema: { type: 'object', properties: [] } }, /inputSchema is not valid JSON Schema 2020-12/],
      [{ ...base, inputSchema: { type: 'object', required: [1] } }, /inputSchema is not valid JSON Schema 2020-12/],
    ];
    const catalog = catalogFromJson('inline.json', { tools: [base, ...broken.map(([tool]) => tool)] }, { validator });
    expect(catalog.tools.map((tool) => tool.spec)).toEqual([base]);
    expect(catalog.skipped.map((skip) => skip.path)).toEqual(broken.map((_, index) => `$.tools[${index + 1}]`));
    catalog.skipped.forEach((skip, index) => expect(skip.reason).toMatch(broken[index]![1]));
  });

  it('skips a tool whose outputSchema admits no finite value, and serves recursion that can end', () => {
    const tool = (name: string, outputSchema: Record<string, unknown>) => ({
      name,
      description: 'd',
      inputSchema: { type: 'object', properties: {} },
      outputSchema,
    });
    const node = { type: 'object', properties: { child: { $ref: '#/$defs/n' } }, required: ['child'] };
    const endless = [
      tool('required_child', { type: 'object', properties: { node: { $ref: '#/$defs/n' } }, required: ['node'], $defs: { n: node } }),
      tool('ref_loop', {
        type: 'object',
        properties: { x: { $ref: '#/$defs/a' } },
        required: ['x'],
        $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
      }),
      tool('self_list', {
        type: 'object',
        properties: { items: { type: 'array', minItems: 1, items: { $ref: '#' } } },
        required: ['items'],
      }),
    ];
    const finite = [
      tool('optional_child', { type: 'object', properties: { node: { $ref: '#/$defs/n' } }, $defs: { n: node } }),
      tool('tree', { type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } }, required: ['children'] }),
      tool('linked', { type: 'object', properties: { next: { oneOf: [{ $ref: '#' }, { type: 'null' }] } }, required: ['next'] }),
      tool('either', { type: 'object', properties: { x: { anyOf: [{ $ref: '#' }, { type: 'string' }] } }, required: ['x'] }),
    ];
    const catalog = catalogFromJson('inline.json', { tools: [...endless, ...finite] }, { validator });
    expect(catalog.tools.map((served) => served.spec.name)).toEqual(finite.map((served) => served.name));
    expect(catalog.skipped.map((skip) => [skip.name, skip.reason])).toEqual([
      ['required_child', expect.stringContaining('outputSchema admits no finite value: a result must hold $.node.child…')],
      ['ref_loop', expect.stringContaining('a result must hold $.x…')],
      ['self_list', expect.stringContaining('a result must hold $.items[0]…')],
    ]);
  });
});
