/**
 * The faker engine on recursive output schemas (`$ref` cycles through required members, `oneOf`/`anyOf`
 * with a `null` exit, optional members that lead into a cycle, maps of themselves): every served tool
 * answers, over a real MCP session, with a finite value its outputSchema accepts, never a stack
 * overflow (which surfaced as -32603 Internal error).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchemaValidator } from '@inftool/core';
import { connectInMemory, type Connected } from '../support/sim-client.js';

const node = { type: 'object', properties: { id: { type: 'string' }, child: { $ref: '#/$defs/n' } }, required: ['id', 'child'] };
const OUTPUTS: Record<string, Record<string, unknown>> = {
  // the only exit of the cycle is the `null` option, which the generator used to filter out
  linked_list: { type: 'object', properties: { next: { oneOf: [{ $ref: '#' }, { type: 'null' }] } }, required: ['next'] },
  any_null: { type: 'object', properties: { next: { anyOf: [{ $ref: '#' }, { type: 'null' }] } }, required: ['next'] },
  // an optional member whose schema admits no finite value (its required `child` leads back to it) must be left out
  optional_cycle: { type: 'object', properties: { title: { type: 'string' }, node: { $ref: '#/$defs/n' } }, $defs: { n: node } },
  // a map of itself: entries are optional, so the map can end
  nested_map: { type: 'object', properties: { label: { type: 'string' } }, required: ['label'], additionalProperties: { $ref: '#' } },
  // the cycle through two definitions, with the exit on the second (the catalog used to refuse it: the
  // second definition was first met while judging the first, and never judged)
  two_step: {
    type: 'object',
    properties: { a: { $ref: '#/$defs/a' } },
    required: ['a'],
    $defs: {
      a: { type: 'object', properties: { b: { $ref: '#/$defs/b' } }, required: ['b'] },
      b: { anyOf: [{ $ref: '#/$defs/a' }, { type: 'string' }] },
    },
  },
  comment_thread: {
    type: 'object',
    properties: { comment: { $ref: '#/$defs/c' } },
    required: ['comment'],
    $defs: {
      c: {
        type: 'object',
        properties: {
          text: { type: 'string' },
          replies: { type: 'array', minItems: 1, items: { $ref: '#/$defs/c' } },
          parent: { $ref: '#/$defs/c' },
        },
        required: ['text'],
      },
    },
  },
};

const depthOf = (value: unknown): number =>
  typeof value === 'object' && value !== null ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;

let on: Connected;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'inftool-recursive-'));
  const tree = join(dir, 'tree.json');
  const tools = Object.entries(OUTPUTS).map(([name, outputSchema]) => ({
    name,
    description: `Returns a ${name.replace(/_/g, ' ')}.`,
    inputSchema: { type: 'object', properties: {} },
    outputSchema,
  }));
  await writeFile(tree, JSON.stringify({ tools }));
  on = await connectInMemory({ treeFile: tree });
});
afterAll(async () => {
  await on?.close();
});

describe('faker engine: recursive output schemas', () => {
  it('serves every tool, and each call returns a finite value the outputSchema accepts', async () => {
    const listed = await on.client.listTools();
    expect(listed.tools.map((tool) => tool.name).sort()).toEqual(Object.keys(OUTPUTS).sort());
    const validator = new SchemaValidator();
    for (const [name, schema] of Object.entries(OUTPUTS)) {
      for (let seed = 0; seed < 15; seed += 1) {
        // The SDK client checks structuredContent against the outputSchema too (it throws on a mismatch).
        const result = await on.client.callTool({ name, arguments: {}, _meta: { 'inftool/seed': `s${seed}` } });
        expect(result.isError, `${name} seed ${seed}: ${JSON.stringify(result.content)}`).not.toBe(true);
        const value = result.structuredContent;
        expect(validator.validate(schema, value).valid, `${name}: ${JSON.stringify(value)}`).toBe(true);
        expect(depthOf(value)).toBeLessThan(20);
      }
    }
  });
});
