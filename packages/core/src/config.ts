/**
 * The one place core reads the environment. Everything else takes resolved options.
 */
export interface ModelEndpointConfig {
  /** Defaults to process.env['OPENAI_BASE_URL']. */
  baseURL: string | undefined;
  /** Defaults to process.env['OPENAI_API_KEY']. */
  apiKey: string | undefined;
}

export function modelEndpointFromEnv(env: NodeJS.ProcessEnv = process.env): ModelEndpointConfig {
  return { baseURL: env['OPENAI_BASE_URL'] || undefined, apiKey: env['OPENAI_API_KEY'] || undefined };
}
