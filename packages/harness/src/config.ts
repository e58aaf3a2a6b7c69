/**
 * The one place the harness reads the environment; commands receive resolved values.
 */
import { modelEndpointFromEnv, type ModelEndpointConfig } from '@inftool/core';

export interface HarnessEnvironment {
  endpoint: ModelEndpointConfig;
  /** Defaults to process.env['INFTOOL_AUTH_TOKEN']: the bearer token `serve --transport http` requires. */
  authToken: string | undefined;
  /** Defaults to process.env['INFTOOL_BEARER_TOKEN']: the bearer token `agent` sends to HTTP MCP servers. */
  bearerToken: string | undefined;
  /** Defaults to process.env['INFTOOL_OAUTH_CLIENT_SECRET']: the OAuth client secret of `agent --oauth-client-id`. */
  oauthClientSecret: string | undefined;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): HarnessEnvironment {
  return {
    endpoint: modelEndpointFromEnv(env),
    authToken: env['INFTOOL_AUTH_TOKEN'] || undefined,
    bearerToken: env['INFTOOL_BEARER_TOKEN'] || undefined,
    oauthClientSecret: env['INFTOOL_OAUTH_CLIENT_SECRET'] || undefined,
  };
}
