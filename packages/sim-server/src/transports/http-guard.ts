import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

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

/** A bind address that listens on every interface (`0.0.0.0`, `::`). */
export function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]' || host === '';
}

/**
 * The Host names a server bound to `host` answers to without `--allowed-host`. Loopback binds: the
 * loopback names. Every interface (`0.0.0.0`): those too (a client on this machine uses them), the
 * machine's own addresses and its name; none of these can be an attacker's DNS name, so DNS-rebinding
 * protection holds. Any other address: itself.
 */
export function ownHostNames(host: string): string[] {
  if (isLoopback(host)) return LOOPBACK_HOSTS;
  if (!isWildcard(host)) return [host.toLowerCase()];
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((address) => (address === undefined ? [] : [address.family === 'IPv6' ? `[${address.address}]` : address.address]));
  return [...new Set([...LOOPBACK_HOSTS, ...addresses.map((address) => address.toLowerCase()), hostname().toLowerCase()])];
}

/** The token of an `Authorization: Bearer <token>` header; the scheme is case-insensitive (RFC 9110 §11.1). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * The guard of a server bound to `host`: the names it answers to (`ownHostNames`), plus the extra hosts
 * and origins the user allowed. Shared by every HTTP server of the project (`serve`, `view`).
 */
export function guardOptions(options: {
  host: string;
  allowedHosts?: readonly string[];
  allowedOrigins?: readonly string[];
  authToken?: string;
}): HttpGuardOptions {
  return {
    allowedHosts: new Set([...ownHostNames(options.host), ...(options.allowedHosts ?? []).map((name) => name.toLowerCase())]),
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
    const given = Buffer.from(bearerToken(request.headers.authorization) ?? '');
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
