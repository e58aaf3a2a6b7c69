/**
 * Text that may hold a JSON document (a tool result's text, an argument sent as a JSON body): parsed
 * when it holds an object or an array, never thrown on.
 */

/** The JSON object or array a text holds (spaces around it aside), parsed; undefined when it holds none or does not parse. */
export function parseJsonText(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** `value` parsed when it is a text holding a JSON object or array; any other value, or a text that does not parse, as it is. */
export function parsedJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const data = parseJsonText(value);
  return data === undefined ? value : data;
}
