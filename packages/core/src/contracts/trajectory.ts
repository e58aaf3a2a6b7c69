import { z } from 'zod';

/**
 * A Trajectory record and its parts: chat messages in OpenAI chat format, the raw JSON-RPC wire of
 * the MCP exchanges, token usage per role, the Task it played out, checks and votes.
 *
 * Version 2 is the compact line of a run directory: each tool list (the offered tools, a `tools/list`
 * page) is stored once in the run's `tools/` folder and referenced from the line. In memory a
 * Trajectory is always full (`Trajectory`); `StoredTrajectory` is the line, `TrajectoryV1` the full
 * line written before version 2.
 */
export const TRAJECTORY_SCHEMA_VERSION = 2;

export const ToolCall = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});
export type ToolCall = z.infer<typeof ToolCall>;

export const ChatMessage = z.discriminatedUnion('role', [
  z.object({ role: z.literal('system'), content: z.string() }),
  z.object({ role: z.literal('user'), content: z.string() }),
  z.object({
    role: z.literal('assistant'),
    content: z.string().nullable(),
    tool_calls: z.array(ToolCall).optional(),
  }),
  z.object({ role: z.literal('tool'), tool_call_id: z.string(), content: z.string() }),
]);
export type ChatMessage = z.infer<typeof ChatMessage>;

/** One JSON-RPC message as it crossed a transport, with direction and time. */
export const WireRecord = z.object({
  direction: z.enum(['client_to_server', 'server_to_client']),
  time: z.number().describe('milliseconds since the Unix epoch'),
  message: z.record(z.string(), z.unknown()),
});
export type WireRecord = z.infer<typeof WireRecord>;

export const TokenUsage = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  calls: z.number().int().nonnegative(),
  cachedCalls: z.number().int().nonnegative(),
});
export type TokenUsage = z.infer<typeof TokenUsage>;

/** The scenario kinds of the paper, and more. */
export const SCENARIO_KINDS = ['single', 'parallel', 'multiple', 'irrelevance', 'missing_param', 'multi_turn', 'error_recovery'] as const;
export const ScenarioKind = z.enum(SCENARIO_KINDS);
export type ScenarioKind = z.infer<typeof ScenarioKind>;

/** One planned call: a tool (by its name on the server) and its arguments. */
export const PlannedCall = z.object({ tool: z.string(), arguments: z.record(z.string(), z.unknown()) });
export type PlannedCall = z.infer<typeof PlannedCall>;

export const Persona = z.object({
  name: z.string(),
  style: z.string().describe('how they write: terse, chatty, formal…'),
  background: z.string(),
});
export type Persona = z.infer<typeof Persona>;

/**
 * Failures a server can be told to make (error_recovery): what the client meets on its first attempt.
 * The world's: `rate_limited` (429), `server_error` (500), `unavailable` (503, retry after a pause),
 * `timeout` (504). The user's, each answered by asking them (the next plan step is the corrected call):
 * `not_found` (an id with two characters swapped, 404), `wrong_id` (a well-formed id of the right shape
 * that names no record, 404), `out_of_range` (a count above what the service allows, 422 naming the
 * most it takes), `bad_format` (a date written the user's way, 400 naming the format).
 */
export const FAULT_KINDS = [
  'rate_limited',
  'server_error',
  'timeout',
  'invalid_arguments',
  'not_found',
  'unavailable',
  'wrong_id',
  'out_of_range',
  'bad_format',
] as const;
export const FaultKind = z.enum(FAULT_KINDS);
export type FaultKind = z.infer<typeof FaultKind>;

/**
 * A planned error: the first attempt of expected call `call` of user turn `turn` fails with `fault`,
 * and the right reaction is `recovery` (retry the same call, correct the arguments, tell the user, or
 * ask the user: a `not_found` id is checked with them, and the next plan step is the corrected call).
 */
export const PlannedFault = z.object({
  turn: z.number().int().nonnegative(),
  call: z.number().int().nonnegative(),
  fault: FaultKind,
  recovery: z.enum(['retry', 'correct', 'report', 'ask']),
});
export type PlannedFault = z.infer<typeof PlannedFault>;

/** What the harness asks for: sampled, seeded and reproducible. */
export const Task = z.object({
  id: z.string(),
  kind: ScenarioKind,
  seed: z.string(),
  /** Servers of the tree in play. */
  servers: z.array(z.string()),
  /** Tools offered to the assistant (names on their servers). */
  tools: z.array(z.string()),
  persona: Persona,
  goal: z.string(),
  /** What the user knows and will say when asked (argument values, by name). */
  known: z.record(z.string(), z.unknown()),
  /** What the user does not say up front (missing_param) or does not know at all. */
  unknown: z.array(z.string()),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /** Where known: the calls the assistant should make, per user turn (calls of one turn may run in parallel). */
  expectedCalls: z.array(z.array(PlannedCall)).optional(),
  /** error_recovery: the errors the scenario plans (any other error result is unplanned). */
  faults: z.array(PlannedFault).optional(),
});
export type Task = z.infer<typeof Task>;

export const Check = z.object({ id: z.string(), ok: z.boolean(), detail: z.string().optional() });
export type Check = z.infer<typeof Check>;

export const Vote = z.object({ judge: z.string(), accept: z.boolean(), reason: z.string().optional() });
export type Vote = z.infer<typeof Vote>;

export const RoleName = z.enum(['user', 'assistant', 'server', 'judge']);
export type RoleName = z.infer<typeof RoleName>;

/** A tool as the assistant's chat model saw it. */
export const OfferedTool = z.object({
  name: z.string(),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()),
});
export type OfferedTool = z.infer<typeof OfferedTool>;

/** Where the path of a stored tool list points: `tools/<sha256 of the file's bytes>.json`. */
export const TOOL_LIST_REF_PATTERN = /^tools\/[0-9a-f]{64}\.json$/;

export const ToolListRef = z
  .object({ $ref: z.string().regex(TOOL_LIST_REF_PATTERN) })
  .strict()
  .describe(
    'A tool list stored once in the run directory: `$ref` is the path of a file, relative to the directory holding the JSONL file, ' +
      'named by the SHA-256 (hex) of its bytes, e.g. {"$ref": "tools/3f…a9.json"}; the file holds the JSON array the reference stands for.',
  );
export type ToolListRef = z.infer<typeof ToolListRef>;

/** Which part of the JSON-RPC wire a record keeps (`synth --wire`): everything, the `tools/call` exchanges only, or nothing. */
export const WIRE_SCOPES = ['full', 'calls', 'none'] as const;
export const WireScope = z.enum(WIRE_SCOPES);
export type WireScope = z.infer<typeof WireScope>;

/** A Trajectory in memory, full: the tools and every wire message as they were. */
export const Trajectory = z.object({
  schemaVersion: z.literal(TRAJECTORY_SCHEMA_VERSION),
  id: z.string(),
  task: Task,
  /** The tools offered, as the assistant's chat model saw them. */
  tools: z.array(OfferedTool),
  messages: z.array(ChatMessage),
  wire: z.array(WireRecord),
  /** Which part of the wire was kept (absent: all of it). */
  wireScope: WireScope.optional(),
  checks: z.array(Check),
  votes: z.array(Vote),
  outcome: z.enum(['accepted', 'rejected']),
  /** Why it was rejected (empty when accepted). */
  reasons: z.array(z.string()),
  /** Self-reflection: this record is attempt `attempt` of its task; the earlier ones were rejected for `previousReasons`. */
  reflection: z.object({ attempt: z.number().int().min(2), previousReasons: z.array(z.string()) }).optional(),
  /** Reward parts, when computed (closed-loop issue). */
  reward: z.record(z.string(), z.number()).optional(),
  usage: z.partialRecord(RoleName, TokenUsage),
  models: z.partialRecord(RoleName, z.string()),
  timings: z.object({ startedAt: z.string(), ms: z.number().nonnegative(), turns: z.number().int().nonnegative() }),
});
export type Trajectory = z.infer<typeof Trajectory>;

/** A line written before version 2: the full record, tools and wire inline. */
export const TrajectoryV1 = Trajectory.omit({ wireScope: true }).extend({ schemaVersion: z.literal(1) });
export type TrajectoryV1 = z.infer<typeof TrajectoryV1>;

/**
 * A version 2 line: the record with its tool lists stored once in the run directory. The wire keeps
 * every message as it crossed the transport, except that the `result.tools` array of a `tools/list`
 * response is a reference to the stored list.
 */
export const StoredTrajectory = Trajectory.extend({
  tools: ToolListRef.describe(
    "The tools offered, as the assistant's chat model saw them ({name, description, parameters}), stored once: a reference to the list.",
  ),
  wire: z
    .array(WireRecord)
    .describe(
      'The JSON-RPC messages of the session (see wireScope), each as it crossed the transport, except that `message.result.tools` of a ' +
        'response to `tools/list` is a reference {"$ref": "tools/<sha256>.json"} to the stored page of MCP tools instead of the array.',
    ),
});
export type StoredTrajectory = z.infer<typeof StoredTrajectory>;

/** One JSON line of a run's trajectories.jsonl or rejected.jsonl: version 2 (compact) or version 1 (full). */
export const TrajectoryLine = z
  .discriminatedUnion('schemaVersion', [StoredTrajectory, TrajectoryV1])
  .describe(
    "One line of a run: the task, the conversation, the wire, and how it was judged. Version 2 stores its tool lists once in the run directory's tools/ folder; version 1 holds them inline.",
  );
export type TrajectoryLine = z.infer<typeof TrajectoryLine>;
