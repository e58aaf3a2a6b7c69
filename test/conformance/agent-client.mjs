/**
 * The client under test in the conformance suite's client scenarios: `inftool agent` (the
 * suite appends the scenario server's URL; the scenario name and its credentials come in
 * MCP_CONFORMANCE_SCENARIO / MCP_CONFORMANCE_CONTEXT). The model is the test's fake endpoint
 * (INFTOOL_CONFORMANCE_MODEL_URL) that calls every tool once; INFTOOL_CONFORMANCE_NODE is the Node
 * the project runs on (the suite itself needs Node 22).
 *
 * With `--harness` the client is the harness's connection instead (no standalone GET stream), which
 * lists the tools and calls each once with empty arguments.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverUrl = process.argv.at(-1);
const context = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || '{}');
const node = process.env.INFTOOL_CONFORMANCE_NODE || process.execPath;

if (process.argv.includes('--harness')) {
  const { connectServer } = await import('@inftool/sim-client');
  const connection = await connectServer(serverUrl, { standaloneStream: false });
  try {
    const { tools } = await connection.client.listTools();
    for (const tool of tools) await connection.client.callTool({ name: tool.name, arguments: {} });
  } finally {
    await connection.close();
  }
} else {
  const args = [
    '--server',
    serverUrl,
    '--prompt',
    'Use the tools.',
    '--model',
    'conformance',
    '--base-url',
    process.env.INFTOOL_CONFORMANCE_MODEL_URL,
  ];
  if (context.client_id) args.push('--oauth-client-id', context.client_id);
  if (context.client_secret) args.push('--oauth-client-secret', context.client_secret);
  // Without client credentials the agent signs in (authorization code), its "browser" the stand-in.
  // It signs in as a client that publishes its metadata document at the suite's address: servers that
  // take URL-based client IDs get that URL as its client_id, the others a dynamic registration.
  if (!context.client_secret && !context.private_key_pem && !context.client_id)
    args.push(
      '--oauth-login',
      '--oauth-open',
      `${node} ${fileURLToPath(new URL('open-url.mjs', import.meta.url))}`,
      '--oauth-client-metadata-url',
      'https://conformance-test.local/client-metadata.json',
    );
  else if (!context.client_secret && !context.private_key_pem)
    args.push('--oauth-login', '--oauth-open', `${node} ${fileURLToPath(new URL('open-url.mjs', import.meta.url))}`);
  if (context.private_key_pem) {
    const file = join(mkdtempSync(join(tmpdir(), 'inftool-conformance-key-')), 'key.pem');
    writeFileSync(file, context.private_key_pem, { mode: 0o600 });
    args.push('--oauth-private-key', file, '--oauth-algorithm', context.signing_algorithm || 'RS256');
  }
  const cli = fileURLToPath(new URL('../../packages/harness/dist/cli.js', import.meta.url));
  const child = spawn(node, [cli, 'agent', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}
