#!/usr/bin/env node
// The project's own assistant (the MCP client and tool-calling loop of `inftool agent`) as an agent
// for `inftool eval agent`: any OpenAI-compatible model, chosen by the environment.
//
//   OPENAI_BASE_URL=http://127.0.0.1:8000/v1 INFTOOL_AGENT_MODEL=qwen2.5-7b \
//     inftool eval agent --tree tree.json --agent "node examples/agents/inftool-assistant.mjs" --out runs/eval
//
// Environment: INFTOOL_MCP_URL (set by the harness), OPENAI_BASE_URL, OPENAI_API_KEY (optional),
// INFTOOL_AGENT_MODEL (the model name), INFTOOL_AGENT_SYSTEM (optional system prompt).
// Its MCP client takes elicitation: a server's question in the middle of a call is relayed to the user
// (a line {"role":"elicitation","message":…,"requestedSchema":…} on stdout), and the user's answer (a
// line {"role":"elicitation","action":…,"content":…} on stdin) goes back to the server.
// Run from a built checkout (`pnpm build`): it imports the packages' dist.
import { createInterface } from 'node:readline';
import { OpenAIChatModel, SchemaValidator, bufferedFetch, modelEndpointFromEnv } from '../../packages/core/dist/index.js';
import { Assistant, ToolCatalog, connectServer } from '../../packages/sim-client/dist/index.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

const url = process.env.INFTOOL_MCP_URL;
const model = process.env.INFTOOL_AGENT_MODEL;
const endpoint = modelEndpointFromEnv();
const missing = [!url && 'INFTOOL_MCP_URL', !model && 'INFTOOL_AGENT_MODEL', !endpoint.baseURL && 'OPENAI_BASE_URL'].filter(Boolean);
if (missing.length > 0) {
  process.stderr.write(`inftool-assistant: set ${missing.join(', ')}\n`);
  process.exit(2);
}

/** The user's answers to the questions relayed to them, in order. */
const answers = [];
const connection = await connectServer(url, {
  label: 'tools',
  validator: new SchemaValidator(),
  standaloneStream: false,
  capabilities: { elicitation: {} },
  beforeConnect: (client) =>
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      const { message, requestedSchema } = request.params;
      const answered = new Promise((resolve) => answers.push(resolve));
      process.stdout.write(`${JSON.stringify({ role: 'elicitation', message, requestedSchema })}\n`);
      const { action, content } = await answered;
      return content ? { action, content } : { action };
    }),
});
const catalog = await ToolCatalog.load([connection]);
const assistant = new Assistant({
  model: new OpenAIChatModel({ model, baseURL: endpoint.baseURL, apiKey: endpoint.apiKey, fetch: bufferedFetch }),
  catalog,
  system:
    process.env.INFTOOL_AGENT_SYSTEM ??
    'You are a helpful assistant with tools. Call tools when they help; ask the user when information is missing; answer in plain text when done.',
});

let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const message = JSON.parse(line);
  if (message.role === 'elicitation') return answers.shift()?.(message);
  queue = queue.then(async () => {
    const { content } = message;
    const result = await assistant.respond(content);
    const text = result.reply ?? (result.error ? `Sorry, something went wrong: ${result.error}` : '');
    process.stdout.write(`${JSON.stringify({ role: 'assistant', content: text })}\n`);
  });
});
lines.on('close', () => {
  void queue.finally(() => connection.close()).finally(() => process.exit(0));
});
