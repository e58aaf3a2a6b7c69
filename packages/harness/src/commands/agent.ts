import { Command } from 'commander';
import { InfToolError, OpenAIChatModel, ReplayCache } from '@inftool/core';
import { Assistant, ToolCatalog, connectServer, type McpConnection } from '@inftool/sim-client';
import type { HarnessEnvironment } from '../config.js';
import { collect, integerOption } from './options.js';

interface AgentFlags {
  server: string[];
  prompt: string;
  model?: string;
  baseUrl?: string;
  system?: string;
  maxSteps: number;
  cacheDir?: string;
  json?: boolean;
}

function short(text: string, length = 300): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

export function agentCommand(environment: HarnessEnvironment): Command {
  return new Command('agent')
    .summary('run the assistant (an MCP client + a chat model) against MCP servers, one prompt')
    .description(
      "Connect to one or more MCP servers (ours or anyone's), offer their tools to a chat model on an OpenAI-compatible endpoint, " +
        'and run the tool-calling loop for one prompt: parallel tool calls run concurrently, results go back to the model, ' +
        'and it stops when the model answers or at --max-steps. Prints each call and the answer; --json prints the messages and the JSON-RPC wire.\n\n' +
        'Examples:\n' +
        '  inftool agent --server "inftool serve --tree tree.json" --prompt "What is the weather in Oslo?" --model qwen2.5-7b\n' +
        '  inftool agent --server http://127.0.0.1:3000/mcp --server "npx some-mcp-server" --prompt "..." --model gpt-4o-mini',
    )
    .requiredOption(
      '--server <command or URL>',
      'an MCP server: a URL (Streamable HTTP) or a command line (stdio); repeat for several',
      collect,
    )
    .requiredOption('--prompt <text>', "the user's request")
    .option('--model <name>', 'chat model on the OpenAI-compatible endpoint')
    .option('--base-url <url>', 'endpoint (defaults to $OPENAI_BASE_URL; key from $OPENAI_API_KEY)')
    .option('--system <text>', 'system prompt')
    .option('--max-steps <n>', 'model calls at most', integerOption('--max-steps', 1), 8)
    .option('--cache-dir <dir>', "record/replay the model's answers here")
    .option('--json', 'print {messages, calls, wire, broken} as JSON on stdout')
    .action(async (flags: AgentFlags) => {
      const baseURL = flags.baseUrl ?? environment.endpoint.baseURL;
      if (!flags.model || !baseURL) {
        throw new InfToolError(
          'config',
          'inftool agent needs a model: pass --model NAME and --base-url URL (or set OPENAI_BASE_URL). The offline assistant follows a task plan and runs inside `inftool synth`.',
        );
      }
      const model = new OpenAIChatModel({
        model: flags.model,
        baseURL,
        apiKey: environment.endpoint.apiKey,
        ...(flags.cacheDir ? { cache: new ReplayCache({ dir: flags.cacheDir }) } : {}),
      });
      const servers: McpConnection[] = [];
      try {
        for (const [index, server] of flags.server.entries())
          servers.push(await connectServer(server, { label: flags.server.length > 1 ? `s${index + 1}` : undefined, stderr: 'inherit' }));
        const catalog = await ToolCatalog.load(servers);
        for (const broken of catalog.broken)
          process.stderr.write(
            `skipped a broken tool of ${broken.server} (#${broken.index}${broken.name ? ` ${broken.name}` : ''}): ${broken.reason}\n`,
          );
        const assistant = new Assistant({ model, catalog, maxSteps: flags.maxSteps, ...(flags.system ? { system: flags.system } : {}) });
        const turn = await assistant.respond(flags.prompt);
        if (flags.json) {
          process.stdout.write(
            `${JSON.stringify({ stop: turn.stop, messages: assistant.messages, calls: turn.steps, wire: servers.flatMap((server) => server.wire.records.map((record) => ({ server: server.label, ...record }))), broken: catalog.broken, usage: model.usage() }, null, 2)}\n`,
          );
        } else {
          process.stdout.write(`${catalog.entries.length} tools from ${servers.length} server(s)\n`);
          for (const [index, step] of turn.steps.entries()) {
            for (const call of step)
              process.stdout.write(
                `[step ${index + 1}] ${call.chatName} ${typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments)}${call.isError ? '  [error]' : ''}\n  ${short(call.result)}\n`,
              );
          }
          process.stdout.write(
            turn.stop === 'answered' ? `\n${turn.reply ?? ''}\n` : `\nstopped: ${turn.stop}${turn.error ? ` (${turn.error})` : ''}\n`,
          );
        }
        if (turn.stop === 'model_error') process.exitCode = 1;
      } finally {
        await Promise.all(servers.map((server) => server.close().catch(() => undefined)));
      }
    });
}
