import { readFileSync } from 'node:fs';
import type { OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import { ClientCredentialsProvider, PrivateKeyJwtProvider } from '@modelcontextprotocol/sdk/client/auth-extensions.js';
import { InfToolError, errorMessage } from '@inftool/core';
import type { LoopbackLoginProvider } from './oauth-login.js';

/**
 * How the client proves who it is to an HTTP server: a static bearer token, or OAuth 2.1
 * client credentials (machine to machine, no browser) through the SDK's auth providers, which
 * discover the authorization server from the MCP server's protected-resource metadata on a 401.
 */
export type HttpAuth =
  | { kind: 'bearer'; token: string }
  | {
      kind: 'client_credentials';
      clientId: string;
      /** `client_secret_basic`: the secret goes to the token endpoint in an Authorization header. */
      clientSecret?: string;
      /** `private_key_jwt`: a PEM private key that signs the client assertion. */
      privateKey?: string;
      /** Signing algorithm of `privateKey` (e.g. RS256, ES256). Defaults to RS256. */
      algorithm?: string;
      scope?: string;
      /** The authorization server the credentials belong to; another one advertised by the server is refused. */
      issuer?: string;
    }
  /** Authorization code with PKCE: a person signs in (see `LoopbackLoginProvider`). */
  | { kind: 'login'; login: LoopbackLoginProvider };

/** Parses one `--header 'Name: value'`; the name must be a valid HTTP token. */
export function parseHeader(text: string): [string, string] {
  const colon = text.indexOf(':');
  const name = colon < 0 ? '' : text.slice(0, colon).trim();
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
    throw new InfToolError('invalid_input', `a header is 'Name: value' with a name of letters, digits and -, got "${text}"`);
  const value = text.slice(colon + 1).trim();
  if (/[\r\n\0]/.test(value)) throw new InfToolError('invalid_input', `the value of header ${name} has a line break or NUL in it`);
  return [name, value];
}

/** Headers from repeated `--header` options; a name given twice is an error (which one was meant?). */
export function parseHeaders(texts: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const text of texts) {
    const [name, value] = parseHeader(text);
    const key = name.toLowerCase();
    if (seen.has(key))
      throw new InfToolError('invalid_input', `header ${name} is given twice (--header "${seen.get(key)}: …" and "${text}")`);
    seen.set(key, name);
    headers[name] = value;
  }
  return headers;
}

/** The SDK auth provider for OAuth client credentials, or undefined for a bearer token (a plain header). */
export function oauthProvider(auth: HttpAuth | undefined): OAuthClientProvider | undefined {
  if (!auth || auth.kind === 'bearer') return undefined;
  if (auth.kind === 'login') return auth.login;
  const common = {
    clientId: auth.clientId,
    clientName: 'inftool',
    ...(auth.scope ? { scope: auth.scope } : {}),
    ...(auth.issuer ? { expectedIssuer: auth.issuer } : {}),
  };
  if (auth.privateKey !== undefined && auth.clientSecret !== undefined)
    throw new InfToolError('invalid_input', 'OAuth client credentials take a client secret or a private key, not both');
  if (auth.privateKey !== undefined) {
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(auth.privateKey))
      throw new InfToolError('invalid_input', 'the OAuth private key is not a PEM private key (-----BEGIN PRIVATE KEY-----)');
    return new PrivateKeyJwtProvider({ ...common, privateKey: auth.privateKey, algorithm: auth.algorithm ?? 'RS256' });
  }
  if (auth.clientSecret === undefined)
    throw new InfToolError('invalid_input', 'OAuth client credentials need a client secret or a private key');
  return new ClientCredentialsProvider({ ...common, clientSecret: auth.clientSecret });
}

/** Reads a PEM private key file for `private_key_jwt`, naming the file when it cannot. */
export function readPrivateKey(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InfToolError('invalid_input', `cannot read the OAuth private key ${path}: ${errorMessage(error)}`);
  }
}
