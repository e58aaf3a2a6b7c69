/**
 * @inftool/harness — task sampling, sessions, checks, storage and resume, exports, and the CLI.
 */
export { synthesize, describeLeftTasks, treeDigest } from './run/synth.js';
export type { SynthOptions, SynthSummary } from './run/synth.js';
export { playTask, playWithReflection } from './run/play-task.js';
export type { PlayOptions, RoleModels } from './run/play-task.js';
export { InfrastructureMonitor, TaskInterrupted, DEFAULT_BREAKER_THRESHOLD } from './run/infrastructure.js';
export type { ModelWrap } from './run/infrastructure.js';
export { runChecks } from './run/checks.js';
export { RunDir, taskIdPrefix } from './run/run-dir.js';
export type { RunManifest, RunInputs } from './run/run-dir.js';
export { manifestDifferences } from './run/run-manifest.js';
export { readRun, readRecords, ToolListReader } from './run/read-run.js';
export { compactRecord, expandRecord, scopeWire, storedList } from './run/compact-record.js';
export { decideAcceptance } from './run/acceptance.js';
export type { Acceptance, AcceptanceOptions } from './run/acceptance.js';
export { readConversation } from './run/checks/conversation.js';
export type { Conversation, ReviewedCall, ReviewedTurn } from './run/checks/conversation.js';
export { reviewerChecks } from './run/checks/reviewer.js';
export { implausibleArgument } from './run/checks/plausibility.js';
export { isWordSalad } from './run/checks/word-salad.js';
export { JUDGE_BRIEFS, judgePrompt, judgeTranscript } from './roles/prompts/judge-prompts.js';
export type { JudgeBrief } from './roles/prompts/judge-prompts.js';
export { ModelJudge, OfflineJudge } from './roles/judges.js';
export { errorResult } from './run/checks/error-result.js';
export { auditRun, auditRecords, readAuditRecords, formatQualityReport } from './audit/index.js';
export type { QualityReport, QualityRow, Ratio } from './audit/index.js';
export { selectRoles, OFFLINE } from './roles/select-roles.js';
export { OfflineAssistant } from './roles/offline-assistant.js';
export { TaskSampler } from './tasks/sample-tasks.js';
export { ToolIndex } from './tasks/tool-index.js';
export { EXPORT_FORMATS, exportRecord, toOpenAI, toShareGPT, toHermes } from './export/formats.js';
export type { ExportFormat } from './export/formats.js';
export { exportHfDataset, hfRow, parquetShard, sizeCategory, DEFAULT_SHARD_BYTES } from './export/hf-dataset.js';
export type { HfExportOptions, HfExportSummary, HfRow } from './export/hf-dataset.js';
export { checkCall, checkCalls, standardizeString } from './eval/bfcl-checker.js';
export type { BfclFunctionDoc, CheckOptions, CheckVerdict, DecodedCall, ExpectedCall } from './eval/bfcl-checker.js';
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
export {
  scaffoldServer,
  checkSchema,
  readTree,
  environmentPrefix,
  linkInstalledModules,
  SCAFFOLD_COMPILER_OPTIONS,
  SCAFFOLD_MODES,
} from './scaffold/scaffold.js';
export type { ScaffoldOptions, ScaffoldReport, ScaffoldMode, SchemaCheck, ToolReport } from './scaffold/scaffold.js';
export { differentialCases, mutations, compareValidators } from './scaffold/differential.js';
export type { CaseKind, DifferentialCase, DifferentialResult, Disagreement } from './scaffold/differential.js';
export { evaluateAgent, playAgentTask } from './eval/agent/eval-agent.js';
export type { EvalAgentOptions, AgentSuite } from './eval/agent/eval-agent.js';
export { scoreSession, servedCalls, sessionMessages, SCORE_NAMES } from './eval/agent/score-session.js';
export type { PlayedSession, PlayedTurn, ServedCall, SessionScores, SessionVerdict, ScoreName } from './eval/agent/score-session.js';
export { buildReport, compareReports, formatReport } from './eval/agent/report.js';
export type { AgentReport, TaskResult, GroupSummary } from './eval/agent/report.js';
export { TaskServer, TaskEndpoint } from './eval/agent/session-server.js';
export { AgentProcess, AgentError, parseReply } from './eval/agent/agent-process.js';
export type { AgentFailure } from './eval/agent/agent-process.js';
