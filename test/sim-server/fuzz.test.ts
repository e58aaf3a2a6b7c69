/**
 * Standing fuzz suite: thousands of seeded malformed messages per transport. Whatever arrives, the
 * server lives on, every request with a usable id is answered exactly once, no answer is an internal
 * error (-32603 / 500), and a real client is served afterwards. `FUZZ_SEED=n` explores other seeds.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Simulation, serveHttp, type RunningHttpServer } from '@inftool/sim-server';
import { fuzzMessages, type FuzzMessage } from '../support/fuzz-messages.js';
import { cliPath, fixture } from '../support/sim-client.js';

const tree = fixture('fuzz-tree.json');

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261206);
const MAX_BYTES = 64 * 1024;

type Reply = Record<string, any>;

/** Tallies what the fuzz got back, to name what went wrong with the message that caused it. */
function internalErrors(replies: Reply[], sent: Map<string, FuzzMessage>): string[] {
  return replies
    .filter((reply) => reply.error?.code === -32603)
    .map((reply) => `${sent.get(JSON.stringify(reply.id))?.kind ?? 'unknown message'} → ${String(reply.error.message).slice(0, 200)}`);
}

let running: RunningHttpServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe(`fuzz (seed ${SEED})`, () => {
  it('stdio: 3000 malformed lines, every request answered once, no internal error, the server lives on', async () => {
    const messages = fuzzMessages(SEED, 3000, { oversizeBytes: MAX_BYTES + 10 });
    const child = spawn(
      process.execPath,
      [cliPath, 'serve', '--tree', tree, '--log-level', 'silent', '--max-message-bytes', String(MAX_BYTES)],
      {
        stdio: ['pipe', 'pipe', 'ignore'],
      },
    );
    const replies: Reply[] = [];
    const unparsable: string[] = [];
    let finalReply: (() => void) | undefined;
    const final = new Promise<void>((resolve) => {
      finalReply = resolve;
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        unparsable.push(line.slice(0, 200));
        return;
      }
      for (const reply of Array.isArray(value) ? value : [value]) replies.push(reply as Reply);
      if (!Array.isArray(value) && (value as Reply).id === 'final') finalReply?.();
    });
    const write = (text: string | Buffer) =>
      new Promise<void>((resolve) => {
        if (child.stdin.write(text)) resolve();
        else child.stdin.once('drain', resolve);
      });
    // 2025-03-26: batches are served, so their path is fuzzed too.
    await write(
      `${JSON.stringify({ jsonrpc: '2.0', id: 'init', method: 'initialize', params: { protocolVersion: '2025-03-26', capabilities: {}, clientInfo: { name: 'fuzz', version: '0' } } })}\n`,
    );
    await write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    for (const message of messages) {
      await write(message.text);
      await write('\n');
    }
    await write(`${JSON.stringify({ jsonrpc: '2.0', id: 'final', method: 'ping' })}\n`);
    await final;
    // Requests still running (tool calls) are answered before stdin's end lets the process exit.
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('exit', resolve));

    expect(code).toBe(0);
    expect(unparsable).toEqual([]);
    const sent = new Map(
      messages.filter((message) => message.answeredId !== undefined).map((message) => [JSON.stringify(message.answeredId), message]),
    );
    const answers = new Map<string, number>();
    for (const reply of replies)
      if ('result' in reply || 'error' in reply) answers.set(JSON.stringify(reply.id), (answers.get(JSON.stringify(reply.id)) ?? 0) + 1);
    const unanswered = [...sent.entries()]
      .filter(([id]) => answers.get(id) !== 1)
      .map(([id, message]) => `${message.kind} ${id}: ${answers.get(id) ?? 0} answers`);
    expect(unanswered).toEqual([]);
    expect(internalErrors(replies, sent)).toEqual([]);
  }, 120_000);

  it('HTTP: 1500 malformed requests, each answered with a JSON-RPC error or result and never 500; a real client is served after', async () => {
    const simulation = await Simulation.create({ treeFile: tree });
    running = await serveHttp(simulation, { port: 0, maxBodyBytes: MAX_BYTES, jsonResponse: true, maxSessions: 50 });
    const url = running.url;
    const post = (body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; body: string }> =>
      new Promise((resolve, reject) => {
        const request = httpRequest(url, { method: 'POST', headers }, (response) => {
          let text = '';
          response.on('data', (chunk) => {
            text += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        });
        request.on('error', reject);
        request.end(body);
      });
    const base = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const opened = await new Promise<string>((resolve) => {
      const request = httpRequest(url, { method: 'POST', headers: base }, (response) => {
        response.resume();
        resolve(response.headers['mcp-session-id'] as string);
      });
      request.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'fuzz', version: '0' } },
        }),
      );
    });
    const messages = fuzzMessages(SEED + 1, 1500, { oversizeBytes: MAX_BYTES + 10 });
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    const pick = (index: number, choices: Array<Record<string, string>>) => choices[index % choices.length] as Record<string, string>;
    for (let start = 0; start < messages.length; start += 10) {
      await Promise.all(
        messages.slice(start, start + 10).map(async (message, offset) => {
          const index = start + offset;
          const headers = {
            ...base,
            ...pick(index, [
              { 'mcp-session-id': opened },
              { 'mcp-session-id': opened },
              { 'mcp-session-id': opened },
              {},
              { 'mcp-session-id': 'no-such-session' },
            ]),
            ...pick(Math.floor(index / 5), [
              { 'mcp-protocol-version': '2025-06-18' },
              {},
              { 'mcp-protocol-version': '1999-01-01' },
              { 'mcp-protocol-version': '2025-03-26' },
            ]),
            ...pick(Math.floor(index / 20), [{}, {}, {}, { 'content-type': 'text/plain' }, { accept: 'text/html' }]),
          };
          const reply = await post(message.text, headers);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          if (![200, 202, 400, 404, 406, 413, 415, 503].includes(reply.status))
            problems.push(`${message.kind}: HTTP ${reply.status} ${reply.body.slice(0, 200)}`);
          if (reply.status === 202 || reply.body === '') return;
          let parsed: unknown;
          try {
            parsed = JSON.parse(reply.body);
          } catch {
            problems.push(`${message.kind}: HTTP ${reply.status} with a body that is not JSON: ${reply.body.slice(0, 200)}`);
            return;
          }
          for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
            const answer = item as Reply;
            if (answer.error?.code === -32603) problems.push(`${message.kind}: -32603 ${String(answer.error.message).slice(0, 200)}`);
          }
        }),
      );
    }
    expect(problems).toEqual([]);
    expect(statuses.get(200)).toBeGreaterThan(100); // the fuzz reached the session, not only the guards
    const health = await fetch(url.replace(/\/mcp$/, '/healthz'));
    expect(health.status).toBe(200);
    const client = new Client({ name: 'after-fuzz', version: '0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    expect((await client.listTools()).tools).toHaveLength(4);
    await client.close();
  }, 120_000);
});
