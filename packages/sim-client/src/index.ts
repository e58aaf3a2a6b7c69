/**
 * @inftool/sim-client — the assistant: an MCP client agent over one or more servers (ours or anyone's).
 * Everything exported here is public API.
 */
export { connectServer, parseServerTarget, splitCommandLine } from './connect.js';
export type { ConnectOptions, McpConnection, ServerTarget } from './connect.js';
export { parseHeaders, readPrivateKey } from './http-auth.js';
export type { HttpAuth } from './http-auth.js';
export { LoopbackLoginProvider } from './oauth-login.js';
export type { LoginOptions } from './oauth-login.js';
export { ELICITATION_POLICIES, answerElicitation, formDefaults } from './elicitation.js';
export type { ElicitationPolicy, ElicitationRequest } from './elicitation.js';
export { streamFetch } from './stream-fetch.js';
export type { StreamFetchOptions } from './stream-fetch.js';
export { ToolCatalog } from './tool-catalog.js';
export type { BrokenTool, CatalogEntry } from './tool-catalog.js';
export { Assistant, unknownToolText } from './assistant.js';
export { MCP_SERVER_SOURCE, SessionFailed, sessionFailure } from './session-failure.js';
export type { AssistantOptions, PlannedAttempt, StopReason, ToolCallRecord, TurnResult } from './assistant.js';
