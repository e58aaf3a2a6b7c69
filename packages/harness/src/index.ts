/**
 * @inftool/harness — task sampling, sessions, checks, storage and resume, exports, and the CLI.
 * Everything exported here is public API.
 */
export { synthesize, treeDigest } from './run/synth.js';
export type { SynthOptions, SynthSummary } from './run/synth.js';
export type { PlayOptions, RoleModels } from './run/play-task.js';
export { runChecks } from './run/checks.js';
export { RunDir, taskIdPrefix } from './run/run-dir.js';
export type { RunManifest, RunInputs } from './run/run-dir.js';
export { readRun } from './run/read-run.js';
export { compactRecord, expandRecord } from './run/compact-record.js';
export type { Acceptance } from './run/acceptance.js';
export { readConversation } from './run/checks/conversation.js';
export type { Conversation, ReviewedCall, ReviewedTurn } from './run/checks/conversation.js';
export { reviewerChecks } from './run/checks/reviewer.js';
export { implausibleArgument } from './run/checks/plausibility.js';
export { isWordSalad } from './run/checks/word-salad.js';
export { JUDGE_BRIEFS, judgePrompt, judgeTranscript } from './roles/prompts/judge-prompts.js';
export type { JudgeBrief } from './roles/prompts/judge-prompts.js';
export { ModelJudge } from './roles/judges.js';
export { errorResult } from './run/checks/error-result.js';
export type { QualityReport } from './audit/index.js';
export { selectRoles } from './roles/select-roles.js';
export { OfflineAssistant } from './roles/offline-assistant.js';
export { TaskSampler } from './tasks/sample-tasks.js';
export { ToolIndex } from './tasks/tool-index.js';
export { exportRecord } from './export/formats.js';
export type { ExportFormat } from './export/formats.js';
export { exportHfDataset } from './export/hf-dataset.js';
export type { HfExportOptions, HfExportSummary } from './export/hf-dataset.js';
export { checkCall, checkCalls } from './eval/bfcl-checker.js';
export type { BfclFunctionDoc, CheckOptions, CheckVerdict, DecodedCall, ExpectedCall } from './eval/bfcl-checker.js';
export { computeReward, groupAdvantages } from './reward/reward.js';
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
export { scaffoldServer, checkSchema, readTree, linkInstalledModules, SCAFFOLD_COMPILER_OPTIONS } from './scaffold/scaffold.js';
export type { ScaffoldOptions, ScaffoldReport, ScaffoldMode, SchemaCheck, ToolReport } from './scaffold/scaffold.js';
export { differentialCases, mutations } from './scaffold/differential.js';
export type { CaseKind, DifferentialCase, DifferentialResult, Disagreement } from './scaffold/differential.js';
export { evaluateAgent, playAgentTask } from './eval/agent/eval-agent.js';
export type { EvalAgentOptions, AgentSuite } from './eval/agent/eval-agent.js';
export { scoreSession, sessionMessages, SCORE_NAMES } from './eval/agent/score-session.js';
export { servedCalls } from './eval/agent/served-calls.js';
export type { ServedCall, ServedElicitation } from './eval/agent/served-calls.js';
export type {
  PlayedSession,
  PlayedTurn,
  RelayedQuestion,
  SessionFailure,
  SessionScores,
  SessionVerdict,
  ScoreName,
} from './eval/agent/score-session.js';
export { buildReport, compareReports, formatReport } from './eval/agent/report.js';
export type { AgentReport, TaskResult, GroupSummary } from './eval/agent/report.js';
export { TaskServer, TaskEndpoint } from './eval/agent/session-server.js';
export { AgentProcess, AgentError, parseReply } from './eval/agent/agent-process.js';
export type { AgentFailure, ElicitationRelay } from './eval/agent/agent-process.js';
