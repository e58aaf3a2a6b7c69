import type { ToolSpec } from '@inftool/core';
import type { CatalogTool } from '@inftool/sim-server';
import type { ScaffoldMode, ScaffoldReport } from './scaffold.js';
import { SOURCE_META_KEY } from '@inftool/core';

/** `_meta["inftool/source"]` as the OpenAPI importer writes it (see mcp-tree's importers/imported.ts). */
interface SourceOperation {
  format?: string;
  method?: string;
  path?: string;
  parameters?: Record<string, { in: string; name: string }>;
  plumbing?: Array<{ in: string; name: string; kind: string; value?: unknown; scheme?: string }>;
  security?: Array<{ scheme: string; type: string; httpScheme?: string; in: string; name: string }>;
}

/** `X-Api-Key` → `X_API_KEY`; the proxy template computes the same names at run time. */
export const upperSnake = (name: string): string =>
  name
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();

/** The prefix of the server's environment variables: its name in upper snake case, never starting with a digit. */
export function environmentPrefix(server: string): string {
  const prefix = upperSnake(server) || 'SERVER';
  return /^[0-9]/.test(prefix) ? `API_${prefix}` : prefix;
}

export const operationOf = (tool: ToolSpec): SourceOperation | undefined => {
  const source = tool._meta?.[SOURCE_META_KEY];
  return typeof source === 'object' && source !== null ? (source as SourceOperation) : undefined;
};

/** The environment variables a generated server reads: its seed, or the API's base URL and credentials. */
export function environmentOf(tools: readonly CatalogTool[], mode: ScaffoldMode, prefix: string): ScaffoldReport['environment'] {
  if (mode === 'simulated')
    return [
      {
        name: `${prefix}_SEED`,
        purpose: 'seed of the simulated results (same seed, same results); defaults to "inftool"',
        required: false,
      },
    ];
  const variables = new Map<string, ScaffoldReport['environment'][number]>();
  variables.set(`${prefix}_BASE_URL`, {
    name: `${prefix}_BASE_URL`,
    purpose: "the API's base URL, e.g. https://api.example.com/v1",
    required: true,
  });
  variables.set(`${prefix}_TIMEOUT_MS`, {
    name: `${prefix}_TIMEOUT_MS`,
    purpose: 'timeout of one API request in ms; defaults to 30000',
    required: false,
  });
  const add = (name: string, purpose: string): void => {
    const earlier = variables.get(name);
    if (earlier === undefined) variables.set(name, { name, purpose, required: true });
    else if (!earlier.purpose.includes(purpose)) earlier.purpose += `; ${purpose}`;
  };
  // The same names the proxy backend reads (scaffold-template/proxy-backend.ts, `credentials`).
  for (const tool of tools) {
    const operation = operationOf(tool.spec);
    const seen = new Set<string>();
    for (const credential of operation?.security ?? []) {
      seen.add(`${credential.in}:${credential.name.toLowerCase()}`);
      if (credential.type === 'apiKey')
        add(
          `${prefix}_${upperSnake(credential.name)}`,
          `API key sent as ${credential.in} ${credential.name} (security scheme ${credential.scheme})`,
        );
      else if (credential.httpScheme === 'basic' || credential.type === 'basic') {
        add(`${prefix}_USERNAME`, `user name of HTTP basic auth (security scheme ${credential.scheme})`);
        add(`${prefix}_PASSWORD`, `password of HTTP basic auth (security scheme ${credential.scheme})`);
      } else add(`${prefix}_TOKEN`, `token sent as "Authorization: Bearer <token>" (security scheme ${credential.scheme})`);
    }
    for (const plumbing of operation?.plumbing ?? [])
      if (plumbing.kind === 'credential' && !seen.has(`${plumbing.in}:${plumbing.name.toLowerCase()}`))
        add(`${prefix}_${upperSnake(plumbing.name)}`, `credential sent as ${plumbing.in} ${plumbing.name}, the value as it is`);
  }
  return [...variables.values()];
}
