import { createHash } from 'node:crypto';
import { SAFE_TOOL_NAME } from '../contracts/tool-spec.js';

const MAX_LENGTH = 64;
const HASH_LENGTH = 8;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, HASH_LENGTH);
}

/** Replaces every character a chat API refuses with `_` and trims the result. */
function clean(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9_-]+/g, '_').replace(/^_+|_+$/g, '');
  return cleaned.length > 0 ? cleaned : 'tool';
}

/**
 * A reversible map between original tool names (MCP allows dots and 128 characters) and names every
 * chat API accepts (`^[a-zA-Z0-9_-]{1,64}$`), unique within the map.
 *
 * A name that is already safe and not taken keeps itself. Otherwise the name is cleaned; when the
 * cleaned name is too long, or changed and would collide, a hash of the original is appended
 * (`<prefix>_<8 hex>`), so the same original always maps to the same safe name in a given map.
 */
export class ToolNameMap {
  private readonly toSafeName = new Map<string, string>();
  private readonly toOriginalName = new Map<string, string>();

  /** The safe name for `original`, assigning one the first time. */
  add(original: string): string {
    const existing = this.toSafeName.get(original);
    if (existing !== undefined) return existing;
    const safe = this.pick(original);
    this.toSafeName.set(original, safe);
    this.toOriginalName.set(safe, original);
    return safe;
  }

  safeName(original: string): string | undefined {
    return this.toSafeName.get(original);
  }

  originalName(safe: string): string | undefined {
    return this.toOriginalName.get(safe);
  }

  get size(): number {
    return this.toSafeName.size;
  }

  entries(): IterableIterator<[original: string, safe: string]> {
    return this.toSafeName.entries();
  }

  private pick(original: string): string {
    if (SAFE_TOOL_NAME.test(original) && !this.toOriginalName.has(original)) return original;
    const cleaned = clean(original);
    const suffix = `_${shortHash(original)}`;
    let candidate = `${cleaned.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    // A hash collision between two different originals is astronomically rare; resolve it anyway.
    for (let salt = 1; this.toOriginalName.has(candidate); salt += 1) {
      const salted = `_${shortHash(`${original}#${salt}`)}`;
      candidate = `${cleaned.slice(0, MAX_LENGTH - salted.length)}${salted}`;
    }
    return candidate;
  }
}

/** The safe name a lone original gets (no collisions to consider). */
export function sanitizeToolName(original: string): string {
  return new ToolNameMap().add(original);
}
