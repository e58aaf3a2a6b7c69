/** Helpers shared by the parts of world-facts: keys compared loosely, a stable hash, a call's arguments flattened. */
import { sha256Hex, isJsonObject } from '@inftool/core';

export type Json = Record<string, unknown>;

export const hashOf = (text: string): number => parseInt(sha256Hex(text).slice(0, 8), 16);
export const norm = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/** The arguments of a call and of its JSON request body, flat (`{"body": "{\"pvalue\": 0.001}"}` → pvalue). */
export function flatArguments(args: Json): Json {
  const flat: Json = {};
  for (const [key, value] of Object.entries(args)) {
    flat[key] = value;
    const body = typeof value === 'string' && /^\s*\{/.test(value) ? safeParse(value) : value;
    if (isJsonObject(body)) for (const [inner, entry] of Object.entries(body)) if (!(inner in flat)) flat[inner] = entry;
  }
  return flat;
}

export function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
