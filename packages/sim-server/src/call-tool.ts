import { ErrorCode, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import {
  canonicalJson,
  closestNames,
  createRandom,
  errorMessage,
  formatIssues,
  seedFrom,
  sleep,
  type Logger,
  type SchemaValidator,
} from '@inftool/core';
import type { Catalog, CatalogTool } from './catalog/catalog.js';
import { missingArgumentsForm } from './elicit-missing.js';
import type { ClientBridge, EngineResult, SimulationEngine } from './engines/engine.js';
import { baseLatency, GATEWAY_TIMEOUT_TEXT, planFault, plannedFault, type FaultOptions, type PlannedFaultKind } from './faults.js';
import type { SessionState } from './session-state.js';
import { idParameterEntity } from './engines/world.js';
import { WireError } from './wire-error.js';

/** Everything a tool call needs that is shared by all sessions of one server process. */
export interface CallContext {
  catalog: Catalog;
  validator: SchemaValidator;
  engine: SimulationEngine;
  pinned: SimulationEngine;
  faults: FaultOptions;
  /** Global seed: with the same seed, the same calls give the same results. */
  seed: string;
  /** Ask the user (elicitation) for missing required arguments on every tool, not just hinted ones. */
  elicitMissing: boolean;
  /** While an engine works, a progress notification this often (ms) when the client asked for progress. */
  progressIntervalMs: number;
  logger: Logger;
}

export interface CallRequest {
  name: string;
  arguments: Record<string, unknown> | undefined;
  progressToken: string | number | undefined;
  /** `_meta["inftool/seed"]` of the call: varies results per trajectory, reproducibly. */
  seed?: string;
  /** `_meta["inftool/world"]` of the call: the seed of the session's world (else the server's seed). */
  world?: string;
  /** `_meta["inftool/fault"]` of the call: a fault the client planned for this attempt. */
  fault?: PlannedFaultKind;
  /** `_meta["inftool/fault-argument"]` of the call: the argument the planned fault is about. */
  faultArgument?: string;
}

function errorResult(text: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text }] };
}

/** Validates arguments; may ask the user for missing ones. Returns the arguments or an error result. */
type ArgumentCheck = { ok: true; args: Record<string, unknown> } | { ok: false; result: CallToolResult };

async function checkArguments(
  context: CallContext,
  tool: CatalogTool,
  args: Record<string, unknown>,
  client: ClientBridge,
  signal: AbortSignal,
): Promise<ArgumentCheck> {
  const fail = (text: string): ArgumentCheck => ({ ok: false, result: errorResult(text) });
  const check = context.validator.validate(tool.spec.inputSchema, args);
  if (check.valid) return { ok: true, args };
  const form =
    (context.elicitMissing || tool.hints.elicitMissing) && client.supports('elicitation')
      ? missingArgumentsForm(tool, check.issues)
      : undefined;
  if (form) {
    const answer = await client.elicit(
      { message: `${tool.spec.name} needs: ${form.names.join(', ')}`, requestedSchema: form.requestedSchema },
      signal,
    );
    if (answer.action !== 'accept')
      return fail(
        `Invalid arguments for tool ${tool.spec.name}: ${formatIssues(check.issues)} (the user was asked and chose to ${answer.action})`,
      );
    const completed = { ...args, ...answer.content };
    const again = context.validator.validate(tool.spec.inputSchema, completed);
    if (again.valid) return { ok: true, args: completed };
    return fail(`Invalid arguments for tool ${tool.spec.name} after asking the user: ${formatIssues(again.issues)}`);
  }
  return fail(`Invalid arguments for tool ${tool.spec.name}: ${formatIssues(check.issues)}`);
}

/**
 * -32602 for a name the catalog does not serve: why, when it was skipped at load, and a few close
 * names, never the whole list (a catalog can hold thousands of tools; the reply goes to a model).
 */
function unknownTool(catalog: Catalog, name: string): WireError {
  const skipped = catalog.skipped.find((entry) => entry.name === name);
  if (skipped) return new WireError(ErrorCode.InvalidParams, `Unknown tool: ${name} (not served: ${skipped.reason})`);
  const close = closestNames(
    name,
    catalog.tools.map((tool) => tool.spec.name),
  );
  const hint = close.length > 0 ? `; did you mean ${close.join(', ')}?` : '';
  return new WireError(ErrorCode.InvalidParams, `Unknown tool: ${name}${hint} (tools/list names the ${catalog.tools.length} tools served)`);
}

/** The engine result as MCP wants it: structured content also as text, checked against outputSchema. */
function toCallToolResult(context: CallContext, tool: CatalogTool, result: EngineResult): CallToolResult {
  const outputSchema = tool.spec.outputSchema;
  if (result.structuredContent !== undefined && !result.isError) {
    if (outputSchema) {
      const check = context.validator.validate(outputSchema, result.structuredContent);
      if (!check.valid)
        return errorResult(`the simulated result of ${tool.spec.name} does not match its outputSchema: ${formatIssues(check.issues)}`);
    }
    const text = JSON.stringify(result.structuredContent);
    return {
      content: result.content ?? [{ type: 'text', text }],
      ...(outputSchema ? { structuredContent: result.structuredContent } : {}),
    } as CallToolResult;
  }
  return { content: result.content ?? [], ...(result.isError ? { isError: true } : {}) } as CallToolResult;
}

/**
 * The `tools/call` pipeline: find the tool, validate the arguments (before anything runs), inject
 * latency and faults, run the engine with progress heartbeats, shape and check the result, record
 * it in the session.
 */
export async function callTool(
  context: CallContext,
  session: SessionState,
  request: CallRequest,
  client: ClientBridge,
  signal: AbortSignal,
): Promise<CallToolResult> {
  const tool = context.catalog.byName.get(request.name);
  if (!tool) throw unknownTool(context.catalog, request.name);
  const checked = await checkArguments(context, tool, request.arguments ?? {}, client, signal);
  if (!checked.ok) {
    session.record({ tool: tool.spec.name, arguments: request.arguments ?? {}, result: checked.result.content, isError: true });
    return checked.result;
  }
  const args = checked.args;
  const callIndex = session.nextCallIndex();
  const sessionSeed = request.seed ?? session.seed;
  const seed = seedFrom(context.seed, sessionSeed, tool.spec.name, canonicalJson(args));
  const faulted = await injectFault(
    context,
    tool,
    args,
    request,
    seedFrom(context.seed, sessionSeed, 'fault', tool.spec.name, callIndex),
    signal,
  );
  if (faulted) return faulted;
  const result = await runEngine(context, tool, { ...request, arguments: args }, session, client, signal, seed);
  session.record({
    tool: tool.spec.name,
    arguments: args,
    result: result.structuredContent ?? result.content,
    isError: result.isError === true,
  });
  return result;
}

/** Latency and faults, injected before the engine runs (planned by the task or drawn at the configured rate): the error result of a fault, or undefined to go on. */
async function injectFault(
  context: CallContext,
  tool: CatalogTool,
  args: Record<string, unknown>,
  request: CallRequest,
  faultSeed: number,
  signal: AbortSignal,
): Promise<CallToolResult | undefined> {
  if (!(context.faults.rate > 0 || context.faults.latencyMs !== 0 || request.fault)) return undefined;
  const faultRandom = createRandom(faultSeed);
  const fault = request.fault
    ? plannedFault(request.fault, tool.spec.name, args, (parameter) => idParameterEntity(tool.spec, parameter), request.faultArgument)
    : planFault(context.faults, faultRandom);
  await sleep(baseLatency(context.faults, faultRandom), signal);
  if (fault.kind === 'error') return errorResult(fault.text);
  if (fault.kind === 'timeout') {
    await sleep(fault.afterMs, signal);
    return errorResult(GATEWAY_TIMEOUT_TEXT);
  }
  if (fault.kind === 'slow') await sleep(fault.delayMs, signal);
  return undefined;
}

/** Runs the tool's engine (with progress heartbeats when the client asked for them); an engine failure is an error result. */
async function runEngine(
  context: CallContext,
  tool: CatalogTool,
  request: CallRequest & { arguments: Record<string, unknown> },
  session: SessionState,
  client: ClientBridge,
  signal: AbortSignal,
  seed: number,
): Promise<CallToolResult> {
  const engine = tool.pinned ? context.pinned : context.engine;
  let heartbeat: NodeJS.Timeout | undefined;
  if (request.progressToken !== undefined && context.progressIntervalMs > 0) {
    let beats = 0;
    heartbeat = setInterval(() => {
      beats += 1;
      client.progress(beats, undefined, `${engine.name} engine is working on ${tool.spec.name}`).catch(() => undefined);
    }, context.progressIntervalMs);
  }
  try {
    const raw = await engine.call({
      tool,
      arguments: request.arguments,
      session,
      client,
      signal,
      seed,
      random: createRandom(seed),
      world: request.world ?? context.seed,
      catalog: context.catalog,
    });
    return toCallToolResult(context, tool, raw);
  } catch (error) {
    if (signal.aborted) throw error;
    context.logger.warn('engine failed', { tool: tool.spec.name, engine: engine.name, error: errorMessage(error) });
    return errorResult(`the ${engine.name} engine failed to simulate ${tool.spec.name}: ${errorMessage(error)}`);
  } finally {
    if (heartbeat) clearInterval(heartbeat);
  }
}
