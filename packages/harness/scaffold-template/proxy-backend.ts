// Written by `inftool scaffold --mode proxy`: each tool calls the real API operation it came from.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { errorResult, type Backend, type ToolDefinition } from './runtime.js';
import { ENV_PREFIX } from './server.js';

type Location = 'path' | 'query' | 'header' | 'cookie' | 'body';

/** `_meta["inftool/source"]` of an OpenAPI tool: the operation and where each argument goes. */
interface Operation {
  method: string;
  path: string;
  parameters?: Record<string, { in: Location; name: string }>;
  /** Parameters the client adds itself: credentials (from the environment) and constants. */
  plumbing?: Array<{ in: Location; name: string; kind: 'credential' | 'signature' | 'transport' | 'constant'; value?: unknown }>;
  /** The credentials of the operation's security requirement. */
  security?: Array<{ scheme: string; type: string; httpScheme?: string; in: Location; name: string }>;
  /** The API answers with a bare array; the structured result carries it under this property. */
  wrappedOutput?: string;
}

const variable = (name: string): string =>
  `${ENV_PREFIX}_${name
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()}`;

/**
 * The credentials one call sends, each read from the environment (README.md lists them): an API key
 * from `<PREFIX>_<ITS NAME>` (`X-Api-Key` → `<PREFIX>_X_API_KEY`); a bearer token (HTTP bearer,
 * OAuth 2, OpenID Connect) from `<PREFIX>_TOKEN`; HTTP basic from `<PREFIX>_USERNAME` and
 * `<PREFIX>_PASSWORD`; any other credential parameter from `<PREFIX>_<ITS NAME>`, sent as it is.
 * Returns the values to place, and the variables that are not set.
 */
export function credentials(
  operation: Operation,
  environment: NodeJS.ProcessEnv,
): { place: Array<[Location, string, string]>; missing: string[] } {
  const place: Array<[Location, string, string]> = [];
  const missing = new Set<string>();
  const read = (name: string): string | undefined => {
    const value = environment[name];
    if (value === undefined || value === '') missing.add(name);
    return value === '' ? undefined : value;
  };
  const seen = new Set<string>();
  for (const credential of operation.security ?? []) {
    seen.add(`${credential.in}:${credential.name.toLowerCase()}`);
    if (credential.type === 'apiKey') {
      const value = read(variable(credential.name));
      if (value !== undefined) place.push([credential.in, credential.name, value]);
    } else if (credential.httpScheme === 'basic' || credential.type === 'basic') {
      const user = read(`${ENV_PREFIX}_USERNAME`);
      const password = read(`${ENV_PREFIX}_PASSWORD`);
      if (user !== undefined && password !== undefined)
        place.push(['header', 'Authorization', `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`]);
    } else {
      const token = read(`${ENV_PREFIX}_TOKEN`);
      if (token !== undefined) place.push(['header', 'Authorization', `Bearer ${token}`]);
    }
  }
  for (const plumbing of operation.plumbing ?? []) {
    if (plumbing.kind !== 'credential' || seen.has(`${plumbing.in}:${plumbing.name.toLowerCase()}`)) continue;
    const value = read(variable(plumbing.name));
    if (value !== undefined) place.push([plumbing.in, plumbing.name, value]);
  }
  return { place, missing: [...missing] };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The HTTP request for one call: path parameters filled in, query, headers, cookies and the JSON body placed as the spec says. */
export function buildRequest(
  baseUrl: string,
  operation: Operation,
  args: Record<string, unknown>,
  environment: NodeJS.ProcessEnv,
): { url: URL; init: RequestInit; missing: string[] } {
  const headers = new Headers({ accept: 'application/json' });
  const cookies: string[] = [];
  const query = new URLSearchParams();
  let path = operation.path;
  let body: Record<string, unknown> | undefined;
  let wholeBody: unknown;
  const place = (where: Location, name: string, value: unknown): void => {
    if (value === undefined) return;
    if (where === 'path') path = path.replaceAll(`{${name}}`, encodeURIComponent(text(value)));
    else if (where === 'query') {
      // Arrays repeat the parameter (OpenAPI's default `form`, `explode: true`); objects travel as JSON.
      for (const item of Array.isArray(value) ? value : [value]) query.append(name, text(item));
    } else if (where === 'header') headers.set(name, Array.isArray(value) ? value.map(text).join(',') : text(value));
    else if (where === 'cookie') cookies.push(`${name}=${encodeURIComponent(text(value))}`);
    else if (name === '') wholeBody = value;
    else (body ??= {})[name] = value;
  };
  for (const [property, value] of Object.entries(args)) {
    const target = operation.parameters?.[property];
    // An argument the operation does not place (there should be none) goes in the body, where an API can refuse it.
    place(target?.in ?? 'body', target?.name ?? property, value);
  }
  for (const plumbing of operation.plumbing ?? [])
    if (plumbing.kind === 'constant' && plumbing.value !== undefined) place(plumbing.in, plumbing.name, plumbing.value);
  const { place: secrets, missing } = credentials(operation, environment);
  for (const [where, name, value] of secrets) place(where, name, value);
  if (cookies.length > 0) headers.set('cookie', cookies.join('; '));
  const payload = wholeBody !== undefined ? wholeBody : body;
  if (payload !== undefined) headers.set('content-type', 'application/json');
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  query.forEach((value, key) => url.searchParams.append(key, value));
  return {
    url,
    init: { method: operation.method, headers, ...(payload === undefined ? {} : { body: JSON.stringify(payload) }) },
    missing,
  };
}

/** The response as an MCP result: JSON becomes `structuredContent` (an object; a bare array under `wrappedOutput`) and text; an HTTP error becomes `isError`. */
export async function toResult(response: Response, operation: Operation): Promise<CallToolResult> {
  const raw = await response.text();
  if (!response.ok) {
    const detail = raw.trim().slice(0, 2000);
    return errorResult(
      `HTTP ${response.status} ${response.statusText} from ${operation.method} ${operation.path}${detail ? `: ${detail}` : ''}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = raw.trim() === '' ? undefined : JSON.parse(raw);
  } catch {
    return { content: [{ type: 'text', text: raw }] };
  }
  const structured =
    Array.isArray(parsed) && operation.wrappedOutput
      ? { [operation.wrappedOutput]: parsed }
      : typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : undefined;
  return {
    content: [{ type: 'text', text: parsed === undefined ? `${response.status} ${response.statusText}` : JSON.stringify(parsed) }],
    ...(structured === undefined ? {} : { structuredContent: structured }),
  };
}

export async function createBackend(environment: NodeJS.ProcessEnv = process.env): Promise<Backend> {
  const baseVariable = `${ENV_PREFIX}_BASE_URL`;
  const timeoutMs = Number(environment[`${ENV_PREFIX}_TIMEOUT_MS`] ?? 30_000);
  const call = async (tool: ToolDefinition, args: Record<string, unknown>, signal: AbortSignal): Promise<CallToolResult> => {
    const operation = tool._meta?.['inftool/source'] as Operation | undefined;
    if (operation === undefined) return errorResult(`${tool.name} has no API operation in tools.json`);
    const baseUrl = environment[baseVariable];
    if (baseUrl === undefined || baseUrl === '')
      return errorResult(`${baseVariable} is not set: set it to the API's base URL (e.g. https://api.example.com/v1)`);
    let request: ReturnType<typeof buildRequest>;
    try {
      request = buildRequest(baseUrl, operation, args, environment);
    } catch (error) {
      return errorResult(`cannot build the request for ${tool.name}: ${(error as Error).message}`);
    }
    if (request.missing.length > 0) return errorResult(`${tool.name} needs credentials: set ${request.missing.join(', ')}`);
    try {
      const response = await fetch(request.url, { ...request.init, signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) });
      return await toResult(response, operation);
    } catch (error) {
      return errorResult(`${operation.method} ${request.url.origin}${request.url.pathname} failed: ${(error as Error).message}`);
    }
  };
  return { openSession: () => call };
}
