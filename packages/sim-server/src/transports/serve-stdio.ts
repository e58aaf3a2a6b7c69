import type { Simulation } from '../simulation.js';
import { StdioTransport } from './stdio-transport.js';

/** Serves one session over stdin/stdout; resolves when stdin closes. */
export async function serveStdio(simulation: Simulation): Promise<void> {
  const server = simulation.createServer('stdio');
  const transport = new StdioTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
  });
  await server.connect(transport); // the SDK chains our onclose with its own
  await closed;
}
