import { readFile } from 'node:fs/promises';
import { InfToolError, parseJsonLines } from '@inftool/core';
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
  for (const parsed of parseJsonLines(text)) {
    if ('error' in parsed) throw new InfToolError('invalid_input', `${file} line ${parsed.line}: not JSON (${parsed.error})`);
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || typeof (value as { id?: unknown }).id !== 'string')
      throw new InfToolError('invalid_input', `${file} line ${parsed.line}: a ${what} line needs a string "id"`);
    entries.set((value as T).id, value as T);
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
