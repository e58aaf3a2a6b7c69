/**
 * One base error for the whole project. A string `code` says what went wrong, `details` carries
 * JSON-safe context (file, JSON path, status...), and `toJSON()` makes it writable into a record.
 */
export type InfToolErrorCode =
  | 'invalid_input'
  | 'invalid_tree'
  | 'invalid_tool'
  | 'invalid_arguments'
  | 'unknown_tool'
  | 'model_error'
  | 'model_timeout'
  | 'model_output_invalid'
  | 'replay_miss'
  | 'engine_failed'
  | 'cancelled'
  | 'connection_failed'
  /** A model endpoint or server is down, refuses our credentials, or keeps failing: not the data's fault. */
  | 'infrastructure'
  /** Reading or writing a file failed (disk full, permissions): the message names the file and the errno. */
  | 'io_error'
  | 'config';

export type ErrorCategory = 'user' | 'system' | 'third_party';

export interface InfToolErrorOptions {
  details?: Record<string, unknown>;
  category?: ErrorCategory;
  retryable?: boolean;
  cause?: unknown;
}

export class InfToolError extends Error {
  readonly code: InfToolErrorCode;
  readonly details: Record<string, unknown>;
  readonly category: ErrorCategory;
  readonly retryable: boolean;

  constructor(code: InfToolErrorCode, message: string, options: InfToolErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'InfToolError';
    this.code = code;
    this.details = options.details ?? {};
    this.category = options.category ?? 'user';
    this.retryable = options.retryable ?? false;
  }

  toJSON(): { code: InfToolErrorCode; message: string; category: ErrorCategory; details: Record<string, unknown> } {
    return { code: this.code, message: this.message, category: this.category, details: this.details };
  }
}

export function isInfToolError(error: unknown, code?: InfToolErrorCode): error is InfToolError {
  return error instanceof InfToolError && (code === undefined || error.code === code);
}

/** A short human-readable message for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
