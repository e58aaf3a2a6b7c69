import type { ReviewedCall } from './conversation.js';

/** Text a server or client writes for a failure: `Error: …`, an HTTP status line, an engine that could not answer. */
const ERROR_TEXT = [
  /^\s*(error|exception|traceback)\b/i,
  /^\s*(HTTP\/\d(\.\d)?\s+)?[45]\d\d\s+[A-Z][A-Za-z ]+/,
  /\b(400 Bad Request|401 Unauthorized|403 Forbidden|404 Not Found|405 Method Not Allowed|409 Conflict|422 Unprocessable|429 Too Many Requests|500 Internal Server Error|502 Bad Gateway|503 Service Unavailable|504 Gateway Timeout)\b/i,
  /\bengine (could not|cannot|can't|failed|error)\b/i,
  /^\s*invalid (arguments?|params|parameters|request)\b/i,
  /\b(could not|cannot|can't|unable to) (produce|generate|process|complete|handle) (a|the|this|your)? ?(value|result|response|request)\b/i,
];

const FAILED_STATUS = /^(error|errored|fail|failed|failure|fault|denied|forbidden|unauthorized|not[ _-]?found|invalid|rejected)$/i;

/** A JSON body that says the call failed: `{"error": …}`, `{"success": false}`, `{"status": "error"}`, `{"status": 404}`. */
function errorBody(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    if (
      (lower === 'error' || lower === 'errors' || lower === 'fault') &&
      value !== null &&
      value !== false &&
      value !== '' &&
      !(Array.isArray(value) && value.length === 0)
    )
      return `it carries "${key}"`;
    if ((lower === 'success' || lower === 'ok' || lower === 'succeeded') && value === false) return `"${key}" is false`;
    if ((lower === 'status' || lower === 'state' || lower === 'result') && typeof value === 'string' && FAILED_STATUS.test(value.trim()))
      return `"${key}" is "${value}"`;
    if (
      (lower === 'status' || lower === 'statuscode' || lower === 'status_code') &&
      typeof value === 'number' &&
      value >= 400 &&
      value <= 599
    )
      return `"${key}" is ${value}`;
  }
  return undefined;
}

/**
 * Why a call's result is an error, or undefined when it is not: the server's own `isError` (or no
 * answer at all), failure text (an engine that could not answer, an HTTP error status line), or a body
 * that reports failure. The one error detector of the checks, the reward's reviewer and the audit.
 */
export function errorResult(call: ReviewedCall): string | undefined {
  if (call.rejected) return 'the call never reached a server';
  const text = call.result.trim();
  if (call.isError) return `the server answered isError: ${text.slice(0, 80)}`;
  const pattern = ERROR_TEXT.find((candidate) => candidate.test(text.slice(0, 400)));
  if (pattern) return `error text: ${text.slice(0, 80)}`;
  const body = errorBody(call.data);
  return body ? `an error body: ${body}` : undefined;
}
