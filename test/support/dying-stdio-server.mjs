#!/usr/bin/env node
/**
 * A stdio MCP server that dies mid-conversation: runs the command after it (a real `inftool serve`)
 * and passes stdin and stdout through, until the first `tools/call` arrives; then it kills the
 * server with SIGKILL and exits without answering, as a crashed server would.
 * Usage: node dying-stdio-server.mjs <command> [args…]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
child.stdout.pipe(process.stdout);
child.on('exit', () => process.exit(1));
for await (const line of createInterface({ input: process.stdin })) {
  if (/"method"\s*:\s*"tools\/call"/.test(line)) {
    child.kill('SIGKILL');
    process.exit(1);
  }
  child.stdin.write(`${line}\n`);
}
child.stdin.end();
