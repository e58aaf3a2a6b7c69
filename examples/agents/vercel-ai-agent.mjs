#!/usr/bin/env node
// An agent on another framework's MCP client, for `inftool eval agent`: the Vercel AI SDK (`ai` 5) with its
// experimental MCP client (`@ai-sdk/mcp`, where `ai` moved it), on any OpenAI-compatible model. The SDK lists the task's tools over MCP,
// runs the tool-calling loop (`generateText` with `stopWhen`) and calls the tools through its client.
//
//   OPENAI_BASE_URL=http://127.0.0.1:8000/v1 INFTOOL_AGENT_MODEL=qwen2.5-7b \
//     inftool eval agent --tree tree.json --agent "node examples/agents/vercel-ai-agent.mjs" --out runs/eval
//
// Environment: INFTOOL_MCP_URL (set by the harness; the MCP SDK's Streamable HTTP transport carries the
// AI SDK's client), OPENAI_BASE_URL, OPENAI_API_KEY (optional), INFTOOL_AGENT_MODEL,
// INFTOOL_AGENT_MAX_STEPS (model calls per turn, 8).
// Needs `ai`, `@ai-sdk/mcp` and `@ai-sdk/openai-compatible` (dev dependencies of this repository).
import { createInterface } from 'node:readline';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { experimental_createMCPClient as createMCPClient } from '@ai-sdk/mcp';
import { generateText, stepCountIs } from 'ai';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const { INFTOOL_MCP_URL: url, OPENAI_BASE_URL: baseURL, INFTOOL_AGENT_MODEL: modelName } = process.env;
const missing = [!url && 'INFTOOL_MCP_URL', !baseURL && 'OPENAI_BASE_URL', !modelName && 'INFTOOL_AGENT_MODEL'];
if (missing.some(Boolean)) {
  process.stderr.write(`vercel-ai-agent: set ${missing.filter(Boolean).join(', ')}\n`);
  process.exit(2);
}

const mcp = await createMCPClient({ transport: new StreamableHTTPClientTransport(new URL(url)) });
const tools = await mcp.tools();
const model = createOpenAICompatible({ name: 'endpoint', baseURL, apiKey: process.env.OPENAI_API_KEY ?? 'none' })(modelName);
const maxSteps = Number(process.env.INFTOOL_AGENT_MAX_STEPS ?? 8);
const messages = [];

async function turn(content) {
  messages.push({ role: 'user', content });
  const result = await generateText({ model, messages, tools, stopWhen: stepCountIs(maxSteps) });
  messages.push(...result.response.messages);
  process.stdout.write(`${JSON.stringify({ role: 'assistant', content: result.text })}\n`);
}

let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  queue = queue
    .then(() => turn(JSON.parse(line).content))
    .catch((error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exit(1);
    });
});
lines.on('close', () => void queue.then(() => mcp.close()));
