import { sha256Hex, isJsonObject } from '@inftool/core';
import { kindOfKey, WRAPPER_KEY } from './world-entities.js';

const squash = (key: string): string => key.replace(/[^A-Za-z0-9]/g, '').toLowerCase();

/**
 * A record held under a key that names its kind (`jurisdiction`, `organizations`) takes, in a field
 * that tools about that kind allow certain values for (`jurisdiction:classification` → state,
 * municipality, country), one of those values, whatever the tool that shows it is about: a bill's
 * jurisdiction is classed as a jurisdiction, never as a committee. `allowed` is keyed as the
 * catalog's allowed values are (`<entity>:<field>`, squashed). A value outside them is replaced by
 * one picked from the value itself, so the same record reads the same in every result. Works in place.
 */
export function valuesOfKind(value: unknown, allowed: ReadonlyMap<string, readonly string[]>): void {
  const walk = (node: unknown, kind: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach((entry) => walk(entry, kind));
    if (!isJsonObject(node)) return;
    for (const [key, entry] of Object.entries(node)) {
      if (isJsonObject(entry) || Array.isArray(entry)) {
        walk(entry, WRAPPER_KEY.test(key) ? kind : squash(kindOfKey(key)));
        continue;
      }
      if (kind === undefined || typeof entry !== 'string') continue;
      const values = allowed.get(`${kind}:${squash(key)}`);
      if (values === undefined || values.length === 0 || values.includes(entry)) continue;
      node[key] = values[parseInt(sha256Hex(`${kind}\u0000${key}\u0000${entry}`).slice(0, 8), 16) % values.length] as string;
    }
  };
  // the top record and its wrappers are of the tool's own kind, generated with its values already
  walk(value, undefined);
}
