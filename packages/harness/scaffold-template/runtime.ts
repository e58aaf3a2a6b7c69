// Written by `inftool scaffold`: the parts every generated server shares. Edit freely.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ListToolsRequestSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';

/** A tool as the tree defines it: the JSON Schemas are the contract clients see. */
export interface ToolDefinition {
  name: string;
  title?: string;
  description?: string;
  inputSchema: Tool['inputSchema'];
  outputSchema?: Tool['outputSchema'];
  annotations?: Tool['annotations'];
  _meta?: Record<string, unknown>;
}

/** What answers a tool call: the real API (proxy) or the simulation (simulated). */
export interface Backend {
  /** One per MCP session: a session may keep state between calls. */
  openSession(): (tool: ToolDefinition, args: Record<string, unknown>, signal: AbortSignal) => Promise<CallToolResult>;
}

/** `tools.json` beside `src/`: a ToolTree holding this server's tools, as the tree had them. */
export const TOOLS_FILE = new URL('../tools.json', import.meta.url);

export function loadTools(): Map<string, ToolDefinition> {
  const tree = JSON.parse(readFileSync(TOOLS_FILE, 'utf8')) as {
    domains: Array<{ categories: Array<{ servers: Array<{ tools: ToolDefinition[] }> }> }>;
  };
  const tools = tree.domains.flatMap((domain) =>
    domain.categories.flatMap((category) => category.servers.flatMap((server) => server.tools)),
  );
  return new Map(tools.map((tool) => [tool.name, tool]));
}

export function toolNamed(tools: Map<string, ToolDefinition>, name: string): ToolDefinition {
  const tool = tools.get(name);
  if (tool === undefined) throw new Error(`tools.json has no tool named ${name}: scaffold the project again`);
  return tool;
}

export function errorResult(text: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text }] };
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats is CommonJS: under NodeNext its default import is `module.exports`.
addFormats.default(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

function describe(error: ErrorObject): string {
  const at = error.instancePath === '' ? '$' : `$${error.instancePath.replaceAll('/', '.')}`;
  if (error.keyword === 'required') return `${at}: missing required property ${String(error.params['missingProperty'])}`;
  if (error.keyword === 'additionalProperties') return `${at}: unexpected property ${String(error.params['additionalProperty'])}`;
  return `${at}: ${error.message ?? error.keyword}`;
}

/** The problems of `value` against a JSON Schema (2020-12, formats checked), or none. */
export function schemaProblems(schema: object, value: unknown): string | undefined {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return undefined;
  return (validate.errors ?? []).map(describe).join('; ');
}

/**
 * For tools whose generated zod schema did not agree with the JSON Schema (see scaffold-report.json):
 * the arguments are checked here against the JSON Schema before the backend runs, and so is the
 * structured result when the output schema fell back too.
 */
export async function withJsonSchemaChecks(
  tool: ToolDefinition,
  checks: { input: boolean; output: boolean },
  args: Record<string, unknown>,
  run: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  if (checks.input) {
    const problems = schemaProblems(tool.inputSchema, args);
    if (problems !== undefined) return errorResult(`Invalid arguments for tool ${tool.name}: ${problems}`);
  }
  const result = await run();
  if (checks.output && tool.outputSchema && !result.isError) {
    if (result.structuredContent === undefined)
      return errorResult(`Tool ${tool.name} has an output schema but the result has no structured content`);
    const problems = schemaProblems(tool.outputSchema, result.structuredContent);
    if (problems !== undefined) return errorResult(`Structured result of ${tool.name} does not match its output schema: ${problems}`);
  }
  return result;
}

/**
 * tools/list answers with the tree's own JSON Schemas, not zod's rendering of them: descriptions,
 * examples and formats reach the client exactly as the tree has them (zod still checks the arguments).
 */
export function publishJsonSchemas(server: McpServer, tools: Map<string, ToolDefinition>): void {
  server.server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [...tools.values()].map((tool) => ({
      name: tool.name,
      ...(tool.title === undefined ? {} : { title: tool.title }),
      ...(tool.description === undefined ? {} : { description: tool.description }),
      inputSchema: tool.inputSchema,
      ...(tool.outputSchema === undefined ? {} : { outputSchema: tool.outputSchema }),
      ...(tool.annotations === undefined ? {} : { annotations: tool.annotations }),
    })),
  }));
}
