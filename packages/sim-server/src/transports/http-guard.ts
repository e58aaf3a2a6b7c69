import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What the HTTP server accepts before any MCP handling: DNS-rebinding protection and auth. */
export interface HttpGuardOptions {
  /** Host names accepted in `Host` (and `Origin`), without port. */
  allowedHosts: ReadonlySet<string>;
  /** Full origins (`https://app.example.com`) accepted in addition to the allowed hosts. */
  allowedOrigins: ReadonlySet<string>;
  /** When set, every request must carry `Authorization: Bearer <token>`. */
  authToken?: string;
}

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The guard of a server bound to `host`: loopback names when it is loopback (else the host itself), plus the
 * extra hosts and origins the user allowed. Shared by every HTTP server of the project (`serve`, `view`).
 */
export function guardOptions(options: {
  host: string;
  allowedHosts?: readonly string[];
  allowedOrigins?: readonly string[];
  authToken?: string;
}): HttpGuardOptions {
  return {
    allowedHosts: new Set([
      ...(isLoopback(options.host) ? LOOPBACK_HOSTS : [options.host.toLowerCase()]),
      ...(options.allowedHosts ?? []).map((name) => name.toLowerCase()),
    ]),
    allowedOrigins: new Set(options.allowedOrigins ?? []),
    authToken: options.authToken,
  };
}

/** `example.com:8080` → `example.com`, `[::1]:3000` → `[::1]`. */
export function hostnameOf(hostHeader: string): string {
  const trimmed = hostHeader.trim().toLowerCase();
  if (trimmed.startsWith('[')) return trimmed.slice(0, trimmed.indexOf(']') + 1);
  return trimmed.replace(/:\d+$/, '');
}

export type GuardVerdict = { ok: true } | { ok: false; status: number; message: string; headers?: Record<string, string> };

export function checkRequest(request: IncomingMessage, options: HttpGuardOptions): GuardVerdict {
  const host = request.headers.host;
  if (!options.allowedHosts.has('*')) {
    if (host === undefined || !options.allowedHosts.has(hostnameOf(host))) {
      return {
        ok: false,
        status: 403,
        message: `Forbidden: Host header "${host ?? ''}" is not allowed (DNS rebinding protection; allow it with --allowed-host)`,
      };
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !options.allowedOrigins.has(origin)) {
      let originHost: string;
      try {
        originHost = hostnameOf(new URL(origin).host);
      } catch {
        return { ok: false, status: 403, message: `Forbidden: Origin "${origin}" is not a valid origin` };
      }
      if (!options.allowedHosts.has(originHost)) {
        return { ok: false, status: 403, message: `Forbidden: Origin "${origin}" is not allowed (allow it with --allowed-origin)` };
      }
    }
  }
  if (options.authToken !== undefined) {
    const header = request.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    const expected = Buffer.from(options.authToken);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return {
        ok: false,
        status: 401,
        message: 'Unauthorized: a valid bearer token is required',
        headers: { 'www-authenticate': 'Bearer realm="inftool"' },
      };
    }
  }
  return { ok: true };
}
