import { PassThrough } from 'node:stream';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bridgeStdio } from './stdio-endpoint.js';

/** A port nothing listens on: one the system handed out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Runs the bridge on `lines` and returns what it wrote back, once stdin has ended. */
async function bridge(url: string, lines: string[]): Promise<unknown[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const written: string[] = [];
  output.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
  const done = bridgeStdio(url, input, output);
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return written
    .join('')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

describe('the stdio endpoint', () => {
  it('answers a line that is not JSON-RPC with a parse error instead of silence, and ends with its stdin', async () => {
    const replies = await bridge(`http://127.0.0.1:${await closedPort()}/task/x/mcp`, ['this is not json']);
    expect(replies).toEqual([{ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/^Parse error: /) } }]);
  });

  it("answers a request the task's server cannot take with an error for that request's id", async () => {
    const url = `http://127.0.0.1:${await closedPort()}/task/x/mcp`;
    const replies = await bridge(url, [JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list', params: {} })]);
    expect(replies).toEqual([{ jsonrpc: '2.0', id: 7, error: { code: -32000, message: expect.stringMatching(/^the task's server: /) } }]);
  });
});
