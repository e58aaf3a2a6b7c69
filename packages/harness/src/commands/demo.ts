import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { Simulation, serveHttp } from '@inftool/sim-server';

const DEFAULT_TREE = fileURLToPath(new URL('../../../../examples/demo-tree.json', import.meta.url));

function firstText(result: CallToolResult): string {
  const block = result.content.find((entry) => entry.type === 'text');
  return block && block.type === 'text' ? block.text : JSON.stringify(result.content);
}

/**
 * The offline main job, as far as the project has grown: serve the demo tree over Streamable HTTP,
 * connect a real MCP client, list every tool page by page and exercise the simulated world (search,
 * book and read back, invalid arguments, a pinned tool). No model, no API key.
 */
export function demoCommand(): Command {
  return new Command('demo')
    .summary('offline end-to-end demo: serve a tree over HTTP and drive it with an MCP client')
    .option('--tree <file>', 'ToolTree to serve', DEFAULT_TREE)
    .option('--seed <text>', 'seed for the faker engine', 'demo')
    .action(async (flags: { tree: string; seed: string }) => {
      const out = (line = ''): void => void process.stdout.write(`${line}\n`);
      const started = performance.now();
      const simulation = await Simulation.create({ treeFile: flags.tree, engine: 'faker', seed: flags.seed, pageSize: 4 });
      const server = await serveHttp(simulation, { port: 0 });
      const client = new Client({ name: 'inftool-demo', version: '0.1.0' });
      try {
        await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
        out(`InfTool demo: ${simulation.catalog.tools.length} simulated tools from ${flags.tree} at ${server.url}`);
        const tools: Tool[] = [];
        let pages = 0;
        let cursor: string | undefined;
        do {
          const page = await client.listTools(cursor ? { cursor } : {});
          tools.push(...page.tools);
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor);
        out(`tools/list: ${tools.length} tools in ${pages} pages of at most ${simulation.pageSize}`);

        const call = async (name: string, args: Record<string, unknown>): Promise<CallToolResult> => {
          const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
          out(`\n> ${name} ${JSON.stringify(args)}${result.isError ? '  [isError]' : ''}`);
          out(`  ${firstText(result).slice(0, 300)}`);
          return result;
        };
        const search = await call('search_flights', { origin: 'CDG', destination: 'JFK', date: '2026-12-24' });
        const flight = (search.structuredContent as { flights: Array<{ flight_id: string }> }).flights[0];
        const booking = await call('book_flight', { flight_id: flight?.flight_id ?? 'AF123', passenger_name: 'Ada Lovelace', email: 'ada@example.com' });
        const bookingId = (booking.structuredContent ?? JSON.parse(firstText(booking))) as { id: string };
        await call('get_booking', { booking_id: bookingId.id });
        await call('cancel_booking', { booking_id: bookingId.id });
        await call('get_booking', { booking_id: bookingId.id });
        await call('get_current_weather', { city: 'Oslo', unit: 'kelvin' });
        await call('service_status', {});
        out(`\ndone in ${Math.round(performance.now() - started)} ms. Next: \`pnpm inftool serve --help\` to serve your own tree.`);
      } finally {
        await client.close();
        await server.close();
      }
    });
}
