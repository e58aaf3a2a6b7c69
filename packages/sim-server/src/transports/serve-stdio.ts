import type { Simulation } from '../simulation.js';
import { StdioTransport, type StdioTransportOptions } from './stdio-transport.js';

/** Serves one session over stdin/stdout; resolves when stdin closes and the requests in flight are answered. */
export async function serveStdio(simulation: Simulation, options: StdioTransportOptions = {}): Promise<void> {
  const server = simulation.createServer('stdio');
  const transport = new StdioTransport(process.stdin, process.stdout, options);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
  });
  await server.connect(transport); // the SDK chains our onclose with its own
  await closed;
}
