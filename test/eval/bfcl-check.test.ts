import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PythonFloat, parsePythonJson, stringifyPythonJson } from '@inftool/core';
import { checkCall, checkCalls, type BfclFunctionDoc, type DecodedCall, type ExpectedCall } from '@inftool/harness';
import { bfclDataDir } from '../support/bfcl.js';
import { cliPath } from '../support/sim-client.js';

const run = promisify(execFile);
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof PythonFloat);

const doc: BfclFunctionDoc = {
  name: 'book.hotel',
  parameters: {
    type: 'dict',
    properties: {
      city: { type: 'string' },
      nights: { type: 'integer' },
      budget: { type: 'float' },
      breakfast: { type: 'boolean' },
      rooms: { type: 'array', items: { type: 'string' } },
      guest: { type: 'dict', properties: { name: { type: 'string' }, age: { type: 'integer' } } },
    },
    required: ['city', 'nights'],
  },
};
const docs = new Map([[doc.name, doc]]);
const expected: ExpectedCall = {
  'book.hotel': {
    city: ['New York', 'NYC'],
    nights: [3],
    budget: [200.0, ''],
    breakfast: ['', false],
    rooms: [['Single', 'Double']],
    guest: [{ name: ['Ana'], age: ['', 30] }],
  },
};
const good = { city: 'new-york', nights: 3, budget: 200, rooms: ['single', 'double'], guest: { name: 'ana' } };
const call = (args: Json, name = 'book.hotel'): DecodedCall => ({ [name]: args });

describe('the BFCL AST checker, rule by rule (hand-made cases)', () => {
  it('accepts a right call: strings case/punctuation-insensitive, int for float, optional entries omitted, nested dicts and lists', () => {
    expect(checkCall(call(good), expected, docs)).toEqual({ valid: true });
  });
  it.each([
    ['wrong function', call(good, 'book.flight'), /wrong function/],
    ['unexpected parameter', call({ ...good, pets: true }), /unexpected parameter book.hotel.pets/],
    [
      'missing required',
      call({ city: 'NYC', rooms: ['Single', 'Double'], guest: { name: 'Ana' } }),
      /missing required parameter book.hotel.nights/,
    ],
    [
      'optional without default',
      call({ city: 'NYC', nights: 3, guest: { name: 'Ana' } }),
      /optional parameter book.hotel.rooms not provided/,
    ],
    ['a float for an int', call({ ...good, nights: 3.5 }), /book.hotel.nights: expected type integer/],
    ['a string for a bool', call({ ...good, breakfast: 'no' }), /expected type boolean/],
    ['array items of the wrong type', call({ ...good, rooms: [1, 2] }), /expected type array of string/],
    ['a value not accepted', call({ ...good, city: 'Boston' }), /"Boston" is not among the accepted values/],
    ['a list in another order', call({ ...good, rooms: ['Double', 'Single'] }), /book.hotel.rooms/],
    ['a nested dict value not accepted', call({ ...good, guest: { name: 'Ben' } }), /book.hotel.guest/],
    ['a nested dict key not expected', call({ ...good, guest: { name: 'Ana', vip: true } }), /book.hotel.guest/],
  ])('rejects %s', (_label, decoded, error) => {
    const verdict = checkCall(decoded, expected, docs);
    expect(verdict.valid).toBe(false);
    if (!verdict.valid) expect(verdict.error).toMatch(error);
  });
  it('matches parallel calls in any order, counts them, and wants nothing for irrelevance', () => {
    const a: ExpectedCall = { 'book.hotel': { city: ['Paris'], nights: [1] } };
    const b: ExpectedCall = { 'book.hotel': { city: ['Rome'], nights: [2] } };
    expect(checkCalls([call({ city: 'Rome', nights: 2 }), call({ city: 'Paris', nights: 1 })], [a, b], docs, 'parallel')).toEqual({
      valid: true,
    });
    expect(checkCalls([call({ city: 'Rome', nights: 2 }), call({ city: 'Rome', nights: 2 })], [a, b], docs, 'parallel').valid).toBe(false);
    expect(checkCalls([call({ city: 'Rome', nights: 2 })], [a, b], docs, 'parallel')).toEqual({
      valid: false,
      error: 'wrong number of calls: expected 2, got 1',
    });
    expect(checkCalls([], [], docs, 'irrelevance')).toEqual({ valid: true });
    expect(checkCalls([call({ city: 'Rome', nights: 2 })], [], docs, 'irrelevance').valid).toBe(false);
  });
  it('gives the same verdicts in the strict reading for all of the above', () => {
    expect(checkCall(call(good), expected, docs, { strict: true })).toEqual({ valid: true });
    for (const args of [
      { ...good, pets: true },
      { ...good, nights: 3.5 },
      { ...good, city: 'Boston' },
      { ...good, rooms: [1, 2] },
    ])
      expect(checkCall(call(args), expected, docs, { strict: true }).valid).toBe(false);
  });
});

/** `inftool eval bfcl-check` over files (rejects with the exit code and stderr when it fails). */
function bfclCheckFiles(files: { questions: string; answers?: string; results: string; category: string; out: string; strict?: boolean }) {
  return run(process.execPath, [
    cliPath,
    'eval',
    'bfcl-check',
    '--questions',
    files.questions,
    ...(files.answers === undefined ? [] : ['--answers', files.answers]),
    '--results',
    files.results,
    '--category',
    files.category,
    '--out',
    files.out,
    ...(files.strict ? ['--strict'] : []),
  ]);
}

/** The verdict lines `bfcl-check --out` wrote. */
async function readVerdicts(file: string): Promise<Array<{ id: string; valid: boolean; error?: string }>> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; valid: boolean; error?: string });
}

describe('bfcl-check on files', () => {
  const cli = (args: string[]) => run(process.execPath, [cliPath, 'eval', 'bfcl-check', ...args]);
  it('judges every result line, several for one question too, reading 3.0 as a float; and names a malformed answer', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bfcl-files-'));
    const files = {
      questions: join(work, 'q.jsonl'),
      answers: join(work, 'a.jsonl'),
      results: join(work, 'r.jsonl'),
      out: join(work, 'v.jsonl'),
    };
    await writeFile(files.questions, JSON.stringify({ id: 'q1', function: [doc] }) + '\n');
    await writeFile(files.answers, JSON.stringify({ id: 'q1', ground_truth: [{ 'book.hotel': { city: ['Rome'], nights: [3] } }] }) + '\n');
    await writeFile(
      files.results,
      [
        '{"id": "q1", "result": [{"book.hotel": {"city": "rome", "nights": 3}}]}',
        '{"id": "q1", "result": [{"book.hotel": {"city": "Rome", "nights": 3.0}}]}',
      ].join('\n'),
    );
    const args = [
      '--questions',
      files.questions,
      '--answers',
      files.answers,
      '--results',
      files.results,
      '--category',
      'simple_python',
      '--out',
      files.out,
    ];
    const { stderr } = await cli(args);
    expect(stderr).toMatch(/simple_python: 1\/2 valid/);
    const verdicts = (await readFile(files.out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; valid: boolean; error?: string });
    expect(verdicts).toEqual([
      { id: 'q1', valid: true },
      { id: 'q1', valid: false, error: expect.stringMatching(/nights: expected type integer, got float 3\.0/) },
    ]);
    await writeFile(files.answers, JSON.stringify({ id: 'q1', ground_truth: { 'book.hotel': { city: ['Rome'] } } }) + '\n');
    await expect(cli(args)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/a\.jsonl: possible answer q1: "ground_truth" must be a list/),
    });
  });
});

/** Where BFCL's checker departs from its own docs, the default follows BFCL and `strict` the docs (docs/eval.md, "--strict"). */
describe("BFCL's verdicts by default, the documented rules with strict", () => {
  const measure: BfclFunctionDoc = {
    name: 'measure',
    parameters: {
      type: 'dict',
      properties: {
        count: { type: 'integer' },
        unit: { type: 'string' },
        weights: { type: 'array', items: { type: 'float' } },
        tags: { type: 'array', items: { type: 'string' } },
        label: { type: 'any' },
        hands: { type: 'dict', properties: {} },
        limit: { type: 'integer' },
      },
      required: ['count'],
    },
  };
  const measureDocs = new Map([[measure.name, measure]]);
  const answer = (answers: Record<string, unknown[]>): ExpectedCall => ({ measure: { count: [1], ...answers } });
  const verdicts = (args: Json, answers: Record<string, unknown[]>, category = 'simple_python') =>
    [false, true].map(
      (strict) => checkCalls([{ measure: { count: 1, ...args } }], [answer(answers)], measureDocs, category, { strict }).valid,
    );

  it.each([
    // [what, arguments, accepted values, BFCL's verdict, the strict verdict]
    ['an answer whose type contradicts the doc, given as the answer has it', { count: '5' }, { count: ['5'] }, true, false],
    ['… but compared exactly, without the string standardisation', { count: '5 ' }, { count: ['5'] }, false, false],
    ['"" given as a value where it marks the parameter optional', { unit: '' }, { unit: ['kg', ''] }, true, false],
    ['an empty list for an optional list', { tags: [] }, { tags: [['a'], ''] }, true, false],
    ['an int among the items of a float array', { weights: [1, 2.5] }, { weights: [[new PythonFloat(1), 2.5]] }, false, true],
    ['a float literal with an integral value for an int', { limit: new PythonFloat(3) }, { limit: [3] }, false, false],
    ['an int for a float array item when the answer lists ints', { weights: [1, 2] }, { weights: [[1, 2]] }, true, true],
    ['a number for an `any` parameter', { label: 7 }, { label: ['7', 7] }, false, true],
    ['None where the first accepted value is not None', { limit: null }, { limit: [5, null] }, false, true],
    ['None where it is', { limit: null }, { limit: [null, 5] }, true, true],
    ['a string in a list in a dict, case changed', { hands: { alex: ['ACE'] } }, { hands: [{ alex: [['ace']] }] }, false, true],
    ['a string in a dict, case changed', { hands: { alex: 'ACE' } }, { hands: [{ alex: ['ace'] }] }, true, true],
    ['True for 1 inside a list', { tags: [true] }, { tags: [[1]] }, false, false],
  ])('%s', (_label, args, answers, bfcl, strict) => {
    expect(verdicts(args as Json, answers as Record<string, unknown[]>)).toEqual([bfcl, strict]);
  });

  it('matches parallel calls greedily, in the order of the answer, as BFCL does; strict tries every assignment', () => {
    const first: ExpectedCall = { measure: { count: [1, 2] } };
    const second: ExpectedCall = { measure: { count: [1] } };
    const calls = [{ measure: { count: 1 } }, { measure: { count: 2 } }];
    expect(checkCalls(calls, [first, second], measureDocs, 'parallel')).toMatchObject({ valid: false, error: /expected call 1/ });
    expect(checkCalls(calls, [first, second], measureDocs, 'parallel', { strict: true })).toEqual({ valid: true });
    expect(checkCalls([...calls].reverse(), [first, second], measureDocs, 'parallel')).toEqual({ valid: true });
  });

  it('wants exactly one call outside the parallel categories, judged by the doc of the expected function', () => {
    const one: ExpectedCall = { measure: { count: [1] } };
    expect(checkCalls([{ measure: { count: 1 } }, { measure: { count: 1 } }], [one], measureDocs, 'simple_python').valid).toBe(false);
    expect(checkCalls([{ measure: { count: 1 } }], [one], measureDocs, 'multiple')).toEqual({ valid: true });
    expect(checkCalls([{ measure: { count: 1 } }], [{ other: { count: [1] } }], measureDocs, 'multiple')).toMatchObject({
      valid: false,
      error: /no function doc for the expected function other/,
    });
  });
});

const dir = bfclDataDir();

/**
 * The ground truth as a model would answer: the first accepted value at every level, optional entries
 * kept, except a parameter the function doc does not declare (a few answers list one; `""` allows
 * leaving it out, and a model reading the doc could not know it).
 */
function gold(expectedCalls: ExpectedCall[], declared: ReadonlyMap<string, Set<string>> = new Map()): DecodedCall[] {
  const pick = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(pick);
    if (isObject(value)) {
      const out: Json = {};
      for (const [key, choices] of Object.entries(value)) {
        const options = Array.isArray(choices) ? choices : [choices];
        const chosen = options.find((option) => option !== '');
        if (chosen !== undefined) out[key] = pick(chosen);
      }
      return out;
    }
    return value;
  };
  return expectedCalls.map((expectedCall) => {
    const [name, args] = Object.entries(expectedCall)[0] as [string, Record<string, unknown[]>];
    const out: Json = {};
    for (const [parameter, choices] of Object.entries(args)) {
      if (declared.has(name) && !declared.get(name)!.has(parameter) && choices.includes('')) continue;
      const chosen = choices.find((option) => option !== '');
      if (chosen !== undefined) out[parameter] = pick(chosen);
    }
    return { [name]: out };
  });
}

/**
 * Gold answers that contradict their own docs (see test/mcp-tree/bfcl-import.test.ts): BFCL accepts
 * them (it reads a value of the answer's type as a variable), the strict reading rejects them.
 */
const CONTRADICTIONS = new Set(['parallel_multiple_21', 'parallel_multiple_94', 'simple_python_307']);

describe.skipIf(!dir)('the BFCL checker against the shared BFCL data', () => {
  const categories = ['simple_python', 'multiple', 'parallel', 'parallel_multiple'];

  it.each(categories)(
    '%s: every gold answer is valid (strict: but the named contradictions); every perturbed one is invalid',
    async (category) => {
      const questions = join(dir as string, `BFCL_v4_${category}.json`);
      const answers = join(dir as string, 'possible_answer', `BFCL_v4_${category}.json`);
      const lines = readFileSync(answers, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => parsePythonJson(line) as { id: string; ground_truth: ExpectedCall[] });
      const work = await mkdtemp(join(tmpdir(), `bfcl-${category}-`));
      const docsById = new Map(
        readFileSync(questions, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { id: string; function: BfclFunctionDoc[] })
          .map((entry) => [
            entry.id,
            new Map(entry.function.map((fn) => [fn.name, new Set(Object.keys(fn.parameters?.properties ?? {}))])),
          ]),
      );
      const results = lines.map((line) => ({ id: line.id, result: gold(line.ground_truth, docsById.get(line.id)) }));
      // Perturbations: a value no answer accepts, a call dropped, the function renamed.
      const perturbed = lines.flatMap((line) => {
        const calls = gold(line.ground_truth, docsById.get(line.id));
        const first = calls[0] as DecodedCall;
        const [name, args] = Object.entries(first)[0] as [string, Json];
        const parameter = Object.keys(args).find((key) => typeof args[key] === 'string' || typeof args[key] === 'number');
        const variants = [
          { id: line.id, kind: 'renamed', result: [{ [`${name}_x`]: args }, ...calls.slice(1)] },
          { id: line.id, kind: 'dropped', result: calls.slice(1) },
        ];
        if (parameter)
          variants.push({
            id: line.id,
            kind: 'value',
            result: [
              {
                [name]: {
                  ...args,
                  [parameter]: typeof args[parameter] === 'number' ? (args[parameter] as number) + 7919 : 'zzz no such value',
                },
              },
              ...calls.slice(1),
            ],
          });
        return variants;
      });
      await writeFile(join(work, 'gold.jsonl'), results.map((entry) => stringifyPythonJson(entry)).join('\n'));
      const judge = async (strict: boolean) => {
        const out = join(work, `gold.${strict ? 'strict' : 'default'}.verdicts.jsonl`);
        await bfclCheckFiles({ questions, answers, results: join(work, 'gold.jsonl'), category, out, strict });
        return readVerdicts(out);
      };
      const verdicts = await judge(false);
      expect(verdicts).toHaveLength(lines.length);
      expect(verdicts.filter((verdict) => !verdict.valid)).toEqual([]);
      const strict = await judge(true);
      expect(strict.filter((verdict) => !verdict.valid && !CONTRADICTIONS.has(verdict.id))).toEqual([]);
      for (const verdict of strict.filter((entry) => CONTRADICTIONS.has(entry.id)))
        expect(verdict).toMatchObject({ valid: false, error: expect.stringMatching(/expected type/) });
      for (const kind of ['renamed', 'dropped', 'value']) {
        const file = join(work, `${kind}.jsonl`);
        const chosen = perturbed.filter((entry) => entry.kind === kind);
        await writeFile(file, chosen.map(({ id, result }) => stringifyPythonJson({ id, result })).join('\n'));
        await bfclCheckFiles({ questions, answers, results: file, category, out: `${file}.verdicts` });
        const out = await readVerdicts(`${file}.verdicts`);
        expect(out.length).toBe(chosen.length);
        expect(out.filter((verdict) => verdict.valid)).toEqual([]);
      }
    },
  );

  it('irrelevance: an empty result is right, any call is wrong; and bad input is named', async () => {
    const questions = join(dir as string, 'BFCL_v4_irrelevance.json');
    const ids = readFileSync(questions, 'utf8')
      .split('\n')
      .filter(Boolean)
      .slice(0, 20)
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const work = await mkdtemp(join(tmpdir(), 'bfcl-irrelevance-'));
    await writeFile(
      join(work, 'r.jsonl'),
      ids.map((id, index) => JSON.stringify({ id, result: index % 2 === 0 ? [] : [{ anything: { x: 1 } }] })).join('\n'),
    );
    const { stderr } = await bfclCheckFiles({
      questions,
      results: join(work, 'r.jsonl'),
      category: 'irrelevance',
      out: join(work, 'v.jsonl'),
    });
    expect(stderr).toMatch(/irrelevance: 10\/20 valid \(accuracy 50\.00%\)/);
    await writeFile(join(work, 'bad.jsonl'), '{"id": "x", "result": []}\nnot json\n');
    await expect(
      bfclCheckFiles({ questions, results: join(work, 'bad.jsonl'), category: 'irrelevance', out: join(work, 'v2.jsonl') }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/bad\.jsonl line 2: not JSON/) });
    await expect(
      bfclCheckFiles({ questions, results: join(work, 'r.jsonl'), category: 'simple_python', out: join(work, 'v3.jsonl') }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/--answers is required/) });
  });
});
