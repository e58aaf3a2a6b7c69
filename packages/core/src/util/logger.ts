/**
 * A small structured logger that writes to stderr only: a stdio MCP server's stdout is the protocol.
 * Injected everywhere (no global), so tests can capture lines.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** `json` writes one JSON object a line; `pretty` a readable line. Defaults to `pretty`. */
  format?: 'json' | 'pretty';
  /** Where lines go. Defaults to process.stderr. */
  write?: (line: string) => void;
  fields?: Record<string, unknown>;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const format = options.format ?? 'pretty';
  const base = options.fields ?? {};
  const emit = (level: Exclude<LogLevel, 'silent'>, message: string, fields?: Record<string, unknown>): void => {
    if (RANK[level] < threshold) return;
    const all = { ...base, ...fields };
    if (format === 'json') {
      write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...all })}\n`);
      return;
    }
    const extra = Object.keys(all).length > 0 ? ` ${JSON.stringify(all)}` : '';
    write(`[inftool] ${level.padEnd(5)} ${message}${extra}\n`);
  };
  return {
    debug: (message, fields) => emit('debug', message, fields),
    info: (message, fields) => emit('info', message, fields),
    warn: (message, fields) => emit('warn', message, fields),
    error: (message, fields) => emit('error', message, fields),
    child: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });
