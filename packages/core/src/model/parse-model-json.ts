/**
 * The one place model output is parsed. Models wrap JSON in code fences, add prose around it, or
 * return nothing: this finds the JSON object if there is one and says what is wrong if not.
 */
export type ParseResult<T> = { success: true; value: T } | { success: false; error: string };

export function parseJsonObject(text: string | null | undefined): ParseResult<Record<string, unknown>> {
  if (text === null || text === undefined || text.trim() === '') return { success: false, error: 'empty output' };
  const candidates = [text.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  if (fenced?.[1] !== undefined) candidates.push(fenced[1].trim());
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first !== -1 && last > first) candidates.push(text.slice(first, last + 1));
  let lastError = 'no JSON object found';
  for (const candidate of candidates) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return { success: true, value: value as Record<string, unknown> };
      }
      lastError = `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`;
    } catch (error) {
      lastError = `invalid JSON: ${(error as Error).message}`;
    }
  }
  return { success: false, error: lastError };
}
