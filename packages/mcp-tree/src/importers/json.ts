import { readFile } from 'node:fs/promises';
import { errorMessage } from '@inftool/core';
import type { ImportResult } from './imported.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON file's value, or undefined with the failure recorded in `result.failedFiles`. */
export async function readJsonFile(file: string, result: ImportResult): Promise<{ value: unknown } | undefined> {
  try {
    return { value: JSON.parse(await readFile(file, 'utf8')) as unknown };
  } catch (error) {
    result.failedFiles.push({ file, reason: `not readable JSON: ${errorMessage(error)}` });
    return undefined;
  }
}
