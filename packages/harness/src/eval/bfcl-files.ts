import { readFile } from 'node:fs/promises';
import { InfToolError } from '@inftool/core';
import type { BfclFunctionDoc, DecodedCall, ExpectedCall } from './bfcl-checker.js';

/** Reads a JSONL file of objects with an `id`, naming the file and line of anything malformed. */
export async function readJsonLines<T extends { id: string }>(file: string, what: string): Promise<Map<string, T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InfToolError('invalid_input', `cannot read ${what} file ${file}: ${(error as Error).message}`);
  }
  const entries = new Map<string, T>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InfToolError('invalid_input', `${file} line ${index + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || typeof (value as { id?: unknown }).id !== 'string') throw new InfToolError('invalid_input', `${file} line ${index + 1}: a ${what} line needs a string "id"`);
    entries.set((value as T).id, value as T);
  });
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
