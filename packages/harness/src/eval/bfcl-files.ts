import { readFile } from 'node:fs/promises';
import { InfToolError, errorMessage, parsePythonJson } from '@inftool/core';
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
