/**
 * @inftool/sim-client — the assistant: an MCP client agent over one or more servers (ours or anyone's).
 */
export { connectServer, parseServerTarget, splitCommandLine } from './connect.js';
export type { ConnectOptions, McpConnection, ServerTarget } from './connect.js';
export { RecordingTransport } from './recording-transport.js';
export { ToolCatalog } from './tool-catalog.js';
export type { BrokenTool, CatalogEntry } from './tool-catalog.js';
export { Assistant, unknownToolText } from './assistant.js';
export type { AssistantOptions, PlannedAttempt, StopReason, ToolCallRecord, TurnResult } from './assistant.js';
