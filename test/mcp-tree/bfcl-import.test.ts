import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SchemaValidator, parsePythonCall } from '@inftool/core';
import { importBfcl, type ImportedTool } from '@inftool/mcp-tree';
import { bfclDataDir } from '../support/bfcl.js';

const dir = bfclDataDir();
const validator = new SchemaValidator();
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * BFCL possible answers list accepted values per parameter (`""` = may be omitted), and the same
 * lists inside dict values. The ground-truth call takes the first accepted value at every level;
 * the others are what BFCL's checker also accepts by lenient matching ("bronze" for "Bronze",
 "12/25/2020" for a date), which a schema rightly does not.
 */
function concrete(accepted: unknown, schema: unknown): unknown {
  const properties = isObject(schema) && isObject(schema['properties']) ? schema['properties'] : undefined;
  if (isObject(accepted) && properties) {
    const value: Json = {};
    for (const [key, choices] of Object.entries(accepted)) {
      const options = Array.isArray(choices) ? choices : [choices];
      const chosen = options.find((option) => option !== '');
      if (chosen !== undefined) value[key] = concrete(chosen, properties[key]);
    }
    return value;
  }
  if (Array.isArray(accepted) && isObject(schema) && schema['items'] !== undefined)
    return accepted.map((item) => concrete(item, schema['items']));
  return accepted;
}

/**
 * Ground-truth answers that contradict their own function doc. Each is named with the reason; the
 * converted schema is not loosened to let them pass.
 */
const CONTRADICTIONS: Record<string, string> = {
  'parallel_multiple_21/linear_regression_fit':
    'x and y are arrays of floats; the answer passes the Python expression "data[\'sales\']" as a string',
  'parallel_multiple_94/sort_list': 'elements is an array of integers; the first call of the answer sorts fruit names (strings)',
  'simple_python_307/game_result.get_winner': 'venue is a string (default "home"); the answer passes the boolean true',
};

describe.skipIf(!dir)('BFCL function docs import (data from ../shared/bfcl or BFCL_DATA_DIR)', () => {
  const files = dir ? readdirSync(dir).filter((name) => name.startsWith('BFCL_v4_') && name.endsWith('.json')) : [];

  it('imports every function of every question file and multi-turn doc, with its origin', async () => {
    let expected = 0;
    let imported = 0;
    for (const name of files) {
      const lines = readFileSync(join(dir as string, name), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Json);
      const functions = lines.flatMap((line) => (Array.isArray(line['function']) ? (line['function'] as Json[]) : []));
      expected += functions.length;
      const result = await importBfcl(join(dir as string, name));
      imported += result.tools.length;
      expect(result.dropped).toEqual([]);
      expect(result.tools.map((tool) => tool.source.name)).toEqual(functions.map((fn) => fn['name']));
      for (const tool of result.tools) {
        expect(tool.source).toMatchObject({ format: 'bfcl', file: join(dir as string, name) });
        expect(tool.source.id).toMatch(/^[a-z_]+_\d+/);
        expect(tool.inputSchema.type).toBe('object');
        expect(validator.checkSchema(tool.inputSchema)).toEqual({ valid: true });
      }
    }
    const docs = join(dir as string, 'multi_turn_func_doc');
    for (const name of existsSync(docs) ? readdirSync(docs) : []) {
      const count = readFileSync(join(docs, name), 'utf8').split('\n').filter(Boolean).length;
      const result = await importBfcl(join(docs, name));
      expect(result.tools).toHaveLength(count);
      expected += count;
      imported += result.tools.length;
    }
    expect(imported).toBe(expected);
    expect(imported).toBeGreaterThan(2000);
  });

  it('leaves no BFCL dialect type in the converted schemas', async () => {
    const all: ImportedTool[] = [];
    for (const name of files) all.push(...(await importBfcl(join(dir as string, name))).tools);
    const types = new Set<string>();
    const keywords = new Set<string>();
    const walk = (schema: unknown): void => {
      if (!isObject(schema)) return;
      Object.keys(schema).forEach((key) => keywords.add(key));
      for (const type of [schema['type']].flat()) if (typeof type === 'string') types.add(type);
      Object.values(isObject(schema['properties']) ? schema['properties'] : {}).forEach(walk);
      walk(schema['items']);
    };
    all.forEach((tool) => walk(tool.inputSchema));
    expect([...types].sort()).toEqual(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
    expect(keywords.has('optional')).toBe(false);
  });

  it('accepts every ground-truth call of the possible answers, but for the named contradictions', async () => {
    const failures: string[] = [];
    const problems = new Map<string, string[]>();
    let checked = 0;
    for (const name of files) {
      const answers = join(dir as string, 'possible_answer', name);
      if (!existsSync(answers)) continue;
      const tools = (await importBfcl(join(dir as string, name))).tools;
      const byEntry = new Map(tools.map((tool) => [`${tool.source.id}/${tool.source.name}`, tool]));
      for (const line of readFileSync(answers, 'utf8').split('\n').filter(Boolean)) {
        const answer = JSON.parse(line) as { id: string; ground_truth: unknown };
        if (!Array.isArray(answer.ground_truth)) continue;
        for (const call of answer.ground_truth) {
          if (!isObject(call)) continue; // multi-turn answers are Python call strings
          for (const [fn, args] of Object.entries(call)) {
            const tool = byEntry.get(`${answer.id}/${fn}`);
            if (!tool) {
              failures.push(`${answer.id}: no function ${fn}`);
              continue;
            }
            const key = `${answer.id}/${fn}`;
            const whole = validator.validate(tool.inputSchema, concrete(args, tool.inputSchema));
            checked += 1;
            const list = problems.get(key) ?? [];
            if (!whole.valid) list.push(...whole.issues.map((issue) => `${issue.path} ${issue.message}`));
            problems.set(key, list);
          }
        }
      }
    }
    for (const [key, list] of problems) {
      if (list.length > 0 && !(key in CONTRADICTIONS)) failures.push(`${key}: ${[...new Set(list)].join('; ')}`);
      if (list.length === 0 && key in CONTRADICTIONS) failures.push(`${key} is listed as a contradiction but validates`);
    }
    expect(Object.keys(CONTRADICTIONS).every((key) => problems.has(key))).toBe(true);
    expect(checked).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });

  it('accepts every multi-turn ground-truth call (Python call strings) against the API class docs', async () => {
    // BFCL's class names → the function-doc files of multi_turn_func_doc/.
    const CLASS_FILES: Record<string, string> = {
      GorillaFileSystem: 'gorilla_file_system.json',
      MathAPI: 'math_api.json',
      MessageAPI: 'message_api.json',
      TwitterAPI: 'posting_api.json',
      TicketAPI: 'ticket_api.json',
      TradingBot: 'trading_bot.json',
      TravelAPI: 'travel_booking.json',
      VehicleControlAPI: 'vehicle_control.json',
    };
    const questions = join(dir as string, 'BFCL_v4_multi_turn_base.json');
    const answers = join(dir as string, 'possible_answer', 'BFCL_v4_multi_turn_base.json');
    if (!existsSync(questions) || !existsSync(answers)) return;
    const classes = new Map<string, Map<string, ImportedTool>>();
    for (const [name, file] of Object.entries(CLASS_FILES)) {
      const tools = (await importBfcl(join(dir as string, 'multi_turn_func_doc', file))).tools;
      classes.set(name, new Map(tools.map((tool) => [tool.source.name, tool])));
    }
    const involved = new Map(
      readFileSync(questions, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; involved_classes: string[] })
        .map((entry) => [entry.id, entry.involved_classes]),
    );
    // Named like CONTRADICTIONS above: the answer, not the converted schema, is wrong.
    const MULTI_TURN_CONTRADICTIONS: Record<string, string> = {
      "multi_turn_base_173 close_ticket(ticket_id='ticket_001')":
        'TicketAPI.close_ticket takes an integer ticket_id; the answer passes the string "ticket_001"',
    };
    const failures: string[] = [];
    let checked = 0;
    for (const line of readFileSync(answers, 'utf8').split('\n').filter(Boolean)) {
      const answer = JSON.parse(line) as { id: string; ground_truth: string[][] };
      for (const text of answer.ground_truth.flat()) {
        const call = parsePythonCall(text);
        const tool = (involved.get(answer.id) ?? []).map((name) => classes.get(name)?.get(call.name)).find((found) => found !== undefined);
        if (!tool) {
          failures.push(`${answer.id}: ${call.name} is in none of ${involved.get(answer.id)?.join(', ')}`);
          continue;
        }
        const order = Object.keys((tool.inputSchema.properties ?? {}) as Json);
        const args: Json = { ...call.kwargs };
        call.args.forEach((value, index) => (args[order[index] as string] = value));
        const check = validator.validate(tool.inputSchema, args);
        checked += 1;
        const key = `${answer.id} ${text}`;
        if (!check.valid && !(key in MULTI_TURN_CONTRADICTIONS))
          failures.push(`${key}: ${check.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`);
        if (check.valid && key in MULTI_TURN_CONTRADICTIONS) failures.push(`${key} is listed as a contradiction but validates`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });
});

describe('BFCL response docs', () => {
  it('a function’s `response` becomes its outputSchema (fields required), a doc without fields none', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'inftool-bfcl-response-'));
    const file = join(folder, 'ticket_api.json');
    const fn = (name: string, response: unknown) =>
      JSON.stringify({
        name,
        description: 'This tool belongs to the ticketing system. Tool description: Close a ticket.',
        parameters: {
          type: 'dict',
          properties: { ticket_id: { type: 'integer', description: 'ID of the ticket.' } },
          required: ['ticket_id'],
        },
        ...(response === undefined ? {} : { response }),
      });
    await writeFile(
      file,
      [
        fn('close_ticket', { type: 'dict', properties: { status: { type: 'string', description: 'Status of the close operation.' } } }),
        fn('get_ticket', {
          type: 'dict',
          properties: { id: { type: 'integer' }, priority: { type: 'float' }, tags: { type: 'array', items: { type: 'string' } } },
        }),
        fn('ping', { type: 'dict', properties: {} }),
        fn('logout', undefined),
      ].join('\n'),
    );
    const { tools, dropped } = await importBfcl(file);
    expect(dropped).toEqual([]);
    const byName = new Map(tools.map((tool) => [tool.baseName, tool]));
    expect(byName.get('close_ticket')!.outputSchema).toEqual({
      type: 'object',
      properties: { status: { type: 'string', description: 'Status of the close operation.' } },
      required: ['status'],
    });
    const ticket = byName.get('get_ticket')!.outputSchema!;
    expect(ticket['required']).toEqual(['id', 'priority', 'tags']);
    expect((ticket['properties'] as Json)['priority']).toMatchObject({ type: 'number' }); // BFCL's float, in JSON Schema
    expect(validator.checkSchema(ticket)).toEqual({ valid: true });
    expect(byName.get('ping')!.outputSchema).toBeUndefined();
    expect(byName.get('logout')!.outputSchema).toBeUndefined();
  });

  it.skipIf(!dir)('every multi-turn function with a response doc of fields gets a valid outputSchema', async () => {
    const docs = join(dir as string, 'multi_turn_func_doc');
    let withResponse = 0;
    for (const name of existsSync(docs) ? readdirSync(docs) : []) {
      const functions = readFileSync(join(docs, name), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Json);
      const { tools } = await importBfcl(join(docs, name));
      for (const [index, fn] of functions.entries()) {
        const response = fn['response'] as Json | undefined;
        const fields = response && isObject(response['properties']) ? Object.keys(response['properties']) : [];
        const tool = tools[index]!;
        if (fields.length === 0) continue;
        withResponse += 1;
        expect(tool.outputSchema, `${name} ${String(fn['name'])}`).toBeDefined();
        expect(Object.keys(tool.outputSchema!['properties'] as Json)).toEqual(fields);
        expect(validator.checkSchema(tool.outputSchema!)).toEqual({ valid: true });
      }
    }
    expect(withResponse).toBeGreaterThan(150);
  });
});
