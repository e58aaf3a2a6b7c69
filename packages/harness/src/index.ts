/**
 * @inftool/harness — task sampling, sessions, checks, storage and resume, exports, and the CLI.
 */
export { synthesize } from './run/synth.js';
export type { SynthOptions, SynthSummary } from './run/synth.js';
export { playTask, playWithReflection } from './run/play-task.js';
export type { PlayOptions, RoleModels } from './run/play-task.js';
export { runChecks } from './run/checks.js';
export { RunDir } from './run/run-dir.js';
export type { RunManifest } from './run/run-dir.js';
export { readRun, readRecords, ToolListReader } from './run/read-run.js';
export { compactRecord, expandRecord, scopeWire, storedList } from './run/compact-record.js';
export { selectRoles, OFFLINE } from './roles/select-roles.js';
export { OfflineAssistant } from './roles/offline-assistant.js';
export { TaskSampler } from './tasks/sample-tasks.js';
export { ToolIndex } from './tasks/tool-index.js';
export { EXPORT_FORMATS, exportRecord, toOpenAI, toShareGPT, toHermes } from './export/formats.js';
export type { ExportFormat } from './export/formats.js';
export { checkCall, checkCalls, standardizeString } from './eval/bfcl-checker.js';
export type { BfclFunctionDoc, CheckVerdict, DecodedCall, ExpectedCall } from './eval/bfcl-checker.js';
export { bfclCheck } from './commands/eval.js';
export { computeReward, groupAdvantages, DEFAULT_WEIGHTS } from './reward/reward.js';
export type { RewardParts, RewardWeights, RolloutInput } from './reward/reward.js';
export { serveReward } from './reward/reward-server.js';
export { stratify, stratifyRun } from './run/stratify.js';
export type { Stratification, TaskDifficulty } from './run/stratify.js';
export { evaluateBfcl } from './eval/bfcl-mcp.js';
export type { BfclMcpOptions, BfclReport } from './eval/bfcl-mcp.js';
export { runLoop } from './loop/loop.js';
export type { LoopOptions, LoopState, RoundReport } from './loop/loop.js';
export { promptRows, writePromptSet } from './loop/prompt-set.js';
export type { PromptRow } from './loop/prompt-set.js';
export { regenerateTask } from './loop/regenerate.js';
