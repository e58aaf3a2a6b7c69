/** Test support: a real SDK client wired to a Simulation in-process, or to a spawned `inftool serve`. */
import { fileURLToPath } from 'node:url';
import { Client, type ClientOptions } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Simulation, type SimulationOptions } from '@inftool/sim-server';
import { WORLD_META_KEY } from '@inftool/core';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../../packages/harness/dist/cli.js', import.meta.url));
export const demoTree = fileURLToPath(new URL('../../examples/demo-tree.json', import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export interface Connected {
  client: Client;
  simulation: Simulation;
  close(): Promise<void>;
}

export async function connectInMemory(options: Partial<SimulationOptions> = {}, clientOptions: ClientOptions = {}): Promise<Connected> {
  const simulation = await Simulation.create({ treeFile: demoTree, ...options });
  const server = simulation.createServer(`test-${Math.random()}`);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await server.connect(serverTransport);
  const client = new Client({ name: 'inftool-test', version: '0.0.0' }, clientOptions);
  await client.connect(clientTransport);
  return {
    client,
    simulation,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** A tool call's outcome as a test reads it: the error flag, the result text and that text parsed (or `{}`). */
export interface CallOutcome {
  isError: boolean;
  value: Record<string, unknown>;
  text: string;
}

/** Calls `name` on a connected session, in the world `world` (`_meta["inftool/world"]`) when given. */
export async function callInWorld(on: Connected, name: string, args: Record<string, unknown>, world?: string): Promise<CallOutcome> {
  const result = (await on.client.callTool({ name, arguments: args, ...(world ? { _meta: { [WORLD_META_KEY]: world } } : {}) })) as {
    isError?: boolean;
    content: Array<{ type: string; text?: string }>;
  };
  const text = result.content.map((block) => (block.type === 'text' ? (block.text ?? '') : '')).join('');
  let value: Record<string, unknown> = {};
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    value = {};
  }
  return { isError: result.isError === true, value, text };
}
