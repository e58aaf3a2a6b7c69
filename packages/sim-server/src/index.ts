/**
 * @inftool/sim-server — serves a ToolTree (or any tools/list dump) as simulated MCP servers.
 * Everything exported here is public API.
 */
export { Simulation, ENGINE_NAMES } from './simulation.js';
export type { SimulationOptions, EngineName } from './simulation.js';
export { loadCatalog, catalogFromJson } from './catalog/load-catalog.js';
export type { CatalogSelection, LoadCatalogOptions } from './catalog/load-catalog.js';
export type { Catalog, CatalogTool, SkippedTool, ToolPlace } from './catalog/catalog.js';
export { createSessionServer } from './create-server.js';
export type { ServerIdentity, SessionServerOptions } from './create-server.js';
export { callTool } from './call-tool.js';
export type { CallContext, CallRequest } from './call-tool.js';
export { SessionState } from './session-state.js';
export type { CallRecord, LoggingLevel } from './session-state.js';
export type { WorldTables, WorldRecord, WorldChange } from './engines/world-tables.js';
export type { SimulationEngine, EngineContext, EngineResult, ClientBridge } from './engines/engine.js';
export { FakerEngine, toolHost, type ValueContext } from './engines/faker-engine.js';
export { generateValue } from './engines/value-generator.js';
export { onePlace } from './engines/values/places.js';
export { parseLatency, plannedFault, capBelow, isPlannedFaultKind, GATEWAY_TIMEOUT_TEXT } from './faults.js';
export type { FaultOptions, Fault, PlannedFaultKind } from './faults.js';
export { serveHttp } from './transports/http-server.js';
export { isLoopback, ownHostNames, bearerToken, checkRequest, guardOptions } from './transports/http-guard.js';
export type { HttpGuardOptions, GuardVerdict } from './transports/http-guard.js';
export { HTTP_DEFAULTS } from './transports/http-server.js';
export type { HttpServeOptions, RunningHttpServer } from './transports/http-server.js';
export { serveStdio } from './transports/serve-stdio.js';
export { DEFAULT_MAX_MESSAGE_BYTES, StdioTransport, type StdioTransportOptions } from './transports/stdio-transport.js';
export { toolEntity, entityIdParameter, idParameterEntity, seededEntityIds } from './engines/world.js';
export { inferOutputSchema } from './engines/infer-output-schema.js';
export { factsOnRecord } from './engines/domain-results.js';
export { particleFacts } from './engines/particle-facts.js';
export { elementMisstatements } from './engines/element-facts.js';
export { knownExchangeRate } from './engines/compute-currency.js';
export { EXCHANGE_TOOL, RATE_FIELD, PRICE_FIELD, knownSharePrice, rateLevels, tickerOf } from './engines/world-rates.js';
export { sentimentOf } from './engines/world-sentiment.js';
export { famousMisstatements } from './engines/values/famous-check.js';
export { isRecordRemark } from './engines/values/authored-texts.js';
export { sportsMisstatements } from './engines/values/sports-facts.js';
export { KNOWN_DISEASES, KNOWN_DRUGS, KNOWN_GENES } from './engines/known-biomedical.js';
export { EVIDENCE_SOURCE_TYPE, evidenceTypeClash } from './engines/evidence-sources.js';
import * as climate from './engines/climate.js';
/** The climate tables and physics (normals, dew point, UV, compass, AQI, zones) the weather check judges with. */
export { climate };
export type { Pollutant } from './engines/climate.js';
export { climateWeather } from './engines/world-climate.js';
export { providerServiceProblem } from './engines/provider-services.js';
export type { InferredOutput } from './engines/infer-output-schema.js';
export type { EntityAction } from './engines/entity-rules.js';
export { productText, isProductWord, isFillerLabel } from './engines/values/products.js';
