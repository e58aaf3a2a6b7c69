#!/usr/bin/env node
/**
 * How long `inftool serve`'s stdio transport takes to read one long line, as a ratio to a baseline
 * measured in the same run: joining the same bytes, decoding and parsing them once (the least any
 * reader must do). The line arrives in 64 KiB reads, as a pipe delivers it. A reader that rescans or
 * copies what it holds on every read grows quadratically, so its ratio climbs with the line's size;
 * one pass keeps the ratio flat.
 *
 * Usage: node bench/stdio-lines.mjs [sizes in MB, comma-separated; default 1,4,16] (after `pnpm build`)
 */
import { PassThrough } from 'node:stream';
import { StdioTransport } from '../packages/sim-server/dist/index.js';

const sizes = (process.argv[2] ?? '1,4,16').split(',').map(Number);
const READ = 64 * 1024;
const RUNS = 3;

function lineChunks(megabytes) {
  const head = Buffer.from('{"jsonrpc":"2.0","id":1,"method":"ping","params":{"text":"');
  const tail = Buffer.from('"}}\n');
  const body = Buffer.alloc(megabytes * 1024 * 1024, 'a');
  const line = Buffer.concat([head, body, tail]);
  const chunks = [];
  for (let at = 0; at < line.length; at += READ) chunks.push(line.subarray(at, at + READ));
  return chunks;
}

async function transportMs(chunks) {
  const input = new PassThrough({ highWaterMark: READ });
  const output = new PassThrough();
  output.resume();
  const transport = new StdioTransport(input, output, { log: () => undefined, maxMessageBytes: 1024 * 1024 * 1024 });
  const delivered = new Promise((resolve) => (transport.onmessage = resolve));
  await transport.start();
  const started = performance.now();
  for (const chunk of chunks) input.write(chunk);
  const message = await delivered;
  const ms = performance.now() - started;
  if (message.params.text.length + 62 !== chunks.reduce((sum, chunk) => sum + chunk.length, 0)) throw new Error('line not intact');
  await transport.close();
  return ms;
}

function baselineMs(chunks) {
  const started = performance.now();
  const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const ms = performance.now() - started;
  if (value.id !== 1) throw new Error('baseline parse failed');
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log('| line | stdio transport (median of 3) | baseline: join + decode + JSON.parse once | ratio |');
console.log('|---|---|---|---|');
for (const megabytes of sizes) {
  const chunks = lineChunks(megabytes);
  const transport = [];
  const baseline = [];
  for (let run = 0; run < RUNS; run += 1) {
    baseline.push(baselineMs(chunks));
    transport.push(await transportMs(chunks));
  }
  const t = median(transport);
  const b = median(baseline);
  console.log(`| ${megabytes} MB | ${t.toFixed(1)} ms | ${b.toFixed(1)} ms | ${(t / b).toFixed(2)} |`);
}
