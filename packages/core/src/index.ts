/**
 * @inftool/core — the contracts and utilities every package shares.
 * Everything exported here is public API.
 */
export { InfToolError, isInfToolError, errorMessage } from './errors.js';
export type { InfToolErrorCode, ErrorCategory, InfToolErrorOptions } from './errors.js';

export {
  SAFE_TOOL_NAME,
  PINNED_META_KEY,
  SOURCE_META_KEY,
  SIMULATION_META_KEY,
  CLUSTER_META_KEY,
  MERGED_META_KEY,
  SEED_META_KEY,
  WORLD_META_KEY,
  FAULT_META_KEY,
  FAULT_ARGUMENT_META_KEY,
  JsonSchemaObject,
  ToolAnnotations,
  ToolSpec,
  ContentBlock,
  ScriptStep,
  PinnedResponse,
  SimulationHints,
} from './contracts/tool-spec.js';
export { TOOL_TREE_SCHEMA_VERSION, ToolTree, TreeDomain, TreeCategory, TreeServer } from './contracts/tool-tree.js';
export {
  TRAJECTORY_SCHEMA_VERSION,
  SCENARIO_KINDS,
  ChatMessage,
  ToolCall,
  WireRecord,
  TokenUsage,
  ScenarioKind,
  PlannedCall,
  Persona,
  FAULT_KINDS,
  FaultKind,
  PlannedFault,
  Task,
  Check,
  Vote,
  RoleName,
  Trajectory,
  OfferedTool,
  ToolListRef,
  WIRE_SCOPES,
  WireScope,
  TrajectoryV1,
  StoredTrajectory,
  TrajectoryLine,
} from './contracts/trajectory.js';
export { publishedSchemas, contractJsonSchema } from './contracts/json-schemas.js';
export type { PublishedSchemaName } from './contracts/json-schemas.js';

export { SchemaValidator, formatIssues, sdkJsonSchemaValidator } from './json-schema/validator.js';
export type { ValidationIssue, ValidationResult, SchemaValidatorOptions } from './json-schema/validator.js';

export { normaliseSchema, cleanDescription, NormaliseCache, SCALAR_CONSTRAINTS } from './json-schema/dialects.js';
export type { SchemaDialect, NormaliseOptions, NormaliseResult } from './json-schema/dialects.js';

export { parsePythonCall } from './bfcl/python-call.js';
export { ownDescription } from './bfcl/own-description.js';
export { PythonFloat, pythonType, pythonEquals, parsePythonJson, stringifyPythonJson } from './bfcl/python-json.js';
export type { PythonType } from './bfcl/python-json.js';
export type { PythonCall } from './bfcl/python-call.js';

export { ToolNameMap, sanitizeToolName } from './names/tool-name-map.js';
export { ABBREVIATIONS, ACRONYMS, spelledWords, spellWords } from './names/abbreviations.js';
export { closestNames } from './names/closest-names.js';

export { addUsage, emptyUsage, sumUsage } from './model/chat-model.js';
export type {
  EmbeddingModel,
  ChatModel,
  ChatRequest,
  ChatResponse,
  ChatTool,
  ChatToolCall,
  ChatCallOptions,
  ResponseFormat,
} from './model/chat-model.js';
export { DEFAULT_MODEL_TIMEOUT_MS, OpenAIChatModel } from './model/openai-chat-model.js';
export type { OpenAIChatModelOptions, RequestThrottle } from './model/openai-chat-model.js';
export { ReplayCache } from './model/replay-cache.js';
export { modelInfrastructureFailure, INFRASTRUCTURE_FAILURE_TEXT } from './model/infrastructure-failure.js';
export type { InfrastructureFailure, InfrastructureFailureKind, ModelFailureKind } from './model/infrastructure-failure.js';
export type { ReplayMode, ReplayCacheOptions } from './model/replay-cache.js';
export { defaultRetryPolicy, retryAfterMs } from './model/retry-policy.js';
export type { RetryPolicy } from './model/retry-policy.js';
export { parseJsonObject } from './model/parse-model-json.js';
export { askForJson, askChatModel } from './model/ask-for-json.js';
export type { AskForJsonOptions, AskForJsonResult, JsonTurn } from './model/ask-for-json.js';
export type { ParseResult } from './model/parse-model-json.js';
export { modelEndpointFromEnv } from './config.js';
export type { ModelEndpointConfig } from './config.js';

export { canonicalJson, sha256Hex } from './util/canonical-json.js';
export { eachObject, isJsonObject, squashKey } from './util/json-object.js';
export type { JsonObject } from './util/json-object.js';
export { DEFAULT_SEED, createRandom, seedFrom } from './util/random.js';
export { sleep } from './util/sleep.js';
export { bufferedFetch } from './util/buffered-fetch.js';
export { redactSecrets, redactKnownSecrets } from './util/redact-secrets.js';
export { parseJsonLines } from './util/json-lines.js';
export { placeholderText } from './util/placeholder-text.js';
export { indefiniteArticle, mendArticles, misfitArticle, withIndefiniteArticle } from './util/article.js';
export { parseJsonText, parsedJsonText } from './util/json-text.js';
export type { JsonLine } from './util/json-lines.js';
export type { Random } from './util/random.js';
export { createLogger, silentLogger } from './util/logger.js';
export type { Logger, LogLevel, LoggerOptions } from './util/logger.js';
export { nameWords } from './util/name-words.js';
export { PERIODS, periodsOf, withOwnPeriod } from './util/periods.js';
export { DAY_HOUR, momentValue } from './util/moment-value.js';
export { COUNTING_FIELD, fieldWords } from './util/field-words.js';
export type { Period } from './util/periods.js';
