#!/usr/bin/env node
// What INFTOOL_MCP_COMMAND runs: the task's endpoint (the URL given) served over stdin/stdout.
import { bridgeStdio } from './stdio-endpoint.js';

const url = process.argv[2];
if (url === undefined || !/^https?:\/\//.test(url)) {
  process.stderr.write('usage: stdio-endpoint-main.js <task endpoint URL>\n');
  process.exit(2);
}
await bridgeStdio(url);
