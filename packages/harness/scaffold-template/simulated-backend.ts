// Written by `inftool scaffold --mode simulated`: each tool is answered by InfTool's simulation
// (the faker engine), in-process, from tools.json; no API and no key needed.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { callTool, SessionState, Simulation, type ClientBridge } from '@inftool/sim-server';
import { fileURLToPath } from 'node:url';
import { TOOLS_FILE, type Backend, type ToolDefinition } from './runtime.js';
import { ENV_PREFIX } from './server.js';

/** The simulation asks nothing of the client: no sampling, no elicitation. */
const quietClient: ClientBridge = {
  supports: () => false,
  sample: () => Promise.reject(new Error('sampling is not available in this server')),
  elicit: () => Promise.resolve({ action: 'decline' }),
  progress: () => Promise.resolve(),
  log: () => Promise.resolve(),
  closeStream: () => undefined,
};

export async function createBackend(environment: NodeJS.ProcessEnv = process.env): Promise<Backend> {
  const simulation = await Simulation.create({ treeFile: fileURLToPath(TOOLS_FILE), seed: environment[`${ENV_PREFIX}_SEED`] ?? 'inftool' });
  let sessions = 0;
  return {
    openSession: () => {
      sessions += 1;
      const session = new SessionState(`session-${sessions}`, '');
      return (tool: ToolDefinition, args: Record<string, unknown>, signal: AbortSignal): Promise<CallToolResult> =>
        callTool(simulation.context, session, { name: tool.name, arguments: args, progressToken: undefined }, quietClient, signal);
    },
  };
}
