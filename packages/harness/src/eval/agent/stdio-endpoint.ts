import type { Readable, Writable } from 'node:stream';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The task's endpoint over stdio (what `INFTOOL_MCP_COMMAND` starts): every JSON-RPC line the agent
 * writes is sent to the task's Streamable HTTP endpoint, every message the endpoint answers is written
 * back as a line. The task's server is the same one the URL reaches, so the server-side record, the
 * plan's world and faults hold for both. Resolves when stdin ends and the requests in flight are answered.
 */
export async function bridgeStdio(url: string, input: Readable = process.stdin, output: Writable = process.stdout): Promise<void> {
  const stdio = new StdioServerTransport(input, output);
  const http = new StreamableHTTPClientTransport(new URL(url));
  const inFlight = new Set<Promise<void>>();
  const answer = (message: JSONRPCMessage): Promise<void> => stdio.send(message).catch(() => undefined);
  stdio.onmessage = (message) => {
    const sent = http.send(message).catch(async (error: unknown) => {
      if ('method' in message && 'id' in message)
        await answer({ jsonrpc: '2.0', id: message.id, error: { code: -32000, message: `the task's server: ${errorText(error)}` } });
    });
    inFlight.add(sent);
    void sent.finally(() => inFlight.delete(sent));
  };
  // A line that is not JSON-RPC gets an error, as a stdio server would answer it, instead of silence.
  stdio.onerror = (error) =>
    void answer({ jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${errorText(error)}` } } as never);
  http.onmessage = (message) => {
    const result = 'result' in message ? (message.result as { protocolVersion?: unknown; serverInfo?: unknown }) : undefined;
    if (typeof result?.protocolVersion === 'string' && result.serverInfo !== undefined) http.setProtocolVersion(result.protocolVersion);
    void answer(message);
  };
  http.onerror = (error) => process.stderr.write(`inftool stdio endpoint: ${errorText(error)}\n`);
  const ended = new Promise<void>((resolve) => {
    input.once('end', resolve);
    input.once('close', resolve);
  });
  await http.start();
  await stdio.start();
  await ended;
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  await http.terminateSession().catch(() => undefined);
  await Promise.allSettled([http.close(), stdio.close()]);
}
