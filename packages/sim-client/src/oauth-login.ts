import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnauthorizedError, type OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import type { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import { InfToolError } from '@inftool/core';

export interface LoginOptions {
  /** Opens the authorization URL for the person signing in (a browser). Defaults to printing it on stderr. */
  open?: (url: URL) => void | Promise<void>;
  /** Loopback port of the redirect (RFC 8252 §7.3). Defaults to 0: any free port. */
  port?: number;
  scope?: string;
  /** A pre-registered client; without one the client registers itself (dynamic client registration). */
  clientId?: string;
  clientSecret?: string;
  /**
   * A client ID metadata document: the HTTPS URL where this client publishes its metadata. An
   * authorization server that accepts URL-based client IDs (`client_id_metadata_document_supported`)
   * gets it as the `client_id` instead of a registration; others still register the client.
   */
  clientMetadataUrl?: string;
  /** How long to wait for the sign-in to come back. Defaults to 5 minutes. */
  timeoutMs?: number;
}

/**
 * OAuth 2.1 authorization code with PKCE for a command-line client: the redirect comes back to a
 * listener on 127.0.0.1, the authorization URL is handed to `open` (a browser, or anything that
 * follows it), and the SDK's `auth()` does discovery, registration and the token exchange. One
 * sign-in per provider; the tokens stay in memory.
 */
export class LoopbackLoginProvider implements OAuthClientProvider {
  private information: OAuthClientInformationMixed | undefined;
  private saved: OAuthTokens | undefined;
  private verifier: string | undefined;
  private expectedState: string | undefined;
  private waiting: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  /** The code of the sign-in under way, once `redirectToAuthorization` has run. */
  pendingCode: Promise<string> | undefined;

  private constructor(
    private readonly server: Server,
    private readonly port: number,
    private readonly options: LoginOptions,
  ) {
    if (options.clientId)
      this.information = { client_id: options.clientId, ...(options.clientSecret ? { client_secret: options.clientSecret } : {}) };
  }

  /** Starts the redirect listener. */
  static async start(options: LoginOptions = {}): Promise<LoopbackLoginProvider> {
    // The listener is up before the provider exists (the redirect URL needs its port).
    const started: { provider?: LoopbackLoginProvider } = {};
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/callback') return void response.writeHead(404).end();
      const outcome = started.provider?.receive(url.searchParams) ?? 'the client is not ready';
      response.writeHead(outcome === 'ok' ? 200 : 400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(outcome === 'ok' ? 'Signed in; you can close this page.\n' : `Sign-in failed: ${outcome}\n`);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new InfToolError('config', `cannot listen for the OAuth redirect on 127.0.0.1:${options.port ?? 0}: ${error.message}`)),
      );
      server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
    started.provider = new LoopbackLoginProvider(server, (server.address() as AddressInfo).port, options);
    return started.provider;
  }

  get clientMetadataUrl(): string | undefined {
    return this.options.clientId ? undefined : this.options.clientMetadataUrl;
  }

  get redirectUrl(): string {
    return `http://127.0.0.1:${this.port}/callback`;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: 'inftool',
      redirect_uris: [this.redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: this.options.clientId && !this.options.clientSecret ? 'none' : 'client_secret_basic',
      ...(this.options.scope ? { scope: this.options.scope } : {}),
    };
  }

  state(): string {
    this.expectedState = randomBytes(16).toString('hex');
    return this.expectedState;
  }

  clientInformation(): OAuthClientInformationMixed | undefined {
    return this.information;
  }

  saveClientInformation(information: OAuthClientInformationMixed): void {
    this.information = information;
  }

  tokens(): OAuthTokens | undefined {
    return this.saved;
  }

  saveTokens(tokens: OAuthTokens): void {
    this.saved = tokens;
  }

  saveCodeVerifier(verifier: string): void {
    this.verifier = verifier;
  }

  codeVerifier(): string {
    if (!this.verifier) throw new InfToolError('connection_failed', 'no OAuth sign-in is under way (no PKCE code verifier)');
    return this.verifier;
  }

  async redirectToAuthorization(url: URL): Promise<void> {
    this.pendingCode = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new InfToolError('connection_failed', `no OAuth sign-in came back to ${this.redirectUrl} in time`)),
        this.options.timeoutMs ?? 300_000,
      );
      timer.unref();
      this.waiting = {
        resolve: (code) => (clearTimeout(timer), resolve(code)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      };
    });
    this.pendingCode.catch(() => undefined);
    if (this.options.open) await this.options.open(url);
    else process.stderr.write(`Sign in to the MCP server's authorization server: ${url.href}\n`);
  }

  /** One sign-in's redirect: its code, or why there is none. */
  private receive(query: URLSearchParams): 'ok' | string {
    if (!this.waiting) return 'no sign-in is under way';
    const error = query.get('error');
    const code = query.get('code');
    let problem: string | undefined;
    if (error)
      problem = `the authorization server answered ${error}${query.get('error_description') ? `: ${query.get('error_description')}` : ''}`;
    else if (this.expectedState !== undefined && query.get('state') !== this.expectedState) problem = 'the state does not match';
    else if (!code) problem = 'the redirect carries no code';
    const waiting = this.waiting;
    this.waiting = undefined;
    if (problem) {
      waiting.reject(new InfToolError('connection_failed', `OAuth sign-in failed: ${problem}`));
      return problem;
    }
    waiting.resolve(code as string);
    return 'ok';
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * Puts a sign-in between a request and its retry: when the HTTP transport answers a send with
 * `UnauthorizedError` because it handed an authorization URL to `login` (the first request, or a
 * later one that needs more scope), this waits for the code, exchanges it through the transport
 * (`finishAuth`) and sends the message again, so neither the handshake nor a tool call is lost.
 */
export class SignInTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private exchange: { code: Promise<string>; done: Promise<void> } | undefined;

  constructor(
    private readonly inner: StreamableHTTPClientTransport,
    private readonly login: LoopbackLoginProvider,
  ) {
    inner.onmessage = (message) => this.onmessage?.(message);
    inner.onclose = () => this.onclose?.();
    inner.onerror = (error) => this.onerror?.(error);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion(version);
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    try {
      return await this.inner.send(message, options);
    } catch (error) {
      const code = this.login.pendingCode;
      if (!(error instanceof UnauthorizedError) || !code) throw error;
      // Parallel requests that hit the same sign-in share one code exchange.
      if (this.exchange?.code !== code) this.exchange = { code, done: code.then((value) => this.inner.finishAuth(value)) };
      await this.exchange.done;
      if (this.login.pendingCode === code) this.login.pendingCode = undefined;
      return this.inner.send(message, options);
    }
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
