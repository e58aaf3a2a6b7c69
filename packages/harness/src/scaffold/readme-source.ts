import { join, resolve } from 'node:path';
import type { ScaffoldOptions, ScaffoldReport } from './scaffold.js';
import { json } from './server-source.js';

const notRun = (report: ScaffoldReport): string => {
  const count = report.input.notRun + report.output.notRun;
  return count === 0 ? '' : `; ${count} schema(s) whose generated zod does not run are not in these figures`;
};

/** The project's README: how to build, run and configure it, and what the differential check found. */
export function readmeSource(
  options: ScaffoldOptions,
  packageName: string,
  environment: ScaffoldReport['environment'],
  report: ScaffoldReport,
): string {
  const env = environment
    .map((variable) => `| \`${variable.name}\` | ${variable.required ? 'yes' : 'no'} | ${variable.purpose} |`)
    .join('\n');
  const desktop = desktopConfig(options, environment);
  return `# ${options.server} MCP server

Written by \`inftool scaffold --server ${options.server} --mode ${options.mode}\`: ${report.tools} tool(s) on the MCP SDK's
\`McpServer\`, ${
    options.mode === 'proxy'
      ? 'each calling the real API operation it was imported from (path, query, header and body parameters placed as the spec says; JSON responses become `structuredContent`, HTTP errors `isError` results).'
      : "each answered by InfTool's simulation (the faker engine) in-process: no API and no key needed."
  }

## Build and run

\`\`\`sh
npm install        # not needed when scaffolded with --link-modules
npm run build      # tsc → dist/
node dist/main.js                                   # stdio
node dist/main.js --transport http --port 3000      # Streamable HTTP at http://127.0.0.1:3000/mcp
\`\`\`

${options.mode === 'simulated' ? `\`@inftool/sim-server\` is a \`file:\` dependency on the InfTool checkout it was scaffolded from (built with \`pnpm build\`).\n\n` : ''}## Environment

| variable | required | what |
|---|---|---|
${env}

## Claude Desktop

Add to \`claude_desktop_config.json\` (Settings → Developer → Edit Config):

\`\`\`json
${desktop.trim()}
\`\`\`

## Cursor

Add the same \`mcpServers\` entry to \`.cursor/mcp.json\` in your project (or \`~/.cursor/mcp.json\`); for the HTTP
transport use \`{ "mcpServers": { "${options.server}": { "url": "http://127.0.0.1:3000/mcp" } } }\`.

## Files

- \`src/server.ts\`: \`createServer()\`, one \`registerTool\` per tool with its zod schemas; edit handlers here.
- \`src/backend.ts\`: ${options.mode === 'proxy' ? 'the HTTP call to the API' : 'the simulation'}; \`src/runtime.ts\`: shared helpers; \`src/main.ts\`: stdio and HTTP entry.
- \`tools.json\`: the tools as the tree has them; tools/list publishes these JSON Schemas as they are.
- \`scaffold-report.json\`: the zod/Ajv differential check per tool.

${checkedSection(options, report)}`;
}

/** The Claude Desktop entry: the built server, with the required environment variables to fill in. */
function desktopConfig(options: ScaffoldOptions, environment: ScaffoldReport['environment']): string {
  const envExample = Object.fromEntries(environment.filter((variable) => variable.required).map((variable) => [variable.name, '...']));
  return json({
    mcpServers: {
      [options.server]: {
        command: 'node',
        args: [join(resolve(options.out), 'dist/main.js')],
        ...(Object.keys(envExample).length > 0 ? { env: envExample } : {}),
      },
    },
  });
}

/** What the zod/Ajv differential check found, and proxy mode's limits. */
function checkedSection(options: ScaffoldOptions, report: ScaffoldReport): string {
  const percent = (part: { agreed: number; cases: number }): string =>
    part.cases === 0 ? '–' : `${((100 * part.agreed) / part.cases).toFixed(1)}%`;
  const fallbacks =
    report.fallbacks.length === 0
      ? 'Every tool uses its generated zod schema: zod and Ajv agreed on every checked value.'
      : `These fell back to a passthrough zod schema plus an Ajv check in the handler (zod disagreed with Ajv, or did not run):\n\n${report.fallbacks
          .map((fallback) => `- \`${fallback.tool}\` (${fallback.schema}): ${fallback.reason}`)
          .join('\n')}`;
  return `## Checked, not trusted

Input schemas: zod and Ajv agreed on ${percent(report.input)} of ${report.input.cases} sampled and mutated arguments;
output schemas: ${percent(report.output)} of ${report.output.cases}${notRun(report)}. ${fallbacks}
${
  options.mode === 'proxy'
    ? `
## Limits

Request bodies are sent as JSON (an operation that takes form data needs its body encoding changed in
\`src/backend.ts\`); request signatures (AWS SigV4, OAuth 1.0) are not computed.
`
    : ''
}`;
}
