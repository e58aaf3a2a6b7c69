import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { InfToolError, errorMessage, type InfrastructureFailure } from '@inftool/core';
import type { McpConnection } from './connect.js';

/** The MCP server, as a source of infrastructure failures (the circuit breaker counts per source). */
export const MCP_SERVER_SOURCE = 'the MCP server';

/**
 * Why a tool call failed for the session rather than for the call, or undefined when the server
 * answered (a JSON-RPC error such as -32602 is the call's own outcome, and so is a request the HTTP
 * transport refused for its size or shape: 400, 413). A session failure is: the server refused the
 * credentials after connecting (401, 403, an OAuth flow that failed), no longer knows the session
 * (404), failed (5xx), closed the connection or died (stdio process gone, `Connection closed`,
 * `Not connected`, a fetch that cannot reach it), a closed event stream that could not be resumed,
 * or no answer within the request timeout.
 */
export function sessionFailure(error: unknown, connection: Pick<McpConnection, 'where' | 'lostReason'>): InfrastructureFailure | undefined {
  const failure = (kind: InfrastructureFailure['kind'], message: string, status?: number): InfrastructureFailure => ({
    kind,
    source: MCP_SERVER_SOURCE,
    message: `MCP server ${connection.where} ${message}`,
    ...(status === undefined ? {} : { status }),
  });
  const lost = connection.lostReason();
  if (error instanceof UnauthorizedError)
    return failure('auth', `refused the credentials during a tool call (${errorMessage(error)})`, 401);
  if (error instanceof StreamableHTTPError) {
    const status = error.code;
    if (status === 401) return failure('auth', 'refused the credentials during a tool call (HTTP 401 Unauthorized)', 401);
    if (status === 403) return failure('auth', 'forbade a tool call (HTTP 403 Forbidden)', 403);
    if (status === 404) return failure('unreachable', 'no longer knows the session (HTTP 404): it ended or expired', 404);
    if (status !== undefined && status >= 500) return failure('server_error', `failed a tool call (HTTP ${status})`, status);
    if (status === 408 || status === 429)
      return failure(status === 408 ? 'timeout' : 'rate_limited', `refused a tool call (HTTP ${status})`, status);
    return undefined;
  }
  if (error instanceof McpError) {
    if (error.code === ErrorCode.ConnectionClosed)
      return failure('unreachable', `closed the session during a tool call${lost ? `: ${lost}` : ''}`);
    if (error.code === ErrorCode.RequestTimeout) return failure('timeout', `did not answer a tool call in time (${errorMessage(error)})`);
    return undefined;
  }
  if (lost) return failure('unreachable', `lost the session: ${lost}`);
  // A result the SDK could not parse came from a server that answered: the call's outcome, not the session's.
  if (error instanceof Error && Array.isArray((error as { issues?: unknown }).issues)) return undefined;
  // Anything else thrown by the SDK's client is the transport's (a fetch that failed, a closed stdio pipe).
  return failure('unreachable', `could not be reached during a tool call (${errorMessage(error)})`);
}

/** Thrown by the assistant when a tool call fails for the session: not a tool error the model should see, the conversation cannot go on. */
export class SessionFailed extends InfToolError {
  constructor(readonly failure: InfrastructureFailure) {
    super('infrastructure', failure.message, {
      category: 'third_party',
      retryable: true,
      details: { infrastructure: { ...failure } },
    });
    this.name = 'SessionFailed';
  }
}
