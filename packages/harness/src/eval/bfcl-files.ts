import { readFile } from 'node:fs/promises';
import { InfToolError, errorMessage, parsePythonJson, isJsonObject } from '@inftool/core';
import type { BfclFunctionDoc, DecodedCall, ExpectedCall } from './bfcl-checker.js';

export interface ReadOptions {
  /** Read numbers as Python does (`3.0` stays a float: `PythonFloat`), for what BFCL's checker judges by type. */
  python?: boolean;
}

/** Every line of a JSONL file of objects with a string `id`, in order, naming the file and line of anything malformed. */
export async function readJsonLineList<T extends { id: string }>(file: string, what: string, options: ReadOptions = {}): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InfToolError('invalid_input', `cannot read ${what} file ${file}: ${errorMessage(error)}`);
  }
  const entries: T[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = options.python ? parsePythonJson(raw) : JSON.parse(raw);
    } catch (error) {
      throw new InfToolError('invalid_input', `${file} line ${index + 1}: not JSON (${errorMessage(error)})`);
    }
    if (typeof value !== 'object' || value === null || typeof (value as { id?: unknown }).id !== 'string')
      throw new InfToolError('invalid_input', `${file} line ${index + 1}: a ${what} line needs a string "id"`);
    entries.push(value as T);
  });
  return entries;
}

/** A JSONL file of objects with a unique string `id`, by id; a repeated id is an error naming it. */
export async function readJsonLines<T extends { id: string }>(
  file: string,
  what: string,
  options: ReadOptions = {},
): Promise<Map<string, T>> {
  const entries = new Map<string, T>();
  for (const entry of await readJsonLineList<T>(file, what, options)) {
    if (entries.has(entry.id)) throw new InfToolError('invalid_input', `${file}: the ${what} id ${JSON.stringify(entry.id)} appears twice`);
    entries.set(entry.id, entry);
  }
  return entries;
}

export interface BfclQuestion {
  id: string;
  function?: BfclFunctionDoc[];
}
export interface BfclAnswer {
  id: string;
  ground_truth: ExpectedCall[];
}
export interface BfclResult {
  id: string;
  result: DecodedCall[] | unknown;
}

/** BFCL's question file, by id; each `function` must be a list of docs with a string `name`. */
export async function readBfclQuestions(file: string): Promise<Map<string, BfclQuestion>> {
  const questions = await readJsonLines<BfclQuestion>(file, 'question');
  for (const question of questions.values()) {
    const functions: unknown = question.function;
    if (
      functions !== undefined &&
      !(Array.isArray(functions) && functions.every((doc) => isJsonObject(doc) && typeof doc['name'] === 'string'))
    )
      throw new InfToolError(
        'invalid_input',
        `${file}: question ${question.id}: "function" must be a list of function docs with a string "name"`,
      );
  }
  return questions;
}

/** BFCL's possible-answer file, by id, with Python's number types; each `ground_truth` must be a list of `{"<function>": {"<param>": [...]}}`. */
export async function readBfclAnswers(file: string): Promise<Map<string, BfclAnswer>> {
  const answers = await readJsonLines<BfclAnswer>(file, 'possible answer', { python: true });
  for (const answer of answers.values()) {
    const truth: unknown = answer.ground_truth;
    const wellFormed =
      Array.isArray(truth) &&
      truth.every(
        (call) => isJsonObject(call) && Object.keys(call).length === 1 && Object.values(call).every((answers) => isJsonObject(answers)),
      );
    if (!wellFormed)
      throw new InfToolError(
        'invalid_input',
        `${file}: possible answer ${answer.id}: "ground_truth" must be a list of {"<function>": {"<parameter>": [accepted values]}}`,
      );
  }
  return answers;
}
