import { errorMessage } from '../errors.js';

/** One line of a JSONL text: its 1-based number and the value, or why it is not JSON. */
export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

/** The non-empty lines of a JSONL text, each parsed on its own (one bad line never hides the rest). */
export function parseJsonLines(text: string): JsonLine[] {
  const lines: JsonLine[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    try {
      lines.push({ line: index + 1, value: JSON.parse(raw) as unknown });
    } catch (error) {
      lines.push({ line: index + 1, error: errorMessage(error) });
    }
  });
  return lines;
}
