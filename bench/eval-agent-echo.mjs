// The cheapest agent `inftool eval agent` can run (bench/eval-agent.mjs): it opens its MCP session,
// lists the tools, calls the first one with no arguments on every turn and answers "Done." It writes
// its pid to BENCH_PIDS so the bench can check no agent outlived its task.
import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

if (process.env.BENCH_PIDS) appendFileSync(process.env.BENCH_PIDS, `${process.pid}\n`);
const url = process.env.INFTOOL_MCP_URL;
let session;
let id = 0;
async function rpc(method, params, notification = false) {
  const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  if (session) headers['mcp-session-id'] = session;
  const body = notification ? { jsonrpc: '2.0', method, params } : { jsonrpc: '2.0', id: ++id, method, params };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  session ??= response.headers.get('mcp-session-id') ?? undefined;
  return notification ? undefined : (await response.json()).result;
}
await rpc('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'echo', version: '1' } });
await rpc('notifications/initialized', {}, true);
const tools = (await rpc('tools/list', {})).tools;
let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on('line', () => {
  queue = queue.then(async () => {
    await rpc('tools/call', { name: tools[0].name, arguments: {} });
    process.stdout.write(`${JSON.stringify({ role: 'assistant', content: 'Done.' })}\n`);
  });
});
lines.on('close', () => void queue.finally(() => process.exit(0))); // the conversation is over
