import { createHash } from 'node:crypto';
import { SAFE_TOOL_NAME, nameWords } from '@inftool/core';

const MAX = 64;

/**
 * `getUserById`, `GET /users/{id}`, `math.factorial`, `Weather API Realtime` → snake_case words, split
 * as core's `nameWords` splits them (acronyms kept whole: `getECObyID` → `get_eco_by_id`).
 */
export function snakeCase(text: string): string {
  return nameWords(text).join('_');
}

function clip(text: string, length: number): string {
  return text.slice(0, length).replace(/_+$/, '');
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * Unique, chat-safe (`^[a-zA-Z0-9_-]{1,64}$`) tool names across a whole tree. A tool keeps its own
 * name in snake_case where it is free; on a clash the API's name goes in front; where that is
 * still taken or too long, a hash of API and original name is appended. The original name stays in
 * `_meta["inftool/source"].name`, so the mapping is reversible.
 */
export class TreeNames {
  private readonly taken = new Set<string>();

  assign(baseName: string, apiTitle: string, apiKey: string): string {
    const own = clip(snakeCase(baseName) || 'tool', MAX);
    const candidates = [own, clip(`${snakeCase(apiTitle)}_${own}`, MAX)];
    for (const candidate of candidates) {
      if (candidate.length > 0 && SAFE_TOOL_NAME.test(candidate) && !this.taken.has(candidate)) return this.take(candidate);
    }
    for (let attempt = 0; ; attempt += 1) {
      const suffix = `_${hash(`${apiKey}\u0000${baseName}\u0000${attempt}`)}`;
      const candidate = `${clip(own, MAX - suffix.length)}${suffix}`;
      if (!this.taken.has(candidate)) return this.take(candidate);
    }
  }

  private take(name: string): string {
    this.taken.add(name);
    return name;
  }
}
