/**
 * @inftool/sim-server — serves a ToolTree (or any tools/list dump) as simulated MCP servers.
 * Everything exported here is public API.
 */
export { Simulation, ENGINE_NAMES } from './simulation.js';
export type { SimulationOptions, EngineName } from './simulation.js';
export { loadCatalog, catalogFromJson, jsonPath } from './catalog/load-catalog.js';
export type { CatalogSelection, LoadCatalogOptions } from './catalog/load-catalog.js';
export type { Catalog, CatalogTool, SkippedTool, ToolPlace } from './catalog/catalog.js';
export { createSessionServer, encodeCursor, decodeCursor, SEED_META_KEY } from './create-server.js';
export type { ServerIdentity, SessionServerOptions } from './create-server.js';
export { callTool } from './call-tool.js';
export type { CallContext, CallRequest } from './call-tool.js';
export { SessionState } from './session-state.js';
export type { CallRecord, LoggingLevel } from './session-state.js';
export type { WorldTables, WorldRecord, WorldChange } from './engines/world-tables.js';
export type { SimulationEngine, EngineContext, EngineResult, ClientBridge } from './engines/engine.js';
export { FakerEngine, toolHost, type ValueContext } from './engines/faker-engine.js';
export { PinnedEngine } from './engines/pinned-engine.js';
export { LlmEngine } from './engines/llm-engine.js';
export type { LlmEngineOptions } from './engines/llm-engine.js';
export { SamplingEngine } from './engines/sampling-engine.js';
export { generateValue } from './engines/value-generator.js';
export { toolResponseSystemPrompt, toolResponseUserPrompt, toolResponseRepairPrompt } from './prompts/tool-response.js';
export type { ToolResponsePromptInput } from './prompts/tool-response.js';
export {
  noFaults,
  parseLatency,
  planFault,
  plannedFault,
  capBelow,
  isPlannedFaultKind,
  FAULT_ARGUMENT_META_KEY,
  FAULT_META_KEY,
  PLANNED_FAULT_KINDS,
  PLANNED_TIMEOUT_MS,
  GATEWAY_TIMEOUT_TEXT,
} from './faults.js';
export type { FaultOptions, Fault, PlannedFaultKind } from './faults.js';
export { serveHttp } from './transports/http-server.js';
export { isLoopback, isWildcard, ownHostNames, bearerToken, checkRequest, guardOptions } from './transports/http-guard.js';
export type { HttpGuardOptions, GuardVerdict } from './transports/http-guard.js';
export { HTTP_DEFAULTS } from './transports/http-server.js';
export type { HttpServeOptions, RunningHttpServer } from './transports/http-server.js';
export { serveStdio } from './transports/serve-stdio.js';
export { DEFAULT_MAX_MESSAGE_BYTES, StdioTransport, type StdioTransportOptions } from './transports/stdio-transport.js';
export { BoundedEventStore } from './transports/event-store.js';
export { WORLD_META_KEY, SEEDED_ENTITIES, toolEntity, entityIdParameter, idParameterEntity, seededEntityIds } from './engines/world.js';
export { inferOutputSchema } from './engines/infer-output-schema.js';
export { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from './engines/world-facts.js';
export { providerServiceProblem } from './engines/provider-services.js';
export type { InferredOutput } from './engines/infer-output-schema.js';
export type { EntityAction } from './engines/entity-rules.js';
export { aboutProducts, productText, isProductWord, isFillerLabel } from './engines/values/products.js';
